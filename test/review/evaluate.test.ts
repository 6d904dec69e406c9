/**
 * A review as untrusted JSON: schema problems by path, the rubric id, item
 * answers and 自評 ticks, and the example file end to end.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateReview, parseReview, type InputProblem } from '../../src/review/evaluate.ts';
import { allItemsBest, candidateWith, reviewWith } from '../builders/review.ts';

const EXAMPLE = join(import.meta.dirname, '../../examples/review-113.json');

function problemsOf(json: unknown): readonly InputProblem[] {
  const r = evaluateReview(json);
  if (r.ok) throw new Error('accepted');
  return r.problems;
}

function paths(json: unknown): string[] {
  return problemsOf(json).map((p) => p.path);
}

/** A review as plain JSON, to be broken by a test. */
function json(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(reviewWith())) as Record<string, unknown>;
}

describe('schema problems are listed by path', () => {
  it('a missing required field', () => {
    const j = json();
    delete j.selectionYear;
    const p = problemsOf(j);
    expect(p.map((x) => x.path)).toEqual(['selectionYear']);
    // The type in words a reviewer reads, not zod's "number".
    expect(p[0]!.message).toBe('缺少必填欄位（應為數字）');
  });

  it('a wrong type, named in words', () => {
    const p = problemsOf({ ...json(), reviewDate: 20240415 });
    expect(p.map((x) => `${x.path}：${x.message}`)).toEqual(['reviewDate：型別不符：應為文字']);
  });

  it('a date that does not exist and a date in the wrong format', () => {
    expect(problemsOf({ ...json(), reviewDate: '2024-02-30' })).toEqual([{ path: 'reviewDate', message: '不是存在的日期', problem: { code: 'json-rule', params: { rule: 'date-real' } } }]);
    const wrong = problemsOf({ ...json(), reviewDate: '113.04.15' });
    expect(wrong.map((x) => x.path)).toEqual(['reviewDate']);
    expect(wrong[0]!.message).toContain('YYYY-MM-DD');
  });

  it('a nested figure, a level not in the list and an unknown field, all at once', () => {
    const j = json();
    j.candidate = { ...candidateWith(), rates: { own: { '110': { fr: -1, sr: 0 } } }, colour: 'red' };
    j.items = { '1.1': { level: 'A' } };
    const p = problemsOf(j);
    expect(p.map((x) => x.path).sort()).toEqual(['candidate', 'candidate.rates.own.110.fr', 'items.1.1.level'].sort());
    const byPath = Object.fromEntries(p.map((x) => [x.path, x.message]));
    expect(byPath['candidate']).toContain('colour');
    expect(byPath['candidate.rates.own.110.fr']).toContain('負數');
    expect(byPath['items.1.1.level']).toContain('"優"');
    expect(byPath['items.1.1.level']).toContain('"N/A"');
  });

  it('a wrong type at the root or in an award', () => {
    expect(paths([])).toEqual(['(根)']);
    const j = json();
    j.candidate = { ...candidateWith(), awards: [{ type: '金獎', year: 112 }] };
    expect(paths(j)).toEqual(['candidate.awards.0.type']);
  });

  it('a selection year that is not a whole 民國 year', () => {
    expect(paths({ ...json(), selectionYear: 113.5 })).toEqual(['selectionYear']);
    expect(paths({ ...json(), selectionYear: 2024 })).toEqual(['selectionYear']);
  });
});

describe('the rubric id', () => {
  it('an unknown rubric is refused, naming the ones known', () => {
    const p = problemsOf({ ...json(), rubric: 'osh-unit-200' });
    expect(p).toHaveLength(1);
    expect(p[0]!.path).toBe('rubric');
    expect(p[0]!.message).toContain('osh-unit-200');
    expect(p[0]!.message).toContain('osh-unit-113');
  });

  it('an unknown rubric is reported along with the schema problems', () => {
    const p = problemsOf({ ...json(), rubric: 'osh-unit-200', reviewDate: 'soon' });
    expect(p.map((x) => x.path).sort()).toEqual(['reviewDate', 'rubric']);
  });

  it('parseReview gives the rubric for a known id', () => {
    const r = parseReview(json());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.rubric.id).toBe('osh-unit-113');
  });
});

