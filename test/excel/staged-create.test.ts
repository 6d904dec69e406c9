/**
 * 建立 in two stages (issue 17): with `shown`, the adapter writes 基本資料 first,
 * hands the pane the review it holds so the form can open, and writes the
 * other sheets once the pane is painted. The workbook must end exactly as the
 * one-batch 建立 leaves it, and a failure of the second stage must leave the
 * workbook as it was, like any failed 建立 (all-or-nothing.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';
import type { NewReviewInit, ReviewHost, ReviewRead } from '../../src/host/review-host.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { valuesFromRead } from '../../src/taskpane/state/draft.ts';
import { hostOver } from '../support/excel-host.ts';

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };
const USER_SHEET = '工作表1';

function hostOn(api: string): { double: OfficeDouble; host: ReviewHost } {
  const double = reviewDouble({ requirementSets: { ExcelApi: api }, sheets: [USER_SHEET] });
  return { double, host: hostOver(double) };
}

const tabs = (double: OfficeDouble) => double.workbookState.sheets.map((s) => s.name);

// From ExcelApi 1.13 (one file per stage), where the pane is; below it the stages take the same path call by call.
describe.each(['1.17'])('建立 in two stages (ExcelApi %s)', (api) => {
  it('shows 基本資料 alone first, then ends with the workbook the one-batch 建立 writes', { timeout: 60_000 }, async () => {
    const staged = hostOn(api);
    let first: ReviewRead | undefined;
    let atShown: { tabs: string[]; names: number } | undefined;
    const result = await staged.host.createReview(INIT, async (read) => {
      first = read;
      atShown = { tabs: tabs(staged.double), names: staged.double.workbookState.names.length };
    });
    expect(result).toEqual({ ok: true, value: { renamed: [] } });
    // When the form opens: the user's sheet and 基本資料 (with its names), nothing else yet.
    expect(atShown?.tabs).toEqual([USER_SHEET, SHEETS.basic]);
    expect(atShown?.names).toBeGreaterThan(0);

    const oneBatch = hostOn(api);
    expect(await oneBatch.host.createReview(INIT)).toEqual({ ok: true, value: { renamed: [] } });
    expect(tabs(staged.double)).toEqual(tabs(oneBatch.double));
    // Every cell, format, name, validation and setting, and which sheet is active.
    expect(staged.double.workbookState).toEqual(oneBatch.double.workbookState);

    // What the pane shows before the rest is written is what it reads once all is there.
    const read = await staged.host.readReview();
    if (!read.ok || !first) throw new Error('no read');
    expect(read.value.problems).toEqual([]);
    expect(valuesFromRead(first.rubric, first)).toEqual(valuesFromRead(read.value.rubric, read.value));
  });

  it('when the second stage fails, removes 基本資料 too and says so: the workbook is as it was', { timeout: 60_000 }, async () => {
    const { double, host } = hostOn(api);
    const before = structuredClone(double.workbookState);
    const result = await host.createReview(INIT, async () => {
      // Another add-in (or a co-author) defines a name the remaining sheets use, between the two stages.
      await double.run(async (context) => {
        context.workbook.names.add('item_1_1_level', `='${USER_SHEET}'!$A$1`);
        await context.sync();
      });
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/已移除這次加入的工作表與名稱/);
    expect(tabs(double)).toEqual([USER_SHEET]);
    // Only the name the other add-in added is left.
    expect(double.workbookState.names.map((n) => n.name)).toEqual(['item_1_1_level']);
    expect(double.workbookState.sheets).toEqual(before.sheets);
  });
});
