import { describe, it, expect } from 'vitest';
import { evaluateReview, type Evaluation } from '../../src/review/evaluate.ts';
import type { Answer, Candidate } from '../../src/review/schema.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { maxPoints } from '../../src/scoring/band.ts';
import { rankCandidates, roundTotal, TIE_BREAK_GUIDANCE, type RankEntry } from '../../src/ranking/ranking.ts';

/**
 * Totals below are worked out by hand from 附表一's weights. Every item at its
 * best gives 99.5, not 100: item 3.6 is headed (2.0分) but its best level, 良,
 * gives 1.5, and 大項三 (可評總點數 20, weight 0.20) turns the 0.5 lost into 0.5.
 * In 大項一 (可評總點數 8, weight 0.08) each point lost costs 1.0, and in
 * 大項二 (可評總點數 20, weight 0.20) each point lost costs 1.0 too.
 */

/** Every item at its best: 99.5 in total. */
function fullMarks(): Record<string, Answer> {
  return Object.fromEntries(itemsOf(oshUnit113).map((item) => [item.id, { points: maxPoints(item) }]));
}

/** A candidate that passes every rule of 要點 三 and 備註1. */
function eligibleCandidate(name: string, ubn: string): Candidate {
  return {
    name,
    ubn,
    workers: { own: 150, contractors: 0 },
    participatesAsDepartment: false,
    majorDisaster: false,
    disabilityGrade1to9: false,
    requiredOshms: false,
    awards: [],
    rates: {
      industryAverage: { fr: 2, sr: 100 },
      own: { '110': { fr: 1, sr: 10 }, '111': { fr: 1, sr: 10 }, '112': { fr: 1, sr: 10 } },
    },
    safetyWeek: { planSubmitted: true },
    laborConditionConcerns: [],
  };
}

interface Build {
  readonly source: string;
  readonly name: string;
  readonly ubn?: string;
  readonly items?: Record<string, Answer>;
  readonly candidate?: Partial<Candidate>;
  readonly reviewUnit?: string;
  readonly selectionYear?: number;
}

let nextUbn = 10000000;

