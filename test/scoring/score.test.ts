/**
 * The weighted total: 可評得點數 / 可評總點數 × 100 × weight per section,
 * with hand-computed numbers.
 */
import { describe, it, expect } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Answer } from '../../src/review/schema.ts';
import { scoreAnswers, weightedScore, type Score } from '../../src/scoring/score.ts';
import { allItems, allItemsAt, allItemsBest, without } from '../builders/review.ts';
import { ITEM_IDS } from '../builders/rubric-table.ts';

function score(answers: Record<string, Answer>): Score {
  const r = scoreAnswers(oshUnit113, answers);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.score;
}

function section(s: Score, id: string) {
  const found = s.sections.find((x) => x.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('section weighted score', () => {
  it('section 1 with 1.4 N/A: applicable 7.0, full marks give the whole weight (8)', () => {
    const s = score({ '1.1': { level: '優' }, '1.2': { level: '優' }, '1.3': { level: '優' }, '1.4': { level: 'N/A' } });
    expect(section(s, '1')).toEqual({ id: '1', earned: 7, applicable: 7, weighted: 8 });
  });

  it('section 1 with 1.4 N/A and mixed levels: 5.5 / 7 × 100 × 0.08 = 6.2857142857…', () => {
    const s = score({ '1.1': { level: '可' }, '1.2': { level: '良' }, '1.3': { level: '優' }, '1.4': { level: 'N/A' } });
    const s1 = section(s, '1');
    expect(s1.earned).toBeCloseTo(5.5, 12);
    expect(s1.applicable).toBe(7);
    expect(s1.weighted).toBeCloseTo(6.285714285714286, 12);
  });

  it('section 1 without N/A: applicable 8, weighted equals earned', () => {
    const s = score({ '1.1': { level: '良' }, '1.2': { level: '可' }, '1.3': { level: '良' }, '1.4': { level: '良' } });
    expect(section(s, '1').applicable).toBe(8);
    expect(section(s, '1').earned).toBeCloseTo(6, 12); // 2.5 + 0.5 + 2.0 + 1.0
    expect(section(s, '1').weighted).toBeCloseTo(6, 12);
  });

  it('section 2 with 2.3 and 2.6 N/A: 9.1 / 13 × 100 × 0.20 = 14', () => {
    const s = score({
      '2.1': { level: '優' }, // 3
      '2.2': { level: '良' }, // 2.5
      '2.3': { level: 'N/A' },
      '2.4': { level: '良', points: 2.6 },
      '2.5': { points: 1 }, // 可
      '2.6': { level: 'N/A' },
    });
    const s2 = section(s, '2');
    expect(s2.applicable).toBe(13);
    expect(s2.earned).toBeCloseTo(9.1, 12);
    expect(s2.weighted).toBeCloseTo(14, 12);
  });

  it('section 4 with only 4.1 applicable: 3 / 4 × 100 × 0.12 = 9', () => {
    const s = score({ '4.1': { level: '良' }, '4.2': { level: 'N/A' }, '4.3': { level: 'N/A' }, '4.4': { level: 'N/A' }, '4.5': { level: 'N/A' } });
    expect(section(s, '4')).toMatchObject({ earned: 3, applicable: 4 });
    expect(section(s, '4').weighted).toBeCloseTo(9, 12);
  });

  it('section 7 with 7.1 N/A: counts and levels over 10 applicable', () => {
    // 7.2 count 5 → 2.0; 7.3 count 3 → 1.0; 7.4 可 2.0: earned 5 of 10 → 5 / 10 × 100 × 0.2 = 10.
    const s = score({ '7.1': { level: 'N/A' }, '7.2': { count: 5 }, '7.3': { count: 3 }, '7.4': { level: '可' } });
    expect(section(s, '7')).toEqual({ id: '7', earned: 5, applicable: 10, weighted: 10 });
  });

  it('weightedScore is 0 when nothing is applicable', () => {
    expect(weightedScore(0, 0, 0.2)).toBe(0);
    expect(weightedScore(3, 6, 0.2)).toBeCloseTo(10, 12);
  });
});

describe('a section all N/A', () => {
  const answers = { ...allItemsBest(), '4.1': { level: 'N/A' }, '4.2': { level: 'N/A' }, '4.3': { level: 'N/A' }, '4.4': { level: 'N/A' }, '4.5': { level: 'N/A' } } as Record<string, Answer>;

  it('scores 0 with nothing applicable', () => {
    expect(section(score(answers), '4')).toEqual({ id: '4', earned: 0, applicable: 0, weighted: 0 });
  });

  it('puts a warning naming the section in the score result', () => {
    const s = score(answers);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]!.code).toBe('section-not-applicable');
    expect(s.warnings[0]!.sectionId).toBe('4');
    expect(s.warnings[0]!.message).toContain('四');
  });

  it('leaves the other sections alone: total 87.5 (8 + 20 + 19.5 + 10 + 10 + 20)', () => {
    const s = score(answers);
    expect(s.total).toBeCloseTo(87.5, 9);
    expect(s.complete).toBe(true);
  });

  it('no warning when only some items of a section are N/A', () => {
    expect(score({ ...allItemsBest(), '4.1': { level: 'N/A' } }).warnings).toEqual([]);
  });

  it('every item N/A: total 0 and a warning for each of the seven sections', () => {
    const s = score(allItems({ level: 'N/A' }));
    expect(s.total).toBe(0);
    expect(s.complete).toBe(true);
    expect(s.warnings.map((w) => w.sectionId)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('totals', () => {
  it('every item at its best: 99.5 (3.6 can only reach 1.5 of its 2.0), complete', () => {
    const s = score(allItemsBest());
    expect(s.total).toBeCloseTo(99.5, 9);
    expect(section(s, '3').earned).toBeCloseTo(19.5, 12);
    expect(s.complete).toBe(true);
    expect(s.unscored).toEqual([]);
    expect(s.pending).toEqual([]);
  });

  it('every item at 可 where it has one: 44, with 7.1–7.3 (no 可) unscored', () => {
    // 一 4.5, 二 8.5 (2.3 可 at its top 1.5), 三 11, 四 6, 五 5, 六 7, 七 2.
    const s = score(allItemsAt('可'));
    expect(s.sections.map((x) => x.earned)).toEqual([4.5, 8.5, 11, 6, 5, 7, 2].map((n) => expect.closeTo(n, 12)));
    expect(s.total).toBeCloseTo(44, 9);
    expect(s.complete).toBe(false);
    expect(s.unscored).toEqual(['7.1', '7.2', '7.3']);
  });

  it('nothing answered: total 0, every item unscored in rubric order', () => {
    const s = score({});
    expect(s.total).toBe(0);
    expect(s.complete).toBe(false);
    expect(s.unscored).toEqual(ITEM_IDS);
    expect(s.sections.map((x) => x.applicable)).toEqual([8, 20, 20, 12, 10, 10, 20]);
  });
});

describe('incomplete reviews', () => {
  const s = score({
    ...without(allItemsBest(), '1.2'),
    '2.3': { level: '良' },
    '2.4': { level: '優' },
    '7.2': { level: '優' },
  });

  it('lists unscored and pending items in rubric order', () => {
    expect(s.unscored).toEqual(['1.2']);
    expect(s.pending).toEqual(['2.3', '2.4', '7.2']);
    expect(s.complete).toBe(false);
  });

  it('counts unscored and pending items 0 but keeps them applicable', () => {
    expect(section(s, '1')).toEqual({ id: '1', earned: 6.5, applicable: 8, weighted: 6.5 });
    // 2.1 3 + 2.2 3 + 2.5 3 + 2.6 4 = 13 of 20.
    expect(section(s, '2').earned).toBeCloseTo(13, 12);
    expect(section(s, '2').applicable).toBe(20);
    // 7.1 10 + 7.3 2 + 7.4 5 = 17 of 20.
    expect(section(s, '7').earned).toBeCloseTo(17, 12);
  });

  it('marks each item with its state', () => {
    const states = Object.fromEntries(s.items.map((i) => [i.id, i.state]));
    expect(states['1.2']).toBe('unscored');
    expect(states['2.3']).toBe('pending');
    expect(states['1.1']).toBe('scored');
  });

  it('a single pending item makes an otherwise full review incomplete', () => {
    const one = score({ ...allItemsBest(), '2.5': { level: '良' } });
    expect(one.complete).toBe(false);
    expect(one.unscored).toEqual([]);
    expect(one.pending).toEqual(['2.5']);
  });
});

describe('count items in the total', () => {
  const cases: readonly (readonly [number, number, number])[] = [
    [0, 0, 0],
    [1, 0, 0],
    [2, 1, 1],
    [3, 1, 1],
    [5, 2, 2],
    [6, 3, 2],
    [7, 3, 2],
    [100, 3, 2],
  ];
  it.each(cases)('count %s: 7.2 earns %s, 7.3 earns %s', (count, p72, p73) => {
    const s = score({ '7.2': { count }, '7.3': { count } });
    const items = Object.fromEntries(s.items.map((i) => [i.id, i]));
    expect(items['7.2']!.earned).toBe(p72);
    expect(items['7.3']!.earned).toBe(p73);
    expect(items['7.2']!.level).toBe(p72 > 0 ? '優' : null);
    expect(section(s, '7').earned).toBe(p72 + p73);
    expect(s.total).toBeCloseTo(p72 + p73, 12);
  });
});
