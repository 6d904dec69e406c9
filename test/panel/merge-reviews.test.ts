import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { gatherLines, mergeReviews, PanelMergeError, settlePoints, type PanelInput, type PanelMerge } from '../../src/panel/merge-reviews.ts';
import { evaluateReview } from '../../src/review/evaluate.ts';
import { review as reviewSchema, type Answer, type Candidate, type Review } from '../../src/review/schema.ts';
import { findItem, itemsOf } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { resolveAnswer } from '../../src/scoring/answer.ts';
import { ELIGIBLE_CANDIDATE as CANDIDATE, fullMarks } from '../builders/review.ts';

/**
 * Points below are typed by hand from 附表一: 1.1 可 2.0 / 良 2.5 / 優 3.0;
 * 1.2 可 0.5 / 良 1.0 / 優 1.5; 1.4 可 0.5 / 良 1.0; 2.3 bands 可 ≤1.5, 良 ≤2.0,
 * 優 ≤3.0; 3.2 可 1.0; 7.2 one point per two 事業單位, at most 3.0.
 */


function member(overrides: Partial<Review> = {}, candidate: Partial<Candidate> = {}): Review {
  return reviewSchema.parse({
    rubric: 'osh-unit-113',
    selectionYear: 113,
    reviewDate: '2024-04-15',
    reviewUnit: '新竹市',
    items: {},
    ...overrides,
    candidate: { ...CANDIDATE, ...candidate },
  });
}

function inputs(...reviews: Review[]): PanelInput[] {
  return reviews.map((review, i) => ({ source: `委員${'ABCDE'[i]}.json`, review }));
}

/** Members scoring one item each, every other item left blank. */
function oneItem(id: string, ...answers: (Answer | undefined)[]): PanelInput[] {
  return inputs(...answers.map((a) => member({ items: a ? { [id]: a } : {} })));
}

function merged(list: PanelInput[]): PanelMerge {
  const result = mergeReviews(list);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.merge;
}

function item(m: PanelMerge, id: string) {
  return m.items.find((i) => i.id === id)!;
}

function codes(m: PanelMerge, id: string): string[] {
  return item(m, id).flags.map((f) => f.code);
}


