/**
 * 小組合議: the panel members' copies of one candidate into one review, and
 * the 小組合議 workbook built from it. The CLI's `merge` and the pane's
 * 合併委員評分 render this result; neither merges on its own.
 */
import { z } from 'zod';
import { mergeReviews, type PanelMerge } from '../panel/merge-reviews.ts';
import { evaluateReview, type Evaluation } from '../review/evaluate.ts';
import { review as reviewSchema } from '../review/schema.ts';
import { reviewCapacityProblems } from '../sheets/capacity.ts';
import { memberLabels, PANEL_SHEET, panelWorkbook } from '../sheets/panel.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import { problem, type Problem } from '../review/problem.ts';
import { readSources, type OnRead, type SourceFile } from './review-file.ts';

export interface MergeDone {
  readonly ok: true;
  readonly merge: PanelMerge;
  /** The merged review scored and judged. */
  readonly evaluation: Evaluation;
  /** Each member's column head: the first 現場評鑑人員 of that file, or the file's label. */
  readonly memberLabels: readonly string[];
  /** 小組合議 and the merged review's sheets. */
  readonly description: WorkbookDescription;
  /** The sheet to show first (by key). */
  readonly show: string;
}

export type MergeResult = MergeDone | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Merges the members' files. Refused, with every problem, when any file
 * cannot be used (a member left out would change the panel's points), when
 * fewer than two are given, when the copies are of different candidates,
 * rubrics or years, or when the merged lists do not fit the workbook.
 */
export async function mergeFiles(files: readonly SourceFile[], onRead?: OnRead): Promise<MergeResult> {
  const reads = await readSources(files, onRead);
  const bad = reads.flatMap((r) => (r.ok ? [] : r.problems));
  if (files.length < 2) return { ok: false, problems: [...bad, problem('merge-too-few', { count: files.length })] };
  if (bad.length > 0) return { ok: false, problems: bad };
  const inputs = reads.flatMap((r) => (r.ok ? [{ source: r.label, review: r.review }] : []));
  const result = mergeReviews(inputs);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => problem('merge-mismatch', { sources: p.sources, detail: p.message, reason: p.problem }, { where: p.path })) };
  const merged = result.merge;
  // The members' 現場評鑑人員 together may be more than the workbook's rows.
  const unfit = reviewCapacityProblems(merged.review);
  if (unfit.length > 0) return { ok: false, problems: unfit.map((p) => problem('merge-too-many-rows', { count: p.count, rows: p.rows, list: p.path, detail: `${p.path}：${p.message}` })) };
  const evaluation = evaluateReview(merged.review);
  // A merge of valid reviews is valid; anything else is a bug, not the user's input.
  if (!evaluation.ok) throw new Error(`The merged review is invalid: ${evaluation.problems.map((p) => p.message).join('; ')}`);
  const labels = memberLabels(inputs);
  return { ok: true, merge: merged, evaluation: evaluation.evaluation, memberLabels: labels, description: panelWorkbook(merged, labels), show: PANEL_SHEET.key };
}

// ---------------------------------------------------------------- as data

const memberJson = z.object({
  source: z.string(),
  state: z.enum(['unscored', 'na', 'pending', 'scored']),
  level: z.enum(['可', '良', '優']).nullable(),
  points: z.number().nullable(),
});

/** What `osh-review merge --json` prints (docs/panel.schema.json). */
export const panelJson = z
  .object({
    /** The input files, in the order given; each member's label. */
    sources: z.array(z.string()),
    /** The merged review's weighted total, full precision. */
    total: z.number(),
    /** Whether every item of the merged review is scored or N/A. */
    complete: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        state: z.enum(['scored', 'na', 'unscored']),
        members: z.array(memberJson),
        mean: z.number().nullable(),
        points: z.number().nullable(),
        level: z.enum(['可', '良', '優']).nullable(),
        spread: z.number().nullable(),
        flags: z.array(z.object({ code: z.enum(['level-disagreement', 'na-disagreement', 'member-missing', 'snapped']), message: z.string() })),
      }),
    ),
    /** Ids of the items the panel should discuss. */
    discuss: z.array(z.string()),
    factConflicts: z.array(
      z.object({
        path: z.string(),
        /** Each input's value; `value` is absent where that input left it blank. */
        values: z.array(z.object({ source: z.string(), value: z.unknown().optional() })),
        resolution: z.enum(['omitted', 'union', 'latest']),
        message: z.string(),
      }),
    ),
    strengths: z.array(z.string()),
    suggestions: z.array(z.string()),
    /** The merged review, as docs/review.schema.json. */
    review: reviewSchema,
  })
  .strict();

export type PanelJson = z.infer<typeof panelJson>;

/** The merge as data: what `osh-review merge --json` prints. */
export function panelJsonOf(merge: PanelMerge, evaluation: Evaluation): PanelJson {
  return {
    sources: [...merge.sources],
    total: evaluation.score.total,
    complete: evaluation.score.complete,
    items: merge.items.map((m) => ({
      id: m.id,
      title: m.title,
      state: m.state,
      members: m.members.map((x) => ({ source: x.source, state: x.state, level: x.level, points: x.points })),
      mean: m.mean,
      points: m.points,
      level: m.level,
      spread: m.spread,
      flags: m.flags.map((f) => ({ code: f.code, message: f.message })),
    })),
    discuss: [...merge.discuss],
    factConflicts: merge.factConflicts.map((c) => ({
      path: c.path,
      values: c.values.map((v) => (v.value === undefined ? { source: v.source } : { source: v.source, value: v.value })),
      resolution: c.resolution,
      message: c.message,
    })),
    strengths: [...merge.strengths],
    suggestions: [...merge.suggestions],
    review: merge.review,
  };
}

