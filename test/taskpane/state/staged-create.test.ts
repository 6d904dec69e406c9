/**
 * 建立 opens the form on 基本資料 before the other sheets are written (issue 17).
 * What the reviewer types meanwhile must reach the workbook: into 基本資料, and
 * into a sheet that does not exist yet when it is typed. Over the real
 * Office.js adapter on the in-memory double, not the fake host.
 */
import { expect, test, vi } from 'vitest';
import { reviewDouble } from '../../../packages/office-client/review-double.ts';
import type { NewReviewInit } from '../../../src/host/review-host.ts';
import { SHEETS } from '../../../src/sheets/layout.ts';
import { FIELDS_BY_NAME } from '../../../src/taskpane/state/draft.ts';
import { ReviewStore } from '../../../src/taskpane/state/review-store.ts';
import { hostOver } from '../../support/excel-host.ts';

/** A name the other sheets need is taken meanwhile (another add-in, a co-author): the second stage of 建立 fails. */
async function takeName(double: ReturnType<typeof reviewDouble>, name: string): Promise<void> {
  await double.run(async (context) => {
    context.workbook.names.add(name, "='工作表1'!$A$1");
    await context.sync();
  });
}

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };

test('what is typed while 建立 writes the sheets after 基本資料 is written once they are there, and is not lost', { timeout: 60_000 }, async () => {
  const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
  const host = hostOver(double);
  let whileWriting: { phase: string; name: unknown; tabs: string[] } | undefined;
  const store: ReviewStore = new ReviewStore(host, {
    changeDelayMs: 0,
    afterShow: async () => {
      const state = store.getSnapshot();
      whileWriting = { phase: state.phase, name: state.values.cand_name, tabs: double.workbookState.sheets.map((s) => s.name) };
      // The form is open on 基本資料; the reviewer types, and picks a level on a sheet not written yet.
      store.commitField(FIELDS_BY_NAME.get('cand_address')!, '臺北市中正區');
      store.commitField(FIELDS_BY_NAME.get('cand_name')!, '△△工業股份有限公司');
      store.write({ item_1_1_level: '優' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  });
  const disconnect = store.connect();
  await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('start'));

  expect(await store.create(INIT)).toEqual({ ok: true, value: { renamed: [] } });
  expect(whileWriting).toEqual({ phase: 'ready', name: INIT.candidateName, tabs: ['工作表1', SHEETS.basic] });
  await vi.waitFor(() => expect(store.getSnapshot().saving).toBe(false));

  const state = store.getSnapshot();
  expect(state.errors).toEqual([]);
  expect(state.sheetProblems).toEqual([]);
  expect(state.values).toMatchObject({ cand_address: '臺北市中正區', cand_name: '△△工業股份有限公司', item_1_1_level: '優', review_unit: INIT.reviewUnit });
  const read = await host.readReview();
  if (!read.ok) throw new Error(read.message);
  expect(read.value.review?.candidate).toMatchObject({ name: '△△工業股份有限公司', address: '臺北市中正區' });
  expect(read.value.review?.items).toEqual({ '1.1': { level: '優' } });
  disconnect();
});

test('when 建立 fails after 基本資料 was shown, the pane is back on the start form and says why', { timeout: 60_000 }, async () => {
  const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
  const host = hostOver(double);
  const store: ReviewStore = new ReviewStore(host, {
    afterShow: async () => {
      store.commitField(FIELDS_BY_NAME.get('cand_address')!, '臺北市中正區');
      await takeName(double, 'item_1_1_level');
    },
  });
  const disconnect = store.connect();
  await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('start'));

  const result = await store.create(INIT);
  expect(result.ok).toBe(false);
  const state = store.getSnapshot();
  expect(state.phase).toBe('start');
  expect(state.saving).toBe(false);
  expect(state.errors.map((e) => e.action)).toEqual(['create']);
  expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['工作表1']);
  disconnect();
});

test('what was typed before 建立 failed is written into the review the next 建立 makes, where it leaves the cell blank', { timeout: 60_000 }, async () => {
  const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
  const host = hostOver(double);
  let attempt = 0;
  const store: ReviewStore = new ReviewStore(host, {
    changeDelayMs: 0,
    afterShow: async () => {
      attempt += 1;
      if (attempt > 1) return;
      store.commitField(FIELDS_BY_NAME.get('cand_address')!, '臺北市中正區');
      store.commitField(FIELDS_BY_NAME.get('cand_name')!, '△△工業股份有限公司');
      store.write({ item_1_1_level: '優' });
      store.commitField(FIELDS_BY_NAME.get('cand_workers_own')!, '十二');
      await takeName(double, 'item_1_1_level');
    },
  });
  const disconnect = store.connect();
  await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('start'));

  expect((await store.create(INIT)).ok).toBe(false);
  expect(store.getSnapshot().phase).toBe('start');
  // The form closing commits the field that had focus: kept too, not written to sheets that are gone.
  store.commitField(FIELDS_BY_NAME.get('cand_phone')!, '02-2345-6789');
  expect(store.getSnapshot().errors.map((e) => e.action)).toEqual(['create']);
  expect(store.getSnapshot().keptForCreate).toBe(5);
  expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['工作表1']);

  // The clash is cleared; 建立 again, with the name given anew on the start form.
  await double.run(async (context) => {
    context.workbook.names.getItem('item_1_1_level').delete();
    await context.sync();
  });
  const again = { ...INIT, candidateName: '□□公司' };
  expect((await store.create(again)).ok).toBe(true);
  await vi.waitFor(() => expect(store.getSnapshot().saving).toBe(false));

  const state = store.getSnapshot();
  expect(state.keptForCreate).toBe(0);
  expect(state.values).toMatchObject({ cand_address: '臺北市中正區', cand_phone: '02-2345-6789', item_1_1_level: '優', cand_name: '□□公司' });
  // Text that was not a value stays a draft of its field.
  expect(state.fieldDrafts).toEqual({ cand_workers_own: '十二' });
  const read = await host.readReview();
  if (!read.ok) throw new Error(read.message);
  expect(read.value.review?.candidate).toMatchObject({ name: '□□公司', address: '臺北市中正區', phone: '02-2345-6789' });
  expect(read.value.review?.items).toEqual({ '1.1': { level: '優' } });
  disconnect();
});
