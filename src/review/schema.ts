/**
 * The review as JSON: the interchange format of the whole project (CLI,
 * workbook reader and writer, task pane, merge and ranking). Keep it stable:
 * add optional fields, never rename or repurpose one.
 *
 * Written with `zod/mini`, the tree-shakable form of zod: the task pane
 * validates with this schema too, and classic zod would add about 70 KB
 * gzip to its first paint. The two share one core, so classic schemas
 * (src/personnel/schema.ts) can hold these as fields.
 */
import * as z from 'zod/mini';
import { ANSWER_LEVELS, AWARD_TYPES, LABOR_CONCERNS } from './constants.ts';
import { problem as coded, problemMessage, schemaRuleText as rule, type Problem } from './problem.ts';

export { ANSWER_LEVELS, AWARD_TYPES, LABOR_CONCERNS };

/** ISO calendar date, "2024-04-15". */
const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, rule('date-format')), z.refine((s) => isRealDate(s), rule('date-real')));

/** Whether a YYYY-MM-DD string names a real day; other strings are left to the format check. */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A 民國 year; the selection has run since 民國 69. */
const rocYear = z.int(rule('roc-int')).check(z.minimum(1, rule('roc-min')), z.maximum(300, rule('roc-max')));

const nonNegative = z.number().check(z.minimum(0, rule('non-negative')));

export const rateFigures = z.strictObject({
  /** 失能傷害頻率 FR. */
  fr: nonNegative,
  /** 失能傷害嚴重率 SR. */
  sr: nonNegative,
});

/** Figures per 民國 year, keyed by the year as a string ("110"). */
const ratesByYear = z.record(z.string().check(z.regex(/^\d{1,3}$/, rule('year-key'))), rateFigures);

export const award = z.strictObject({ type: z.enum(AWARD_TYPES), year: rocYear });


const text = z.optional(z.string());
const flag = z.optional(z.boolean());
const count = z.optional(z.int().check(z.minimum(0, rule('non-negative'))));

/** A ticked line with its 具體事蹟 text (企業形象 on 附表一). */
/** `checked` may be blank while 具體事蹟 is typed: not guessed either way. */
const tickedText = z.strictObject({ checked: flag, text });

export const candidate = z.strictObject({
  /** 單位名稱. */
  name: text,
  address: text,
  /** 負責人. */
  representative: text,
  /** 事業單位分類號碼. */
  classificationNo: text,
  phone: text,
  /** 保險證字號. */
  insuranceNo: text,
  /** 統一編號, 8 digits (checked separately so a bad one is reported, not refused). */
  ubn: text,
  /** 行業別 name as written by the candidate. */
  industryName: text,
  /** 行業別 小類 code, 3 digits (第9次行業分類標準). */
  industryCode: text,
  /** The 初審 correction of the 行業別 code ("修正為：○○○小類"); absent when it is right. */
  industryCodeCorrected: text,
  /** 安全衛生管理人員, one per line. */
  safetyStaff: text,
  workers: z.optional(z.strictObject({ own: count, contractors: count })),
  /** The entry is a department of a unit (要點 三, last paragraph). */
  participatesAsDepartment: flag,
  /** A 重大災害 in the selection year or the three years before (三(一)). */
  majorDisaster: flag,
  /** An injury of 失能 grade 1–9 in the same window (三(一)). */
  disabilityGrade1to9: flag,
  /** Must build an OSHMS under 職業安全衛生管理辦法 第十二條之二 (三(五)). */
  requiredOshms: flag,
  oshms: z.optional(
    z.strictObject({
      toshmsValidUntil: z.optional(z.nullable(isoDate)),
      performanceReviewValidUntil: z.optional(z.nullable(isoDate)),
    }),
  ),
  awards: z.optional(z.array(award)),
  rates: z.optional(
    z.strictObject({
      /** 同行業前三年平均值. */
      industryAverage: z.optional(rateFigures),
      own: z.optional(ratesByYear),
      withContractors: z.optional(ratesByYear),
    }),
  ),
  safetyWeek: z.optional(z.strictObject({ planSubmitted: flag, resultsCertified: flag })),
  laborConditionConcerns: z.optional(z.array(z.enum(LABOR_CONCERNS))),
  /** 企業形象 on 附表一. */
  image: z.optional(
    z.strictObject({ experienceSharing: z.optional(tickedText), publicWelfare: z.optional(tickedText), other: z.optional(tickedText) }),
  ),
  /** Project facts for construction units (填寫補充說明 註). */
  construction: z.optional(
    z.strictObject({
      projectName: text,
      buildingPermitNo: text,
      summary: text,
      period: text,
      progress: text,
      evidence: text,
    }),
  ),
});


