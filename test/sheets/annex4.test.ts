/**
 * 附表四: every row of src/fivestar/osh-fivestar-113.ts with its number, texts
 * verbatim, inputs named; the header live from 基本資料; 填表說明 verbatim;
 * the inputs read back; and the form printed by LibreOffice on A4 landscape.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANNEX4, ANNEX4_HEADER_FIELDS, CHECK_ROWS } from '../../src/fivestar/osh-fivestar-113.ts';
import { parseReview } from '../../src/review/evaluate.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { ANNEX4_HEADER_ROW, ANNEX4_INSTRUCTIONS, ANNEX4_SHEET, annex4Names, annex4Sheet, CHECK_RESULTS, criterionText, readAnnex4, withAnnex4 } from '../../src/sheets/annex4.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { exceljsLookup, parseReference } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { evaluate } from '../support/hyperformula.ts';
import { LIBREOFFICE, MUST_RUN, printPdf } from '../support/libreoffice.ts';
import { printOnly } from '../support/print-only.ts';

import { SEED } from '../support/seed.ts';
const squash = (s: string) => s.replace(/\s+/g, '');
const seed = squash(readFileSync(SEED, 'utf8'));

const demo = (() => {
  const parsed = parseReview(JSON.parse(readFileSync(new URL('../../examples/demo-113.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('examples/demo-113.json is invalid');
  return parsed.review;
})();

describe('附表四 sheet', () => {
  const { sheet, names } = annex4Sheet();
  const values = sheet.cells.map((c) => String(c.value ?? ''));

  it('has one row per 評核標準, numbered 大項-類別-項目, in printed order', () => {
    const numbers = sheet.cells.filter((c) => /^\d-\d-\d$/.test(String(c.value ?? ''))).map((c) => c.value);
    expect(numbers).toEqual(CHECK_ROWS.map((r) => r.number));
    expect(numbers).toHaveLength(42);
    expect(numbers).toContain('4-3-1');
  });

  it('prints each 評核標準 and 檢核資料 verbatim, as the source has them', () => {
    for (const row of CHECK_ROWS) {
      expect(values).toContain(criterionText(row));
      expect(seed).toContain(squash(row.criterion));
      if (row.evidence.length > 0) expect(values).toContain(row.evidence.join('\n'));
    }
    for (const area of ANNEX4) expect(values).toContain(`${area.numeral}、${area.title}`);
  });

  it('leaves a shared 檢核資料 cell open into the next row, as printed', () => {
    const row = (number: string) => Number(sheet.cells.find((c) => c.value === number)!.address.slice(1));
    const f = (r: number) => sheet.cells.find((c) => c.address === `F${r}`)!;
    expect(f(row('3-1-1')).style?.border?.bottom).toBeUndefined();
    expect(f(row('3-1-2')).style?.border?.top).toBeUndefined();
    expect(f(row('3-1-2')).value).toBeNull();
    expect(f(row('3-2-1')).style?.border?.top).toBe('thin');
  });

  it('names 檢核結果, 檢核日期 and 檢核人員 of every row, the result a drop-down of 已辦理/未辦理/不適用', () => {
    expect(names).toHaveLength(CHECK_ROWS.length * 3);
    for (const row of CHECK_ROWS) {
      const n = annex4Names(row.number);
      for (const name of [n.result, n.date, n.checker]) expect(names.map((x) => x.name)).toContain(name);
    }
    const list = sheet.validations.find((v) => v.type === 'list')!;
    expect(list.type === 'list' && list.values).toEqual([...CHECK_RESULTS]);
    const first = names.find((n) => n.name === annex4Names('1-1-1').result)!.address;
    const last = names.find((n) => n.name === annex4Names('9-3-1').result)!.address;
    expect(list.range).toBe(`${first}:${last}`);
    const input = sheet.cells.find((c) => c.address === first)!;
    expect(input.style?.locked).toBe(false);
  });

  it('heads the form with the unit\'s particulars as printed', () => {
    for (const label of ANNEX4_HEADER_FIELDS) {
      expect(values).toContain(label);
      expect(seed).toContain(squash(label));
    }
    expect(values).toContain('附表四 職業安全衛生優良單位五星獎自評表');
    for (const h of ['評核標準', '檢核資料', '檢核結果', '檢核日期', '檢核人員']) expect(values).toContain(h);
  });

  it('ends with 填表說明 verbatim', () => {
    for (const [key, text] of Object.entries(ANNEX4_INSTRUCTIONS)) {
      expect(values, key).toContain(text);
      expect(seed, key).toContain(squash(text));
    }
    // The numbering example, as a small table: 四、採購管理 (三) 檢討與改進 項目編號 → 4 3 1.
    const example = sheet.cells.filter((c) => ['項目編號', '(三) 檢討與改進', '編號'].includes(String(c.value)));
    expect(example).toHaveLength(3);
  });

  it('prints on A4 landscape, fit to width, its table header repeated', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitleRows: `${ANNEX4_HEADER_ROW}:${ANNEX4_HEADER_ROW}` });
  });
});

describe('附表四 in a review workbook', () => {
  it('goes before the hidden meta sheet, its names beside the review\'s', () => {
    const wb = withAnnex4(reviewWorkbook(oshUnit113, demo));
    expect(wb.sheets.map((s) => s.name).slice(-2)).toEqual([ANNEX4_SHEET.name, SHEETS.meta]);
    const names = wb.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('fills its header from 基本資料 (HyperFormula)', () => {
    const wb = withAnnex4(reviewWorkbook(oshUnit113, demo));
    const hf = evaluate(wb);
    const sheet = wb.sheets.find((s) => s.key === ANNEX4_SHEET.key)!;
    const id = hf.hf.getSheetId(sheet.name)!;
    const shown = sheet.cells
      .filter((c) => c.formula)
      .map((c) => {
        const { row, column } = parseCell(c.address);
        return String(hf.hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 }));
      });
    expect(shown).toContain(demo.candidate.name);
    // (統一編號 is left out: the harness gives HyperFormula typed text, which reads "04595257" as a number.)
    expect(shown).toContain(demo.candidate.address);
    expect(shown).toContain(`原事業單位：${demo.candidate.workers!.own}人\u3000承攬人：${demo.candidate.workers!.contractors}人`);
    expect(shown).toContain(`${demo.candidate.industryName}(${demo.candidate.industryCode})`);
  });

  it('keeps the review readable, and reads its inputs back', async () => {
    const values = { '1-1-1': { result: '已辦理' as const, date: '2024-04-15', checker: '王大明' }, '8-2-2': { result: '不適用' as const } };
    const bytes = await writeReviewXlsx(withAnnex4(reviewWorkbook(oshUnit113, demo), values));
    const review = await readReviewXlsx(bytes);
    expect(review.problems).toEqual([]);
    expect(review.review).toEqual(demo);
    const read = readAnnex4(exceljsLookup(await loadWorkbook(bytes)));
    expect(read).toEqual({ present: true, values, problems: [] });
  });

  it('reports a hand-typed 檢核結果 that is not one of the three, by address and name', async () => {
    const wb = await loadWorkbook(await writeReviewXlsx(withAnnex4(reviewWorkbook(oshUnit113, demo))));
    const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const ref = parseReference(model.find((n) => n.name === annex4Names('2-2-3').result)!.ranges[0]!)!;
    wb.getWorksheet(ref.sheet)!.getCell(ref.address).value = 'V' as ExcelJS.CellValue;
    const read = readAnnex4(exceljsLookup(wb));
    expect(read.problems.map((p) => p.message)).toEqual([expect.stringMatching(/'附表四\(五星獎自評\)'!H\d+（fivestar_result_2_2_3）：附表四 2-2-3 檢核結果應從下拉選單選 「已辦理」、「未辦理」、「不適用」 之一，不是文字「V」/)]);
  });

  it('finds no 附表四 in a plain review workbook', async () => {
    const read = readAnnex4(exceljsLookup(await loadWorkbook(await writeReviewXlsx(reviewWorkbook(oshUnit113, demo)))));
    expect(read).toEqual({ present: false, values: {}, problems: [] });
  });
});

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('附表四 printed by LibreOffice', () => {
  it('prints on A4 landscape pages, its title first and its header on every page', async () => {
    const rendered = printPdf(await writeReviewXlsx(printOnly(withAnnex4(reviewWorkbook(oshUnit113, demo)), ANNEX4_SHEET.key)), 'annex4');
    expect(rendered.pages.length).toBeGreaterThan(1);
    for (const page of rendered.pages) {
      expect(page.a4, `page ${page.number}`).toBe(true);
      expect(page.width).toBeCloseTo(841.9, 0);
    }
    expect(rendered.pages[0]!.firstLine.replace(/\s/g, '')).toBe('附表四職業安全衛生優良單位五星獎自評表');
    expect(rendered.pageLines(1).join('')).toContain(demo.candidate.name!);
    for (const page of rendered.pages.slice(1)) {
      expect(rendered.pageLines(page.number).slice(0, 3).join('').replace(/\s/g, ''), `page ${page.number}`).toContain('評核標準檢核資料檢核結果');
    }
    // 填表說明 closes the form; it may run over the last two pages.
    const n = rendered.pages.length;
    const last = [n - 1, n].flatMap((p) => rendered.pageLines(p)).join('').replace(/\s/g, '');
    expect(last).toContain('填表說明');
    expect(last).toContain('此項目佐證資料檔名編號為：4-3-1');
  });
});
