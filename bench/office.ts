/**
 * Office.js round trips and payload per operation: the real adapter
 * (src/excel/adapter.ts) through Microsoft's own Office.js client
 * (@microsoft/office-js, packages/office-client/office-client.ts), every request
 * answered by the in-memory double. Bytes are the UTF-8 length of the
 * client's serialised request bodies and of the responses; round trips are
 * requests sent. Compared with a naive one-sync-per-cell way of building the
 * same sheets, with Excel on the web's 5 MB limit and our own budget of
 * 1 MB (a fifth of it).
 */
import fc from 'fast-check';
import { createExcelHost } from '../src/excel/adapter.ts';
import { asCellInput } from '../src/excel/apply-sheet.ts';
import type { OfficeDouble } from '../packages/office-double/index.ts';
import { evaluateReview } from '../src/review/evaluate.ts';
import type { Review } from '../src/review/schema.ts';
import { REVIEW_UNITS } from '../src/ranking/quota.ts';
import { rankCandidates } from '../src/ranking/ranking.ts';
import { rankingWorkbook } from '../src/sheets/ranking.ts';
import { DEFAULT_RUBRIC, itemsOf } from '../src/rubric/registry.ts';
import type { Rubric } from '../src/rubric/types.ts';
import { reviewPrefill, reviewScoringValues } from '../src/sheets/prefill.ts';
import { itemNames } from '../src/sheets/scoring.ts';
import type { CellValue } from '../src/sheets/types.ts';
import { reviewWorkbook } from '../src/sheets/workbook.ts';
import { writeReviewXlsx } from '../src/workbook/xlsx-file.ts';
import type { NewReviewInit, ReviewHost } from '../src/host/review-host.ts';
import { annex2Sheets, annex4Sheets } from '../src/taskpane/tools/forms.ts';
import { mergeFiles } from '../src/taskpane/tools/review-files.ts';
import { reviewArb } from '../packages/fixtures/arbitraries.ts';
import { reviewDouble } from '../packages/office-client/review-double.ts';
import { officeClientOver, type OfficeClient, type RuntimeName } from '../packages/office-client/office-client.ts';
import { bytes, int, ms, now, num, WEB_PAYLOAD_LIMIT_BYTES, type Report } from './lib.ts';

/** Our budget per request and per response: a fifth of Excel on the web's limit. */
export const REQUEST_BUDGET_BYTES = 1_048_576;

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '臺北市政府勞動檢查處', selectionYear: 113, reviewDate: '2024-04-15' };

interface Cost {
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly totalRequest: number;
  /** Actions in the requests (Microsoft's client instantiates every proxy it hands out). */
  readonly actions: number;
  readonly ms: number;
}

interface Subject {
  readonly double: OfficeDouble;
  readonly client: OfficeClient;
  readonly host: ReviewHost;
}

/** A fresh double behind Microsoft's client for `runtime`, with the adapter on top. */
function freshHost(api = '1.17', runtime: RuntimeName = 'excel-web-16.00'): Subject {
  // No payload limit in the double: measure the bytes, then compare with the limit here.
  const double = reviewDouble({ requirementSets: { ExcelApi: api }, payloadLimitBytes: null });
  const client = officeClientOver(double, runtime);
  const host = createExcelHost({
    run: client.run,
    isSetSupported: (name, version) => double.office.context.requirements.isSetSupported(name, version),
  });
  return { double, client, host };
}

async function cost({ double, client }: Subject, action: () => Promise<{ ok: boolean; message?: string }>): Promise<Cost> {
  await double.flushEvents();
  client.reset();
  const start = now();
  const result = await action();
  const elapsed = now() - start;
  if (!result.ok) throw new Error(`the adapter failed: ${result.message ?? '(no message)'}`);
  const wire = client.wire;
  const failed = wire.find((w) => w.error);
  if (failed) throw new Error(`a request failed: ${failed.error}`);
  return {
    syncs: wire.length,
    maxRequest: Math.max(0, ...wire.map((w) => w.requestBytes)),
    maxResponse: Math.max(0, ...wire.map((w) => w.responseBytes)),
    totalRequest: wire.reduce((a, w) => a + w.requestBytes, 0),
    actions: wire.reduce((a, w) => a + w.actions, 0),
    ms: elapsed,
  };
}

/** Every input of a whole review, by defined name (blank where the review has nothing). */
function allInputs(rubric: Rubric, review: Review, layoutNames: ReadonlySet<string>): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  const scoring = reviewScoringValues(rubric, review);
  for (const item of itemsOf(rubric)) {
    const n = itemNames(item);
    const v = scoring[item.id] ?? {};
    values[n.level] = v.level ?? null;
    values[n.points] = v.points ?? null;
    values[n.count] = v.count ?? null;
    values[n.self] = v.self ?? null;
  }
  Object.assign(values, reviewPrefill(review));
  return Object.fromEntries(Object.entries(values).filter(([name]) => layoutNames.has(name)));
}

