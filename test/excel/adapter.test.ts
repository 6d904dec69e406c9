/**
 * The Office.js adapter on the in-memory double: round trips per operation,
 * the ExcelApi 1.7 fallback, hand edits seen through change events, user
 * sheets left alone, and what it writes scoring as the engine says.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { exportXlsx } from '../../packages/office-double/export-xlsx.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { CHANGE_ANCHORS } from '../../src/excel/adapter.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { readReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import type { NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { ANNEX2_SHEETS } from '../../src/sheets/annex2.ts';
import { readAnnex4 } from '../../src/sheets/annex4.ts';
import { annex2Sheets, annex4Sheets } from '../../src/taskpane/tools/forms.ts';
import { mergeFiles, rankFiles } from '../../src/taskpane/tools/review-files.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { fileOf, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';
import { HOST_KINDS, type HostKind, clientOf, hostOver, syncsOf } from '../support/excel-host.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

const tabs = (double: OfficeDouble) => double.workbookState.sheets.map((s) => s.name);

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };

function hostOn(api: string, sheets = ['工作表1'], kind: HostKind = 'double'): { double: OfficeDouble; host: ReviewHost } {
  const double = reviewDouble({ requirementSets: { ExcelApi: api }, sheets });
  return { double, host: hostOver(double, {}, kind) };
}


describe.each(HOST_KINDS)('Office.js adapter round trips (ExcelApi 1.17, %s)', (kind) => {
  it('creates a review in at most 2 syncs, edits in 1, reads in 1', async () => {
    const { double, host } = hostOn('1.17', undefined, kind);
    const create = await syncsOf(double, () => host.createReview(INIT));
    expect(create.result.ok).toBe(true);
    expect(create.syncs).toBeLessThanOrEqual(2);
    // As Microsoft's client serialises them: a fifth of Excel on the web's 5 MB at most.
    for (const sent of clientOf(double)?.wire ?? []) expect([sent.requestBytes, sent.responseBytes].every((b) => b <= 1024 * 1024)).toBe(true);

    const edit = await syncsOf(double, () => host.writeCells({ item_1_1_level: '優' }));
    expect(edit.result).toEqual({ ok: true });
    expect(edit.syncs).toBe(1);

    const fill = await syncsOf(double, () => host.writeCells({ item_2_3_level: '良', item_2_3_points: 1.8, item_7_2_count: 5, opinion_strengths: '=先行安全' }));
    expect(fill.syncs).toBe(1);

    const read = await syncsOf(double, () => host.readReview());
    expect(read.syncs).toBe(1);
    if (!read.result.ok) throw new Error(read.result.message);
    const review = read.result.value.review!;
    expect(read.result.value.problems).toEqual([]);
    expect(review.candidate.name).toBe(INIT.candidateName);
    expect(review.items).toEqual({ '1.1': { level: '優' }, '2.3': { level: '良', points: 1.8 }, '7.2': { count: 5 } });
    expect(review.opinion?.strengths).toBe('=先行安全');

    const has = await syncsOf(double, () => host.hasReview());
    expect(has).toEqual({ syncs: 1, result: { ok: true, value: true } });
  });

  it('writes a workbook that scores as the engine says once exported', async () => {
    const { double, host } = hostOn('1.17', undefined, kind);
    await host.createReview(INIT);
    await host.writeCells({ item_1_1_level: '優', item_2_4_level: '良', item_2_4_points: 2.6, item_3_6_level: '良', item_4_1_level: '不適用' });
    const bytes = await exportXlsx(double, ExcelJS);
    const read = await readReviewXlsx(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    expect(read.problems).toEqual([]);
    const engine = scoreAnswers(oshUnit113, read.review!.items);
    // By hand: 一 3/8×100×0.08 = 3; 二 2.6/20×100×0.2 = 2.6; 三 1.5/20×100×0.2 = 1.5; 四 0 (4.1 不適用).
    expect(engine.ok && engine.score.total).toBeCloseTo(7.1, 9);
  });

  it('leaves a user sheet with a clashing name alone and says which name it took instead', async () => {
    const { double, host } = hostOn('1.17', ['評分'], kind);
    await double.simulateUserEdit('評分', 'A1', '我的資料');
    const create = await host.createReview(INIT);
    expect(create.ok && create.value.renamed).toEqual([`${SHEETS.scoring} → ${SHEETS.scoring} (2)`]);
    const mine = await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('評分').getRange('A1').load('values');
      await context.sync();
      return range.values[0]![0];
    });
    expect(mine).toBe('我的資料');
    const read = await host.readReview();
    expect(read.ok && read.value.review?.candidate.name).toBe(INIT.candidateName);
  });

  it('refreshes the printable sheets without touching what was typed, each back in its place', async () => {
    const { double, host } = hostOn('1.17', undefined, kind);
    await host.createReview(INIT);
    // A reviewer put 附表一 before 初審意見表: rebuilding them keeps that order.
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(SHEETS.annex1).position = 1;
      await context.sync();
    });
    const order = tabs(double);
    expect(order.indexOf(SHEETS.annex1)).toBeLessThan(order.indexOf(SHEETS.opinion));
    const typed = '● 高階主管積極支持並參與各項安全衛生活動。\n● 每日實施 6S 稽核。';
    for (let i = 0; i < 5; i++) {
      await host.writeCells({ opinion_strengths: `${typed}${i}` });
      const refresh = await syncsOf(double, () => host.refreshPrintSheets(i % 2 ? 'annex1' : 'opinion'));
      expect(refresh.result).toEqual({ ok: true, value: { renamed: [] } });
      expect(refresh.syncs).toBeLessThanOrEqual(2);
      expect(tabs(double)).toEqual(order);
      const read = await host.readReview();
      expect(read.ok && read.value.review?.opinion?.strengths).toBe(`${typed}${i}`);
    }
  });

  it('reports hand edits in the sheets through change events', async () => {
    const { double, host } = hostOn('1.17', undefined, kind);
    await host.createReview(INIT);
    const seen: string[] = [];
    const stop = await host.onChanged((changes) => seen.push(...changes.map((c) => `${c.sheet}!${c.address}`)));
    const read = await host.readReview();
    expect(read.ok).toBe(true);
    await double.simulateUserEdit(SHEETS.basic, 'B4', '△△工業股份有限公司');
    await double.flushEvents();
    expect(seen.some((s) => s.startsWith(`${SHEETS.basic}!`))).toBe(true);
    stop();
    const after = await host.readReview();
    expect(after.ok && after.value.review?.candidate.name).toBe('△△工業股份有限公司');
  });

  it('finds each input sheet through a name that lives on it', () => {
    const layout = reviewWorkbook(oshUnit113);
    for (const [key, name] of Object.entries(CHANGE_ANCHORS)) expect(layout.names.find((n) => n.name === name)?.sheet).toBe(key);
  });

  it('hears hand edits on review sheets that were created under another name, and not on the user\'s sheet of that name', async () => {
    const { double, host } = hostOn('1.17', ['評分'], kind);
    const create = await host.createReview(INIT);
    expect(create.ok && create.value.renamed).toEqual([`${SHEETS.scoring} → ${SHEETS.scoring} (2)`]);
    const ITEM_1_1_LEVEL = reviewWorkbook(oshUnit113).names.find((n) => n.name === 'item_1_1_level')!.address;
    const seen: string[] = [];
    const stop = await host.onChanged((changes) => seen.push(...changes.map((c) => `${c.sheet}!${c.address}`)));
    await double.simulateUserEdit('評分', 'A1', '我的資料');
    await double.flushEvents();
    expect(seen).toEqual([]);
    await double.simulateUserEdit(`${SHEETS.scoring} (2)`, ITEM_1_1_LEVEL, '良');
    await double.flushEvents();
    expect(seen).toEqual([`${SHEETS.scoring} (2)!${ITEM_1_1_LEVEL}`]);
    stop();
  });
});

describe.each(HOST_KINDS)('Office.js adapter on Excel 2019 (ExcelApi 1.7, %s)', (kind) => {
  it('says it cannot build the sheets, and changes nothing', async () => {
    const { double, host } = hostOn('1.7', undefined, kind);
    expect(host.capabilities.canBuildSheets).toBe(false);
    const create = await host.createReview(INIT);
    expect(create.ok).toBe(false);
    expect(!create.ok && create.message).toMatch(/osh-review new/);
    expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['工作表1']);
  });

  it('works fully on a review workbook made elsewhere', async () => {
    // Build on a newer Excel, then open the same workbook state on 1.7.
    const newer = hostOn('1.17', undefined, kind);
    await newer.host.createReview(INIT);
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.7' }, workbook: newer.double.workbookState });
    const host = hostOver(double, {}, kind);
    expect((await host.hasReview())).toEqual({ ok: true, value: true });
    const edit = await syncsOf(double, () => host.writeCells({ item_1_2_level: '良' }));
    expect(edit).toEqual({ syncs: 1, result: { ok: true } });
    const read = await syncsOf(double, () => host.readReview());
    expect(read.syncs).toBe(1);
    expect(read.result.ok && read.result.value.review?.items['1.2']).toEqual({ level: '良' });
  });
});

// Below 1.13 there is no insertWorksheetsFromBase64: sheets go call by call, in several requests. Excel 2021
// on Windows is where that happens, so Microsoft's client runs here with its win32 runtime.
describe.each(['double', 'excel-win32-16.01'] as const)('Office.js adapter on ExcelApi 1.9–1.12 (Excel 2021; %s)', (kind) => {
  /** Every cell's formula or value, by sheet, as the double holds them. */
  const contents = (double: OfficeDouble) =>
    Object.fromEntries(double.workbookState.sheets.map((s) => [s.name, Object.fromEntries([...s.cells].filter(([, c]) => c.formula !== null || (c.value !== null && c.value !== '')).map(([k, c]) => [k, c.formula ?? c.value]))]));

  it('builds the review call by call in requests under 1 MiB, the same workbook the file path builds, then edits and reads in 1 sync', async () => {
    const { double, host } = hostOn('1.12', undefined, kind);
    expect(await host.createReview(INIT)).toEqual({ ok: true, value: { renamed: [] } });
    for (const sent of clientOf(double)?.wire ?? []) {
      expect(sent.requestBytes).toBeLessThanOrEqual(1024 * 1024);
      expect(sent.responseBytes).toBeLessThanOrEqual(1024 * 1024);
    }
    const fromFile = hostOn('1.13');
    await fromFile.host.createReview(INIT);
    expect(contents(double)).toEqual(contents(fromFile.double));
    expect(double.workbookState.names.map((n) => n.name).sort()).toEqual(fromFile.double.workbookState.names.map((n) => n.name).sort());

    expect(await syncsOf(double, () => host.writeCells({ item_1_1_level: '優' }))).toEqual({ syncs: 1, result: { ok: true } });
    const read = await syncsOf(double, () => host.readReview());
    expect(read.syncs).toBe(1);
    expect(read.result.ok && read.result.value.problems).toEqual([]);
    expect(read.result.ok && read.result.value.review?.items).toEqual({ '1.1': { level: '優' } });
  });
});

