/**
 * Loading a workbook for reading (`loadWorkbook(bytes, { forReading: true })`,
 * what `score` and the pane's file reader use) skips the sheets no name the
 * reader asks for points into (the printed forms) and the other sheets' data
 * validations and conditional formats, and reads every such named cell, every
 * formula of the sheets it keeps and the review exactly as the full load does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { PRINT_SHEET_NAMES, SHEETS } from '../../src/sheets/layout.ts';
import { readReview } from '../../src/sheets/reader.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { exceljsLookup, sheetPartsNotNamed } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';

const description = reviewWorkbook(DEFAULT_RUBRIC);
/** The print forms: their formulas restate the record sheets', and no name the reader asks for is on them. */
const PRINTED: readonly string[] = [SHEETS.opinion, SHEETS.annex1];

async function bothLoads(bytes: Uint8Array) {
  const [full, reading] = await Promise.all([loadWorkbook(bytes), loadWorkbook(bytes, { forReading: true })]);
  return { full, reading, fullLookup: exceljsLookup(full), readingLookup: exceljsLookup(reading) };
}

describe('loading a workbook for reading', () => {
  it('skips the data validations and conditional formats (the control: the full load has them)', async () => {
    const { full, reading } = await bothLoads(await writeReviewXlsx(description));
    const validations = (wb: typeof full) => wb.worksheets.reduce((n, ws) => n + Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).length, 0);
    const formats = (wb: typeof full) => wb.worksheets.reduce((n, ws) => n + ((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings?.length ?? 0), 0);
    expect(validations(full)).toBeGreaterThan(0);
    expect(formats(full)).toBeGreaterThan(0);
    expect(validations(reading)).toBe(0);
    expect(formats(reading)).toBe(0);
  });

  it('leaves out the printed 初審意見表 and 附表一, and only those (the control: the full load has them)', async () => {
    const { full, reading } = await bothLoads(await writeReviewXlsx(description));
    expect(full.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([...PRINTED]));
    expect(reading.worksheets.map((ws) => ws.name)).toEqual(full.worksheets.map((ws) => ws.name).filter((name) => !PRINTED.includes(name)));
  });

  it('reads every named cell, every formula and the review as the full load does, for random reviews', async () => {
    const anchors: readonly string[] = Object.values(PRINT_SHEET_NAMES);
    const names = description.names.map((n) => n.name).filter((name) => !anchors.includes(name));
    const sheets = description.sheets.map((s) => s.name).filter((name) => !PRINTED.includes(name));
    for (const review of fc.sample(reviewArb(DEFAULT_RUBRIC), { numRuns: 5, seed: 21 })) {
      const { fullLookup, readingLookup } = await bothLoads(await writeReviewXlsx(reviewWorkbook(DEFAULT_RUBRIC, review)));
      expect(names.map(readingLookup)).toEqual(names.map(fullLookup));
      expect(sheets.map((s) => readingLookup.formulaCells?.(s))).toEqual(sheets.map((s) => fullLookup.formulaCells?.(s)));
      expect(readReview(readingLookup)).toEqual(readReview(fullLookup));
    }
  });
});

describe('the sheets reading leaves out', () => {
  const rels = (targets: readonly string[]) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${t}"/>`).join('')}</Relationships>`;
  const workbook = (sheets: readonly string[], names: string) =>
    `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames>${names}</definedNames></workbook>`;
  const parts = ['worksheets/sheet1.xml', 'worksheets/sheet2.xml', '/xl/worksheets/sheet3.xml'];

  it('are those no defined name but a print area, print titles or an ignored one points into', () => {
    const names =
      '<definedName name="total">&apos;評分&apos;!$H$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">&apos;附表&apos;!$A$1:$K$9</definedName>' +
      '<definedName name="print_x">&apos;附表&apos;!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">Notes!$1:$2</definedName>';
    expect([...sheetPartsNotNamed(workbook(['評分', '附表', 'Notes'], names), rels(parts), ['print_x'])]).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    // Without the ignored name, its sheet is read.
    expect([...sheetPartsNotNamed(workbook(['評分', '附表', 'Notes'], names), rels(parts))]).toEqual(['xl/worksheets/sheet3.xml']);
  });

  it('keep a sheet named in any spelling: escaped, with a doubled quote, inside a formula', () => {
    const sheets = ['A&B', "O'Neil", 'Calc'];
    const names =
      '<definedName name="a">&apos;A&amp;B&apos;!$A$1</definedName><definedName name="b">&apos;O&apos;&apos;Neil&apos;!B2</definedName>' +
      '<definedName name="c">SUM(Calc!$A$1:$A$3)</definedName>';
    expect([...sheetPartsNotNamed(workbook(sheets.map((s) => s.replace('&', '&amp;').replace("'", '&apos;')), names), rels(parts))]).toEqual([]);
  });

  it('are none when there is any doubt: no defined names, or a sheet without a relationship', () => {
    expect(sheetPartsNotNamed(workbook(['評分', '附表'], ''), rels(parts)).size).toBe(0);
    expect(sheetPartsNotNamed(workbook(['評分', '附表'], '<definedName name="t">評分!$A$1</definedName>'), rels(parts.slice(0, 1))).size).toBe(0);
  });
});