/**
 * The naive reference: the same sheets, cells and names as createReview,
 * each written with its own sync (contents and number format only, no
 * styles — so fewer operations than the real thing, a lower bound).
 */
async function naiveCreate(double: OfficeDouble, rubric: Rubric): Promise<{ cells: number }> {
  const description = reviewWorkbook(rubric, { rubric: rubric.id, selectionYear: INIT.selectionYear, reviewDate: INIT.reviewDate, reviewUnit: INIT.reviewUnit, candidate: { name: INIT.candidateName }, items: {} });
  let cells = 0;
  await double.run(async (context) => {
    const existing = context.workbook.worksheets.load('items/name');
    await context.sync();
    void existing.items.length;
    for (const sheet of description.sheets) {
      const ws = context.workbook.worksheets.add(sheet.name);
      await context.sync();
      for (const c of sheet.cells) {
        const range = ws.getRange(c.address);
        if (c.style?.numberFormat) range.numberFormat = [[c.style.numberFormat]];
        range.formulas = [[c.formula !== undefined ? `=${c.formula}` : asCellInput(c.value, c.style?.numberFormat === '@')]];
        await context.sync();
        cells++;
      }
    }
    for (const n of description.names) {
      const sheet = description.sheets.find((s) => s.key === n.sheet)!;
      context.workbook.names.add(n.name, `='${sheet.name}'!${n.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`);
      await context.sync();
    }
  });
  return { cells };
}

function payloadVerdict(c: Cost): { text: string; ok: boolean } {
  const worst = Math.max(c.maxRequest, c.maxResponse);
  return {
    text: `largest request ${bytes(c.maxRequest)}, largest response ${bytes(c.maxResponse)} (${num((worst / REQUEST_BUDGET_BYTES) * 100, 1)}% of our 1 MB budget, ${num((worst / WEB_PAYLOAD_LIMIT_BYTES) * 100, 1)}% of Excel on the web's 5 MB)`,
    ok: worst <= REQUEST_BUDGET_BYTES,
  };
}

