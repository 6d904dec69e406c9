/**
 * A review from untrusted JSON to its score and eligibility, with every
 * problem listed by where it is and what is allowed.
 */
import type { z } from 'zod';
import { checkEligibility, type Eligibility } from '../eligibility/eligibility.ts';
import { findItem, findRubric, RUBRICS } from '../rubric/registry.ts';
import type { Rubric } from '../rubric/types.ts';
import type { AnswerProblem } from '../scoring/answer.ts';
import { scoreAnswers, type Score } from '../scoring/score.ts';
import { review as reviewSchema, type InputProblem, type Review } from './schema.ts';

// One problem type for a review's input, by JSON path ("candidate.rates.own.110.fr"): the schema's.
export type { InputProblem } from './schema.ts';

export type ParseResult =
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * A schema's issues as input problems by JSON path, in zh-TW (the review's
 * and the 附表二 personnel review's alike). `special` words an issue its
 * schema knows better, or returns undefined for the common words.
 */
export function inputProblemsOf(issues: readonly z.core.$ZodIssue[], special?: (issue: z.core.$ZodIssue) => string | undefined): InputProblem[] {
  return issues.map((issue) => ({ path: issue.path.join('.') || '(根)', message: special?.(issue) ?? issueMessage(issue) }));
}

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rubric id of a value that may not be a valid review, when it has one. */
function rubricIdOf(json: unknown): string | undefined {
  return isRecord(json) && typeof json.rubric === 'string' ? json.rubric : undefined;
}

/**
 * Validates a parsed JSON value as a review of a known rubric. An unknown
 * rubric id is reported along with any schema problems.
 */
export function parseReview(json: unknown): ParseResult {
  const parsed = reviewSchema.safeParse(json, { reportInput: true });
  const problems: InputProblem[] = parsed.success
    ? []
    : inputProblemsOf(parsed.error.issues);
  const rubricId = parsed.success ? parsed.data.rubric : rubricIdOf(json);
  const rubric = rubricId === undefined ? undefined : findRubric(rubricId);
  if (rubricId !== undefined && !rubric) {
    problems.push({ path: 'rubric', message: `不認得的評分表「${rubricId}」，可用：${Object.keys(RUBRICS).join('、')}` });
  }
  if (!parsed.success || !rubric || problems.length > 0) return { ok: false, problems };
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
  if (!parsed.ok) return { ok: false, problems: [...parsed.problems, ...answerProblemsOfRefused(json)] };
  const { review, rubric } = parsed;
  const scored = scoreAnswers(rubric, review.items);
  const problems = [...(scored.ok ? [] : scored.problems.map(answerProblem)), ...selfAssessmentProblems(rubric, review)];
  if (!scored.ok || problems.length > 0) return { ok: false, problems };
  const eligibility = checkEligibility(review);
  return { ok: true, evaluation: { review, rubric, score: scored.score, eligibility } };
}

function answerProblem(p: AnswerProblem): InputProblem {
  return { path: `items.${p.itemId}`, message: p.message };
}

/**
 * The answer and 自評 problems of a review refused for other reasons, so that
 * one run lists every problem: only parts whose shape is valid are checked,
 * so nothing is reported twice.
 */
function answerProblemsOfRefused(json: unknown): InputProblem[] {
  const rubricId = rubricIdOf(json);
  const rubric = rubricId === undefined ? undefined : findRubric(rubricId);
  if (!rubric || !isRecord(json)) return [];
  const problems: InputProblem[] = [];
  const items = reviewSchema.shape.items.safeParse(json.items);
  if (items.success) {
    const scored = scoreAnswers(rubric, items.data);
    if (!scored.ok) problems.push(...scored.problems.map(answerProblem));
  }
  const self = reviewSchema.shape.selfAssessment.safeParse(json.selfAssessment);
  if (self.success) problems.push(...selfAssessmentProblems(rubric, { selfAssessment: self.data }));
  return problems;
}

/** 自評 ticks must name a known item and a level it has. */
function selfAssessmentProblems(rubric: Rubric, review: Pick<Review, 'selfAssessment'>): InputProblem[] {
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
