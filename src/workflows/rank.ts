/**
 * 排序: one 初審單位's candidates in order against its 附表三 quota, and the
 * 排序 workbook. A file that cannot be read, or holds no valid review, is
 * reported and listed on the sheet; the rest are still ranked. The CLI's
 * `rank` and the pane's 排序 render this result.
 */
import { z } from 'zod';
import { findQuota, REVIEW_UNITS } from '../ranking/quota.ts';
import { rankWithQuota, type RankEntry, type Ranking } from '../ranking/ranking.ts';
import { evaluateReview } from '../review/evaluate.ts';
import { RANKING_SHEET, rankingWorkbook, type UnreadableFile } from '../sheets/ranking.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import { problem, problemJson, problemMessage, wrapped, type Problem } from '../review/problem.ts';
import { fieldProblems, readSources, type SourceFile, type SourceRead } from './review-file.ts';

/** A file left out of the ranking, with its problems. */
export interface LeftOut {
  readonly file: string;
  readonly problems: readonly Problem[];
}

export interface RankDone {
  readonly ok: true;
  readonly ranking: Ranking;
  /** The selection year when every review gives the same one. */
  readonly selectionYear?: number;
  /** Files left out (also listed on the 排序 sheet). */
  readonly leftOut: readonly LeftOut[];
  readonly description: WorkbookDescription;
  readonly show: string;
}

export type RankResult = RankDone | { readonly ok: false; readonly problems: readonly Problem[] };

/** What one file came to, for progress lines: its total and status, or unreadable. */
export type RankRead = { readonly label: string } & (
  | { readonly ok: true; readonly total: number; readonly status: 'eligible' | 'ineligible' | 'not-recommended' }
  | { readonly ok: false }
);

/** Why a file is left out, in one line (the sheet's 無法讀取之檔案 and the CLI's summary): how many problems and the first. */
function leftOutProblem(problems: readonly Problem[]): Problem {
  const first = problems[0];
  if (problems.length === 1 && first && (first.code === 'file-unreadable' || first.code === 'file-empty' || first.code === 'file-read-failed')) return first;
  return problem('rank-left-out', { count: problems.length, ...(first && { first }) });
}

/**
 * Ranks the files' reviews for `unit` (台/臺 and spaces tolerated; looked
 * up once, before any file is read).
 * @param onRead after each file, what it came to
 */
export async function rankFiles(files: readonly SourceFile[], unit: string, onRead?: (progress: { readonly done: number; readonly total: number; readonly name: string; readonly read: RankRead }) => void): Promise<RankResult> {
  const quota = findQuota(unit);
  if (!quota.ok) return { ok: false, problems: [problem('unit-unknown', { unit, units: REVIEW_UNITS })] };
  if (files.length === 0) return { ok: false, problems: [problem('rank-no-files', {})] };
  const entries: RankEntry[] = [];
  const leftOut: LeftOut[] = [];
  const onEach = (r: SourceRead): RankRead => {
    const evaluated = r.ok ? evaluateReview(r.review) : undefined;
    if (r.ok && evaluated?.ok) {
      entries.push({ source: r.label, evaluation: evaluated.evaluation });
      return { label: r.label, ok: true, total: evaluated.evaluation.score.total, status: evaluated.evaluation.eligibility.status };
    }
    const problems = !r.ok ? r.problems : evaluated && !evaluated.ok ? fieldProblems(evaluated.problems).map((p) => ({ ...p, file: r.label })) : [];
    leftOut.push({ file: r.label, problems });
    return { label: r.label, ok: false };
  };
  await readSources(files, (p) => {
    const read = onEach(p.read);
    onRead?.({ done: p.done, total: p.total, name: p.name, read });
  });
  if (entries.length === 0) return { ok: false, problems: [...leftOut.flatMap((l) => l.problems), problem('rank-none-readable', { count: files.length })] };
  const result = rankWithQuota(entries, quota);
  if (!result.ok) return { ok: false, problems: [...leftOut.flatMap((l) => l.problems), wrapped('rank-refused', result.problem)] };
  const years = [...new Set(entries.map((e) => e.evaluation.review.selectionYear))];
  const selectionYear = years.length === 1 ? years[0]! : undefined;
  const unreadable: UnreadableFile[] = leftOut.map((l) => ({ file: l.file, message: problemMessage(leftOutProblem(l.problems)) }));
  return {
    ok: true,
    ranking: result.ranking,
    ...(selectionYear !== undefined && { selectionYear }),
    leftOut,
    description: rankingWorkbook(result.ranking, { ...(selectionYear !== undefined && { selectionYear }), unreadable }),
    show: RANKING_SHEET.key,
  };
}

