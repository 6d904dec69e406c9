/**
 * Every level and band of all 34 items, against the hand-typed table
 * (test/builders/rubric-table.ts), one answer at a time.
 */
import { describe, it, expect } from 'vitest';
import { findItem } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Item, LevelLabel } from '../../src/rubric/types.ts';
import type { Answer } from '../../src/review/schema.ts';
import { resolveAnswer, type AnswerResult } from '../../src/scoring/answer.ts';
import { HAND_ITEMS, handBest, printed, type HandItem } from '../builders/rubric-table.ts';

function rubricItem(id: string): Item {
  const item = findItem(oshUnit113, id);
  if (!item) throw new Error(`rubric lacks ${id}`);
  return item;
}

function resolve(id: string, answer: Answer | undefined): AnswerResult {
  return resolveAnswer(rubricItem(id), answer);
}

function expectScored(result: AnswerResult, level: LevelLabel | null, points: number): void {
  expect(result.ok, result.ok ? '' : result.problem.message).toBe(true);
  if (!result.ok) return;
  expect(result.value.state).toBe('scored');
  if (result.value.state !== 'scored') return;
  expect(result.value.level).toBe(level);
  expect(result.value.points).toBe(points);
}

function expectRefused(result: AnswerResult, id: string, ...mentions: string[]): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problem.itemId).toBe(id);
  expect(result.problem.message).toContain(id);
  for (const m of mentions) expect(result.problem.message).toContain(m);
}

/** The label of the level printed just before `label`, or null for the first level. */
function previousLabel(item: HandItem, label: LevelLabel): LevelLabel | null {
  const i = item.levels.findIndex((l) => l.label === label);
  return i > 0 ? item.levels[i - 1]!.label : null;
}

const ALL_LABELS: readonly LevelLabel[] = ['可', '良', '優'];

describe('the hand table matches the rubric in shape', () => {
  it('has the same 34 item ids in the same order', () => {
    expect(HAND_ITEMS.map((i) => i.id)).toEqual(oshUnit113.sections.flatMap((s) => s.items.map((i) => i.id)));
    expect(HAND_ITEMS).toHaveLength(34);
  });
});

