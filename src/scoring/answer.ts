/**
 * Turning one item's answer, as given, into what it is worth, or into a
 * problem that names the item and what it allows.
 */
import type { Item, LevelLabel } from '../rubric/types.ts';
import type { Answer } from '../review/schema.ts';
import { bandOf, bandsOf, describeAllowed, describeBand, formatPoints, inBand, levelForPoints, POINTS_EPSILON } from './band.ts';

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
  /** zh-TW, names the item and what is allowed. */
  readonly message: string;
}

export type AnswerResult =
  | { readonly ok: true; readonly value: ResolvedAnswer }
  | { readonly ok: false; readonly problem: AnswerProblem };

const ok = (value: ResolvedAnswer): AnswerResult => ({ ok: true, value });
const fail = (item: Item, code: AnswerProblemCode, message: string): AnswerResult => ({
  ok: false,
  problem: { itemId: item.id, code, message: `項目 ${item.id}「${item.title}」：${message}` },
});

/** Points earned by a count: one step per `per` counted, capped. */
export function countPoints(item: Item, count: number): number {
  const rule = item.count;
  if (!rule) throw new RangeError(`Item ${item.id} has no count rule`);
  return Math.min(Math.floor(count / rule.per) * rule.step, rule.max);
}

function levelNames(item: Item): string {
  return item.levels.map((l) => l.label).join('、');
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
      return fail(item, 'conflict', '已標示不適用（N/A），不可同時填寫得分或數量。');
    }
    return ok({ state: 'na' });
  }

  if (count !== undefined) return resolveCount(item, level, points, count);

  if (level !== undefined && !item.levels.some((l) => l.label === level)) {
    return fail(item, 'unknown-level', `本項沒有「${level}」等第，可選：${levelNames(item)}、不適用（N/A）。`);
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
      return fail(
        item,
        'points-not-allowed',
        `得分 ${formatPoints(points)} 不符本項計分方式（每 ${rule.per} 家/項 ${formatPoints(rule.step)} 分，最高 ${formatPoints(rule.max)} 分）；請填寫數量，或填 0 至 ${formatPoints(rule.max)} 之間 ${formatPoints(rule.step)} 的倍數。`,
      );
    }
  }

  if (Math.abs(points) <= POINTS_EPSILON) {
    if (level !== undefined) {
      return fail(item, 'points-out-of-band', `得分 0 表示未達任何等第，不可同時選「${level}」；「${level}」為 ${describeBand(bandOf(item, level)!)} 分。`);
    }
    return ok({ state: 'scored', level: null, points: 0 });
  }

  if (level !== undefined) {
    const band = bandOf(item, level)!;
    if (!inBand(band, points)) {
      return fail(item, 'points-out-of-band', `得分 ${formatPoints(points)} 不在「${level}」的範圍內（${describeBand(band)} 分）。`);
    }
    return ok({ state: 'scored', level, points });
  }

  const band = levelForPoints(item, points);
  if (!band) {
    return fail(item, 'points-not-allowed', `得分 ${formatPoints(points)} 不在任何等第的範圍內；可填：${describeAllowed(item)}。`);
  }
  return ok({ state: 'scored', level: band.label, points });
}

function resolveCount(item: Item, level: Answer['level'], points: number | undefined, count: number): AnswerResult {
  const rule = item.count;
  if (!rule) return fail(item, 'count-not-allowed', `本項不以數量計分，請選等第或填得分；可填：${describeAllowed(item)}。`);
  if (!Number.isInteger(count) || count < 0) {
    return fail(item, 'count-invalid', `數量 ${count} 不是 0 以上的整數（${rule.unit}數）。`);
  }
  if (points !== undefined) return fail(item, 'conflict', '已填數量，得分由數量計算，不可另填得分。');
  const earned = countPoints(item, count);
  const best = bandsOf(item).at(-1)!.label;
  if (level !== undefined && (level !== best || earned === 0)) {
    return fail(
      item,
      'conflict',
      `數量 ${count} 得 ${formatPoints(earned)} 分，與所選「${level}」不符；本項以數量計分，每 ${rule.per} ${rule.unit} ${formatPoints(rule.step)} 分，最高 ${formatPoints(rule.max)} 分。`,
    );
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