// ---------------------------------------------------------------- as data

const problemSchema = z.object({ code: z.string(), file: z.string().optional(), where: z.string().optional(), message: z.string(), params: z.record(z.string(), z.unknown()) });

const setAside = z.object({ source: z.string(), name: z.string(), ubn: z.string().optional(), total: z.number(), rounded: z.number(), findings: z.array(z.object({ clause: z.string(), message: z.string() })) });

/** What `osh-review rank --json` prints (docs/ranking.schema.json). */
export const rankingJson = z
  .object({
    unit: z.string(),
    level: z.string(),
    unitQuota: z.number(),
    selectionYear: z.number().optional(),
    /** Eligible candidates, best first; `rank` is shared by totals equal to 2 decimals. */
    ranked: z.array(
      z.object({
        rank: z.number(),
        position: z.number(),
        source: z.string(),
        name: z.string(),
        ubn: z.string().optional(),
        total: z.number(),
        rounded: z.number(),
        recommended: z.boolean(),
        tiedWith: z.array(z.string()),
        tiedAcrossCut: z.boolean(),
        complete: z.boolean(),
      }),
    ),
    ineligible: z.array(setAside),
    notRecommended: z.array(setAside),
    cut: z.object({
      recommendedCount: z.number(),
      lastRecommendedTotal: z.number().nullable(),
      tie: z.object({ rounded: z.number(), sources: z.array(z.string()), guidanceSource: z.string() }).nullable(),
    }),
    warnings: z.array(z.object({ code: z.string(), sources: z.array(z.string()), message: z.string() })),
    /** Files left out of the ranking, each with its problems. */
    leftOut: z.array(z.object({ file: z.string(), problems: z.array(problemSchema) })),
  })
  .strict();

export type RankingJson = z.infer<typeof rankingJson>;

/** The ranking as data: what `osh-review rank --json` prints. */
export function rankingJsonOf(done: RankDone): RankingJson {
  const r = done.ranking;
  const aside = (c: Ranking['ineligible'][number]) => ({
    source: c.source,
    name: c.name,
    ...(c.ubn !== undefined && { ubn: c.ubn }),
    total: c.total,
    rounded: c.rounded,
    findings: c.findings.map((f) => ({ clause: f.clause, message: f.message })),
  });
  return {
    unit: r.unit,
    level: r.level,
    unitQuota: r.unitQuota,
    ...(done.selectionYear !== undefined && { selectionYear: done.selectionYear }),
    ranked: r.ranked.map((c) => ({
      rank: c.rank,
      position: c.position,
      source: c.source,
      name: c.name,
      ...(c.ubn !== undefined && { ubn: c.ubn }),
      total: c.total,
      rounded: c.rounded,
      recommended: c.recommended,
      tiedWith: [...c.tiedWith],
      tiedAcrossCut: c.tiedAcrossCut,
      complete: c.incomplete === null,
    })),
    ineligible: r.ineligible.map(aside),
    notRecommended: r.notRecommended.map(aside),
    cut: {
      recommendedCount: r.cut.recommendedCount,
      lastRecommendedTotal: r.cut.lastRecommendedTotal,
      tie: r.cut.tie && { rounded: r.cut.tie.rounded, sources: [...r.cut.tie.sources], guidanceSource: r.cut.tie.guidanceSource },
    },
    warnings: r.warnings.map((w) => ({ code: w.code, sources: [...w.sources], message: w.message })),
    leftOut: done.leftOut.map((l) => ({ file: l.file, problems: l.problems.map((p) => problemJson(p) as RankingJson['leftOut'][number]['problems'][number]) })),
  };
}