describe('item arithmetic', () => {
  it('1.1 可 2.0 and 優 3.0: mean 2.5, exactly 良; levels differ by two', () => {
    const m = merged(oneItem('1.1', { level: '可' }, { level: '優' }));
    const i = item(m, '1.1');
    expect([i.state, i.mean, i.points, i.level, i.spread]).toEqual(['scored', 2.5, 2.5, '良', 1]);
    expect(i.members.map((x) => [x.source, x.state, x.level, x.points])).toEqual([
      ['委員A.json', 'scored', '可', 2],
      ['委員B.json', 'scored', '優', 3],
    ]);
    expect(codes(m, '1.1')).toEqual(['level-disagreement']);
    expect(m.review.items['1.1']).toEqual({ points: 2.5 });
  });

  it('1.1 可 2.0 and 良 2.5: mean 2.25 is no level, goes half up to 2.5 and is flagged', () => {
    const m = merged(oneItem('1.1', { level: '可' }, { level: '良' }));
    const i = item(m, '1.1');
    expect([i.mean, i.points, i.level, i.spread]).toEqual([2.25, 2.5, '良', 0.5]);
    expect(codes(m, '1.1')).toEqual(['level-disagreement', 'snapped']);
    expect(i.flags[1]!.message).toContain('平均 2.25 分不是本項可給之分數，取最接近之 2.5 分（良）');
  });

  it('1.2 by three: 0.5, 1.0, 1.0 → mean 0.8333, nearest allowed 1.0 (良)', () => {
    const m = merged(oneItem('1.2', { level: '可' }, { level: '良' }, { level: '良' }));
    const i = item(m, '1.2');
    expect(i.mean).toBeCloseTo(0.8333333, 6);
    expect([i.points, i.level, i.spread]).toEqual([1, '良', 0.5]);
    expect(codes(m, '1.2')).toEqual(['level-disagreement', 'snapped']);
  });

  it('agreeing members: no flags, no spread', () => {
    const m = merged(oneItem('1.3', { level: '優' }, { level: '優' }, { points: 2.5 }));
    const i = item(m, '1.3');
    expect([i.mean, i.points, i.level, i.spread, i.flags]).toEqual([2.5, 2.5, '優', 0, []]);
  });

  it('2.3 (bands): 良 1.8 and 優 2.5 → 2.15, inside 優', () => {
    const m = merged(oneItem('2.3', { level: '良', points: 1.8 }, { points: 2.5 }));
    const i = item(m, '2.3');
    expect(i.mean).toBeCloseTo(2.15, 9);
    expect([i.points, i.level]).toEqual([2.15, '優']);
    expect(i.spread).toBe(0.7);
    expect(codes(m, '2.3')).toEqual(['level-disagreement']);
  });

  it('2.3 (bands): 1.7, 1.8, 2.0 → mean 1.8333 kept to 2 decimals, 1.83 良, not flagged as snapped', () => {
    const m = merged(oneItem('2.3', { points: 1.7 }, { points: 1.8 }, { points: 2 }));
    const i = item(m, '2.3');
    expect([i.points, i.level, i.flags]).toEqual([1.83, '良', []]);
  });

  it('7.2 (counted): 5 家 (2.0) and 3 家 (1.0) → mean 1.5, not a step, half up to 2.0', () => {
    const m = merged(oneItem('7.2', { count: 5 }, { count: 3 }));
    const i = item(m, '7.2');
    expect([i.mean, i.points, i.level]).toEqual([1.5, 2, '優']);
    expect(codes(m, '7.2')).toEqual(['snapped']);
    expect(m.review.items['7.2']).toEqual({ points: 2 });
  });

  it('3.2: 0 points (未達) and 可 1.0 → 0.5, half up to 1.0 可; 未達 counts as a level', () => {
    const m = merged(oneItem('3.2', { points: 0 }, { level: '可' }));
    const i = item(m, '3.2');
    expect([i.mean, i.points, i.level]).toEqual([0.5, 1, '可']);
    expect(codes(m, '3.2')).toEqual(['level-disagreement', 'snapped']);
    expect(i.flags[0]!.message).toContain('委員A.json 未達 0.0');
  });

  it('all 未達 stays 0 points with no level', () => {
    const m = merged(oneItem('3.2', { points: 0 }, { points: 0 }));
    expect([item(m, '3.2').points, item(m, '3.2').level]).toEqual([0, null]);
    expect(m.review.items['3.2']).toEqual({ points: 0 });
  });
});

describe('N/A and blanks', () => {
  it('N/A only when every member said N/A', () => {
    const m = merged(oneItem('1.4', { level: 'N/A' }, { level: 'N/A' }));
    const i = item(m, '1.4');
    expect([i.state, i.mean, i.points, i.flags]).toEqual(['na', null, null, []]);
    expect(m.review.items['1.4']).toEqual({ level: 'N/A' });
  });

  it('N/A members are left out of the mean, and the item is flagged', () => {
    const m = merged(oneItem('1.4', { level: 'N/A' }, { level: '良' }, { level: '良' }));
    const i = item(m, '1.4');
    expect([i.state, i.mean, i.points, i.level, i.spread]).toEqual(['scored', 1, 1, '良', 0]);
    expect(codes(m, '1.4')).toEqual(['na-disagreement']);
    expect(i.flags[0]!.message).toContain('委員A.json 標示不適用');
    expect(m.discuss).toEqual(['1.4']);
  });

  it('N/A, 可 and 良 on 1.4: mean of the two scorers 0.75 goes to 1.0', () => {
    const m = merged(oneItem('1.4', { level: 'N/A' }, { level: '可' }, { level: '良' }));
    const i = item(m, '1.4');
    expect([i.mean, i.points, i.level]).toEqual([0.75, 1, '良']);
    expect(codes(m, '1.4')).toEqual(['na-disagreement', 'level-disagreement', 'snapped']);
  });

  it('N/A with a blank member and no scorer is unscored and flagged', () => {
    const m = merged(oneItem('1.4', { level: 'N/A' }, undefined));
    const i = item(m, '1.4');
    expect([i.state, i.points]).toEqual(['unscored', null]);
    expect(codes(m, '1.4')).toEqual(['na-disagreement']);
    expect(m.review.items['1.4']).toBeUndefined();
  });

  it('a blank member is left out of the mean and flagged', () => {
    const m = merged(oneItem('3.1', { level: '優' }, undefined));
    const i = item(m, '3.1');
    expect([i.mean, i.points, i.level]).toEqual([4, 4, '優']);
    expect(codes(m, '3.1')).toEqual(['member-missing']);
    expect(i.flags[0]!.message).toContain('委員B.json 未評');
  });

  it('a band level without points is left out of the mean and flagged', () => {
    const m = merged(oneItem('2.3', { level: '良' }, { points: 1.8 }));
    const i = item(m, '2.3');
    expect([i.mean, i.points, i.level]).toEqual([1.8, 1.8, '良']);
    expect(codes(m, '2.3')).toEqual(['member-missing']);
    expect(i.flags[0]!.message).toContain('委員A.json 良（待填分數）');
  });

  it('an item nobody touched is simply unscored', () => {
    const m = merged(oneItem('1.1', { level: '優' }, { level: '優' }));
    expect([item(m, '5.1').state, item(m, '5.1').flags]).toEqual(['unscored', []]);
  });
});

