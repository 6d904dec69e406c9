/**
 * Issue 15 item 1, case by case: every way the CLI used to read a cell
 * differently from the sheet's formulas, pinned. Each value below was read by
 * the old reader as something the formulas do not count (or the other way
 * round); now it is refused at its cell, saying what to type, or read exactly
 * as the formulas read it. The property test against LibreOffice
 * (test/fuzz/libreoffice-truth.test.ts) covers the combinations.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Review } from '../../src/review/schema.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';
import { isoToSerial, parseDateText } from '../../src/sheets/fields.ts';
import { readReview, type ReadResult } from '../../src/sheets/reader.ts';
import { itemNames } from '../../src/sheets/scoring.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { toExcelJs } from '../../src/workbook/exceljs-writer.ts';
import { exceljsLookup, noteDateSystem, parseReference } from '../../src/workbook/exceljs-reader.ts';
import { zipEntryText } from '../../src/workbook/zip.ts';
import { readReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { evaluate } from '../support/hyperformula.ts';

const base: Review = {
  rubric: 'osh-unit-113',
  selectionYear: 113,
  reviewDate: '2024-04-15',
  candidate: { name: '○○實業股份有限公司', requiredOshms: true, oshms: { toshmsValidUntil: '2025-06-30' } },
  items: { '2.3': { level: '良', points: 1.8 } },
};

type NameModel = { name: string; ranges: string[] }[];
const namesOf = (wb: ExcelJS.Workbook) => wb.definedNames as unknown as { model: NameModel };

function cellOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ref = parseReference(namesOf(wb).model.find((n) => n.name === name)!.ranges[0]!)!;
  return wb.getWorksheet(ref.sheet)!.getCell(ref.address);
}

/** The base review's workbook with `values` typed into named cells, read as `score` reads it. */
function typed(values: Readonly<Record<string, ExcelJS.CellValue>>, edit?: (wb: ExcelJS.Workbook) => void): { read: ReadResult; text: string } {
  const wb = toExcelJs(ExcelJS, reviewWorkbook(oshUnit113, base));
  for (const [name, value] of Object.entries(values)) cellOf(wb, name).value = value;
  edit?.(wb);
  const read = readReview(exceljsLookup(wb));
  return { read, text: read.problems.map((p) => p.message).join('\n') };
}

function refused(values: Readonly<Record<string, ExcelJS.CellValue>>, name: string, pattern: RegExp, edit?: (wb: ExcelJS.Workbook) => void): void {
  const { read, text } = typed(values, edit);
  // `score` refuses a workbook with any problem (exit 2), whatever review could still be made of it.
  expect(read.problems.map((p) => p.name), `${JSON.stringify(values)} must be refused at ${name}`).toContain(name);
  expect(text).toMatch(pattern);
}

