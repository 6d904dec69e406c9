/**
 * fast-check generators of valid answers, built from the hand-typed table
 * (rubric-table.ts), each with the points it must earn.
 */
import fc from 'fast-check';
import type { Answer } from '../../src/review/schema.ts';
import { HAND_ITEMS, type HandItem, type HandLevel } from './rubric-table.ts';

export interface GeneratedAnswer {
  /** undefined: the item is left unanswered. */
  readonly answer: Answer | undefined;
  readonly state: 'unscored' | 'na' | 'pending' | 'scored';
  /** What the item must earn. */
  readonly earned: number;
}

/** Points strictly inside (lo, hi], in hundredths; whole points for count items. */
function bandPoints(item: HandItem, level: Extract<HandLevel, { kind: 'band' }>): fc.Arbitrary<number> {
  if (item.count) return fc.integer({ min: Math.floor(level.lo) + 1, max: level.hi });
  return fc.integer({ min: Math.round(level.lo * 100) + 1, max: Math.round(level.hi * 100) }).map((k) => k / 100);
}

/** Every way of scoring `item` validly (not unscored, N/A or pending). */
export function arbScored(item: HandItem): fc.Arbitrary<GeneratedAnswer> {
  const options: fc.Arbitrary<GeneratedAnswer>[] = [fc.constant({ answer: { points: 0 }, state: 'scored', earned: 0 })];
  for (const level of item.levels) {
    if (level.kind === 'fixed') {
      options.push(
        fc.constantFrom<GeneratedAnswer>(
          { answer: { level: level.label }, state: 'scored', earned: level.points },
          { answer: { level: level.label, points: level.points }, state: 'scored', earned: level.points },
          { answer: { points: level.points }, state: 'scored', earned: level.points },
        ),
      );
    } else {
      options.push(
        fc
          .tuple(bandPoints(item, level), fc.boolean())
          .map(([points, withLevel]) => ({
            answer: withLevel ? { level: level.label, points } : { points },
            state: 'scored' as const,
            earned: points,
          })),
      );
    }
  }
  if (item.count) {
    const { per, max } = item.count;
    options.push(
      fc.integer({ min: 0, max: 200 }).map((count) => ({
        answer: { count },
        state: 'scored' as const,
        earned: Math.min(Math.floor(count / per), max),
      })),
    );
  }
  return fc.oneof(...options);
}

/** Any valid answer, including unanswered, N/A and a band level still pending. */
export function arbAnswer(item: HandItem): fc.Arbitrary<GeneratedAnswer> {
  const pending = item.levels
    .filter((l) => l.kind === 'band')
    .map((l) => fc.constant<GeneratedAnswer>({ answer: { level: l.label }, state: 'pending', earned: 0 }));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<GeneratedAnswer>({ answer: undefined, state: 'unscored', earned: 0 }) },
    { weight: 1, arbitrary: fc.constant<GeneratedAnswer>({ answer: { level: 'N/A' }, state: 'na', earned: 0 }) },
    ...pending.map((arbitrary) => ({ weight: 1, arbitrary })),
    { weight: 6, arbitrary: arbScored(item) },
  );
}

export type GeneratedReview = Readonly<Record<string, GeneratedAnswer>>;

/** One generated answer per item of the rubric. */
export function arbReviewAnswers(pick: (item: HandItem) => fc.Arbitrary<GeneratedAnswer> = arbAnswer): fc.Arbitrary<GeneratedReview> {
  return fc.record(Object.fromEntries(HAND_ITEMS.map((i) => [i.id, pick(i)])) as Record<string, fc.Arbitrary<GeneratedAnswer>>);
}

/** The answers map as `scoreAnswers` takes it (unanswered items left out). */
export function answersOf(generated: GeneratedReview): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, g] of Object.entries(generated)) if (g.answer) out[id] = g.answer;
  return out;
}

/** A points-only value the item allows (0, a fixed level's points, or inside a band). */
export function arbAllowedPoints(item: HandItem): fc.Arbitrary<number> {
  const options: fc.Arbitrary<number>[] = [fc.constant(0)];
  for (const level of item.levels) options.push(level.kind === 'fixed' ? fc.constant(level.points) : bandPoints(item, level));
  return fc.oneof(...options);
}
