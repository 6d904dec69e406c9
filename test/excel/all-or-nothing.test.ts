/**
 * All or nothing (issue 11): creating a review and adding each form
 * (小組合議, 附表二, 附表四; 排序 defines no names, and a tab of its name is
 * taken as 排序 (2), adapter.test.ts) either writes everything or leaves the
 * workbook as it was. A defined name already in the workbook (say
 * `review_date`) is found before anything is written; one that appears
 * between the check and the write (another add-in, a co-author) makes
 * Excel fail the batch halfway, and the adapter removes what it added and
 * says so. A retry never leaves duplicate tabs (`基本資料 (2)` …).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createExcelHost } from '../../src/excel/adapter.ts';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { annex2Sheets, annex4Sheets } from '../../src/taskpane/tools/forms.ts';
import { mergeFiles } from '../../src/taskpane/tools/review-files.ts';
import { fileOf, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';
import { syncsOf } from '../support/excel-host.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };
const USER_SHEET = '我的資料';

interface Step {
  readonly label: string;
  readonly description: WorkbookDescription;
  readonly write: (host: ReviewHost) => ReturnType<ReviewHost['addSheets']>;
}

const steps: Step[] = [];
beforeAll(async () => {
  const created = reviewWorkbook(oshUnit113, { rubric: oshUnit113.id, selectionYear: INIT.selectionYear, reviewDate: INIT.reviewDate, reviewUnit: INIT.reviewUnit, candidate: { name: INIT.candidateName }, items: {} });
  const annex2 = annex2Sheets();
  const annex4 = annex4Sheets();
  const merged = await mergeFiles([fileOf('A.xlsx', await xlsxOf(unitReview(fullMarks()))), fileOf('B.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '1.1': { level: '良' } })))]);
  if (!merged.ok) throw new Error('fixtures');
  steps.push(
    { label: 'create', description: created, write: (host) => host.createReview(INIT) },
    { label: '附表二', description: annex2.description, write: (host) => host.addSheets(annex2.description, annex2.show) },
    { label: '附表四', description: annex4.description, write: (host) => host.addSheets(annex4.description, annex4.show) },
    { label: '小組合議', description: merged.description, write: (host) => host.addSheets(merged.description, merged.show) },
  );
});

/**
 * The adapter over a double whose workbook has the user's own sheet; `inject(name)` arranges for
 * `name` to be defined (pointing into the user's sheet) right after the next batch's first round trip.
 */
function setUp(): { double: OfficeDouble; host: ReviewHost; inject: (name: string) => void; addName: (name: string) => Promise<void>; removeName: (name: string) => Promise<void> } {
  const double = reviewDouble({ requirementSets: { ExcelApi: apiVersion }, sheets: [USER_SHEET] });
  let pending: string | undefined;
  const addName = (name: string) =>
    double.run(async (context) => {
      context.workbook.names.add(name, `='${USER_SHEET}'!$A$1`);
      await context.sync();
    });
  const host = createExcelHost({
    isSetSupported: (name, version) => double.office.context.requirements.isSetSupported(name, version),
    run: (batch) =>
      double.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = (async () => {
          await sync();
          const name = pending;
          pending = undefined;
          if (name !== undefined) await addName(name);
        }) as typeof context.sync;
        return batch(context);
      }),
  });
  return {
    double,
    host,
    inject: (name) => (pending = name),
    addName,
    removeName: (name) =>
      double.run(async (context) => {
        context.workbook.names.getItem(name).delete();
        await context.sync();
      }),
  };
}

/** Tabs, and names with what they point to. */
function shape(double: OfficeDouble): { tabs: string[]; names: string[] } {
  const sheetName = new Map(double.workbookState.sheets.map((s) => [s.id, s.name]));
  return {
    tabs: double.workbookState.sheets.map((s) => s.name),
    names: double.workbookState.names.map((n) => `${n.name}→${n.reference.kind === 'range' ? sheetName.get(n.reference.sheetId) : n.reference.formula}`),
  };
}

/** Below ExcelApi 1.13 sheets go cell by cell; from 1.13 as one inserted .xlsx, then the names. */
let apiVersion = '1.12';

describe.each(['1.12', '1.17'])('all or nothing: a name clash at each step (ExcelApi %s)', (version) => {
  beforeEach(() => {
    apiVersion = version;
  });

  it('create refuses a workbook that already has one of its names (review_date), in 1 round trip, writing nothing', async () => {
    const { double, host, addName } = setUp();
    await addName('review_date');
    const before = shape(double);
    const { syncs, result } = await syncsOf(double, () => host.createReview(INIT));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('ItemAlreadyExists');
    expect(!result.ok && result.message).toMatch(/review_date.*未建立任何工作表/);
    expect(syncs).toBe(1);
    expect(shape(double)).toEqual(before);
  });

  it('each addSheets form refuses a workbook that has one of its names, writing nothing', async () => {
    for (const step of steps.slice(1)) {
      const { double, host, addName } = setUp();
      const clash = step.description.names[Math.floor(step.description.names.length / 2)]!.name;
      await addName(clash.toUpperCase());
      const before = shape(double);
      const result = await step.write(host);
      expect(result.ok, step.label).toBe(false);
      expect(!result.ok && result.message, step.label).toContain(clash.toUpperCase());
      expect(shape(double), step.label).toEqual(before);
    }
  });

  it('a clash that appears mid-batch: Excel fails halfway, the adapter removes what it added and says so; a retry leaves no duplicates', async () => {
    for (const step of steps) {
      const names = step.description.names.map((n) => n.name);
      // Halfway: every tab and half the names are in when Excel stops.
      for (const clash of [names[Math.floor(names.length / 2)]!]) {
        const { double, host, inject, removeName } = setUp();
        const before = shape(double);
        inject(clash);
        const failed = await step.write(host);
        const where = `${step.label}, ${clash}`;
        expect(failed.ok, where).toBe(false);
        expect(!failed.ok && failed.code, where).toBe('ItemAlreadyExists');
        expect(!failed.ok && failed.message, where).toMatch(/已移除這次加入的工作表與名稱/);
        // Only the other party's name is new, still pointing where they put it.
        expect(shape(double), where).toEqual({ tabs: before.tabs, names: [...before.names, `${clash}→${USER_SHEET}`] });

        // Retrying while the name is there is refused before writing; once it is gone, it works, with the usual tabs.
        const refused = await step.write(host);
        expect(refused.ok, where).toBe(false);
        expect(shape(double).tabs, where).toEqual(before.tabs);
        await removeName(clash);
        const retried = await step.write(host);
        expect(retried.ok, where).toBe(true);
        expect(shape(double).tabs, where).toEqual([...before.tabs, ...step.description.sheets.map((s) => s.name)]);
      }
    }
  });
});