/** One figure as `--json` prints it. */
export interface OfficeFigure {
  readonly name: string;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export interface OfficeBench {
  /** "@microsoft/office-js@1.1.110 excel-web-16.00.debug.js" */
  readonly client: string;
  readonly figures: OfficeFigure[];
}
export async function benchOffice(report: Report): Promise<OfficeBench> {
  const rubric = DEFAULT_RUBRIC;
  const layoutNames = new Set(reviewWorkbook(rubric).names.map((n) => n.name));
  const [review] = fc.sample(reviewArb(rubric), { numRuns: 1, seed: 3 });
  const figures: OfficeFigure[] = [];
  /** Prints the figure and keeps its numbers for --json. */
  const figure = (name: string, c: Cost, text: string, target: string, pass: boolean) => {
    const payload = payloadVerdict(c);
    figures.push({ name, syncs: c.syncs, maxRequestBytes: c.maxRequest, maxResponseBytes: c.maxResponse });
    report.figure({ key: name, text: `${text}: ${c.syncs} ${c.syncs === 1 ? 'sync' : 'syncs'}, ${int(c.actions)} actions; ${payload.text}; ${ms(c.ms)} in-process`, target, pass: pass && payload.ok });
  };

  // Warm the adapter, the client and the double once, so the in-process times are not JIT time.
  {
    const warm = freshHost();
    await cost(warm, () => warm.host.createReview(INIT));
    await cost(warm, () => warm.host.readReview());
  }

  const subject = freshHost();
  const { host } = subject;
  const create = await cost(subject, () => host.createReview(INIT));
  figure('office.create', create, `create a full review (6 sheets as one .xlsx, ${int(layoutNames.size)} names)`, '≤ 2 syncs and every request and response ≤ 1 MB', create.syncs <= 2);

  const naive = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, payloadLimitBytes: null });
  const start = now();
  naive.stats.reset();
  const { cells } = await naiveCreate(naive, rubric);
  const naiveStats = { cells, syncs: naive.stats.syncs, ms: now() - start };
  report.figure({
    key: 'office.create.naive',
    text: `reference, the same sheets, cells and names written one sync each (on the double): ${int(naiveStats.syncs)} syncs for ${int(naiveStats.cells)} cells (contents and number formats only, no styles) = ${int(naiveStats.syncs / Math.max(1, create.syncs))}× the adapter's ${create.syncs}; at an illustrative 50 ms per round trip on the web that is ${ms(naiveStats.syncs * 50)} vs ${ms(create.syncs * 50)}`,
  });

  const edit = await cost(subject, () => host.writeCells({ [itemNames(itemsOf(rubric)[0]!).level]: '優' }));
  figure('office.edit', edit, 'change one item (writeCells of 1 name)', '1 sync', edit.syncs === 1);

  const inputs = allInputs(rubric, review!, layoutNames);
  const fill = await cost(subject, () => host.writeCells(inputs));
  figure('office.fill', fill, `write a whole review's inputs (writeCells of ${int(Object.keys(inputs).length)} names)`, '1 sync', fill.syncs === 1);

  const read = await cost(subject, () => host.readReview());
  figure('office.read', read, 'read the whole review (readReview)', '1 sync', read.syncs === 1);

  const refresh = await cost(subject, () => host.refreshPrintSheets('annex1'));
  figure('office.refresh', refresh, 'refresh the printable sheets (初審意見表 + 附表一, rebuilt)', '≤ 2 syncs, every request and response ≤ 1 MB', refresh.syncs <= 2);

  const finalise = await cost(subject, () => host.finalise());
  figure('office.finalise', finalise, '定稿 (lock every input, protect, record the digest)', '≤ 2 syncs', finalise.syncs <= 2);

  // 小組合議 of 5 members, built in an empty workbook from their files (read in the browser, no round trips).
  // Five members' reviews of one candidate: the same facts, each member's own marks.
  const [sample, ...others] = fc.sample(reviewArb(rubric), { numRuns: 5, seed: 5 });
  const first: Review = { ...sample!, selectionYear: 113, reviewDate: '2024-04-15' };
  const members = await Promise.all(
    [first, ...others.map((r) => ({ ...first, items: r.items }))].map(async (r, i) => {
      const bytes = await writeReviewXlsx(reviewWorkbook(rubric, r));
      return { name: `member-${i + 1}.xlsx`, read: async () => bytes };
    }),
  );
  const merged = await mergeFiles(members);
  if (!merged.ok) throw new Error(`the panel does not merge: ${JSON.stringify(merged).slice(0, 200)}`);
  const panel = freshHost();
  const merge = await cost(panel, () => panel.host.addSheets(merged.description, merged.show));
  figure('office.merge', merge, '小組合議 of 5 members into an empty workbook (addSheets)', '2 syncs, every request and response ≤ 1 MB', merge.syncs === 2);

  // 排序 of 60 candidates in the pane.
  // One selection year and distinct 統一編號: rankCandidates refuses mixed years and one unit twice.
  const candidates = fc.sample(reviewArb(rubric), { numRuns: 60, seed: 4 }).map((r, i) => {
    const e = evaluateReview({ ...r, selectionYear: 113, candidate: { ...r.candidate, ubn: String(30000001 + i) } });
    if (!e.ok) throw new Error(`a generated review does not evaluate: ${e.problems[0]?.message}`);
    return { source: `candidate-${i + 1}.xlsx`, evaluation: e.evaluation };
  });
  const ranked = rankCandidates(candidates, REVIEW_UNITS[0]!);
  if (!ranked.ok) throw new Error(ranked.message);
  const ranking = freshHost();
  const rank = await cost(ranking, () => ranking.host.addSheets(rankingWorkbook(ranked.ranking)));
  figure('office.rank', rank, 'rank 60 candidates into a 排序 sheet of the open workbook (addSheets)', '2 syncs, every request and response ≤ 1 MB', rank.syncs === 2);

  for (const [name, form, what] of [
    ['office.annex2', annex2Sheets(), '附表二 優良人員 forms'],
    ['office.annex4', annex4Sheets(), '附表四 五星獎自評 form'],
  ] as const) {
    const forms = freshHost();
    const added = await cost(forms, () => forms.host.addSheets(form.description, form.show));
    figure(name, added, `add the ${what} (addSheets)`, '2 syncs, every request and response ≤ 1 MB', added.syncs === 2);
  }

  // Excel 2021 (ExcelApi 1.9–1.12) has no insertWorksheetsFromBase64: the sheets go call by call.
  const old = freshHost('1.12', 'excel-win32-16.01');
  const oldCreate = await cost(old, () => old.host.createReview(INIT));
  figure('office.create.api1_12', oldCreate, 'create a full review on ExcelApi 1.12 (Excel 2021, win32 client), sheets call by call', 'every request and response ≤ 1 MB', true);

  return { client: subject.client.label, figures };
}