describe('refused where the formulas would not count the value', () => {
  it.each(['優\u3000', ' 優', '優 '])('a level with spaces around it (%j): level="優" is false in the sheet', (v) => {
    refused({ [itemNames('1.1').level]: v }, itemNames('1.1').level, /'評分'!F\d+（item_1_1_level）.*不是文字「.*」.*前後有空白/);
  });

  it('a level of spaces only: level="" is false in the sheet, so it is not blank', () => {
    refused({ [itemNames('2.4').level]: '   ', [itemNames('2.4').points]: 3.5 }, itemNames('2.4').level, /只有空白字元/);
  });

  it.each(['1.8', '１．８', '1,8'])('points typed as text (%j): ISNUMBER is false in the sheet', (v) => {
    refused({ [itemNames('2.3').points]: v }, itemNames('2.3').points, /item_2_3_points.*是文字「.*」.*0 以上的數字，例如/);
  });

  it.each(['4', '1,000'])('a count typed as text (%j), commas and all', (v) => {
    refused({ [itemNames('7.2').count]: v }, itemNames('7.2').count, /item_7_2_count.*是文字「.*」.*0 以上的整數/);
  });

  it('"5,61" is refused, never read as 561 (an FR of 6.0 against it was judged 符合)', () => {
    refused({ elig_avg_fr: '5,61', elig_avg_sr: 100 }, 'elig_avg_fr', /（elig_avg_fr）.*文字「5,61」.*例如 5\.61/);
  });

  it.each(['114/06/30', '114年6月30日', '2025-06-30'])('a date typed as text (%j): the sheet sees no date and prints 不符', (v) => {
    refused({ elig_toshms_until: v }, 'elig_toshms_until', /（elig_toshms_until）.*文字「.*」.*公式不會把文字當成日期.*2024\/4\/15/);
  });

  it.each([-5, 0, 45397.5])('a date cell holding %s (no date, or a time of day) is refused', (v) => {
    refused({ elig_toshms_until: v }, 'elig_toshms_until', /1912\/1\/1 至 2099\/12\/31/);
  });

  it.each(['有', 'V', 'N', '是 ', true, false])('a yes/no cell holding %j: only the drop-down\'s 是/否 count', (v) => {
    refused({ elig_safety_week_plan: v }, 'elig_safety_week_plan', /（elig_safety_week_plan）.*下拉選單選「是」或「否」/);
  });

  it.each(['113', '１１３', '113年'])('a year typed as text (%j)', (v) => {
    refused({ review_year: v }, 'review_year', /（review_year）.*文字.*民國年/);
  });

  it('a formula typed into an input cell (no cached value) is refused by name, not read as blank', () => {
    refused({ [itemNames('1.1').level]: { formula: 'IF(1,"優","")' } as ExcelJS.CellFormulaValue }, itemNames('1.1').level, /輸入欄含公式 =IF\(1,"優",""\)/);
  });

  it('a formula with a cached value is refused too: the workbook counts typed values only', () => {
    refused({ elig_avg_fr: { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue, elig_avg_sr: 100 }, 'elig_avg_fr', /輸入欄含公式 =1\+1/);
  });

  it('自評 merged into 初審等第: the candidate\'s own 優 is not read as the reviewer\'s level', () => {
    refused({ [itemNames('1.1').self]: '優', [itemNames('1.1').level]: null }, itemNames('1.1').level, /被合併到 E\d+.*取消合併/, (wb) => {
      const self = cellOf(wb, itemNames('1.1').self);
      const level = cellOf(wb, itemNames('1.1').level);
      const ws = self.worksheet;
      const merges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
      for (const c of [self, level]) if (c.isMerged) ws.unMergeCells(merges[c.master.address]!.range);
      ws.mergeCells(`${self.address}:${level.address}`);
    });
  });

  it('a deleted points name is refused by name, while the sheet shows #NAME?', () => {
    refused({}, itemNames('2.3').points, /定義名稱 item_2_3_points 不見了/, (wb) => {
      namesOf(wb).model = namesOf(wb).model.filter((n) => n.name !== itemNames('2.3').points);
    });
  });
});

describe('read exactly as the formulas read it', () => {
  it('blank and spaces-only cells outside the level column are blank, as ISNUMBER and ="是" see them', () => {
    const { read } = typed({ elig_avg_fr: '  ', elig_safety_week_plan: '\u3000', [itemNames('2.3').points]: 1.8 });
    expect(read.problems).toEqual([]);
    expect(read.review?.candidate.rates?.industryAverage).toBeUndefined();
    expect(read.review?.candidate.safetyWeek).toBeUndefined();
  });

  it('dates typed as dates (numbers with a date format) are read as dates', () => {
    const { read } = typed({ elig_toshms_until: isoToSerial('2025-06-30') });
    expect(read.review?.candidate.oshms?.toshmsValidUntil).toBe('2025-06-30');
  });

  it('"24/04/15" typed in the pane is not a date (it used to be 民國 24, 1935)', () => {
    expect(parseDateText('24/04/15')).toBeUndefined();
    expect(parseDateText('113/04/15')).toBe('2024-04-15');
    expect(parseDateText('民國113年4月15日')).toBe('2024-04-15');
  });
});

describe('the band tolerance is the same on both sides', () => {
  it('points a hair above a band\'s top count in the sheet as in the engine (the engine allows 1e-9)', () => {
    const book = evaluate(reviewWorkbook(oshUnit113, base));
    for (const points of [2.0000000001, 2.000000002, 1.5000000001, 1.5]) {
      book.set({ [itemNames('2.3').level]: '良', [itemNames('2.3').points]: points });
      const engine = scoreAnswers(oshUnit113, { '2.3': { level: '良', points } });
      const expected = engine.ok ? engine.score.sections[1]!.earned : 0;
      expect(book.value(itemNames('2.3').earned), String(points)).toBeCloseTo(expected, 12);
    }
  });
});

/** A zip holding one stored (uncompressed) entry: enough for the date-system check. */
function storedZip(path: string, text: string): Uint8Array {
  const name = new TextEncoder().encode(path);
  const data = new TextEncoder().encode(text);
  const local = new Uint8Array(30 + name.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(26, name.length, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + end.length);
  out.set(local, 0);
  out.set(central, local.length);
  out.set(end, local.length + central.length);
  return out;
}

describe('the 1904 date system', () => {
  it.each(['1', 'true'])('date1904="%s" is recognised (ExcelJS reads only "1"; LibreOffice writes "true")', async (spelling) => {
    const wb = new ExcelJS.Workbook();
    noteDateSystem(wb, await zipEntryText(storedZip('xl/workbook.xml', `<workbook><workbookPr date1904="${spelling}"/></workbook>`), 'xl/workbook.xml'));
    expect(exceljsLookup(wb).date1904).toBe(true);
    const plain = new ExcelJS.Workbook();
    noteDateSystem(plain, await zipEntryText(storedZip('xl/workbook.xml', '<workbook><workbookPr defaultThemeVersion="1"/></workbook>'), 'xl/workbook.xml'));
    expect(exceljsLookup(plain).date1904).toBe(false);
  });

  it('a 1904 workbook\'s dates are read as the same days, not 4 years early', async () => {
    const wb = toExcelJs(ExcelJS, reviewWorkbook(oshUnit113, base));
    wb.properties.date1904 = true;
    // In the 1904 system 2024-04-15 is serial 45397 − 1462.
    cellOf(wb, 'review_date').value = isoToSerial('2024-04-15') - 1462;
    cellOf(wb, 'elig_toshms_until').value = isoToSerial('2025-06-30') - 1462;
    const read = await readReviewXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.problems).toEqual([]);
    expect(read.review?.reviewDate).toBe('2024-04-15');
    expect(read.review?.candidate.oshms?.toshmsValidUntil).toBe('2025-06-30');
  });
});