describe.each(HAND_ITEMS.map((i) => [i.id, i] as const))('item %s', (id, item) => {
  it('0 points: scored, no level met', () => {
    expectScored(resolve(id, { points: 0 }), null, 0);
  });

  it('N/A: not applicable', () => {
    expect(resolve(id, { level: 'N/A' })).toEqual({ ok: true, value: { state: 'na' } });
  });

  it('no answer: unscored', () => {
    expect(resolve(id, undefined)).toEqual({ ok: true, value: { state: 'unscored' } });
  });

  it('refuses negative points and points above its best level', () => {
    expectRefused(resolve(id, { points: -0.5 }), id);
    expectRefused(resolve(id, { points: handBest(item) + 0.5 }), id);
    expectRefused(resolve(id, { points: handBest(item) + 1e-6 }), id);
  });

  const missing = ALL_LABELS.filter((l) => !item.levels.some((h) => h.label === l));
  if (missing.length > 0) {
    it.each(missing)('has no level %s: refused, naming the levels it has', (label) => {
      const r = resolve(id, { level: label });
      expectRefused(r, id, `「${label}」`, ...item.levels.map((l) => l.label));
      if (!r.ok) expect(r.problem.code).toBe('unknown-level');
      expectRefused(resolve(id, { level: label, points: handBest(item) }), id, `「${label}」`);
    });
  }

  for (const level of item.levels) {
    if (level.kind === 'fixed') {
      const p = level.points;
      describe(`${level.label} (fixed ${printed(p)})`, () => {
        it('the level alone is worth exactly its points', () => {
          expectScored(resolve(id, { level: level.label }), level.label, p);
        });
        it('the level with its exact points is accepted', () => {
          expectScored(resolve(id, { level: level.label, points: p }), level.label, p);
        });
        it('the points alone map to the level', () => {
          expectScored(resolve(id, { points: p }), level.label, p);
        });
        it.each([p + 0.1, p - 0.1, p + 0.01, p - 0.01, p + 1e-6])('the level with %s points is refused', (off) => {
          const r = resolve(id, { level: level.label, points: off });
          expectRefused(r, id, printed(p), `「${level.label}」`);
          if (!r.ok) expect(r.problem.code).toBe('points-out-of-band');
        });
      });
    } else {
      const { lo, hi } = level;
      const inside = item.count ? (lo + 1 < hi ? lo + 1 : hi) : (lo + hi) / 2;
      describe(`${level.label} (band ${printed(lo)} < p ≤ ${printed(hi)})`, () => {
        it('the lower bound is refused with the level (exclusive)', () => {
          const r = resolve(id, { level: level.label, points: lo });
          expectRefused(r, id, printed(lo), printed(hi));
          if (!r.ok) expect(r.problem.code).toBe('points-out-of-band');
        });
        it('the upper bound is accepted (inclusive)', () => {
          expectScored(resolve(id, { level: level.label, points: hi }), level.label, hi);
        });
        it(`a value inside (${inside}) is accepted`, () => {
          expectScored(resolve(id, { level: level.label, points: inside }), level.label, inside);
        });
        it('just above the upper bound is refused', () => {
          const r = resolve(id, { level: level.label, points: hi + 0.01 });
          expectRefused(r, id, printed(hi));
        });
        it('points alone inside and at the upper bound map to the level', () => {
          expectScored(resolve(id, { points: inside }), level.label, inside);
          expectScored(resolve(id, { points: hi }), level.label, hi);
        });
        it('points alone at the lower bound belong to the level before (or to none)', () => {
          const before = previousLabel(item, level.label);
          expectScored(resolve(id, { points: lo }), before, lo);
        });
        it('the level without points is pending, not invalid', () => {
          expect(resolve(id, { level: level.label })).toEqual({ ok: true, value: { state: 'pending', level: level.label } });
        });
        if (!item.count) {
          it('just above the lower bound is accepted', () => {
            expectScored(resolve(id, { level: level.label, points: lo + 0.01 }), level.label, lo + 0.01);
          });
        }
      });
    }
  }

  if (item.levels.every((l) => l.kind === 'fixed')) {
    it('points alone that are no level are refused, listing what is allowed', () => {
      const allowed = item.levels.map((l) => (l.kind === 'fixed' ? printed(l.points) : ''));
      for (const level of item.levels) {
        if (level.kind !== 'fixed') continue;
        for (const off of [level.points + 0.1, level.points - 0.1]) {
          const r = resolve(id, { points: off });
          expectRefused(r, id, ...allowed);
          if (!r.ok) expect(r.problem.code).toBe('points-not-allowed');
        }
      }
    });
  }
});

/**
 * The three band items of section 2, typed straight from the issue:
 * 2.3 可 (0,1.5], 良 (1.5,2.0], 優 (2.0,3.0];
 * 2.4 可 2.0, 良 (2.0,3.0], 優 (3.0,4.0];
 * 2.5 可 1.0, 良 (1.0,2.0], 優 (2.0,3.0].
 */
