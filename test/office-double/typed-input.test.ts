/**
 * The double takes strings written through `Range.values` as Excel (en-US)
 * takes typed input into a General cell, and keeps them as written in a
 * cell formatted as text ("@"). The expected serials are Excel's own
 * (1900 date system: 2001-01-01 is 36892, 2024-04-15 is 45397).
 */
import { describe, expect, it } from 'vitest';
import { createDouble } from '../../src/office-double/index.ts';
import { typedString } from '../../src/office-double/typed-input.ts';

const THIS_YEAR = new Date().getFullYear();
const serialOf = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** input → what a General cell holds, and the number format Excel gives it. */
const GENERAL: readonly [string, string | number | boolean | null, string][] = [
  ['1-1-1', 36892, 'm/d/yyyy'],
  ['2-2-3', serialOf(2003, 2, 2), 'm/d/yyyy'],
  ['2024/04/15', 45397, 'm/d/yyyy'],
  ['2024-04-15', 45397, 'm/d/yyyy'],
  ['4/15/2024', 45397, 'm/d/yyyy'],
  ['4/15/24', 45397, 'm/d/yyyy'],
  ['4/15/30', serialOf(1930, 4, 15), 'm/d/yyyy'],
  ['1-1', serialOf(THIS_YEAR, 1, 1), 'd-mmm'],
  ['15-Apr-2024', 45397, 'd-mmm-yy'],
  ['Apr 15, 2024', 45397, 'd-mmm-yy'],
  ['April 2024', serialOf(2024, 4, 1), 'mmm-yy'],
  ['12:30', 0.5208333333333334, 'h:mm'],
  ['12:30:15', (12 * 3600 + 30 * 60 + 15) / 86_400, 'h:mm:ss'],
  ['1:30 PM', (13 * 3600 + 30 * 60) / 86_400, 'h:mm AM/PM'],
  ['2024/04/15 12:30', 45397 + 0.5208333333333334, 'm/d/yyyy h:mm'],
  ['50%', 0.5, '0%'],
  ['12.5%', 0.125, '0.00%'],
  ['1E5', 100_000, '0.00E+00'],
  ['1.5e-3', 0.0015, '0.00E+00'],
  ['04595257', 4_595_257, 'General'],
  ['  42  ', 42, 'General'],
  ['1,234', 1234, '#,##0'],
  ['1,234.5', 1234.5, '#,##0.00'],
  ['$1,234', 1234, '$#,##0'],
  ['(12)', -12, 'General'],
  ['TRUE', true, 'General'],
  ['false', false, 'General'],
  ["'abc", 'abc', 'General'],
  ["'04595257", '04595257', 'General'],
  ['  text  ', '  text  ', 'General'],
  // Not dates in en-US: no 13th month, no 30 February; 統一編號-like dashes of too many parts.
  ['13/1/2024', '13/1/2024', 'General'],
  ['2/30/2024', '2/30/2024', 'General'],
  ['1-1-1-1', '1-1-1-1', 'General'],
  ['附表四 1-1-1', '附表四 1-1-1', 'General'],
  ['25:00', '25:00', 'General'],
  ['1,23', '1,23', 'General'],
];

describe('typed input in a General cell (en-US)', () => {
  it.each(GENERAL)('%j is stored as %j with format %j', async (input, value, format) => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[input]];
      range.load('values,numberFormat');
      await context.sync();
      expect(range.values[0]![0]).toBe(value);
      expect(range.numberFormat[0]![0]).toBe(format);
    });
  });

  it('makes "=…" a formula, and "+…"/"-…" that is no number a formula too', () => {
    expect(typedString('=1+1', 'General')).toEqual({ value: null, formula: '=1+1' });
    expect(typedString('-abc', 'General')).toEqual({ value: null, formula: '=-abc' });
    expect(typedString('-12', 'General')).toEqual({ value: -12, formula: null });
  });

  it('keeps a cell\'s own number format: only General cells take the typed format', () => {
    expect(typedString('50%', '0.00')).toEqual({ value: 0.5, formula: null });
  });
});

describe('a cell formatted as text ("@") keeps every string as written', () => {
  const texts = [...GENERAL.map(([input]) => input), '=1+1', '-abc', ' ', '\t'];
  it('through Range.values and Range.formulas', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange(`A1:A${texts.length}`);
      const b = sheet.getRange(`B1:B${texts.length}`);
      a.numberFormat = texts.map(() => ['@']);
      b.numberFormat = texts.map(() => ['@']);
      a.values = texts.map((t) => [t]);
      b.formulas = texts.map((t) => [t]);
      a.load('values,valueTypes');
      b.load('values');
      await context.sync();
      expect(a.values.map((r) => r[0])).toEqual(texts);
      expect(b.values.map((r) => r[0])).toEqual(texts);
      expect(new Set(a.valueTypes.map((r) => r[0]))).toEqual(new Set(['String']));
    });
  });
});
