/**
 * Builders so a test reads as the case it checks:
 *   reviewWith({ items: { '2.3': { level: '良', points: 1.8 } } })
 *   candidateWith({ awards: [award('五星獎', 110)] })
 *   ratesBelowAverage(113)
 * Defaults describe an eligible, fully confirmed candidate for 民國 113,
 * reviewed on 2024-04-15, so each test only states what it changes.
 */
import { checkEligibility, type Eligibility } from '../../src/eligibility/eligibility.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import type { LevelLabel } from '../../src/rubric/types.ts';
import { maxPoints } from '../../src/scoring/band.ts';
import type { Answer, AwardType, Candidate, RateFigures, Review } from '../../src/review/schema.ts';
import { HAND_ITEMS, handBest, type HandItem } from './rubric-table.ts';

export const Y = 113;
export const REVIEW_DATE = '2024-04-15';

/** 同行業前三年平均值 used by the default rates. */
export const AVERAGE: RateFigures = { fr: 2.5, sr: 150 };

/** The 前三年度 of Y, typed out: Y-3, Y-2, Y-1. */
export function threeYearsBefore(y: number): [number, number, number] {
  return [y - 3, y - 2, y - 1];
}

/** The same figures for each of Y-3..Y-1, keyed by year as the schema wants. */
export function eachYear(y: number, figures: RateFigures): Record<string, RateFigures> {
  return Object.fromEntries(threeYearsBefore(y).map((yr) => [String(yr), { ...figures }]));
}

/**
 * Rates comfortably below the average in every one of Y-3..Y-1, both for the
 * unit alone and including contractors.
 */
export function ratesBelowAverage(y: number = Y): NonNullable<Candidate['rates']> {
  return {
    industryAverage: { ...AVERAGE },
    own: eachYear(y, { fr: 1.2, sr: 80 }),
    withContractors: eachYear(y, { fr: 1.4, sr: 90 }),
  };
}

export function award(type: AwardType, year: number): { type: AwardType; year: number } {
  return { type, year };
}

/**
 * An eligible candidate with every fact given (nothing unconfirmed), with
 * `overrides` replacing whole fields.
 */
export function candidateWith(overrides: Partial<Candidate> = {}): Candidate {
  return {
    name: '測試實業股份有限公司',
    ubn: '04595257',
    industryCode: '410',
    workers: { own: 150, contractors: 0 },
    participatesAsDepartment: false,
    majorDisaster: false,
    disabilityGrade1to9: false,
    requiredOshms: false,
    oshms: { toshmsValidUntil: null, performanceReviewValidUntil: null },
    awards: [],
    rates: ratesBelowAverage(Y),
    safetyWeek: { planSubmitted: true, resultsCertified: true },
    laborConditionConcerns: [],
    ...overrides,
  };
}

export interface ReviewParts {
  readonly rubric?: string;
  readonly selectionYear?: number;
  readonly reviewDate?: string;
  readonly candidate?: Candidate;
  readonly items?: Record<string, Answer>;
  readonly selfAssessment?: Record<string, LevelLabel>;
}

/** A whole review (JSON-ready) for the 113 rubric. */
export function reviewWith(parts: ReviewParts = {}): Review {
  return {
    rubric: parts.rubric ?? 'osh-unit-113',
    selectionYear: parts.selectionYear ?? Y,
    reviewDate: parts.reviewDate ?? REVIEW_DATE,
    candidate: parts.candidate ?? candidateWith(),
    items: parts.items ?? {},
    ...(parts.selfAssessment ? { selfAssessment: parts.selfAssessment } : {}),
  };
}

/** The answer that puts `item` at `label`: a band level at its upper bound. */
export function answerAt(item: HandItem, label: LevelLabel): Answer | undefined {
  const level = item.levels.find((l) => l.label === label);
  if (!level) return undefined;
  return level.kind === 'fixed' ? { level: label } : { level: label, points: level.hi };
}

/** Every item that has `label`, answered at it (items lacking it are left out, i.e. unscored). */
export function allItemsAt(label: LevelLabel): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const item of HAND_ITEMS) {
    const a = answerAt(item, label);
    if (a) out[item.id] = a;
  }
  return out;
}

/** Every item at its top level (full marks but for 3.6, whose best is 1.5 of 2.0). */
export function allItemsBest(): Record<string, Answer> {
  return Object.fromEntries(HAND_ITEMS.map((i) => [i.id, { points: handBest(i) }]));
}

/** The same answer for every item (e.g. `{ level: 'N/A' }`). */
export function allItems(answer: Answer): Record<string, Answer> {
  return Object.fromEntries(HAND_ITEMS.map((i) => [i.id, { ...answer }]));
}

/** `answers` with the given items left unanswered. */
export function without(answers: Record<string, Answer>, ...ids: string[]): Record<string, Answer> {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

/** Eligibility of `candidate` for Y (113 by default) reviewed on REVIEW_DATE. */
export function eligibilityOf(candidate: Candidate, opts: { selectionYear?: number; reviewDate?: string } = {}): Eligibility {
  return checkEligibility({ selectionYear: opts.selectionYear ?? Y, reviewDate: opts.reviewDate ?? REVIEW_DATE, candidate });
}

/** The rule codes of the findings, in order. */
export function rulesOf(e: Eligibility): string[] {
  return e.findings.map((f) => f.rule);
}

/**
 * An eligible candidate as the panel and ranking tests use it: ○○實業, 120
 * workers, no disaster, rates below the industry's for 110–112, the safety
 * week plan submitted.
 */
export const ELIGIBLE_CANDIDATE: Candidate = {
  name: '○○實業股份有限公司',
  ubn: '04595257',
  workers: { own: 120, contractors: 0 },
  participatesAsDepartment: false,
  majorDisaster: false,
  disabilityGrade1to9: false,
  requiredOshms: false,
  awards: [],
  rates: { industryAverage: { fr: 2, sr: 100 }, own: { '110': { fr: 1, sr: 10 }, '111': { fr: 1, sr: 10 }, '112': { fr: 1, sr: 10 } } },
  safetyWeek: { planSubmitted: true },
  laborConditionConcerns: [],
};

/** Every item of 附表一 (113) at its best: 99.5 in total (3.6's best, 良, is 1.5 of its 2.0). */
export function fullMarks(): Record<string, Answer> {
  return Object.fromEntries(itemsOf(oshUnit113).map((item) => [item.id, { points: maxPoints(item) }]));
}
