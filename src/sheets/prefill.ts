/**
 * A review's values as cell values by defined name: what the writers put in
 * the input cells, and what the reader must give back.
 */
import type { Review } from '../review/schema.ts';
import { resolveAnswer } from '../scoring/answer.ts';
import { itemsOf } from '../rubric/registry.ts';
import type { Rubric } from '../rubric/types.ts';
import {
  AWARD_FIELDS,
  AWARDS_NONE_FIELD,
  BASIC_FIELDS,
  CONCERN_FIELDS,
  CONSTRUCTION_FIELDS,
  ELIGIBILITY_FIELDS,
  IMAGE_FIELDS,
  OPINION_FIELDS,
  PANEL_FIELDS,
  RESULT_DECISIONS,
  toCell,
  YES,
  NO,
  type InputField,
  type JsonPath,
} from './fields.ts';
import { hasPointsInput, itemNames, NOT_APPLICABLE, NOT_MET, type ScoringValues } from './scoring.ts';
import type { CellValue } from './types.ts';

/** Reads a path of a plain JSON value; undefined where it stops. */
export function getPath(value: unknown, path: JsonPath): unknown {
  let v: unknown = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Every simple field: what the reader reads back one cell at a time. */
export const SIMPLE_FIELDS: readonly InputField[] = [
  ...BASIC_FIELDS,
  ...CONSTRUCTION_FIELDS,
  ...IMAGE_FIELDS,
  ...OPINION_FIELDS,
  ...ELIGIBILITY_FIELDS,
  ...PANEL_FIELDS.flatMap((m) => [m.name, m.organisation, m.title]),
  ...AWARD_FIELDS.flatMap((a) => [a.type, a.year]),
];

/**
 * Every input of a review by defined name: the fields of 基本資料 and 資格審查
 * and each item's 等第, 得分 (band items), 數量 (count items) and 自評.
 */
export function reviewInputNames(rubric: Rubric): string[] {
  const names = [...SIMPLE_FIELDS, ...CONCERN_FIELDS, AWARDS_NONE_FIELD].map((f) => f.name);
  for (const item of itemsOf(rubric)) {
    const n = itemNames(item);
    names.push(n.level);
    if (hasPointsInput(item)) names.push(n.points);
    if (item.count) names.push(n.count);
    names.push(n.self);
  }
  return names;
}

/** The cell values of a review, by defined name (answers excluded). */
export function reviewPrefill(review: Review): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  const y = review.selectionYear;
  for (const field of SIMPLE_FIELDS) {
    let v = getPath(review, field.path(y));
    if (field.name === 'result_decision' && typeof v === 'string') v = RESULT_DECISIONS[v as keyof typeof RESULT_DECISIONS];
    const cell = toCell(field.kind, v);
    if (cell !== null) out[field.name] = cell;
  }
  if (review.candidate.awards?.length === 0) out[AWARDS_NONE_FIELD.name] = YES;
  const concerns = review.candidate.laborConditionConcerns;
  if (concerns !== undefined) {
    for (const field of CONCERN_FIELDS) out[field.name] = concerns.includes(field.path(y).at(-1) as never) ? YES : NO;
  }
  return out;
}

/** The 評分 inputs of a review, by item id, in the canonical form the reader gives back. */
export function reviewScoringValues(rubric: Rubric, review: Review): Record<string, ScoringValues> {
  const out: Record<string, ScoringValues> = {};
  for (const item of itemsOf(rubric)) {
    const self = review.selfAssessment?.[item.id] ?? null;
    const resolved = resolveAnswer(item, review.items[item.id]);
    let v: ScoringValues = {};
    if (resolved.ok) {
      const r = resolved.value;
      if (r.state === 'na') v = { level: NOT_APPLICABLE };
      else if (r.state === 'pending') v = { level: r.level };
      else if (r.state === 'scored') {
        if (r.count !== undefined) v = { count: r.count };
        else if (r.level === null) v = { level: NOT_MET };
        else v = item.levels.find((l) => l.label === r.level)!.scoring.kind === 'band' ? { level: r.level, points: r.points } : { level: r.level };
      }
    } else {
      // An invalid answer is written as given, so nothing typed is lost; the sheet's check column shows the problem.
      const a = review.items[item.id]!;
      v = { level: a.level === 'N/A' ? NOT_APPLICABLE : (a.level ?? null), points: a.points ?? null, count: a.count ?? null };
    }
    out[item.id] = { ...v, self };
  }
  return out;
}

