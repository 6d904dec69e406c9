/**
 * Round trips: review JSON → workbook (.xlsx bytes, ExcelJS) → reader → the
 * same review, for random reviews; and what a hand edit breaks is reported
 * by sheet, address and name.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Review } from '../../src/review/schema.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { parseReference } from '../../src/workbook/exceljs-reader.ts';
import { readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';

type NameModel = { name: string; ranges: string[] }[];
const names = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as { model: NameModel }).model;
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';

async function roundTrip(review: Review | undefined): Promise<Awaited<ReturnType<typeof readReviewXlsx>>> {
  return readReviewXlsx(await writeReviewXlsx(reviewWorkbook(oshUnit113, review)));
}

/** Edits one named cell of a written workbook with ExcelJS, as a person would in Excel. */
async function edited(review: Review, name: string, value: ExcelJS.CellValue): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeReviewXlsx(reviewWorkbook(oshUnit113, review))) as unknown as ArrayBuffer);
  const ref = parseReference(names(wb).find((n) => n.name === name)!.ranges[0]!)!;
  wb.getWorksheet(ref.sheet)!.getCell(ref.address).value = value;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const base: Review = {
  rubric: 'osh-unit-113',
  selectionYear: 113,
  reviewDate: '2024-04-15',
  candidate: { name: '○○實業股份有限公司' },
  items: { '2.3': { level: '良', points: 1.8 } },
};

describe('review ⇄ workbook round trip', () => {
  it('gives back every random review unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(reviewArb(oshUnit113), async (review) => {
        const read = await roundTrip(review);
        expect(read.problems).toEqual([]);
        expect(read.review).toEqual(review);
      }),
      { numRuns: 40, seed: 42 },
    );
  });

  it('keeps text that looks like a formula as text', async () => {
    const review: Review = { ...base, candidate: { name: '=HYPERLINK("http://x","y")', address: '+886-2', representative: '@王', safetyStaff: '-陳○○' } };
    const read = await roundTrip(review);
    expect(read.review?.candidate).toEqual(review.candidate);
  });

  it('reads a blank new workbook as a review with nothing scored, after the required year and date', async () => {
    const read = await roundTrip(undefined);
    expect(read.review).toBeUndefined();
    expect(read.problems.map((p) => p.name)).toEqual(expect.arrayContaining(['review_year', 'review_date']));
    expect(read.problems.find((p) => p.name === 'review_year')!.message).toMatch(/'基本資料'!B\d+.*必填/);
  });
});

describe('hand-edited cells are reported by sheet, address and name', () => {
  const cases: { name: string; value: ExcelJS.CellValue; expect: RegExp }[] = [
    { name: 'item_1_1_level', value: '優秀', expect: /'評分'!F\d+（item_1_1_level）.*項目 1\.1.*可」、「良」、「優」、「不適用」、「未達」/ },
    { name: 'item_2_3_points', value: 2.5, expect: /'評分'!G\d+（item_2_3_points）.*2\.3.*「良」.*大於 1\.5、至多 2\.0/ },
    { name: 'item_2_3_points', value: '一點八', expect: /item_2_3_points.*0 以上的數字/ },
    { name: 'elig_own_fr_1', value: 'abc', expect: /'資格審查'!B\d+（elig_own_fr_1）.*0 以上的數字/ },
    { name: 'review_date', value: '明天', expect: /'基本資料'!B\d+（review_date）.*日期/ },
    { name: 'cand_workers_own', value: 12.5, expect: /cand_workers_own.*整數/ },
    { name: 'item_7_2_count', value: -1, expect: /item_7_2_count.*0 以上的整數/ },
    { name: 'elig_department', value: { error: '#N/A' } as ExcelJS.CellErrorValue, expect: /elig_department.*錯誤值 #N\/A/ },
  ];
  it.each(cases)('$name = $value', async ({ name, value, expect: pattern }) => {
    const read = await readReviewXlsx(await edited(base, name, value));
    expect(read.problems.map((p) => p.message).join('\n')).toMatch(pattern);
  });

  // Issue 15: the sheet's formulas see text, not a year or a date, so the reader refuses it and says what to type.
  it('refuses a year or a date typed as text (full-width digits, 民國), saying what to type', async () => {
    const year = await readReviewXlsx(await edited(base, 'review_year', '１１３'));
    expect(year.review).toBeUndefined();
    expect(year.problems.map((p) => p.message).join('\n')).toMatch(/'基本資料'!B\d+（review_year）.*文字「１１３」.*民國年，例如 113/);
    const date = await readReviewXlsx(await edited(base, 'review_date', '113/4/15'));
    expect(date.review).toBeUndefined();
    expect(date.problems.map((p) => p.message).join('\n')).toMatch(/（review_date）.*文字「113\/4\/15」.*2024\/4\/15/);
  });

  it('reports a deleted defined name instead of throwing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReviewXlsx(reviewWorkbook(oshUnit113, base))) as unknown as ArrayBuffer);
    (wb.definedNames as unknown as { model: NameModel }).model = names(wb).filter((n) => n.name !== 'item_1_1_level');
    expect(names(wb).some((n) => n.name === 'item_1_1_level')).toBe(false);
    const read = await readReviewXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.problems.map((p) => p.message).join('\n')).toMatch(/item_1_1_level/);
  });
});
