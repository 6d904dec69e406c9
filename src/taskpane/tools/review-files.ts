/**
 * The task pane's 合併 and 排序: files picked by the user in, the workflow's
 * sheets and problems out (src/workflows, the same that `osh-review merge`
 * and `osh-review rank` render), with the few figures the pane says.
 *
 * This module pulls in ExcelJS (through the file reader): the pane loads it
 * with `import()` only when the user picks files.
 */
import { roundTotal } from '../../ranking/ranking.ts';
import type { WorkbookDescription } from '../../sheets/types.ts';
import { mergeFiles as mergeWorkflow } from '../../workflows/merge.ts';
import type { Problem } from '../../review/problem.ts';
import { rankFiles as rankWorkflow, type LeftOut } from '../../workflows/rank.ts';
import type { SourceFile } from '../../workflows/review-file.ts';

export type { SourceFile } from '../../workflows/review-file.ts';
export { fileLabels } from '../../workflows/review-file.ts';

/** Called after each file is read. */
export type OnProgress = (progress: { readonly done: number; readonly total: number; readonly name: string }) => void;

export interface MergeSummary {
  /** 單位名稱; "" when the reviews leave it blank (the catalogs say so in their language). */
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
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A candidate above the cut line (or tied across it), for the pane's lines. */
export interface TopCandidate {
  readonly rank: number;
  readonly name: string;
  readonly rounded: number;
  readonly recommended: boolean;
  readonly tiedAcrossCut: boolean;
}

export interface RankSummary {
  readonly unit: string;
  readonly level: string;
  readonly unitQuota: number;
  readonly ranked: number;
  readonly recommended: number;
  readonly ineligible: number;
  readonly notRecommended: number;
  readonly top: readonly TopCandidate[];
  /** 同分跨越推薦線: the total and what to decide by, when it happens. */
  readonly tie?: { readonly rounded: number; readonly guidanceSource: string };
}

export type RankOutcome =
  | {
      readonly ok: true;
      readonly description: WorkbookDescription;
      readonly show: string;
      readonly summary: RankSummary;
      /** Files left out of the ranking (also listed on the 排序 sheet). */
      readonly leftOut: readonly LeftOut[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const progressOf = (onProgress?: OnProgress) => onProgress && ((p: { done: number; total: number; name: string }) => onProgress({ done: p.done, total: p.total, name: p.name }));

/** 小組合議 of the members' files (see workflows/merge.ts for what is refused). */
export async function mergeFiles(files: readonly SourceFile[], onProgress?: OnProgress): Promise<MergeOutcome> {
  const result = await mergeWorkflow(files, progressOf(onProgress));
  if (!result.ok) return result;
  const merged = result.merge;
  return {
    ok: true,
    description: result.description,
    show: result.show,
    summary: {
      candidate: merged.review.candidate.name?.trim() ?? '',
      members: merged.sources,
      total: roundTotal(result.evaluation.score.total),
      complete: result.evaluation.score.complete,
      discuss: merged.discuss,
      conflicts: merged.factConflicts.map((c) => c.path),
    },
  };
}

/** 排序 of the files' reviews for `unit` (see workflows/rank.ts). */
export async function rankFiles(files: readonly SourceFile[], unit: string, onProgress?: OnProgress): Promise<RankOutcome> {
  const result = await rankWorkflow(files, unit, progressOf(onProgress));
  if (!result.ok) return result;
  const ranking = result.ranking;
  return {
    ok: true,
    description: result.description,
    show: result.show,
    leftOut: result.leftOut,
    summary: {
      unit: ranking.unit,
      level: ranking.level,
      unitQuota: ranking.unitQuota,
      ranked: ranking.ranked.length,
      recommended: ranking.cut.recommendedCount,
      ineligible: ranking.ineligible.length,
      notRecommended: ranking.notRecommended.length,
      top: ranking.ranked.filter((r) => r.recommended || r.tiedAcrossCut).map((c) => ({ rank: c.rank, name: c.name, rounded: c.rounded, recommended: c.recommended, tiedAcrossCut: c.tiedAcrossCut })),
      ...(ranking.cut.tie && { tie: { rounded: ranking.cut.tie.rounded, guidanceSource: ranking.cut.tie.guidanceSource } }),
    },
  };
}
