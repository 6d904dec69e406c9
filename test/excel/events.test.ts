/**
 * Events follow the review (issue 11): a subscriber who started listening
 * before the review's sheets existed hears hand edits in the sheets that
 * create() and addSheets() add, and unsubscribing removes every handler in
 * the RequestContext that added it (Microsoft's docs; in a new Excel.run the
 * removal reaches nothing and the handler keeps firing).
 */
import { describe, expect, it } from 'vitest';
import { reviewDouble } from '../../packages/office-client/review-double.ts';
import { createDouble, type OfficeDouble } from '../../packages/office-double/index.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { HostChange, NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { mergeFiles } from '../../src/taskpane/tools/review-files.ts';
import { fileOf, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';
import { HOST_KINDS, hostOver, type HostKind } from '../support/excel-host.ts';

const LEVEL_1_1 = reviewWorkbook(oshUnit113).names.find((n) => n.name === 'item_1_1_level')!.address;
const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };

function hostOn(sheets = ['工作表1'], api = '1.12', kind: HostKind = 'double'): { double: OfficeDouble; host: ReviewHost } {
  // From 1.13 the adapter sends new sheets as an .xlsx: a double that reads it.
  const double = api === '1.12' ? createDouble({ requirementSets: { ExcelApi: api }, sheets }) : reviewDouble({ requirementSets: { ExcelApi: api }, sheets });
  return { double, host: hostOver(double, {}, kind) };
}

/** Lets the unsubscribe batch (started without awaiting) finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A hand edit, and the sheets whose handlers heard it. */
async function edit(double: OfficeDouble, heard: string[], sheet: string, address: string, value: string): Promise<string[]> {
  heard.length = 0;
  expect((await double.simulateUserEdit(sheet, address, value)).accepted).toBe(true);
  await double.flushEvents();
  return [...heard];
}

describe.each(HOST_KINDS)("onChanged tells the add-in's own writes (%s)", (kind) => {
  for (const [api, own] of [['1.14', true], ['1.12', undefined]] as const) {
    it(`${own ? 'marks them own' : 'cannot mark them'} at ExcelApi ${api}; a hand edit is never marked`, async () => {
      const { double, host } = hostOn(['工作表1'], api, kind);
      expect((await host.createReview(INIT)).ok).toBe(true);
      const heard: HostChange[] = [];
      await host.onChanged((changes) => heard.push(...changes));
      expect((await host.writeCells({ item_1_1_level: '優' })).ok).toBe(true);
      await double.flushEvents();
      expect(heard.map((c) => [c.sheet, c.address, c.own])).toEqual([[SHEETS.scoring, LEVEL_1_1, own]]);
      heard.length = 0;
      expect((await double.simulateUserEdit(SHEETS.basic, 'B5', '臺北市')).accepted).toBe(true);
      await double.flushEvents();
      expect(heard.map((c) => [c.sheet, c.address, c.own])).toEqual([[SHEETS.basic, 'B5', undefined]]);
    });
  }
});

describe('onChanged follows the review', () => {
  it('hears hand edits in the sheets create() adds after it subscribed on an empty workbook, and nothing once unsubscribed', async () => {
    const { double, host } = hostOn();
    const heard: string[] = [];
    const stop = await host.onChanged((changes) => heard.push(...changes.map((c) => `${c.sheet}!${c.address}`)));
    expect((await host.createReview(INIT)).ok).toBe(true);
    expect(await edit(double, heard, SHEETS.basic, 'B5', '臺北市中正區')).toEqual([`${SHEETS.basic}!B5`]);
    expect(await edit(double, heard, SHEETS.scoring, LEVEL_1_1, '良')).toEqual([`${SHEETS.scoring}!${LEVEL_1_1}`]);
    // The user's own sheet is not ours to listen to.
    expect(await edit(double, heard, '工作表1', 'A1', '我的')).toEqual([]);

    stop();
    await settled();
    expect(await edit(double, heard, SHEETS.basic, 'B5', '新北市')).toEqual([]);
    expect(await edit(double, heard, SHEETS.scoring, LEVEL_1_1, '優')).toEqual([]);
    expect(double.stats.eventRegistrations).toBeGreaterThan(0);
  });

  it('unsubscribing removes the handlers in the context that added them: a review that was there before', async () => {
    const { double, host } = hostOn();
    expect((await host.createReview(INIT)).ok).toBe(true);
    const heard: string[] = [];
    const stop = await host.onChanged((changes) => heard.push(...changes.map((c) => c.sheet)));
    expect(await edit(double, heard, SHEETS.basic, 'B5', '臺北市')).toEqual([SHEETS.basic]);
    stop();
    await settled();
    expect(await edit(double, heard, SHEETS.basic, 'B5', '新北市')).toEqual([]);
  });

  it('a subscriber from before a failed create listens to the sheets of the retry, once', async () => {
    const { double, host } = hostOn();
    const heard: string[] = [];
    await host.onChanged((changes) => heard.push(...changes.map((c) => c.sheet)));
    await double.run(async (context) => {
      context.workbook.names.add('review_date', '=工作表1!$A$1');
      await context.sync();
    });
    expect((await host.createReview(INIT)).ok).toBe(false);
    await double.run(async (context) => {
      context.workbook.names.getItem('review_date').delete();
      await context.sync();
    });
    expect((await host.createReview(INIT)).ok).toBe(true);
    expect(await edit(double, heard, SHEETS.basic, 'B5', '臺北市')).toEqual([SHEETS.basic]);
  });

  it('hears hand edits in 小組合議 added by the pane, under the tab name it was given', async () => {
    const merged = await mergeFiles([fileOf('A.xlsx', await xlsxOf(unitReview(fullMarks()))), fileOf('B.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '1.1': { level: '良' } })))]);
    if (!merged.ok) throw new Error(JSON.stringify(merged));
    const { double, host } = hostOn([SHEETS.basic]);
    const heard: string[] = [];
    const stop = await host.onChanged((changes) => heard.push(...changes.map((c) => c.sheet)));
    // The user's own 基本資料 was there first: a tab of that name is not listened to.
    expect(await edit(double, heard, SHEETS.basic, 'A1', '我的')).toEqual([]);
    const added = await host.addSheets(merged.description, merged.show);
    expect(added.ok && added.value.renamed).toContain(`${SHEETS.basic} → ${SHEETS.basic} (2)`);
    expect(await edit(double, heard, `${SHEETS.basic} (2)`, 'B5', '臺北市')).toEqual([`${SHEETS.basic} (2)`]);
    expect(await edit(double, heard, SHEETS.basic, 'A1', '仍是我的')).toEqual([]);
    stop();
    await settled();
    expect(await edit(double, heard, `${SHEETS.basic} (2)`, 'B5', '新北市')).toEqual([]);
  });
});
