/**
 * Office.js round trips and payload per operation, counted by the in-memory
 * Office double (src/office-double) under the real adapter
 * (src/excel/adapter.ts): what each task-pane action costs in `context.sync()`
 * round trips and request/response bytes, against a naive one-sync-per-cell
 * way of building the same sheets and against Excel on the web's payload limit.
 */
import fc from 'fast-check';
import { createExcelHost } from '../src/excel/adapter.ts';
import { asCellInput } from '../src/excel/apply-sheet.ts';
import { createDouble, type OfficeDouble } from '../src/office-double/index.ts';
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
import type { NewReviewInit, ReviewHost } from '../src/taskpane/host.ts';
import { reviewArb } from '../test/support/arbitraries.ts';
import { bytes, int, ms, now, num, WEB_PAYLOAD_LIMIT_BYTES, type Report } from './lib.ts';

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '臺北市政府勞動檢查處', selectionYear: 113, reviewDate: '2024-04-15' };

interface Cost {
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly totalRequest: number;
  readonly operations: number;
  readonly ms: number;
}

function freshDouble(): { double: OfficeDouble; host: ReviewHost } {
  // No payload limit in the double: measure the bytes, then compare with the limit here.
  const double = createDouble({ requirementSets: { ExcelApi: '1.17' }, payloadLimitBytes: null });
  const host = createExcelHost({
    run: double.run.bind(double) as never,
    isSetSupported: (name, version) => double.office.context.requirements.isSetSupported(name, version),
  });
  return { double, host };
}

async function cost(double: OfficeDouble, action: () => Promise<{ ok: boolean; message?: string }>): Promise<Cost> {
  await double.flushEvents();
  double.stats.reset();
  const start = now();
  const result = await action();
  const elapsed = now() - start;
  if (!result.ok) throw new Error(`the adapter failed: ${result.message ?? '(no message)'}`);
  const s = double.stats;
  return {
    syncs: s.syncs,
    maxRequest: s.maxPayloadBytes,
    maxResponse: s.responseBytes.reduce((a, b) => Math.max(a, b), 0),
    totalRequest: s.totalPayloadBytes,
    operations: s.operations,
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
    text: `largest request ${bytes(c.maxRequest)}, largest response ${bytes(c.maxResponse)} (${num((worst / WEB_PAYLOAD_LIMIT_BYTES) * 100, 1)}% of Excel on the web's 5 MB)`,
    ok: worst <= WEB_PAYLOAD_LIMIT_BYTES,
  };
}

