/**
 * LibreOffice, a real spreadsheet program, recalculates filled workbooks to
 * the engine's totals, prints the forms on A4, and saves workbooks the
 * reader still reads.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../src/review/evaluate.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Review } from '../../src/review/schema.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { sectionNames, TOTAL_NAME } from '../../src/sheets/scoring.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';
import { LIBREOFFICE, MUST_RUN, printPdf, RecalculationPool, resaveWithLibreOffice } from '../support/libreoffice.ts';
import { printOnly } from '../support/print-only.ts';

const demo = (() => {
  const parsed = parseReview(JSON.parse(readFileSync(new URL('../../examples/demo-113.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('examples/demo-113.json is invalid');
  return parsed.review;
})();

/** The value LibreOffice computed for a one-cell name, read from its recalculated sheets. */
function computed(sheets: Map<string, string[][]>, description: WorkbookDescription, name: string): number {
  const n = description.names.find((x) => x.name === name)!;
  const sheet = description.sheets.find((s) => s.key === n.sheet)!;
  const { row, column } = parseCell(n.address);
  return Number(sheets.get(sheet.name)![row - 1]![column - 1]);
}

/** 資格審查's helper cells: 是/否 in words (blank while unknown), never TRUE/FALSE (issue 12 item 5). */
const HELPERS = ['elig_has_contractors', 'elig_toshms_valid', 'elig_perf_valid', 'elig_five_star'] as const;

/** What LibreOffice shows in a one-cell name's cell, from the sheet's CSV. */
function shown(sheets: Map<string, string[][]>, description: WorkbookDescription, name: string): string {
  const n = description.names.find((x) => x.name === name)!;
  const { row, column } = parseCell(n.address);
  return sheets.get(SHEETS.eligibility)![row - 1]![column - 1]!;
}

/** No cell of 資格審查, recalculated by LibreOffice, reads TRUE or FALSE (in any case). */
function expectPlainWords(sheets: Map<string, string[][]>): void {
  const booleans = sheets.get(SHEETS.eligibility)!.flatMap((row, r) => row.flatMap((v, c) => (/^(true|false)$/i.test(v.trim()) ? [`${String.fromCharCode(65 + c)}${r + 1}=${v}`] : [])));
  expect(booleans).toEqual([]);
}

const A4_SHORT = 595.3;
const A4_LONG = 841.9;

// Each soffice run costs seconds (more on a loaded 2-core machine): the recalculations share one, each print has its own.
describe.skipIf(!LIBREOFFICE && !MUST_RUN)('LibreOffice', { timeout: 300_000 }, () => {
  it('is installed where CI needs it', () => {
    expect(LIBREOFFICE).toBe(true);
  });

  it('recalculates filled workbooks to the engine\'s section scores and total', async () => {
    const reviews: Review[] = [demo, ...fc.sample(reviewArb(oshUnit113), { numRuns: 3, seed: 99 })];
    const descriptions = reviews.map((review) => reviewWorkbook(oshUnit113, review));
    const pool = new RecalculationPool(descriptions[0]!.sheets.map((s) => s.name), 1);
    let recalculated: Map<string, string[][]>[];
    try {
      recalculated = await pool.recalculate(await Promise.all(descriptions.map((d) => writeReviewXlsx(d))));
    } finally {
      pool.close();
    }
    for (const [i, review] of reviews.entries()) {
      const result = scoreAnswers(oshUnit113, review.items);
      if (!result.ok) throw new Error('generated review invalid');
      const sheets = recalculated[i]!;
      for (const s of result.score.sections) expect(Math.abs(computed(sheets, descriptions[i]!, sectionNames(s.id).weighted) - s.weighted)).toBeLessThan(1e-9);
      expect(Math.abs(computed(sheets, descriptions[i]!, TOTAL_NAME) - result.score.total)).toBeLessThan(1e-9);
      expectPlainWords(sheets);
    }
  });

  it('資格審查 of a blank workbook shows no TRUE/FALSE once recalculated (its helper cells stay blank until known)', async () => {
    const description = reviewWorkbook(oshUnit113);
    const pool = new RecalculationPool(description.sheets.map((s) => s.name), 1);
    let sheets: Map<string, string[][]>;
    try {
      [sheets] = (await pool.recalculate([await writeReviewXlsx(description)])) as [Map<string, string[][]>];
    } finally {
      pool.close();
    }
    expectPlainWords(sheets);
    for (const name of HELPERS.slice(0, 3)) expect(shown(sheets, description, name), name).toBe('');
  });

  it('prints the 初審意見表 on exactly one A4 portrait page with the year from the review', async () => {
    const rendered = printPdf(await writeReviewXlsx(printOnly(reviewWorkbook(oshUnit113, demo), 'opinion')), 'opinion');
    expect(rendered.pages).toHaveLength(1);
    const [page] = rendered.pages;
    expect(page!.a4).toBe(true);
    expect(page!.width).toBeCloseTo(A4_SHORT, 0);
    expect(page!.height).toBeCloseTo(A4_LONG, 0);
    expect(page!.firstLine.replace(/\s/g, '')).toContain('113年推行職業安全衛生優良單位初審意見表');
  });

  it('prints 附表一 on A4 pages with its header row repeated on every page', async () => {
    const rendered = printPdf(await writeReviewXlsx(printOnly(reviewWorkbook(oshUnit113, demo), 'annex1')), 'annex1');
    expect(rendered.pages.length).toBeGreaterThan(2);
    for (const page of rendered.pages) expect(page.a4, `page ${page.number}`).toBe(true);
    const [first, ...rest] = rendered.pages;
    // The caption 附表一 heads the form, as on the official one, its title under it.
    expect(first!.firstLine).toBe('附表一');
    expect(rendered.pageLines(first!.number)[1]!.replace(/\s/g, '')).toContain('推行職業安全衛生優良單位推薦表');
    // A merged item cell split by a page break may print its clipped text above
    // the repeated header, so the header is looked for among the top lines.
    for (const page of rest) expect(rendered.pageLines(page.number).slice(0, 8).join('').replace(/\s/g, ''), `page ${page.number}`).toMatch(/項目/);
  });

  it('prints 評分 on A4 landscape pages with its header repeated', async () => {
    const rendered = printPdf(await writeReviewXlsx(printOnly(reviewWorkbook(oshUnit113, demo), 'scoring')), 'scoring');
    for (const page of rendered.pages) {
      expect(page.a4).toBe(true);
      expect(page.width).toBeCloseTo(A4_LONG, 0);
    }
    for (const page of rendered.pages.slice(1)) {
      expect(rendered.pageLines(page.number).slice(0, 8).join('').replace(/\s/g, ''), `page ${page.number}`).toContain('項目（配分）');
    }
  });

  it('reads back a workbook saved by LibreOffice', async () => {
    const saved = resaveWithLibreOffice(await writeReviewXlsx(reviewWorkbook(oshUnit113, demo)));
    const read = await readReviewXlsx(saved);
    expect(read.problems).toEqual([]);
    expect(read.review).toEqual(demo);
  });
});