describe('item answers and 自評', () => {
  it('an unknown item id is refused at items.<id>, naming the id', () => {
    const p = problemsOf(reviewWith({ items: { '9.9': { level: '優' } } }));
    expect(p.map((x) => x.path)).toEqual(['items.9.9']);
    expect(p[0]!.message).toContain('9.9');
  });

  it('every invalid answer is listed at its path', () => {
    const p = problemsOf(reviewWith({ items: { '2.3': { level: '良', points: 1.5 }, '7.3': { count: -1 }, '1.4': { level: '優' } } }));
    expect(p.map((x) => x.path).sort()).toEqual(['items.1.4', 'items.2.3', 'items.7.3']);
    expect(p.find((x) => x.path === 'items.2.3')!.message).toContain('2.0');
  });

  it('自評 with a level the item lacks is refused, naming the levels it has', () => {
    const p = problemsOf(reviewWith({ selfAssessment: { '1.4': '優' } }));
    expect(p).toMatchObject([{ path: 'selfAssessment.1.4', message: expect.stringContaining('可、良') as unknown as string, problem: { code: 'self-unknown-level' } }]);
    expect(p[0]!.message).toContain('1.4');
    expect(paths(reviewWith({ selfAssessment: { '7.2': '可' } }))).toEqual(['selfAssessment.7.2']);
  });

  it('自評 of an unknown item is refused', () => {
    const p = problemsOf(reviewWith({ selfAssessment: { '0.1': '可' } }));
    expect(p.map((x) => x.path)).toEqual(['selfAssessment.0.1']);
    expect(p[0]!.message).toContain('0.1');
  });

  it('自評 with a level the item has is accepted', () => {
    expect(evaluateReview(reviewWith({ selfAssessment: { '1.4': '良', '7.1': '優', '7.4': '可' } })).ok).toBe(true);
  });

  it('problems with answers and with 自評 are listed together', () => {
    const p = problemsOf(reviewWith({ items: { '9.9': { points: 1 } }, selfAssessment: { '1.4': '優' } }));
    expect(p.map((x) => x.path).sort()).toEqual(['items.9.9', 'selfAssessment.1.4']);
  });

  it('answer problems are listed along with schema problems elsewhere', () => {
    const j = { ...json(), reviewDate: '2024-13-01', items: { '2.4': { level: '良', points: 2 } } };
    expect(paths(j).sort()).toEqual(['items.2.4', 'reviewDate']);
  });

  it('a bad 統一編號 does not make the review invalid', () => {
    expect(evaluateReview(reviewWith({ candidate: candidateWith({ ubn: '12345678' }) })).ok).toBe(true);
  });
});

describe('evaluation', () => {
  it('the example file evaluates to the hand-computed score', () => {
    const r = evaluateReview(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { score, eligibility } = r.evaluation;
    // 一: 1.1 優 3 of 7 (1.4 N/A) → 3 / 7 × 8 = 24/7; 二: 2.3 1.8 + 2.5 2.5 = 4.3 of 20 → 4.3;
    // 三: 3.2 scored 0; 七: 7.2 count 5 → 2 of 20 → 2.
    expect(score.sections.map((s) => s.applicable)).toEqual([7, 20, 20, 12, 10, 10, 20]);
    expect(score.sections[0]!.weighted).toBeCloseTo(24 / 7, 12);
    expect(score.sections[1]!.weighted).toBeCloseTo(4.3, 12);
    expect(score.sections[6]!.weighted).toBeCloseTo(2, 12);
    expect(score.total).toBeCloseTo(24 / 7 + 6.3, 12);
    expect(score.complete).toBe(false);
    expect(score.unscored).toHaveLength(28);
    // 35 contractors: figures with contractors (1.9/120.3, 0.2/50.3, 0.15/5.8) all below 2.1/150.
    expect(eligibility.status).toBe('eligible');
    expect(eligibility.findings).toEqual([]);
    // 優良獎 in 111 and 112 for 113.
    expect(eligibility.fiveStarPath).toBe(true);
  });

  it('a full review built with the builders: 99.5 and eligible', () => {
    const r = evaluateReview(reviewWith({ items: allItemsBest() }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.evaluation.score.total).toBeCloseTo(99.5, 9);
    expect(r.evaluation.score.complete).toBe(true);
    expect(r.evaluation.eligibility.status).toBe('eligible');
  });

  it('an ineligible candidate is still a valid review', () => {
    const r = evaluateReview(reviewWith({ candidate: candidateWith({ majorDisaster: true }) }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.evaluation.eligibility.status).toBe('ineligible');
  });
});