export async function benchOffice(report: Report): Promise<void> {
  const rubric = DEFAULT_RUBRIC;
  const layoutNames = new Set(reviewWorkbook(rubric).names.map((n) => n.name));
  const [review] = fc.sample(reviewArb(rubric), { numRuns: 1, seed: 3 });

  // Warm the adapter and the double once, so the in-process times are not JIT time.
  {
    const { double, host } = freshDouble();
    await cost(double, () => host.createReview(INIT));
    await cost(double, () => host.readReview());
  }

  const { double, host } = freshDouble();
  const create = await cost(double, () => host.createReview(INIT));
  const createPayload = payloadVerdict(create);
  report.figure({
    key: 'office.create',
    text: `create a full review (6 sheets, ${int(layoutNames.size)} names, formats, validation, print setup): ${create.syncs} syncs, ${int(create.operations)} operations; ${createPayload.text}; ${ms(create.ms)} in-process on the double`,
    target: '≤ 2 syncs and every payload ≤ 5 MB',
    pass: create.syncs <= 2 && createPayload.ok,
  });

  const naive = freshDouble();
  const start = now();
  const naiveStats = await (async () => {
    naive.double.stats.reset();
    const { cells } = await naiveCreate(naive.double, rubric);
    return { cells, syncs: naive.double.stats.syncs, ms: now() - start };
  })();
  report.figure({
    key: 'office.create.naive',
    text: `reference, the same sheets, cells and names written one sync each: ${int(naiveStats.syncs)} syncs for ${int(naiveStats.cells)} cells (contents and number formats only, no styles) = ${int(naiveStats.syncs / Math.max(1, create.syncs))}× the adapter's ${create.syncs}; at an illustrative 50 ms per round trip on the web that is ${ms(naiveStats.syncs * 50)} vs ${ms(create.syncs * 50)}`,
  });

  const edit = await cost(double, () => host.writeCells({ [itemNames(itemsOf(rubric)[0]!).level]: '優' }));
  const editPayload = payloadVerdict(edit);
  report.figure({
    key: 'office.edit',
    text: `change one item (writeCells of 1 name): ${edit.syncs} sync; ${editPayload.text}; ${ms(edit.ms)} in-process`,
    target: '1 sync',
    pass: edit.syncs === 1 && editPayload.ok,
  });

  const inputs = allInputs(rubric, review!, layoutNames);
  const fill = await cost(double, () => host.writeCells(inputs));
  const fillPayload = payloadVerdict(fill);
  report.figure({
    key: 'office.fill',
    text: `write a whole review's inputs (writeCells of ${int(Object.keys(inputs).length)} names): ${fill.syncs} sync; ${fillPayload.text}; ${ms(fill.ms)} in-process`,
    target: '1 sync',
    pass: fill.syncs === 1 && fillPayload.ok,
  });

  const read = await cost(double, () => host.readReview());
  const readPayload = payloadVerdict(read);
  report.figure({
    key: 'office.read',
    text: `read the whole review (readReview): ${read.syncs} sync; ${readPayload.text}; ${ms(read.ms)} in-process`,
    target: '1 sync',
    pass: read.syncs === 1 && readPayload.ok,
  });

  const refresh = await cost(double, () => host.refreshPrintSheets('annex1'));
  const refreshPayload = payloadVerdict(refresh);
  report.figure({
    key: 'office.refresh',
    text: `refresh the printable sheets (初審意見表 + 附表一, rebuilt): ${refresh.syncs} syncs, ${int(refresh.operations)} operations; ${refreshPayload.text}; ${ms(refresh.ms)} in-process`,
    target: 'every payload ≤ 5 MB',
    pass: refreshPayload.ok,
  });

  const finalise = await cost(double, () => host.finalise());
  const finalisePayload = payloadVerdict(finalise);
  report.figure({
    key: 'office.finalise',
    text: `定稿 (lock every input, protect, record the digest): ${finalise.syncs} syncs, ${int(finalise.operations)} operations; ${finalisePayload.text}; ${ms(finalise.ms)} in-process`,
    target: '≤ 2 syncs',
    pass: finalise.syncs <= 2 && finalisePayload.ok,
  });

  // Ranking 30 candidates in the pane: the 排序 sheet added to the open workbook (the files are read in the browser, no round trips).
  // One selection year and distinct 統一編號: rankCandidates refuses mixed years and one unit twice.
  const candidates = fc.sample(reviewArb(rubric), { numRuns: 30, seed: 4 }).map((r, i) => {
    const e = evaluateReview({ ...r, selectionYear: 113, candidate: { ...r.candidate, ubn: String(30000001 + i) } });
    if (!e.ok) throw new Error(`a generated review does not evaluate: ${e.problems[0]?.message}`);
    return { source: `candidate-${i + 1}.xlsx`, evaluation: e.evaluation };
  });
  const ranked = rankCandidates(candidates, REVIEW_UNITS[0]!);
  if (!ranked.ok) throw new Error(ranked.message);
  const ranking = freshDouble();
  const rank = await cost(ranking.double, () => ranking.host.addSheets(rankingWorkbook(ranked.ranking)));
  const rankPayload = payloadVerdict(rank);
  report.figure({
    key: 'office.rank',
    text: `rank 30 candidates into a 排序 sheet of the open workbook (addSheets, from 彙整與其他表單): ${rank.syncs} syncs, ${int(rank.operations)} operations; ${rankPayload.text}; ${ms(rank.ms)} in-process`,
    target: '≤ 2 syncs and every payload ≤ 5 MB',
    pass: rank.syncs <= 2 && rankPayload.ok,
  });
}
