/**
 * Turning one item's answer, as given, into what it is worth, or into a
 * problem that names the item and what it allows.
 */
import type { Item, LevelLabel } from '../rubric/types.ts';
import type { Answer } from '../review/schema.ts';
import { problem as coded, problemText, type ItemRef, type Problem, type ProblemParams } from '../review/problem.ts';
import { bandOf, bandsOf, inBand, levelForPoints, POINTS_EPSILON } from './band.ts';

/** An answer understood against its item. */
export type ResolvedAnswer =
  /** Nothing given yet: counts 0 and leaves the review incomplete. */
  | { readonly state: 'unscored' }
  /** 不適用: the item leaves the section's 可評總點數. */
  | { readonly state: 'na' }
  /** A band level chosen, its points (or the count) still to give: counts 0, incomplete. */
  | { readonly state: 'pending'; readonly level: LevelLabel }
  /** Scored; `level` is null when no level was met (0 points, 未達). */
  | { readonly state: 'scored'; readonly level: LevelLabel | null; readonly points: number; readonly count?: number };

export type AnswerProblemCode =
  | 'unknown-item'
  | 'unknown-level'
  | 'points-out-of-band'
  | 'points-not-allowed'
  | 'count-not-allowed'
  | 'count-invalid'
  | 'conflict';

/** Why an answer was refused. */
export interface AnswerProblem {
  readonly itemId: string;
  readonly code: AnswerProblemCode;
  /** Why, coded; names the item and what is allowed. */
  readonly problem: Problem;
  /** `problem` in zh-TW. */
  readonly message: string;
}

export type AnswerResult =
  | { readonly ok: true; readonly value: ResolvedAnswer }
  | { readonly ok: false; readonly problem: AnswerProblem };

const ok = (value: ResolvedAnswer): AnswerResult => ({ ok: true, value });
type AnswerCode = Extract<keyof ProblemParams, `answer-${string}`>;

function fail<C extends AnswerCode>(item: Item, code: AnswerProblemCode, reason: C, params: Omit<ProblemParams[C], keyof ItemRef>): AnswerResult {
  const p = coded(reason, { item: item.id, title: item.title, ...params } as ProblemParams[C]);
  return { ok: false, problem: { itemId: item.id, code, problem: p, message: problemText(p) } };
}

/** Points earned by a count: one step per `per` counted, capped. */
export function countPoints(item: Item, count: number): number {
  const rule = item.count;
  if (!rule) throw new RangeError(`Item ${item.id} has no count rule`);
  return Math.min(Math.floor(count / rule.per) * rule.step, rule.max);
}

/**
 * Resolves `answer` against `item`.
 * @param answer the answer as given; undefined when the item was not answered.
 */
export function resolveAnswer(item: Item, answer: Answer | undefined): AnswerResult {
  if (answer === undefined) return ok({ state: 'unscored' });
  const { level, points, count } = answer;

  if (level === 'N/A') {
    if (points !== undefined || count !== undefined) {
      return fail(item, 'conflict', 'answer-na-conflict', {});
    }
    return ok({ state: 'na' });
  }

  if (count !== undefined) return resolveCount(item, level, points, count);

  if (level !== undefined && !item.levels.some((l) => l.label === level)) {
    return fail(item, 'unknown-level', 'answer-unknown-level', { level, levels: item.levels.map((l) => l.label) });
  }

  if (points === undefined) {
    if (level === undefined) return ok({ state: 'unscored' });
    const band = bandOf(item, level)!;
    if (band.fixed) return ok({ state: 'scored', level, points: band.max });
    return ok({ state: 'pending', level });
  }

  if (item.count) {
    const rule = item.count;
    const steps = points / rule.step;
    if (points < 0 || points > rule.max + POINTS_EPSILON || Math.abs(steps - Math.round(steps)) > POINTS_EPSILON) {
      return fail(item, 'points-not-allowed', 'answer-points-step', { points, per: rule.per, step: rule.step, max: rule.max });
    }
  }

  if (Math.abs(points) <= POINTS_EPSILON) {
    if (level !== undefined) {
      return fail(item, 'points-out-of-band', 'answer-zero-with-level', { level, band: bandOf(item, level)! });
    }
    return ok({ state: 'scored', level: null, points: 0 });
  }

  if (level !== undefined) {
    const band = bandOf(item, level)!;
    if (!inBand(band, points)) {
      return fail(item, 'points-out-of-band', 'answer-out-of-band', { points, level, band });
    }
    return ok({ state: 'scored', level, points });
  }

  const band = levelForPoints(item, points);
  if (!band) {
    return fail(item, 'points-not-allowed', 'answer-points-not-allowed', { points, bands: bandsOf(item) });
  }
  return ok({ state: 'scored', level: band.label, points });
}

function resolveCount(item: Item, level: Answer['level'], points: number | undefined, count: number): AnswerResult {
  const rule = item.count;
  if (!rule) return fail(item, 'count-not-allowed', 'answer-count-not-allowed', { bands: bandsOf(item) });
  if (!Number.isInteger(count) || count < 0) return fail(item, 'count-invalid', 'answer-count-invalid', { count, unit: rule.unit });
  if (points !== undefined) return fail(item, 'conflict', 'answer-count-and-points', {});
  const earned = countPoints(item, count);
  const best = bandsOf(item).at(-1)!.label;
  if (level !== undefined && (level !== best || earned === 0)) {
    return fail(item, 'conflict', 'answer-count-level', { count, earned, level, per: rule.per, unit: rule.unit, step: rule.step, max: rule.max });
  }
  return ok({ state: 'scored', level: earned > 0 ? best : null, points: earned, count });
}

/**
 * The canonical form of a valid answer, the one the workbook writes back:
 * fixed levels carry no points, band levels carry both, counts stay counts,
 * 0 points carry no level. Returns undefined for an unscored item.
 */
export function canonicalAnswer(item: Item, resolved: ResolvedAnswer): Answer | undefined {
  switch (resolved.state) {
    case 'unscored':
      return undefined;
    case 'na':
      return { level: 'N/A' };
    case 'pending':
      return { level: resolved.level };
    case 'scored': {
      if (resolved.count !== undefined) return { count: resolved.count };
      if (resolved.level === null) return { points: 0 };
      if (bandOf(item, resolved.level)!.fixed) return { level: resolved.level };
      return { level: resolved.level, points: resolved.points };
    }
  }
}
