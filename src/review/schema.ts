/**
 * The review as JSON: the interchange format of the whole project (CLI,
 * workbook reader and writer, task pane, merge and ranking). Keep it stable:
 * add optional fields, never rename or repurpose one.
 */
import { z } from 'zod';

/** ISO calendar date, "2024-04-15". */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式應為 YYYY-MM-DD（西元），例如 2024-04-15')
  .refine((s) => isRealDate(s), '不是存在的日期');

/** Whether a YYYY-MM-DD string names a real day; other strings are left to the format check. */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A 民國 year; the selection has run since 民國 69. */
const rocYear = z.number().int('民國年應為整數').min(1, '民國年應大於 0').max(300, '民國年應小於 300');

const nonNegative = z.number().finite().min(0, '不可為負數');

export const rateFigures = z
  .object({
    /** 失能傷害頻率 FR. */
    fr: nonNegative,
    /** 失能傷害嚴重率 SR. */
    sr: nonNegative,
  })
  .strict();

/** Figures per 民國 year, keyed by the year as a string ("110"). */
const ratesByYear = z.record(z.string().regex(/^\d{1,3}$/, '年份鍵應為民國年，例如 "112"'), rateFigures);

export const AWARD_TYPES = ['優良獎', '五星獎', '國家職業安全衛生獎'] as const;
export const award = z.object({ type: z.enum(AWARD_TYPES), year: rocYear }).strict();

export const LABOR_CONCERNS = ['過勞', '責任制爭議', '身心健康事件', '重大勞資爭議'] as const;

/** A ticked line with its 具體事蹟 text (企業形象 on 附表一). */
/** `checked` may be blank while 具體事蹟 is typed: not guessed either way. */
const tickedText = z.object({ checked: z.boolean().optional(), text: z.string().optional() }).strict();

export const candidate = z
  .object({
    /** 單位名稱. */
    name: z.string().optional(),
    address: z.string().optional(),
    /** 負責人. */
    representative: z.string().optional(),
    /** 事業單位分類號碼. */
    classificationNo: z.string().optional(),
    phone: z.string().optional(),
    /** 保險證字號. */
    insuranceNo: z.string().optional(),
    /** 統一編號, 8 digits (checked separately so a bad one is reported, not refused). */
    ubn: z.string().optional(),
    /** 行業別 name as written by the candidate. */
    industryName: z.string().optional(),
    /** 行業別 小類 code, 3 digits (第9次行業分類標準). */
    industryCode: z.string().optional(),
    /** The 初審 correction of the 行業別 code ("修正為：○○○小類"); absent when it is right. */
    industryCodeCorrected: z.string().optional(),
    /** 安全衛生管理人員, one per line. */
    safetyStaff: z.string().optional(),
    workers: z
      .object({ own: z.number().int().min(0).optional(), contractors: z.number().int().min(0).optional() })
      .strict()
      .optional(),
    /** The entry is a department of a unit (要點 三, last paragraph). */
    participatesAsDepartment: z.boolean().optional(),
    /** A 重大災害 in the selection year or the three years before (三(一)). */
    majorDisaster: z.boolean().optional(),
    /** An injury of 失能 grade 1–9 in the same window (三(一)). */
    disabilityGrade1to9: z.boolean().optional(),
    /** Must build an OSHMS under 職業安全衛生管理辦法 第十二條之二 (三(五)). */
    requiredOshms: z.boolean().optional(),
    oshms: z
      .object({
        toshmsValidUntil: isoDate.nullable().optional(),
        performanceReviewValidUntil: isoDate.nullable().optional(),
      })
      .strict()
      .optional(),
    awards: z.array(award).optional(),
    rates: z
      .object({
        /** 同行業前三年平均值. */
        industryAverage: rateFigures.optional(),
        own: ratesByYear.optional(),
        withContractors: ratesByYear.optional(),
      })
      .strict()
      .optional(),
    safetyWeek: z
      .object({ planSubmitted: z.boolean().optional(), resultsCertified: z.boolean().optional() })
      .strict()
      .optional(),
    laborConditionConcerns: z.array(z.enum(LABOR_CONCERNS)).optional(),
    /** 企業形象 on 附表一. */
    image: z
      .object({ experienceSharing: tickedText.optional(), publicWelfare: tickedText.optional(), other: tickedText.optional() })
      .strict()
      .optional(),
    /** Project facts for construction units (填寫補充說明 註). */
    construction: z
      .object({
        projectName: z.string().optional(),
        buildingPermitNo: z.string().optional(),
        summary: z.string().optional(),
        period: z.string().optional(),
        progress: z.string().optional(),
        evidence: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ANSWER_LEVELS = ['可', '良', '優', 'N/A'] as const;

/**
 * One item's answer as given. Which combinations are valid depends on the
 * item (see `resolveAnswer`); the schema only checks the shape.
 */
export const answer = z
  .object({
    level: z.enum(ANSWER_LEVELS).optional(),
    points: z.number().finite().optional(),
    count: z.number().finite().optional(),
  })
  .strict();

export const panelMember = z
  .object({ name: z.string(), organisation: z.string().optional(), title: z.string().optional() })
  .strict();

export const review = z
  .object({
    rubric: z.string(),
    /** The selection year, 民國. */
    selectionYear: rocYear,
    /** The day of the review (現場評鑑), for validity dates. */
    reviewDate: isoDate,
    /** Stable id of this review, kept in the workbook. */
    reviewId: z.string().optional(),
    /** 初審單位. */
    reviewUnit: z.string().optional(),
    candidate,
    /** Reviewer's answers by item id ("2.3"); an absent item is unscored. */
    items: z.record(z.string(), answer),
    /** The candidate's own 可/良/優 tick (自評) by item id. */
    selfAssessment: z.record(z.string(), z.enum(['可', '良', '優'])).optional(),
    /** 評鑑人員綜合意見. */
    opinion: z.object({ strengths: z.string().optional(), suggestions: z.string().optional() }).strict().optional(),
    /** 初審結果 as ticked by the panel. */
    result: z
      .object({ decision: z.enum(['pass', 'fail', 'other']).optional(), otherText: z.string().optional() })
      .strict()
      .optional(),
    /** 現場評鑑人員. */
    panel: z.array(panelMember).optional(),
  })
  .strict();

export type Review = z.infer<typeof review>;
export type Candidate = z.infer<typeof candidate>;
export type Answer = z.infer<typeof answer>;
export type AwardType = (typeof AWARD_TYPES)[number];
export type RateFigures = z.infer<typeof rateFigures>;
export type LaborConcern = (typeof LABOR_CONCERNS)[number];
