/**
 * Formula parity: the workbook's own formulas, evaluated by HyperFormula (an
 * engine that is not ours), equal the TypeScript engine on every section and
 * total, and its eligibility formulas reach the engine's verdict.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEligibility, verdictOf, type RuleCode } from '../../src/eligibility/eligibility.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';
import { RULE_ORDER, resultName, RESULT, STATUS_TEXT } from '../../src/sheets/eligibility.ts';
import { SIMPLE_FIELDS, reviewPrefill, reviewScoringValues } from '../../src/sheets/prefill.ts';
import { CONCERN_FIELDS } from '../../src/sheets/fields.ts';
import { itemNames, sectionNames, TOTAL_NAME, REMAINING_NAME, hasPointsInput } from '../../src/sheets/scoring.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { Review } from '../../src/review/schema.ts';
import { evaluate, type Evaluated } from '../support/hyperformula.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';

let book: Evaluated;

beforeAll(() => {
  book = evaluate(reviewWorkbook(oshUnit113));
});

/** Writes every input of `review` into the evaluated workbook, clearing what it lacks. */
function load(review: Review): void {
  const values: Record<string, string | number | boolean | null> = {};
  for (const f of [...SIMPLE_FIELDS, ...CONCERN_FIELDS]) values[f.name] = null;
  Object.assign(values, reviewPrefill(review));
  const scoring = reviewScoringValues(oshUnit113, review);
  for (const item of itemsOf(oshUnit113)) {
    const n = itemNames(item);
    const v = scoring[item.id] ?? {};
    values[n.level] = v.level ?? null;
    values[n.self] = v.self ?? null;
    if (hasPointsInput(item)) values[n.points] = v.points ?? null;
    if (item.count) values[n.count] = v.count ?? null;
  }
  book.set(values);
}

const RUNS = Number(process.env.PARITY_RUNS ?? 1000);

describe('formula parity with HyperFormula', () => {
  it(`gives the engine's section scores and total for ${RUNS} random reviews`, () => {
    fc.assert(
      fc.property(reviewArb(oshUnit113), (review) => {
        load(review);
        const result = scoreAnswers(oshUnit113, review.items);
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
        const { score } = result;
        for (const s of score.sections) {
          const n = sectionNames(s.id);
          expect(book.value(n.earned) as number).toBeCloseTo(s.earned, 9);
          expect(book.value(n.applicable) as number).toBeCloseTo(s.applicable, 9);
          expect(Math.abs((book.value(n.weighted) as number) - s.weighted)).toBeLessThan(1e-9);
        }
        expect(Math.abs((book.value(TOTAL_NAME) as number) - score.total)).toBeLessThan(1e-9);
        expect(book.value(REMAINING_NAME)).toBe(score.unscored.length + score.pending.length);
      }),
      { numRuns: RUNS, seed: 20241115 },
    );
    // A generous limit: 1,000 recalculations take about a minute on 2 busy cores (speed is the bench's business, not this test's).
  }, 300_000);

  it('reaches the engine\'s eligibility verdict, rule by rule, for random facts', () => {
    fc.assert(
      fc.property(reviewArb(oshUnit113), (review) => {
        load(review);
        const verdict = checkEligibility(review);
        expect(book.value('elig_status')).toBe(STATUS_TEXT[verdictOf(verdict)]);
        const failed = new Set<RuleCode>(verdict.findings.map((f) => f.rule));
        const unconfirmed = new Set<RuleCode>(verdict.unconfirmed.map((u) => u.rule));
        for (const rule of RULE_ORDER) {
          const shown = book.value(resultName(rule));
          if (failed.has(rule)) expect([RESULT.fail, RESULT.notRecommended], rule).toContain(shown);
          else if (shown === RESULT.unconfirmed) expect(unconfirmed.has(rule), rule).toBe(true);
          else expect([RESULT.pass, '—'], `${rule}: ${String(shown)}`).toContain(shown);
        }
        expect(book.value('elig_five_star')).toBe(verdict.fiveStarPath ? '是' : '否');
      }),
      { numRuns: Math.min(RUNS, 500), seed: 7 },
    );
  }, 300_000);

  it('counts a hand-typed points-only answer the way the engine does', () => {
    const review: Review = { rubric: oshUnit113.id, selectionYear: 113, reviewDate: '2024-04-15', candidate: {}, items: {} };
    load(review);
    book.set({ [itemNames('2.4').points]: 3.5 });
    const engine = scoreAnswers(oshUnit113, { '2.4': { points: 3.5 } });
    expect(engine.ok && engine.score.sections[1]!.earned).toBe(3.5);
    expect(book.value(itemNames('2.4').earned)).toBe(3.5);
    book.set({ [itemNames('2.4').points]: 1.5 }); // between 可 (2.0 fixed) and nothing: no level
    expect(book.value(itemNames('2.4').earned)).toBe(0);
    expect(scoreAnswers(oshUnit113, { '2.4': { points: 1.5 } }).ok).toBe(false);
  });
});
