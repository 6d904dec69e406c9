/**
 * The rubric engine: random reviews scored and judged per second, the work
 * the task pane redoes on every keystroke.
 */
import fc from 'fast-check';
import { checkEligibility } from '../src/eligibility/eligibility.ts';
import { evaluateReview } from '../src/review/evaluate.ts';
import type { Review } from '../src/review/schema.ts';
import { DEFAULT_RUBRIC, itemsOf } from '../src/rubric/registry.ts';
import { scoreAnswers } from '../src/scoring/score.ts';
import { reviewArb } from '../packages/fixtures/arbitraries.ts';
import { int, median, ms, num, rate, type Report } from './lib.ts';

/** One 60 Hz frame: what a keystroke's recomputation must fit in to feel instant. */
const FRAME_MS = 1000 / 60;

export async function benchEngine(report: Report, options: { runs: number; reviews: number; runMs: number }): Promise<void> {
  const rubric = DEFAULT_RUBRIC;
  const reviews: Review[] = fc.sample(reviewArb(rubric), { numRuns: options.reviews, seed: 1 });
  const items = itemsOf(rubric).length;

  let sink = 0;
  const scoreAll = (): number => {
    for (const r of reviews) {
      const s = scoreAnswers(rubric, r.items);
      const e = checkEligibility(r);
      if (s.ok) sink += s.score.total;
      sink += e.findings.length;
    }
    return reviews.length;
  };
  const evaluateAll = (): number => {
    for (const r of reviews) {
      const e = evaluateReview(r);
      if (e.ok) sink += e.evaluation.score.total;
    }
    return reviews.length;
  };

  // Warm up: let the JIT see every path before timing.
  rate(scoreAll, 1000);
  rate(evaluateAll, 1000);

  const scored: number[] = [];
  const evaluated: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    scored.push(rate(scoreAll, options.runMs));
    evaluated.push(rate(evaluateAll, options.runMs));
  }
  const perSecond = median(scored);
  const each = 1000 / perSecond;
  report.figure({
    key: 'engine',
    text: `${int(perSecond)} reviews/s scored and judged (scoreAnswers + checkEligibility; ${items} items, ${reviews.length} random reviews from packages/fixtures/arbitraries.ts; median of ${options.runs} runs, spread ${int(Math.min(...scored))}–${int(Math.max(...scored))}) = ${ms(each)} per review, ${num((each / FRAME_MS) * 100, 2)}% of a 60 Hz frame (16.7 ms)`,
    target: '≤ 16.7 ms per review (one frame per keystroke)',
    pass: each <= FRAME_MS,
  });
  const evalPerSecond = median(evaluated);
  report.figure({
    key: 'engine.validated',
    text: `${int(evalPerSecond)} reviews/s through evaluateReview (zod schema + score + eligibility, the CLI's JSON path) = ${ms(1000 / evalPerSecond)} per review; validation costs ${num(perSecond / evalPerSecond, 1)}× the engine alone`,
    target: '≤ 16.7 ms per review',
    pass: 1000 / evalPerSecond <= FRAME_MS,
  });
  if (sink === -1) console.log(sink); // keep the work observable
}
