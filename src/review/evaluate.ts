/**
 * A review from untrusted JSON to its score and eligibility, with every
 * problem listed by where it is and what is allowed.
 */
import type { z } from 'zod';
import { checkEligibility, type Eligibility } from '../eligibility/eligibility.ts';
import { findItem, findRubric, RUBRICS } from '../rubric/registry.ts';
import type { Rubric } from '../rubric/types.ts';
import { scoreAnswers, type Score } from '../scoring/score.ts';
import { review as reviewSchema, type Review } from './schema.ts';

/** A problem with the input, located by its JSON path ("candidate.rates.own.110.fr"). */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少必填欄位（應為 ${issue.expected}）` : `型別不符：應為 ${issue.expected}`;
    case 'unrecognized_keys':
      return `不認得的欄位：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `值不在允許範圍內，可用：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    default:
      return issue.message;
  }
}

/** Validates a parsed JSON value as a review of a known rubric. */
export function parseReview(json: unknown): ParseResult {
  const parsed = reviewSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(根)', message: issueMessage(issue) })),
    };
  }
  const rubric = findRubric(parsed.data.rubric);
  if (!rubric) {
    return {
      ok: false,
      problems: [{ path: 'rubric', message: `不認得的評分表「${parsed.data.rubric}」，可用：${Object.keys(RUBRICS).join('、')}` }],
    };
  }
  return { ok: true, review: parsed.data, rubric };
}

export interface Evaluation {
  readonly review: Review;
  readonly rubric: Rubric;
  readonly score: Score;
  readonly eligibility: Eligibility;
}

export type EvaluationResult =
  | { readonly ok: true; readonly evaluation: Evaluation }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** Parses, scores and judges a review; every invalid answer is listed. */
export function evaluateReview(json: unknown): EvaluationResult {
  const parsed = parseReview(json);
  if (!parsed.ok) return parsed;
  const { review, rubric } = parsed;
  const scored = scoreAnswers(rubric, review.items);
  if (!scored.ok) {
    return { ok: false, problems: scored.problems.map((p) => ({ path: `items.${p.itemId}`, message: p.message })) };
  }
  const selfProblems = selfAssessmentProblems(rubric, review);
  if (selfProblems.length > 0) return { ok: false, problems: selfProblems };
  const eligibility = checkEligibility(review);
  return { ok: true, evaluation: { review, rubric, score: scored.score, eligibility } };
}

/** 自評 ticks must name a known item and a level it has. */
function selfAssessmentProblems(rubric: Rubric, review: Review): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [id, level] of Object.entries(review.selfAssessment ?? {})) {
    const item = findItem(rubric, id);
    if (!item) problems.push({ path: `selfAssessment.${id}`, message: `沒有項目 ${id}` });
    else if (!item.levels.some((l) => l.label === level)) {
      problems.push({
        path: `selfAssessment.${id}`,
        message: `項目 ${id} 沒有「${level}」等第，可選：${item.levels.map((l) => l.label).join('、')}`,
      });
    }
  }
  return problems;
}
