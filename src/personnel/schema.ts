/**
 * The personnel review (附表二) as JSON. Like the unit review, the schema
 * checks the shape only: award names and the age are plain values here and
 * judged by `checkPersonnel`, so a typo read from a workbook is reported
 * against its field rather than refusing the whole file.
 */
import { z } from 'zod';
import { inputProblemsOf, type InputProblem } from '../review/evaluate.ts';
import { award, panelMember, review } from '../review/schema.ts';
import { CRITERION_IDS, NOMINATION_ROUTES, PERSON_DECISIONS, PERSONNEL_FORM_ID, PRIOR_AWARD_STATUSES } from './osh-person-113.ts';

// The unit review's own field schemas, so both files read years and dates alike.
const rocYear = review.shape.selectionYear;
const isoDate = review.shape.reviewDate;
const awardYear = award.shape.year;

export const person = z
  .object({
    /** 單位. */
    unit: z.string().optional(),
    /** 所在地. */
    location: z.string().optional(),
    /** 姓名. */
    name: z.string().optional(),
    /** 職稱. */
    title: z.string().optional(),
    /** 電話. */
    phone: z.string().optional(),
    /** 性別, as written. */
    gender: z.string().optional(),
    /** 年齡 in years (checked: a positive integer). */
    age: z.number().finite().optional(),
    /** 地址. */
    address: z.string().optional(),
  })
  .strict();

export const achievement = z
  .object({
    /** 優良事蹟, as the nominee wrote it. */
    text: z.string().optional(),
    /** 初審評語. */
    comment: z.string().optional(),
  })
  .strict();

export const priorAward = z.object({ type: z.string(), year: awardYear }).strict();

export const personnelReview = z
  .object({
    form: z.literal(PERSONNEL_FORM_ID),
    /** The selection year, 民國. */
    selectionYear: rocYear,
    reviewDate: z.optional(isoDate),
    reviewId: z.string().optional(),
    /** 初審單位. */
    reviewUnit: z.string().optional(),
    person: person,
    /** 要點 六(二): 推薦 or 自薦, by whom, and (自薦) the employer's consent. */
    nomination: z
      .object({
        route: z.enum(NOMINATION_ROUTES),
        nominator: z.string().optional(),
        employerConsent: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** 優良事蹟 and 初審評語 by criterion id "1" … "7" (要點 五). */
    achievements: z.partialRecord(z.enum(CRITERION_IDS), achievement),
    /** 備註: earlier 優良人員 awards. */
    priorAwards: z
      .object({
        status: z.enum(PRIOR_AWARD_STATUSES),
        awards: z.array(priorAward).optional(),
        otherText: z.string().optional(),
      })
      .strict()
      .optional(),
    /** 初審結果; `award` is the one recommended with 初審通過. */
    result: z
      .object({
        decision: z.enum(PERSON_DECISIONS).optional(),
        award: z.string().optional(),
        otherText: z.string().optional(),
      })
      .strict()
      .optional(),
    /** 現場評鑑人員. */
    panel: z.array(panelMember).optional(),
  })
  .strict();

export type PersonnelReview = z.infer<typeof personnelReview>;
export type Person = z.infer<typeof person>;

export type PersonnelParseResult =
  | { readonly ok: true; readonly review: PersonnelReview }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** An unknown key under 優良事蹟 is named as a criterion number of 要點 五; other issues get the review's words. */
function achievementKeys(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 1 && issue.path[0] === 'achievements') {
    return `不認得的條件編號：${issue.keys.join('、')}；優良事蹟依要點 五編為 "1" 至 "7"。`;
  }
  return undefined;
}

/** Validates a parsed JSON value as a personnel review. */
export function parsePersonnelReview(json: unknown): PersonnelParseResult {
  const parsed = personnelReview.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, review: parsed.data };
  return {
    ok: false,
    problems: inputProblemsOf(parsed.error.issues, achievementKeys),
  };
}
