import { describe, expect, test } from 'vitest';
import { isoToSerial } from '../../../src/sheets/fields.ts';
import { FIELDS_BY_NAME } from '../../../src/taskpane/state/draft.ts';
import { currentRocYear, formatCellText, parseFieldText, type FieldParse } from '../../../src/taskpane/state/field-value.ts';

const field = (name: string) => FIELDS_BY_NAME.get(name)!;

describe('parseFieldText', () => {
  const cases: [string, string, FieldParse][] = [
    ['cand_name', '  甲公司 ', { ok: true, cell: '  甲公司 ' }],
    ['cand_name', '   ', { ok: true, cell: null }],
    ['cand_ubn', '04595257', { ok: true, cell: '04595257' }],
    ['cand_ubn', '０４５９５２５７', { ok: true, cell: '04595257' }],
    ['cand_ubn', '04595258', { ok: false, issue: { code: 'ubn-checksum' } }],
    ['cand_ubn', '0459525', { ok: false, issue: { code: 'ubn-format' } }],
    ['cand_industry_code', '410', { ok: true, cell: '410' }],
    ['cand_industry_code', '建築工程業（410）', { ok: true, cell: '410' }],
    ['cand_industry_code', '4100', { ok: false, issue: { code: 'industry-code' } }],
    ['elig_industry_code_corrected', '０８１', { ok: true, cell: '081' }],
    ['cand_phone', '02-2345-6789', { ok: true, cell: '02-2345-6789' }],
    ['cand_workers_own', '1,250', { ok: true, cell: 1250 }],
    ['cand_workers_own', '12.5', { ok: false, issue: { code: 'integer' } }],
    ['elig_avg_fr', '0.85', { ok: true, cell: 0.85 }],
    ['elig_avg_fr', '-1', { ok: false, issue: { code: 'number' } }],
    ['elig_avg_fr', 'abc', { ok: false, issue: { code: 'number' } }],
    ['review_year', '113', { ok: true, cell: 113 }],
    ['review_year', '民國１１３年', { ok: true, cell: 113 }],
    ['review_year', '2024', { ok: false, issue: { code: 'roc-year', gregorian: 2024 } }],
    ['review_year', '0', { ok: false, issue: { code: 'roc-year' } }],
    ['review_date', '113/04/15', { ok: true, cell: isoToSerial('2024-04-15') }],
    ['review_date', '2024-04-15', { ok: true, cell: isoToSerial('2024-04-15') }],
    ['review_date', '民國113年4月15日', { ok: true, cell: isoToSerial('2024-04-15') }],
    ['review_date', '113/13/01', { ok: false, issue: { code: 'date' } }],
    ['elig_department', '是', { ok: true, cell: '是' }],
    ['elig_department', '', { ok: true, cell: null }],
    ['result_decision', '其他', { ok: true, cell: '其他' }],
    ['result_decision', '通過', { ok: false, issue: { code: 'choice' } }],
  ];
  test.each(cases)('%s「%s」', (name, text, expected) => {
    expect(parseFieldText(field(name), text)).toEqual(expected);
  });

  test('a required field refuses a blank', () => {
    expect(parseFieldText(field('review_date'), '', true)).toEqual({ ok: false, issue: { code: 'required' } });
  });
});

describe('formatCellText', () => {
  test.each([
    [{ type: 'date' } as const, isoToSerial('2024-04-15'), 'roc', '113/04/15'],
    [{ type: 'date' } as const, isoToSerial('2024-04-15'), 'iso', '2024-04-15'],
    [{ type: 'number' } as const, 0.85, 'roc', '0.85'],
    [{ type: 'text' } as const, null, 'roc', ''],
    [{ type: 'yesNo' } as const, true, 'roc', '是'],
  ])('%j %s (%s) → %s', (kind, value, style, expected) => {
    expect(formatCellText(kind, value, style as 'roc' | 'iso')).toBe(expected);
  });
});

test('the 民國 year of a date', () => {
  expect(currentRocYear(new Date(2024, 0, 1))).toBe(113);
  expect(currentRocYear(new Date(2025, 11, 31))).toBe(114);
});
