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
import { problem as coded, ROOT_PATH, schemaRuleOf, type Problem } from './problem.ts';
import { inputProblem, review as reviewSchema, type InputProblem, type Review } from './schema.ts';

// One problem type for a review's input, by JSON path ("candidate.rates.own.110.fr"): the schema's.
export type { InputProblem } from './schema.ts';

export type ParseResult =
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** A schema issue, coded: the shapes' own (missing, wrong type, unknown keys, not in the list), or one of the schema's rules. */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? coded('json-missing', { expected: issue.expected }) : coded('json-type', { expected: issue.expected });
    case 'unrecognized_keys':
      return coded('json-unknown-keys', { keys: issue.keys });
    case 'invalid_value':
      return coded('json-not-allowed', { values: issue.values.map((v) => JSON.stringify(v)) });
    default: {
      const rule = schemaRuleOf(issue.message);
      return rule ? coded('json-rule', { rule }) : coded('json-other', { message: issue.message });
    }
  }
}

/** A schema issue at its JSON path (ROOT_PATH for the whole). */
export function issueInputProblem(issue: z.core.$ZodIssue, problem: Problem = issueProblem(issue)): InputProblem {
  return inputProblem(issue.path.join('.') || ROOT_PATH, problem);
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
    : parsed.error.issues.map((issue) => issueInputProblem(issue));
  const rubricId = parsed.success ? parsed.data.rubric : rubricIdOf(json);
  const rubric = rubricId === undefined ? undefined : findRubric(rubricId);
  if (rubricId !== undefined && !rubric) {
    problems.push(inputProblem('rubric', coded('rubric-unknown', { value: rubricId, rubrics: Object.keys(RUBRICS), at: 'json' })));
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
  return inputProblem(`items.${p.itemId}`, p.problem);
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
    if (!item) problems.push(inputProblem(`selfAssessment.${id}`, coded('self-unknown-item', { item: id })));
    else if (!item.levels.some((l) => l.label === level)) {
      problems.push(inputProblem(`selfAssessment.${id}`, coded('self-unknown-level', { item: id, level, levels: item.levels.map((l) => l.label) })));
    }
  }
  return problems;
}