describe.each(HOST_KINDS)('adding sheets to the open workbook (小組合議, 排序, 附表二, 附表四; %s)', (kind) => {
  const nameCount = (double: OfficeDouble) => double.workbookState.names.length;

  it('adds 附表二 in 2 syncs with its names, shows its entry sheet, and refuses to add it twice (1 sync, nothing changed)', async () => {
    const { double, host } = hostOn('1.17', undefined, kind);
    const form = annex2Sheets();
    const first = await syncsOf(double, () => host.addSheets(form.description, form.show));
    expect(first.result).toEqual({ ok: true, value: { renamed: [] } });
    expect(first.syncs).toBe(2);
    expect(tabs(double)).toEqual(['工作表1', ...form.description.sheets.map((s) => s.name)]);
    expect(nameCount(double)).toBe(form.description.names.length);
    const active = await double.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return ws.name;
    });
    expect(active).toBe(ANNEX2_SHEETS.entry.name);

    const before = { tabs: tabs(double), names: nameCount(double) };
    const again = await syncsOf(double, () => host.addSheets(form.description, form.show));
    expect(again.syncs).toBe(1);
    expect(again.result.ok).toBe(false);
    expect(!again.result.ok && again.result.code).toBe('ItemAlreadyExists');
    expect(!again.result.ok && again.result.message).toMatch(/已有.*定義名稱.*person_.*未加入任何工作表/);
    expect({ tabs: tabs(double), names: nameCount(double) }).toEqual(before);
  });

  it('gives a clashing tab another name, says so, and leaves the user\'s sheet as it was', async () => {
    const { double, host } = hostOn('1.17', ['附表四(五星獎自評)', '排序'], kind);
    await double.simulateUserEdit('排序', 'A1', '我的排序');
    await double.simulateUserEdit('附表四(五星獎自評)', 'B2', 42);
    const form = annex4Sheets();
    const added = await syncsOf(double, () => host.addSheets(form.description));
    expect(added.syncs).toBe(2);
    expect(added.result).toEqual({ ok: true, value: { renamed: ['附表四(五星獎自評) → 附表四(五星獎自評) (2)'] } });
    const cells = await double.run(async (context) => {
      const a = context.workbook.worksheets.getItem('排序').getRange('A1').load('values');
      const b = context.workbook.worksheets.getItem('附表四(五星獎自評)').getUsedRange().load('address,values');
      await context.sync();
      return { a: a.values[0]![0], b: b.address, bValue: b.values };
    });
    expect(cells).toEqual({ a: '我的排序', b: "'附表四(五星獎自評)'!B2", bValue: [[42]] });
    // The names point into the renamed tab.
    const bytes = await exportXlsx(double, ExcelJS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const read = readAnnex4(exceljsLookup(wb));
    expect(read.present).toBe(true);
    expect(read.problems).toEqual([]);
    const first = form.description.names[0]!;
    const ref = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.find((n) => n.name === first.name);
    expect(ref?.ranges[0]).toContain('附表四(五星獎自評) (2)');
  });

  it('adds a ranking of real files as 排序 (2) beside the user\'s 排序, in 2 syncs', async () => {
    const { double, host } = hostOn('1.17', ['排序'], kind);
    const ranked = await rankFiles([fileOf('甲.xlsx', await xlsxOf(unitReview(fullMarks(), { name: '甲公司' })))], '臺北市');
    if (!ranked.ok) throw new Error(JSON.stringify(ranked));
    const added = await syncsOf(double, () => host.addSheets(ranked.description, ranked.show));
    expect(added).toEqual({ syncs: 2, result: { ok: true, value: { renamed: ['排序 → 排序 (2)'] } } });
    const found = await double.run(async (context) => {
      const used = context.workbook.worksheets.getItem('排序 (2)').getUsedRange().load('values');
      await context.sync();
      return used.values.flat();
    });
    expect(found).toContain('甲公司');
  });

  it('builds a panel workbook in an empty workbook (it reads back as the merged review), and refuses it over a review', async () => {
    const members = [
      fileOf('A.xlsx', await xlsxOf(unitReview(fullMarks()))),
      fileOf('B.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '1.1': { level: '良' } }))),
    ];
    const merged = await mergeFiles(members);
    if (!merged.ok) throw new Error(JSON.stringify(merged));
    const { double, host } = hostOn('1.17', undefined, kind);
    clientOf(double)?.reset();
    const added = await syncsOf(double, () => host.addSheets(merged.description, merged.show));
    expect(added.syncs).toBe(2);
    expect(added.result.ok).toBe(true);
    for (const sent of clientOf(double)?.wire ?? []) expect([sent.requestBytes, sent.responseBytes].every((b) => b <= 1024 * 1024)).toBe(true);
    expect(await host.hasReview()).toEqual({ ok: true, value: true });
    const read = await host.readReview();
    expect(read.ok && read.value.problems).toEqual([]);
    expect(read.ok && read.value.review?.candidate.name).toBe(unitReview({}).candidate.name);

    const withReview = hostOn('1.17', undefined, kind);
    await withReview.host.createReview(INIT);
    const before = tabs(withReview.double);
    const refused = await withReview.host.addSheets(merged.description, merged.show);
    expect(refused.ok).toBe(false);
    expect(tabs(withReview.double)).toEqual(before);
  });

  it('on Excel 2019 (ExcelApi 1.7) says it cannot, and changes nothing', async () => {
    const { double, host } = hostOn('1.7', undefined, kind);
    const form = annex4Sheets();
    const result = await syncsOf(double, () => host.addSheets(form.description));
    expect(result.syncs).toBe(0);
    expect(!result.result.ok && result.result.message).toMatch(/ExcelApi 1\.7.*osh-review/);
    expect(tabs(double)).toEqual(['工作表1']);
  });
});
