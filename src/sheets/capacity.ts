/**
 * What the workbooks can hold. A list longer than its rows would be cut
 * silently by the writers (13 awards kept as 8 turned a 不符 candidate into
 * 符合), so a review that does not fit is refused before anything is
 * written, naming the field and the limit.
 */
import type { PersonnelReview } from '../personnel/schema.ts';
import { problem, problemText, type ListField } from '../review/problem.ts';
import type { Review } from '../review/schema.ts';
import { PERSON_PANEL_ROWS, PRIOR_AWARD_ROWS } from './annex2.ts';
import { AWARD_ROWS, PANEL_ROWS } from './fields.ts';

/** A list that does not fit: its JSON path and what is allowed. */
export interface CapacityProblem {
  readonly path: ListField;
  /** How many the list has, and how many rows the workbook has for it. */
  readonly count: number;
  readonly rows: number;
  /** In zh-TW (the too-many-rows problem worded). */
  readonly message: string;
}

function check(path: ListField, list: readonly unknown[] | undefined, rows: number): CapacityProblem[] {
  const n = list?.length ?? 0;
  if (n <= rows) return [];
  return [{ path, count: n, rows, message: problemText(problem('too-many-rows', { count: n, rows, list: path, detail: '' })) }];
}

/** The lists of a review that do not fit the review workbook (附表一 獲獎紀錄, 現場評鑑人員). */
export function reviewCapacityProblems(review: Review): CapacityProblem[] {
  return [
    ...check('candidate.awards', review.candidate.awards, AWARD_ROWS),
    ...check('panel', review.panel, PANEL_ROWS),
  ];
}

/** The lists of a personnel review that do not fit 附表二 (備註 earlier awards, 現場評鑑人員). */
export function personnelCapacityProblems(review: PersonnelReview): CapacityProblem[] {
  return [
    ...check('priorAwards.awards', review.priorAwards?.awards, PRIOR_AWARD_ROWS),
    ...check('panel', review.panel, PERSON_PANEL_ROWS),
  ];
}
