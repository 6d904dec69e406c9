/**
 * Properties of the total over answers generated from the hand-typed rubric.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Answer } from '../../src/review/schema.ts';
import { scoreAnswers, type Score } from '../../src/scoring/score.ts';
import { answersOf, arbAllowedPoints, arbAnswer, arbReviewAnswers, arbScored } from '../builders/arbitraries.ts';
import { HAND_ITEMS, handItem, handSection } from '../builders/rubric-table.ts';

const RUNS = { numRuns: 300 };

function score(answers: Record<string, Answer>): Score {
  const r = scoreAnswers(oshUnit113, answers);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.score;
}

/** An item id drawn from the rubric. */
const arbItemId = fc.constantFrom(...HAND_ITEMS.map((i) => i.id));

describe('properties of the total', () => {
  it('every generated answer is accepted and earns what the table says', () => {
    fc.assert(
      fc.property(arbReviewAnswers(), (generated) => {
        const s = score(answersOf(generated));
        for (const item of s.items) {
          const g = generated[item.id]!;
          expect(item.state).toBe(g.state);
          expect(item.earned).toBeCloseTo(g.earned, 9);
        }
      }),
      RUNS,
    );
  });

  it('the total stays within [0, 100]', () => {
    fc.assert(
      fc.property(arbReviewAnswers(), (generated) => {
        const { total } = score(answersOf(generated));
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100 + 1e-9);
      }),
      RUNS,
    );
  });

  it('each section stays within [0, 100 × weight]', () => {
    fc.assert(
      fc.property(arbReviewAnswers(), (generated) => {
        for (const s of score(answersOf(generated)).sections) {
          expect(s.weighted).toBeGreaterThanOrEqual(0);
          expect(s.weighted).toBeLessThanOrEqual(100 * handSection(s.id).weight + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('with nothing N/A the total equals the sum of the points earned', () => {
    fc.assert(
      fc.property(arbReviewAnswers((item) => arbAnswer(item).filter((g) => g.state !== 'na')), (generated) => {
        const expected = Object.values(generated).reduce((sum, g) => sum + g.earned, 0);
        expect(Math.abs(score(answersOf(generated)).total - expected)).toBeLessThanOrEqual(1e-9);
      }),
      RUNS,
    );
  });

  it('raising one item’s points never lowers the total', () => {
    const arbCase = arbItemId.chain((id) =>
      fc.tuple(fc.constant(id), arbReviewAnswers(), arbAllowedPoints(handItem(id)), arbAllowedPoints(handItem(id))),
    );
    fc.assert(
      fc.property(arbCase, ([id, generated, a, b]) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const base = answersOf(generated);
        const lower = score({ ...base, [id]: { points: low } }).total;
        const higher = score({ ...base, [id]: { points: high } }).total;
        expect(higher).toBeGreaterThanOrEqual(lower - 1e-12);
        if (high > low) expect(higher).toBeGreaterThan(lower);
      }),
      RUNS,
    );
  });

  it('marking an item N/A changes only its own section’s score', () => {
    const arbCase = arbItemId.chain((id) => fc.tuple(fc.constant(id), arbReviewAnswers(), arbScored(handItem(id))));
    fc.assert(
      fc.property(arbCase, ([id, generated, answer]) => {
        const base = { ...answersOf(generated), [id]: answer.answer! };
        const before = score(base);
        const after = score({ ...base, [id]: { level: 'N/A' } });
        const own = handItem(id).section;
        for (let i = 0; i < before.sections.length; i++) {
          const b = before.sections[i]!;
          const a = after.sections[i]!;
          if (b.id === own) {
            expect(a.applicable).toBeCloseTo(b.applicable - handItem(id).header, 9);
          } else {
            expect(a).toEqual(b);
          }
        }
      }),
      RUNS,
    );
  });
});
