/**
 * The 定稿 policy, for every host: a review is finalised only when its sheets
 * read without a problem and it is not finalised already; 取消定稿 needs an
 * osh-review workbook. The CLI (ExcelJS) and the add-in (Office.js) ask this
 * before they lock or unlock anything.
 */
import { displayDateTime, readFinalisation, type Finalisation } from '../finalise/digest.ts';
import type { Review } from '../review/schema.ts';
import type { Rubric } from '../rubric/types.ts';
import { META_NAMES } from '../sheets/meta.ts';
import { readReview, type NameLookup } from '../sheets/reader.ts';
import { problem, type Problem } from '../review/problem.ts';
import { cellProblems } from './problems.ts';

export type FinaliseCheck =
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  /** Refused: the cells that cannot be read (each by cell) and the refusal, or the workbook's 定稿 state. */
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly finalisation?: Finalisation };

/** Whether the review in `lookup` may be finalised now. */
export async function checkFinalise(lookup: NameLookup): Promise<FinaliseCheck> {
  if (!lookup(META_NAMES.rubric)) return { ok: false, problems: [problem('not-a-review-workbook', { name: META_NAMES.rubric })] };
  const read = readReview(lookup);
  if (read.problems.length > 0 || !read.review) return { ok: false, problems: [...cellProblems(read.problems), problem('finalise-invalid', { count: read.problems.length })] };
  const before = await readFinalisation(lookup);
  if (before.state !== 'draft') return { ok: false, problems: [problem('finalise-already', { at: displayDateTime(before.at), state: before.state })], finalisation: before };
  return { ok: true, review: read.review, rubric: read.rubric };
}

export type UnfinaliseCheck = { readonly ok: true; readonly rubric: Rubric; readonly before: Finalisation } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Whether `lookup` is a review workbook that 取消定稿 can unlock (one not finalised is written unchanged). */
export async function checkUnfinalise(lookup: NameLookup): Promise<UnfinaliseCheck> {
  if (!lookup(META_NAMES.rubric)) return { ok: false, problems: [problem('not-a-review-workbook', { name: META_NAMES.rubric })] };
  return { ok: true, rubric: readReview(lookup).rubric, before: await readFinalisation(lookup) };
}