describe('settlePoints', () => {
  const i11 = findItem(oshUnit113, '1.1')!;
  const i24 = findItem(oshUnit113, '2.4')!;
  it.each([
    [i11, 2.5, 2.5, false],
    [i11, 2.25, 2.5, true],
    [i11, 2.2, 2, true],
    [i11, 2.8, 3, true],
    [i11, 0.9, 0, true],
    [i11, 1, 2, true],
    [i24, 2.5, 2.5, false],
    [i24, 1.2, 2, true],
  ])('%#: mean %s → %s', (it_, mean, points, snapped) => {
    expect(settlePoints(it_, mean as number)).toEqual({ points, snapped });
  });

  it('always gives an allowed value within the members’ range (up to the 2-decimal rounding)', () => {
    const ids = itemsOf(oshUnit113).map((i) => i.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }), (id, seeds) => {
        const it_ = findItem(oshUnit113, id)!;
        // Members' points: an allowed value picked by each seed.
        const allowed = [0, ...it_.levels.map((l) => (l.scoring.kind === 'fixed' ? l.scoring.points : l.scoring.max))];
        const pts = seeds.map((s) => allowed[s % allowed.length]!);
        const mean = pts.reduce((a, b) => a + b, 0) / pts.length;
        const { points } = settlePoints(it_, mean);
        const r = resolveAnswer(it_, { points });
        expect(r.ok && r.value.state).toBe('scored');
        expect(points).toBeGreaterThanOrEqual(Math.min(...pts) - 0.005);
        expect(points).toBeLessThanOrEqual(Math.max(...pts) + 0.005);
      }),
    );
  });
});

