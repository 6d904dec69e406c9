/**
 * fast-check arbitraries for whole reviews, in the canonical form a workbook
 * stores (so a round trip must give them back unchanged).
 */
import fc from 'fast-check';
import { bandsOf } from '../../src/scoring/band.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import type { Item, Rubric } from '../../src/rubric/types.ts';
import { AWARD_TYPES, LABOR_CONCERNS, type Answer, type Review } from '../../src/review/schema.ts';

/** Points on a 0.1 grid strictly inside (min, max]. */
function bandPoints(min: number, max: number): fc.Arbitrary<number> {
  const lo = Math.round(min * 10) + 1;
  const hi = Math.round(max * 10);
  return fc.integer({ min: lo, max: hi }).map((t) => t / 10);
}

/** A valid answer for `item`, or undefined (unscored), in canonical form. */
export function answerArb(item: Item): fc.Arbitrary<Answer | undefined> {
  const bands = bandsOf(item);
  const options: fc.Arbitrary<Answer | undefined>[] = [
    fc.constant(undefined),
    fc.constant({ level: 'N/A' as const }),
    fc.constant({ points: 0 }),
  ];
  for (const band of bands) {
    if (band.fixed) options.push(fc.constant({ level: band.label }));
    else if (item.count) {
      // Count items take points only in whole steps.
      const steps = Math.round(item.count.max / item.count.step);
      options.push(fc.integer({ min: 1, max: steps }).map((k) => ({ level: band.label, points: k * item.count!.step })));
    }
    else {
      options.push(bandPoints(band.min, band.max).map((points) => ({ level: band.label, points })));
      options.push(fc.constant({ level: band.label })); // pending: a band level without points yet
    }
  }
  if (item.count) options.push(fc.integer({ min: 0, max: 12 }).map((count) => ({ count })));
  return fc.oneof(...options);
}

export function answersArb(rubric: Rubric): fc.Arbitrary<Record<string, Answer>> {
  const items = itemsOf(rubric);
  return fc.tuple(...items.map(answerArb)).map((answers) => {
    const out: Record<string, Answer> = {};
    answers.forEach((a, i) => {
      if (a !== undefined) out[items[i]!.id] = a;
    });
    return out;
  });
}

/** Text a person could type, including text that looks like a formula. */
export const typedText = fc
  .array(fc.constantFrom(...'○○實業股份有限公司安全衛生=+-@ABCxyz0123456789，。、()（）\n'.split('')), { minLength: 1, maxLength: 30 })
  .map((chars) => chars.join('').trim())
  .filter((s) => s.length > 0 && !s.includes('\n\n'));

const rate = fc.integer({ min: 0, max: 5000 }).map((n) => n / 100);
const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export function reviewArb(rubric: Rubric): fc.Arbitrary<Review> {
  return fc
    .record({
      selectionYear: fc.integer({ min: 110, max: 120 }),
      reviewDate: isoDate,
      name: fc.option(typedText, { nil: undefined }),
      ubn: fc.option(fc.stringMatching(/^\d{8}$/), { nil: undefined }),
      industryCode: fc.option(fc.stringMatching(/^\d{3}$/), { nil: undefined }),
      own: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
      contractors: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      department: fc.option(fc.boolean(), { nil: undefined }),
      majorDisaster: fc.option(fc.boolean(), { nil: undefined }),
      disability: fc.option(fc.boolean(), { nil: undefined }),
      requiredOshms: fc.option(fc.boolean(), { nil: undefined }),
      toshms: fc.option(isoDate, { nil: undefined }),
      perf: fc.option(isoDate, { nil: undefined }),
      awards: fc.array(fc.record({ type: fc.constantFrom(...AWARD_TYPES), offset: fc.integer({ min: 1, max: 6 }) }), { maxLength: 6 }),
      average: fc.option(fc.record({ fr: rate, sr: rate }), { nil: undefined }),
      own3: fc.array(fc.option(fc.record({ fr: rate, sr: rate }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
      con3: fc.array(fc.option(fc.record({ fr: rate, sr: rate }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
      plan: fc.option(fc.boolean(), { nil: undefined }),
      concerns: fc.option(fc.subarray([...LABOR_CONCERNS]), { nil: undefined }),
      strengths: fc.option(typedText, { nil: undefined }),
      items: answersArb(rubric),
    })
    .map((r) => {
      const byYear = (list: ({ fr: number; sr: number } | undefined)[]) => {
        const out: Record<string, { fr: number; sr: number }> = {};
        list.forEach((f, i) => {
          if (f) out[String(r.selectionYear - 3 + i)] = f;
        });
        return Object.keys(out).length > 0 ? out : undefined;
      };
      const own = byYear(r.own3);
      const con = byYear(r.con3);
      const rates = {
        ...(r.average ? { industryAverage: r.average } : {}),
        ...(own ? { own } : {}),
        ...(con ? { withContractors: con } : {}),
      };
      const oshms = {
        ...(r.toshms ? { toshmsValidUntil: r.toshms } : {}),
        ...(r.perf ? { performanceReviewValidUntil: r.perf } : {}),
      };
      const workers = { ...(r.own !== undefined ? { own: r.own } : {}), ...(r.contractors !== undefined ? { contractors: r.contractors } : {}) };
      const review: Review = {
        rubric: rubric.id,
        selectionYear: r.selectionYear,
        reviewDate: r.reviewDate,
        candidate: {
          ...(r.name !== undefined ? { name: r.name } : {}),
          ...(r.ubn !== undefined ? { ubn: r.ubn } : {}),
          ...(r.industryCode !== undefined ? { industryCode: r.industryCode } : {}),
          ...(Object.keys(workers).length > 0 ? { workers } : {}),
          ...(r.department !== undefined ? { participatesAsDepartment: r.department } : {}),
          ...(r.majorDisaster !== undefined ? { majorDisaster: r.majorDisaster } : {}),
          ...(r.disability !== undefined ? { disabilityGrade1to9: r.disability } : {}),
          ...(r.requiredOshms !== undefined ? { requiredOshms: r.requiredOshms } : {}),
          ...(Object.keys(oshms).length > 0 ? { oshms } : {}),
          ...(r.awards.length > 0 ? { awards: r.awards.map((a) => ({ type: a.type, year: r.selectionYear - a.offset })) } : {}),
          ...(Object.keys(rates).length > 0 ? { rates } : {}),
          ...(r.plan !== undefined ? { safetyWeek: { planSubmitted: r.plan } } : {}),
          ...(r.concerns !== undefined ? { laborConditionConcerns: r.concerns } : {}),
        },
        items: r.items,
        ...(r.strengths !== undefined ? { opinion: { strengths: r.strengths } } : {}),
      };
      return review;
    });
}