describe('points alone decide the level of the band items', () => {
  const cases: readonly (readonly [string, number, LevelLabel | null | 'refused'])[] = [
    ['2.3', 0, null],
    ['2.3', 0.01, '可'],
    ['2.3', 1.5, '可'],
    ['2.3', 1.51, '良'],
    ['2.3', 2.0, '良'],
    ['2.3', 2.01, '優'],
    ['2.3', 3.0, '優'],
    ['2.3', 3.01, 'refused'],
    ['2.3', -0.01, 'refused'],
    ['2.4', 0, null],
    ['2.4', 1.0, 'refused'],
    ['2.4', 1.99, 'refused'],
    ['2.4', 2.0, '可'],
    ['2.4', 2.01, '良'],
    ['2.4', 3.0, '良'],
    ['2.4', 3.01, '優'],
    ['2.4', 4.0, '優'],
    ['2.4', 4.01, 'refused'],
    ['2.5', 0.5, 'refused'],
    ['2.5', 1.0, '可'],
    ['2.5', 1.5, '良'],
    ['2.5', 2.0, '良'],
    ['2.5', 2.5, '優'],
    ['2.5', 3.0, '優'],
    ['2.5', 3.5, 'refused'],
  ];
  it.each(cases)('%s with %s points → %s', (id, points, expected) => {
    const r = resolve(id, { points });
    if (expected === 'refused') expectRefused(r, id);
    else expectScored(r, expected, points);
  });

  const withLevel: readonly (readonly [string, LevelLabel, number, boolean])[] = [
    ['2.3', '可', 1.5, true],
    ['2.3', '良', 1.5, false],
    ['2.3', '良', 2.0, true],
    ['2.3', '優', 2.0, false],
    ['2.3', '優', 3.0, true],
    ['2.4', '可', 2.0, true],
    ['2.4', '可', 2.5, false],
    ['2.4', '良', 2.0, false],
    ['2.4', '良', 3.0, true],
    ['2.4', '優', 3.0, false],
    ['2.4', '優', 3.5, true],
    ['2.5', '可', 1.5, false],
    ['2.5', '良', 1.0, false],
    ['2.5', '良', 1.2, true],
    ['2.5', '優', 2.0, false],
    ['2.5', '優', 2.4, true],
  ];
  it.each(withLevel)('%s %s with %s points: accepted %s', (id, level, points, accepted) => {
    const r = resolve(id, { level, points });
    if (accepted) expectScored(r, level, points);
    else expectRefused(r, id);
  });
});

describe('count items 7.2 and 7.3', () => {
  // 7.2: 每增加二家事業單位，酌給1.0分，最高3.0分; 7.3: 每增加二項活動，酌給1.0分，最高2.0分.
  const counts: readonly (readonly [number, number, number])[] = [
    [0, 0, 0],
    [1, 0, 0],
    [2, 1, 1],
    [3, 1, 1],
    [4, 2, 2],
    [5, 2, 2],
    [6, 3, 2],
    [7, 3, 2],
    [100, 3, 2],
  ];
  it.each(counts)('count %s → 7.2 %s points, 7.3 %s points', (count, p72, p73) => {
    for (const [id, p] of [['7.2', p72], ['7.3', p73]] as const) {
      const r = resolve(id, { count });
      expect(r).toEqual({ ok: true, value: { state: 'scored', level: p > 0 ? '優' : null, points: p, count } });
    }
  });

  it('a count with 優 is accepted when it earns points', () => {
    expectScored(resolve('7.2', { level: '優', count: 4 }), '優', 2);
  });

  it('whole points alone are accepted up to the cap', () => {
    expectScored(resolve('7.2', { points: 1 }), '優', 1);
    expectScored(resolve('7.2', { points: 3 }), '優', 3);
    expectScored(resolve('7.3', { points: 2 }), '優', 2);
  });

  it('points that no count can give are refused', () => {
    expectRefused(resolve('7.2', { points: 1.5 }), '7.2', '3.0', '1.0');
    expectRefused(resolve('7.2', { points: 4 }), '7.2', '3.0');
    expectRefused(resolve('7.3', { points: 3 }), '7.3', '2.0');
    expectRefused(resolve('7.3', { level: '優', points: 0.5 }), '7.3', '2.0');
  });

  it('a count on any other item is refused', () => {
    for (const item of HAND_ITEMS.filter((i) => !i.count)) {
      const r = resolve(item.id, { count: 2 });
      expectRefused(r, item.id);
      if (!r.ok) expect(r.problem.code).toBe('count-not-allowed');
    }
  });
});