describe('refusals', () => {
  it('refuses copies of different candidates, naming the field and each input', () => {
    const result = mergeReviews(inputs(member({}, { name: '甲公司', ubn: '12345678' }), member({}, { name: '乙公司', ubn: '87654321' })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.sources])).toEqual([
      ['candidate.name', ['委員A.json', '委員B.json']],
      ['candidate.ubn', ['委員A.json', '委員B.json']],
    ]);
    expect(result.problems[0]!.message).toBe('單位名稱不一致，無法合併為同一參選單位之評分：委員A.json 「甲公司」、委員B.json 「乙公司」。');
  });

  it('refuses a different rubric and a different selection year', () => {
    const result = mergeReviews(inputs(member(), member({ rubric: 'osh-unit-112', selectionYear: 112 })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['rubric', 'selectionYear']);
    expect(result.problems[1]!.message).toContain('委員A.json 113、委員B.json 112');
  });

  it('names the odd input out among three', () => {
    const result = mergeReviews(inputs(member(), member(), member({}, { ubn: '12345675' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('委員C.json 「12345675」');
  });

  it('does not refuse 台/臺 or spacing differences in the name, nor a blank name', () => {
    const m = merged(inputs(member({}, { name: '台灣○○股份有限公司' }), member({}, { name: ' 臺灣○○股份有限公司' }), member({}, { name: undefined })));
    expect(m.review.candidate.name).toBe('台灣○○股份有限公司');
    expect(m.factConflicts.map((c) => c.path)).not.toContain('candidate.name');
  });

  it('refuses an unknown rubric', () => {
    const result = mergeReviews(inputs(member({ rubric: 'osh-unit-999' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('osh-unit-113');
  });

  it('refuses an invalid answer, naming the input and the item', () => {
    const result = mergeReviews(inputs(member({ items: { '1.1': { points: 2.2 } } }), member({ items: { '9.9': { level: '優' } } })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.sources])).toEqual([
      ['items.9.9', ['委員B.json']],
      ['items.1.1', ['委員A.json']],
    ]);
    expect(result.problems[1]!.message).toContain('委員A.json：項目 1.1');
  });

  it('throws on misuse: nothing to merge, or one label twice', () => {
    expect(() => mergeReviews([])).toThrow(PanelMergeError);
    expect(() => mergeReviews([{ source: 'a', review: member() }, { source: 'a', review: member() }])).toThrow(/"a"/);
  });
});

describe('facts', () => {
  it('lists disagreeing facts with each member’s value and leaves them out, so eligibility reports them', () => {
    const m = merged(
      inputs(
        member({}, { majorDisaster: false, workers: { own: 120, contractors: 0 } }),
        member({}, { majorDisaster: true, workers: { own: 80, contractors: 0 } }),
      ),
    );
    expect(m.factConflicts.map((c) => [c.path, c.resolution, c.values.map((v) => v.value)])).toEqual([
      ['candidate.workers.own', 'omitted', [120, 80]],
      ['candidate.majorDisaster', 'omitted', [false, true]],
    ]);
    expect(m.review.candidate.majorDisaster).toBeUndefined();
    expect(m.review.candidate.workers).toEqual({ contractors: 0 });
    const evaluated = evaluateReview(m.review);
    expect(evaluated.ok).toBe(true);
    if (evaluated.ok) expect(evaluated.evaluation.eligibility.unconfirmed.map((u) => u.rule)).toContain('major-disaster');
  });

  it('keeps a year of rates as one fact', () => {
    const m = merged(
      inputs(
        member(),
        member({}, { rates: { industryAverage: { fr: 2, sr: 100 }, own: { ...CANDIDATE.rates!.own, '111': { fr: 1.5, sr: 10 } } } }),
      ),
    );
    expect(m.factConflicts.map((c) => [c.path, c.values.map((v) => v.value)])).toEqual([
      ['candidate.rates.own.111', [{ fr: 1, sr: 10 }, { fr: 1.5, sr: 10 }]],
    ]);
    expect(Object.keys(m.review.candidate.rates!.own!)).toEqual(['110', '112']);
  });

  it('merges awards and concerns as a union', () => {
    const m = merged(
      inputs(
        member({}, { awards: [{ type: '優良獎', year: 111 }], laborConditionConcerns: [] }),
        member({}, { awards: [{ type: '優良獎', year: 111 }, { type: '五星獎', year: 110 }], laborConditionConcerns: ['過勞'] }),
      ),
    );
    expect(m.review.candidate.awards).toEqual([
      { type: '優良獎', year: 111 },
      { type: '五星獎', year: 110 },
    ]);
    expect(m.review.candidate.laborConditionConcerns).toEqual(['過勞']);
    expect(m.factConflicts.map((c) => [c.path, c.resolution])).toEqual([
      ['candidate.awards', 'union'],
      ['candidate.laborConditionConcerns', 'union'],
    ]);
  });

  it('does not count order or blanks as a disagreement', () => {
    const m = merged(
      inputs(
        member({}, { awards: [{ type: '優良獎', year: 111 }, { type: '優良獎', year: 112 }], address: '新竹市 ' }),
        member({}, { awards: [{ type: '優良獎', year: 112 }, { type: '優良獎', year: 111 }], address: undefined }),
      ),
    );
    expect(m.factConflicts).toEqual([]);
    expect(m.review.candidate.address).toBe('新竹市');
  });

  it('takes the latest review date and says so', () => {
    const m = merged(inputs(member({ reviewDate: '2024-04-15' }), member({ reviewDate: '2024-04-16' })));
    expect(m.review.reviewDate).toBe('2024-04-16');
    expect(m.factConflicts.map((c) => [c.path, c.resolution])).toEqual([['reviewDate', 'latest']]);
  });

  it('keeps agreed 自評 ticks, item ids with dots intact, and lists the others', () => {
    const m = merged(
      inputs(member({ selfAssessment: { '2.3': '良', '1.1': '優' } }), member({ selfAssessment: { '2.3': '良', '1.1': '良' } })),
    );
    expect(m.review.selfAssessment).toEqual({ '2.3': '良' });
    expect(m.factConflicts.map((c) => c.path)).toEqual(['selfAssessment.1.1']);
  });

  it('lists different 初審結果', () => {
    const m = merged(inputs(member({ result: { decision: 'pass' } }), member({ result: { decision: 'fail' } })));
    expect(m.review.result).toBeUndefined();
    expect(m.factConflicts.map((c) => c.path)).toEqual(['result.decision']);
  });
});

describe('opinions and panel', () => {
  it('gathers 優點 and 建議 with duplicate lines removed', () => {
    const m = merged(
      inputs(
        member({ opinion: { strengths: '● 高階主管積極支持\n● 健康管理完善', suggestions: '緊急沖淋設施宜再標識清楚' } }),
        member({ opinion: { strengths: '高階主管積極支持\n\n  承攬管理頗具用心  ' } }),
      ),
    );
    expect(m.strengths).toEqual(['● 高階主管積極支持', '● 健康管理完善', '承攬管理頗具用心']);
    expect(m.suggestions).toEqual(['緊急沖淋設施宜再標識清楚']);
    expect(m.review.opinion).toEqual({
      strengths: '● 高階主管積極支持\n● 健康管理完善\n承攬管理頗具用心',
      suggestions: '緊急沖淋設施宜再標識清楚',
    });
  });

  it('gatherLines handles blanks', () => {
    expect(gatherLines([undefined, '', ' \n ', 'a\r\nb', 'b'])).toEqual(['a', 'b']);
  });

  it('lists each 評鑑人員 once', () => {
    const m = merged(
      inputs(
        member({ panel: [{ name: '王大明', organisation: '勞動檢查處' }] }),
        member({ panel: [{ name: '王大明' }, { name: '林小華', title: '技正' }] }),
      ),
    );
    expect(m.review.panel).toEqual([
      { name: '王大明', organisation: '勞動檢查處' },
      { name: '林小華', title: '技正' },
    ]);
  });
});

describe('the merged review', () => {
  it('is a valid review that the engine scores: full marks but 1.1 at 2.5 gives 99.0', () => {
    // Full marks give 99.5 (item 3.6 tops out at 1.5 of its 2.0); 1.1 losing 0.5 of 大項一's 8 costs 0.5.
    const a = fullMarks();
    const b = fullMarks();
    a['1.1'] = { level: '可' };
    b['1.1'] = { level: '優' };
    const m = merged(inputs(member({ items: a }), member({ items: b })));
    expect(reviewSchema.safeParse(m.review).success).toBe(true);
    const evaluated = evaluateReview(m.review);
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    expect(evaluated.evaluation.score.total).toBeCloseTo(99, 9);
    expect(evaluated.evaluation.score.complete).toBe(true);
    expect(m.discuss).toEqual(['1.1']);
  });

  it('a single review merges to itself', () => {
    const items = fullMarks();
    const m = merged(inputs(member({ items, reviewId: 'r-1' })));
    expect(m.discuss).toEqual([]);
    expect(m.factConflicts).toEqual([]);
    expect(m.review.items).toEqual(items);
    expect(m.review.candidate).toEqual(CANDIDATE);
    expect(m.review.reviewId).toBeUndefined();
  });
});
