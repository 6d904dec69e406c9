/**
 * The task pane's 合併 and 排序 without React or the DOM: files picked by
 * the user (a name and a way to read the bytes) in, a workbook description
 * to add to the open workbook and every file's problems out, as
 * `osh-review merge` and `osh-review rank` decide them.
 *
 * This module pulls in ExcelJS (through the file reader): the pane loads it
 * with `import()` only when the user picks files.
 */
import { mergeReviews } from '../../panel/merge-reviews.ts';
import { findQuota } from '../../ranking/quota.ts';
import { rankCandidates, roundTotal, type RankEntry } from '../../ranking/ranking.ts';
import { evaluateReview } from '../../review/evaluate.ts';
import type { Review } from '../../review/schema.ts';
import { memberLabels, PANEL_SHEET, panelWorkbook } from '../../sheets/panel.ts';
import { RANKING_SHEET, rankingWorkbook, type UnreadableFile } from '../../sheets/ranking.ts';
import { reviewCapacityProblems } from '../../sheets/capacity.ts';
import type { WorkbookDescription } from '../../sheets/types.ts';
import { invalidSummary, problemText, readReviewFile } from '../../workbook/review-file.ts';

/** A file the user picked: `File` in the browser, bytes in tests. */
export interface SourceFile {
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/** Called after each file is read. */
export type OnProgress = (progress: { readonly done: number; readonly total: number; readonly name: string }) => void;

/** What is wrong with one file, as lines the user can act on. */
export interface FileReport {
  /** The file's label (its name; "名 (2)" for a second file of the same name). */
  readonly file: string;
  /** One line each: a cell or JSON path and what is allowed, or why the file cannot be read at all. */
  readonly lines: readonly string[];
}

export interface MergeSummary {
  readonly candidate: string;
  readonly members: readonly string[];
  /** The panel's total, rounded to 2 decimals as the sheets show it. */
  readonly total: number;
  readonly complete: boolean;
  readonly discuss: readonly string[];
  readonly conflicts: readonly string[];
}

export type MergeOutcome =
  | { readonly ok: true; readonly description: WorkbookDescription; readonly show: string; readonly summary: MergeSummary }
  | {
      readonly ok: false;
      /** Files that could not be read or hold no valid review. */
      readonly files: readonly FileReport[];
      /** Why valid copies cannot be merged (another candidate, rubric or year), or too few files. */
      readonly refusals: readonly string[];
    };

export interface RankSummary {
  readonly unit: string;
  readonly level: string;
  readonly unitQuota: number;
  readonly ranked: number;
  readonly recommended: number;
  readonly ineligible: number;
  readonly notRecommended: number;
  /** The candidates above the cut line (and any tied across it), "1. 名 88.50". */
  readonly top: readonly string[];
  /** 同分跨越推薦線: what to decide by, when it happens. */
  readonly tie?: string;
}

export type RankOutcome =
  | {
      readonly ok: true;
      readonly description: WorkbookDescription;
      readonly show: string;
      readonly summary: RankSummary;
      /** Files left out of the ranking (also listed on the 排序 sheet). */
      readonly files: readonly FileReport[];
    }
  | { readonly ok: false; readonly files: readonly FileReport[]; readonly refusals: readonly string[] };

/** Labels for files: their names, numbered where two have the same name. */
export function fileLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

type Read = { readonly ok: true; readonly review: Review } | { readonly ok: false; readonly report: FileReport; readonly summary: string };

async function readOne(file: SourceFile, label: string): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    const message = `無法讀取檔案（${(error as Error).message.split('\n')[0]}）`;
    return { ok: false, report: { file: label, lines: [message] }, summary: message };
  }
  const read = await readReviewFile(bytes, file.name);
  if (read.ok) return { ok: true, review: read.review };
  if (read.reason === 'unreadable') return { ok: false, report: { file: label, lines: [read.message] }, summary: read.message };
  return { ok: false, report: { file: label, lines: read.problems.map(problemText) }, summary: invalidSummary(read.problems) };
}

/** Reads each file in turn, reporting progress after each. */
async function readAll(files: readonly SourceFile[], onProgress?: OnProgress): Promise<{ label: string; read: Read }[]> {
  const labels = fileLabels(files.map((f) => f.name));
  const out: { label: string; read: Read }[] = [];
  for (const [i, file] of files.entries()) {
    out.push({ label: labels[i]!, read: await readOne(file, labels[i]!) });
    onProgress?.({ done: i + 1, total: files.length, name: labels[i]! });
  }
  return out;
}

