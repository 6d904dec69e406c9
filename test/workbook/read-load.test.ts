/**
 * Loading a workbook for reading (`loadWorkbook(bytes, { forReading: true })`,
 * what `score` and the pane's file reader use) skips the sheets' data
 * validations and conditional formats, and reads every named cell, every
 * formula and the review exactly as the full load does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { readReview } from '../../src/sheets/reader.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';

const description = reviewWorkbook(DEFAULT_RUBRIC);

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

  it('reads every named cell, every formula and the review as the full load does, for random reviews', async () => {
    const names = description.names.map((n) => n.name);
    const sheets = description.sheets.map((s) => s.name);
    for (const review of fc.sample(reviewArb(DEFAULT_RUBRIC), { numRuns: 5, seed: 21 })) {
      const { fullLookup, readingLookup } = await bothLoads(await writeReviewXlsx(reviewWorkbook(DEFAULT_RUBRIC, review)));
      expect(names.map(readingLookup)).toEqual(names.map(fullLookup));
      expect(sheets.map((s) => readingLookup.formulaCells?.(s))).toEqual(sheets.map((s) => fullLookup.formulaCells?.(s)));
      expect(readReview(readingLookup)).toEqual(readReview(fullLookup));
    }
  });
});