/**
 * One item's answer as given. Which combinations are valid depends on the
 * item (see `resolveAnswer`); the schema only checks the shape.
 */
export const answer = z.strictObject({
  level: z.optional(z.enum(ANSWER_LEVELS)),
  points: z.optional(z.number()),
  count: z.optional(z.number()),
});

export const panelMember = z.strictObject({ name: z.string(), organisation: text, title: text });

export const review = z.strictObject({
  rubric: z.string(),
  /** The selection year, 民國. */
  selectionYear: rocYear,
  /** The day of the review (現場評鑑), for validity dates. */
  reviewDate: isoDate,
  /** Stable id of this review, kept in the workbook. */
  reviewId: text,
  /** 初審單位. */
  reviewUnit: text,
  candidate,
  /** Reviewer's answers by item id ("2.3"); an absent item is unscored. */
  items: z.record(z.string(), answer),
  /** The candidate's own 可/良/優 tick (自評) by item id. */
  selfAssessment: z.optional(z.record(z.string(), z.enum(['可', '良', '優']))),
  /** 評鑑人員綜合意見. */
  opinion: z.optional(z.strictObject({ strengths: text, suggestions: text })),
  /** 初審結果 as ticked by the panel. */
  result: z.optional(z.strictObject({ decision: z.optional(z.enum(['pass', 'fail', 'other'])), otherText: text })),
  /** 現場評鑑人員. */
  panel: z.optional(z.array(panelMember)),
});

export type Review = z.infer<typeof review>;
export type Candidate = z.infer<typeof candidate>;
export type Answer = z.infer<typeof answer>;
export type AwardType = (typeof AWARD_TYPES)[number];
export type RateFigures = z.infer<typeof rateFigures>;
export type LaborConcern = (typeof LABOR_CONCERNS)[number];

/** The most characters an Excel cell holds; longer text cannot be written to the workbook. */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/** A problem with a review the schema accepts: its JSON path and what is allowed. */
export interface InputProblem {
  readonly path: string;
  /** Why, coded. */
  readonly problem: Problem;
  /** `problem` in zh-TW (some with the path before it). */
  readonly message: string;
}

/** A problem at a JSON path; `located`: its zh-TW message starts with the path. */
export function inputProblem(path: string, reason: Problem, located = false): InputProblem {
  const problem = located ? { ...reason, where: path } : reason;
  return { path, problem, message: problemMessage(problem) };
}

/**
 * What the schema's shapes cannot say about a review as input: a review
 * date outside its selection year (民國 113 is 2024), and text longer than
 * an Excel cell holds. The readers of files (CLI, task pane) refuse these.
 */
export function reviewInputProblems(review: Review): InputProblem[] {
  const problems: InputProblem[] = [];
  const year = 1911 + review.selectionYear;
  if (!review.reviewDate.startsWith(`${year}-`)) {
    problems.push(inputProblem('reviewDate', coded('date-outside-year', { date: review.reviewDate, year: review.selectionYear }), true));
  }
  const pending: [unknown, string][] = [[review, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.length > EXCEL_CELL_MAX_CHARS) {
        problems.push(inputProblem(path, coded('text-too-long', { length: value.length }), true));
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) pending.push([v, path === '' ? k : `${path}.${k}`]);
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