/**
 * The panel members' copies of one candidate into 小組合議 and the merged
 * review's sheets. Refused, with every reason, when any file is unreadable
 * (a member left out would change the panel's points), when fewer than two
 * copies are given, or when the copies are of different candidates, rubrics
 * or years.
 */
export async function mergeFiles(files: readonly SourceFile[], onProgress?: OnProgress): Promise<MergeOutcome> {
  const reads = await readAll(files, onProgress);
  const bad = reads.flatMap((r) => (r.read.ok ? [] : [r.read.report]));
  if (files.length < 2) return { ok: false, files: bad, refusals: ['合併需要至少兩份委員評分表。'] };
  if (bad.length > 0) return { ok: false, files: bad, refusals: [] };
  const inputs = reads.map((r) => ({ source: r.label, review: (r.read as Extract<Read, { ok: true }>).review }));
  const result = mergeReviews(inputs);
  if (!result.ok) return { ok: false, files: [], refusals: result.problems.map((p) => p.message) };
  const merged = result.merge;
  const unfit = reviewCapacityProblems(merged.review);
  if (unfit.length > 0) return { ok: false, files: [], refusals: unfit.map((p) => `合併後之${p.path}：${p.message}`) };
  const evaluation = evaluateReview(merged.review);
  // A merge of valid reviews is valid; anything else is a bug, not the user's input.
  if (!evaluation.ok) throw new Error(`The merged review is invalid: ${evaluation.problems.map((p) => p.message).join('; ')}`);
  return {
    ok: true,
    description: panelWorkbook(merged, memberLabels(inputs)),
    show: PANEL_SHEET.key,
    summary: {
      candidate: merged.review.candidate.name?.trim() || '（未填單位名稱）',
      members: merged.sources,
      total: roundTotal(evaluation.evaluation.score.total),
      complete: evaluation.evaluation.score.complete,
      discuss: merged.discuss,
      conflicts: merged.factConflicts.map((c) => c.path),
    },
  };
}

/**
 * One 初審單位's candidates in order against the 附表三 quota, as the 排序
 * sheet. A file that cannot be read, or holds no valid review, is reported
 * and listed on the sheet; the rest are still ranked.
 */
export async function rankFiles(files: readonly SourceFile[], unit: string, onProgress?: OnProgress): Promise<RankOutcome> {
  const quota = findQuota(unit);
  if (!quota.ok) return { ok: false, files: [], refusals: [quota.message] };
  if (files.length === 0) return { ok: false, files: [], refusals: ['請選擇至少一份評分表。'] };
  const reads = await readAll(files, onProgress);
  const entries: RankEntry[] = [];
  const unreadable: UnreadableFile[] = [];
  const reports: FileReport[] = [];
  for (const { label, read } of reads) {
    const evaluated = read.ok ? evaluateReview(read.review) : undefined;
    if (read.ok && evaluated?.ok) {
      entries.push({ source: label, evaluation: evaluated.evaluation });
    } else if (!read.ok) {
      unreadable.push({ file: label, message: read.summary });
      reports.push(read.report);
    } else if (evaluated && !evaluated.ok) {
      unreadable.push({ file: label, message: invalidSummary(evaluated.problems) });
      reports.push({ file: label, lines: evaluated.problems.map(problemText) });
    }
  }
  if (entries.length === 0) return { ok: false, files: reports, refusals: [`沒有可排序的評分表：${files.length} 個檔案皆無法讀取。`] };
  const result = rankCandidates(entries, quota.unit);
  if (!result.ok) return { ok: false, files: reports, refusals: [result.message] };
  const ranking = result.ranking;
  const years = [...new Set(entries.map((e) => e.evaluation.review.selectionYear))];
  return {
    ok: true,
    description: rankingWorkbook(ranking, { ...(years.length === 1 && { selectionYear: years[0]! }), unreadable }),
    show: RANKING_SHEET.key,
    files: reports,
    summary: {
      unit: ranking.unit,
      level: ranking.level,
      unitQuota: ranking.unitQuota,
      ranked: ranking.ranked.length,
      recommended: ranking.cut.recommendedCount,
      ineligible: ranking.ineligible.length,
      notRecommended: ranking.notRecommended.length,
      top: ranking.ranked
        .filter((r) => r.recommended || r.tiedAcrossCut)
        .map((c) => `${c.rank}. ${c.name}\u3000${c.rounded.toFixed(2)}${c.recommended ? '' : '（推薦線外）'}${c.tiedAcrossCut ? '\u3000同分跨越推薦線' : ''}`),
      ...(ranking.cut.tie && { tie: `總分 ${ranking.cut.tie.rounded.toFixed(2)} 分同分者跨越推薦線，請依${ranking.cut.tie.guidanceSource}擇定。` }),
    },
  };
}