function entry(b: Build): RankEntry {
  const json = {
    rubric: 'osh-unit-113',
    selectionYear: b.selectionYear ?? 113,
    reviewDate: '2024-04-15',
    ...(b.reviewUnit !== undefined && { reviewUnit: b.reviewUnit }),
    candidate: { ...eligibleCandidate(b.name, b.ubn ?? String(nextUbn++)), ...b.candidate },
    items: b.items ?? fullMarks(),
  };
  const result = evaluateReview(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { source: b.source, evaluation: result.evaluation };
}

function withItems(changes: Record<string, Answer | undefined>): Record<string, Answer> {
  const items = fullMarks();
  for (const [id, answer] of Object.entries(changes)) {
    if (answer === undefined) delete items[id];
    else items[id] = answer;
  }
  return items;
}

function ok(entries: RankEntry[], unit: string) {
  const result = rankCandidates(entries, unit);
  if (!result.ok) throw new Error(result.message);
  return result.ranking;
}

function totalOf(e: RankEntry): Evaluation['score']['total'] {
  return e.evaluation.score.total;
}

describe('roundTotal', () => {
  it.each([
    [100, 100],
    [99.994, 99.99],
    [99.995, 100],
    [1.005, 1.01],
    [85.125, 85.13],
    [85.124999, 85.12],
    [0, 0],
  ])('%d → %d', (total, rounded) => {
    expect(roundTotal(total)).toBe(rounded);
  });
});

describe('test builders', () => {
  it('give the totals worked out by hand', () => {
    expect(totalOf(entry({ source: 'x', name: 'x' }))).toBeCloseTo(99.5, 9);
    expect(totalOf(entry({ source: 'x', name: 'x', items: withItems({ '1.1': { level: '可' } }) }))).toBeCloseTo(98.5, 9);
    expect(totalOf(entry({ source: 'x', name: 'x', items: withItems({ '1.1': { level: '良' } }) }))).toBeCloseTo(99, 9);
    expect(totalOf(entry({ source: 'x', name: 'x', items: withItems({ '2.3': { points: 2.991 } }) }))).toBeCloseTo(99.491, 9);
  });
});

describe('rankCandidates', () => {
  it('refuses a 初審單位 not in 附表三', () => {
    const result = rankCandidates([], '臺北縣');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('臺北市');
  });

  it('orders eligible candidates by total and recommends the quota (新竹市: 2)', () => {
    const r = ok(
      [
        entry({ source: 'c.json', name: '丙公司', items: withItems({ '1.1': { level: '可' } }) }),
        entry({ source: 'a.json', name: '甲公司' }),
        entry({ source: 'b.json', name: '乙公司', items: withItems({ '1.1': { level: '良' } }) }),
      ],
      '新竹市',
    );
    expect(r.unit).toBe('新竹市');
    expect(r.level).toBe('第二級');
    expect([r.unitQuota, r.personQuota]).toEqual([2, 1]);
    expect(r.ranked.map((c) => [c.source, c.position, c.rank, c.rounded, c.recommended])).toEqual([
      ['a.json', 1, 1, 99.5, true],
      ['b.json', 2, 2, 99, true],
      ['c.json', 3, 3, 98.5, false],
    ]);
    expect(r.cut).toEqual({ unitQuota: 2, recommendedCount: 2, lastRecommendedTotal: 99, tie: null });
    expect(r.ties).toEqual([]);
  });

  it('flags a tie across the cut line with 說明三 and the 企業形象 facts', () => {
    const r = ok(
      [
        entry({ source: 'a.json', name: '甲公司' }),
        entry({
          source: 'c.json',
          name: '丙公司',
          items: withItems({ '1.2': { level: '可' } }),
          candidate: { image: { other: { checked: true, text: '  推動中高齡勞工保護措施 ' } } },
        }),
        entry({ source: 'b.json', name: '乙公司', items: withItems({ '1.1': { level: '可' } }) }),
      ],
      '新竹市',
    );
    // 乙 and 丙 both lose 1.0 in 大項一: 98.50 each; tied names keep code-point order (丙 U+4E19 before 乙 U+4E59).
    expect(r.ranked.map((c) => [c.source, c.rank, c.rounded, c.recommended, c.tiedAcrossCut])).toEqual([
      ['a.json', 1, 99.5, true, false],
      ['c.json', 2, 98.5, true, true],
      ['b.json', 2, 98.5, false, true],
    ]);
    expect(r.ranked[1]!.tiedWith).toEqual(['b.json']);
    expect(r.ranked[2]!.tiedWith).toEqual(['c.json']);
    const tie = r.cut.tie!;
    expect(tie.sources).toEqual(['c.json', 'b.json']);
    expect(tie.rounded).toBe(98.5);
    expect(tie.acrossCut).toBe(true);
    expect(tie.guidance).toBe(TIE_BREAK_GUIDANCE);
    expect(tie.guidance).toContain('並請初審單位納為參選單位考評同分時之推薦獲獎評核重點之一。');
    expect(tie.guidanceSource).toBe('勞動部113年1月19日勞職授字第1130202337號函 說明三');
    const c = tie.image.find((i) => i.source === 'c.json')!;
    expect(c.name).toBe('丙公司');
    expect(c.facts).toEqual([
      { line: 'experienceSharing', label: '是否提供安全衛生技術、管理等經驗予社會，以協助政府推動安全衛生之發展。', checked: false, text: '' },
      { line: 'publicWelfare', label: '工安公益(含家庭、社區工安知識傳播)', checked: false, text: '' },
      { line: 'other', label: '其他', checked: true, text: '推動中高齡勞工保護措施' },
    ]);
    expect(r.ties).toEqual([tie]);
  });

  it('compares totals at 2 decimals: 99.491 and 99.494 tie, 99.495 rounds up to 99.50', () => {
    const r = ok(
      [
        entry({ source: 'x1', name: '甲', items: withItems({ '2.3': { points: 2.991 } }) }),
        entry({ source: 'x2', name: '乙', items: withItems({ '2.3': { points: 2.994 } }) }),
        entry({ source: 'x3', name: '丙', items: withItems({ '2.3': { points: 2.995 } }) }),
      ],
      '基隆市',
    );
    expect(r.ranked.map((c) => [c.source, c.rounded, c.rank, c.recommended])).toEqual([
      ['x3', 99.5, 1, true],
      // Tied at 2 decimals, so the third decimal does not count: name order (乙 U+4E59 before 甲 U+7532).
      ['x2', 99.49, 2, false],
      ['x1', 99.49, 2, false],
    ]);
    // The tie is below the cut line (基隆市 recommends 1), so it is listed but not across the cut.
    expect(r.cut.tie).toBeNull();
    expect(r.ties.map((t) => [t.sources, t.acrossCut])).toEqual([[['x2', 'x1'], false]]);
  });

  it('treats a tie that fills the quota exactly as inside the cut', () => {
    const r = ok(
      [
        entry({ source: 'a', name: '甲', items: withItems({ '1.1': { level: '可' } }) }),
        entry({ source: 'b', name: '乙', items: withItems({ '1.2': { level: '可' } }) }),
        entry({ source: 'c', name: '丙', items: withItems({ '1.1': { level: '可' }, '1.2': { level: '可' } }) }),
      ],
      '宜蘭縣',
    );
    expect(r.ranked.map((c) => [c.source, c.recommended, c.tiedAcrossCut])).toEqual([
      ['b', true, false],
      ['a', true, false],
      ['c', false, false],
    ]);
    expect(r.cut.tie).toBeNull();
    expect(r.ties).toHaveLength(1);
  });

  it('lists ineligible and not-recommended candidates apart with their findings', () => {
    const r = ok(
      [
        entry({ source: 'ok', name: '甲' }),
        entry({ source: 'bad', name: '乙', candidate: { majorDisaster: true } }),
        entry({ source: 'tired', name: '丙', candidate: { laborConditionConcerns: ['過勞'] } }),
      ],
      '臺北市',
    );
    expect(r.ranked.map((c) => c.source)).toEqual(['ok']);
    expect(r.ineligible.map((c) => [c.source, c.name, c.rounded, c.findings.map((f) => f.rule)])).toEqual([
      ['bad', '乙', 99.5, ['major-disaster']],
    ]);
    expect(r.notRecommended.map((c) => [c.source, c.findings.map((f) => [f.rule, f.clause])])).toEqual([
      ['tired', [['labor-conditions', '初審意見表 備註1']]],
    ]);
  });

  it('marks units under 100 own workers for 附表三 註二, contractors not counted', () => {
    const r = ok(
      [
        entry({ source: 'small', name: '甲', candidate: { workers: { own: 99, contractors: 0 } } }),
        entry({
          source: 'small-with-contractors',
          name: '乙',
          candidate: {
            workers: { own: 80, contractors: 50 },
            rates: {
              industryAverage: { fr: 2, sr: 100 },
              withContractors: { '110': { fr: 1, sr: 10 }, '111': { fr: 1, sr: 10 }, '112': { fr: 1, sr: 10 } },
            },
          },
        }),
        entry({ source: 'hundred', name: '丙', candidate: { workers: { own: 100, contractors: 0 } } }),
        entry({ source: 'unknown', name: '丁', candidate: { workers: { contractors: 0 } } }),
      ],
      '臺中市',
    );
    const size = Object.fromEntries(r.ranked.map((c) => [c.source, [c.size, c.ownWorkers]]));
    expect(size).toEqual({
      small: ['small', 99],
      'small-with-contractors': ['small', 80],
      hundred: ['not-small', 100],
      unknown: ['unknown', undefined],
    });
    expect(r.sizeConsideration.smallUnits).toEqual(expect.arrayContaining(['small', 'small-with-contractors']));
    expect(r.sizeConsideration.smallUnits).toHaveLength(2);
    expect(r.sizeConsideration.unknownSize).toEqual(['unknown']);
    expect(r.sizeConsideration.note).toContain('僱用勞工未滿 100 人之事業單位');
  });

  it('flags incomplete reviews but still ranks them', () => {
    const r = ok(
      [entry({ source: 'partial', name: '甲', items: withItems({ '3.1': undefined, '2.3': { level: '優' } }) })],
      '臺南市',
    );
    expect(r.ranked[0]!.incomplete).toEqual({ unscored: ['3.1'], pending: ['2.3'] });
    const w = r.warnings.find((x) => x.code === 'incomplete-review')!;
    expect(w.sources).toEqual(['partial']);
    expect(w.message).toContain('3.1（未評）');
    expect(w.message).toContain('2.3（待填分數）');
  });

  it('warns of a ranked candidate whose eligibility is not fully confirmed', () => {
    const r = ok([entry({ source: 'a', name: '甲', candidate: { majorDisaster: undefined } })], '臺北市');
    expect(r.ranked[0]!.unconfirmed.map((u) => u.rule)).toEqual(['major-disaster']);
    const w = r.warnings.find((x) => x.code === 'unconfirmed-eligibility')!;
    expect(w.sources).toEqual(['a']);
    expect(w.message).toContain('［要點 三(一)］');
  });

  it('warns when fewer are eligible than the quota', () => {
    const r = ok([entry({ source: 'a', name: '甲' })], '高雄市');
    expect(r.cut.recommendedCount).toBe(1);
    expect(r.cut.lastRecommendedTotal).toBe(99.5);
    expect(r.warnings.map((w) => w.code)).toContain('quota-not-filled');
    expect(r.warnings.find((w) => w.code === 'quota-not-filled')!.message).toContain('推薦優良單位額度 5 家');
  });

  it('handles no candidates at all', () => {
    const r = ok([], '連江縣');
    expect(r.ranked).toEqual([]);
    expect(r.cut).toEqual({ unitQuota: 1, recommendedCount: 0, lastRecommendedTotal: null, tie: null });
  });

  it('warns of a review from another 初審單位, and of one name twice without a 統一編號', () => {
    const r = ok(
      [
        entry({ source: 'a', name: '甲', reviewUnit: '台北市政府' }),
        entry({ source: 'b', name: '乙', reviewUnit: '新北市' }),
        entry({ source: 'c', name: '丙 公司', ubn: '' }),
        entry({ source: 'd', name: '丙公司', ubn: '' }),
      ],
      '臺北市',
    );
    const codes = r.warnings.map((w) => [w.code, w.sources]);
    expect(codes).toContainEqual(['review-unit-mismatch', ['b']]);
    expect(codes).not.toContainEqual(['review-unit-mismatch', ['a']]);
    expect(codes).toContainEqual(['duplicate-candidate', ['c', 'd']]);
  });

  // Issue 15: two unmerged panel copies of one company took two of 新竹縣's places, and a 112 review was ranked with 113 ones.
  it('refuses two reviews of the same 統一編號 (copies not yet merged), naming the files', () => {
    const result = rankCandidates(
      [entry({ source: 'a.xlsx', name: '甲', ubn: '12345675' }), entry({ source: 'b.xlsx', name: '甲', ubn: '12345675' }), entry({ source: 'c.xlsx', name: '乙' })],
      '新竹縣',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('統一編號 12345675 出現 2 次（a.xlsx、b.xlsx）');
    expect(result.message).toContain('先合併');
  });

  it('refuses reviews of different selection years, naming each year\'s files', () => {
    const result = rankCandidates([entry({ source: 'a', name: '甲' }), entry({ source: 'b', name: '乙' }), entry({ source: 'c', name: '丙', selectionYear: 112 })], '臺北市');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('選拔年度不一致（112年：c；113年：a、b）');
  });

  it('uses the source as the name when the review leaves it blank', () => {
    const r = ok([entry({ source: 'nameless.json', name: '  ' })], '臺北市');
    expect(r.ranked[0]!.name).toBe('nameless.json');
  });

  it('carries the 五星獎 path', () => {
    const r = ok(
      [
        entry({
          source: 'a',
          name: '甲',
          candidate: { awards: [{ type: '優良獎', year: 111 }, { type: '優良獎', year: 112 }] },
        }),
      ],
      '臺北市',
    );
    expect(r.ranked[0]!.fiveStarPath).toBe(true);
  });
});
