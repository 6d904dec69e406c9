/**
 * Issue 12, in the add-in: refreshing the print sheets sizes the 初審意見表 to
 * what the reviewer wrote, as a workbook the CLI writes is. Before, the
 * refresh always built the blank form's boxes, so a long 優點 ended in
 * 「以下文字超出本欄，請重建列印工作表」 however often it was rebuilt.
 */
import { describe, expect, it } from 'vitest';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { opinionSheet, STRENGTHS_LINES } from '../../src/sheets/opinion.ts';
import { HOST_KINDS, hostOver } from '../support/excel-host.ts';

const FORTY = Array.from({ length: 40 }, (_, i) => `${i + 1}. 第 ${i + 1} 項優點：現場查核紀錄完整，改善追蹤確實。`).join('\n');

/** How many cells of the 初審意見表 print a line of `name` (formulas over it). */
function linesShowing(double: OfficeDouble, name: string): number {
  const sheet = double.workbookState.sheets.find((s) => s.name === SHEETS.opinion)!;
  return [...sheet.cells.values()].filter((c) => (c.formula ?? '').includes(`${name}&""`) && /MID\(/.test(c.formula ?? '')).length;
}

describe.each(HOST_KINDS)('refreshing the print sheets (%s)', (kind) => {
  it('gives a 40-line 優點 a row per line, as the CLI\'s workbook does, on the second refresh as on the first', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' } });
    const host = hostOver(double, {}, kind);
    expect((await host.createReview({ candidateName: '○○實業', reviewUnit: '臺北市', selectionYear: 113, reviewDate: '2024-04-15' })).ok).toBe(true);
    const blank = linesShowing(double, 'opinion_strengths');
    expect(blank).toBeGreaterThanOrEqual(STRENGTHS_LINES);

    expect((await host.writeCells({ opinion_strengths: FORTY })).ok).toBe(true);
    expect((await host.refreshPrintSheets('opinion')).ok).toBe(true);
    // The same count of line cells as the layout gives for this text (not the blank form's).
    const expected = opinionSheet({ strengths: FORTY }).sheet.cells.filter((c) => (c.formula ?? '').includes('opinion_strengths&""') && /MID\(/.test(c.formula ?? '')).length;
    expect(expected).toBeGreaterThan(blank);
    expect(linesShowing(double, 'opinion_strengths')).toBe(expected);
    expect((await host.refreshPrintSheets('opinion')).ok).toBe(true);
    expect(linesShowing(double, 'opinion_strengths')).toBe(expected);
  });
});
