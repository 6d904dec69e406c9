import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Item, LevelLabel } from '../../src/rubric/types.ts';

/**
 * Expected values below are typed in by hand from 附表一 of
 * docs/source/113-osh-selection.txt, not derived from the data file.
 */
import { SEED } from '../support/seed.ts';

/** [label, 'f' = fixed points | 'b' = band max, value] */
type L = readonly [LevelLabel, 'f' | 'b', number];
/** [id, title, header points, levels] */
type Row = readonly [string, string, number, readonly L[]];

const ITEMS: readonly Row[] = [
  ['1.1', '安全衛生政策及各級主管之權責劃分。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],
  ['1.2', '職業安全衛生管理單位及人員之設置及其功能。', 1.5, [['可', 'f', 0.5], ['良', 'f', 1], ['優', 'f', 1.5]]],
  ['1.3', '職業安全衛生委員會之設置、會議召開及研議事項追蹤。', 2.5, [['可', 'f', 1.5], ['良', 'f', 2], ['優', 'f', 2.5]]],
  ['1.4', '安全衛生經費。', 1, [['可', 'f', 0.5], ['良', 'f', 1]]],

  ['2.1', '訂定安全衛生管理計畫、安全衛生管理規章。', 3, [['可', 'f', 1], ['良', 'f', 2], ['優', 'f', 3]]],
  ['2.2', '風險評估及緊急應變措施。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],
  ['2.3', '安全衛生自動檢查計畫。', 3, [['可', 'b', 1.5], ['良', 'b', 2], ['優', 'b', 3]]],
  ['2.4', '強化承攬管理及採購管理。', 4, [['可', 'f', 2], ['良', 'b', 3], ['優', 'b', 4]]],
  ['2.5', '工作安全分析教導及安全觀察與懇談。', 3, [['可', 'f', 1], ['良', 'b', 2], ['優', 'b', 3]]],
  ['2.6', '各項計畫實施稽核及檢討。', 4, [['可', 'f', 1], ['良', 'f', 2], ['優', 'f', 4]]],

  ['3.1', '採光、照明、通風及換氣、整理、整頓、整潔、清掃、環境美化、舒適及物料搬運處置措施等。', 4, [['可', 'f', 2], ['良', 'f', 3], ['優', 'f', 4]]],
  ['3.2', '危險性機械、設備及機械、設備、器具等防護良好，依規定實施自動檢查及使用。', 3, [['可', 'f', 1], ['良', 'f', 2], ['優', 'f', 3]]],
  ['3.3', '個人防護具。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['3.4', '危害性化學品之管理。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],
  ['3.5', '消防安全設備、標示。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],
  ['3.6', '溫濕環境、噪音、振動防制。', 2, [['可', 'f', 1], ['良', 'f', 1.5]]],
  ['3.7', '作業環境監測及防止職業病之措施。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],

  ['4.1', '健康管理與健康促進', 4, [['可', 'f', 2], ['良', 'f', 3], ['優', 'f', 4]]],
  ['4.2', '未滿十八歲者、女性勞工之健康保護。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['4.3', '「重複性之作業等促發肌肉骨骼疾病」預防。', 2, [['可', 'f', 1], ['良', 'f', 2]]],
  ['4.4', '「輪班、夜間工作、長時間工作等作業等異常工作負荷促發疾病」預防。', 2, [['可', 'f', 1], ['良', 'f', 2]]],
  ['4.5', '「執行職務，因他人行為致遭受身體或精神上不法侵害」預防。', 2, [['可', 'f', 1], ['良', 'f', 2]]],

  ['5.1', '一般職業安全衛生訓練及各級主管安全衛生教育訓練(含承攬人)。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['5.2', '安全衛生相關作業主管之安全衛生教育訓練。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['5.3', '特殊作業人員、危險性機械、設備操作人員訓練。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['5.4', '安全衛生提案制度(含虛驚事故)。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],
  ['5.5', '安全衛生促進活動及預知危險活動等。', 2, [['可', 'f', 1], ['良', 'f', 1.5], ['優', 'f', 2]]],

  ['6.1', '職業災害調查、分析及記錄(含承攬人)。', 4, [['可', 'f', 3], ['良', 'f', 3.5], ['優', 'f', 4]]],
  ['6.2', '職業災害統計陳報。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],
  ['6.3', '推動無災害工時制度。', 3, [['可', 'f', 2], ['良', 'f', 2.5], ['優', 'f', 3]]],

  ['7.1', '推動職業安全衛生管理系統。', 10, [['良', 'f', 6], ['優', 'f', 10]]],
  ['7.2', '推動安全衛生責任照顧制度。', 3, [['優', 'b', 3]]],
  ['7.3', '參與政府推動各項活動。', 2, [['優', 'b', 2]]],
  ['7.4', '提報全國職場安全健康週實施計畫', 5, [['可', 'f', 2], ['優', 'f', 5]]],
];

/** [id, numeral, title, weight, sum of header points] */
const SECTIONS: readonly (readonly [string, string, string, number, number])[] = [
  ['1', '一', '推動安全衛生政策及組織運作。', 0.08, 8],
  ['2', '二', '推動安全衛生管理計畫。', 0.2, 20],
  ['3', '三', '職業災害預防設施', 0.2, 20],
  ['4', '四', '職場健康管理及健康保護', 0.12, 12],
  ['5', '五', '安全衛生教育訓練及活動', 0.1, 10],
  ['6', '六', '職業災害調查統計與報告', 0.1, 10],
  ['7', '七', '職業安全衛生自主管理', 0.2, 20],
];

/** Items whose source lacks a level (or is otherwise inconsistent) and so carry a sourceNote. */
const NOTED = ['1.4', '3.6', '4.3', '4.4', '4.5', '7.1', '7.2', '7.3', '7.4'];

// Simplified-only forms (查 and 境 are the same in both scripts, so they are not listed).
const SIMPLIFIED = [...'实际检计划设备护业务训练员环卫级为发应当与对证关总处现预职灾单评优'];

const allItems: Item[] = oshUnit113.sections.flatMap((s) => [...s.items]);
const byId = new Map(allItems.map((i) => [i.id, i]));
const allTexts = allItems.flatMap((i) => i.levels.map((l) => ({ id: `${i.id} ${l.label}`, text: l.text })));

const squash = (s: string): string => s.replace(/\s+/g, '');

/** 附表一 (first occurrence) up to 總計實得分數, whitespace removed. */
const seedTable = (() => {
  const raw = readFileSync(SEED, 'utf8');
  const start = raw.indexOf('附表一 推行職業安全衛生優良單位自薦(推薦)表');
  const end = raw.indexOf('總計實得分數', start);
  if (start < 0 || end < 0) throw new Error('附表一 not found in seed');
  return squash(raw.slice(start, end));
})();

describe('oshUnit113 metadata', () => {
  it('has the edition fields', () => {
    expect(oshUnit113.id).toBe('osh-unit-113');
    expect(oshUnit113.edition).toBe('勞動部112年1月19日勞職安字第11102074091號令修正');
    expect(oshUnit113.firstSelectionYear).toBe(113);
  });

  it('has 7 sections and 34 items, ids unique and in printed order', () => {
    expect(oshUnit113.sections).toHaveLength(7);
    expect(allItems.map((i) => i.id)).toEqual(ITEMS.map((r) => r[0]));
    expect(new Set(allItems.map((i) => i.id)).size).toBe(34);
  });

  it('header points total 100', () => {
    const total = allItems.reduce((a, i) => a + i.points, 0);
    expect(total).toBeCloseTo(100, 10);
  });

  it('section weights sum to 1', () => {
    expect(oshUnit113.sections.reduce((a, s) => a + s.weight, 0)).toBeCloseTo(1, 10);
  });
});

describe.each(SECTIONS)('section %s', (id, numeral, title, weight, sum) => {
  const section = oshUnit113.sections.find((s) => s.id === id);

  it(`is 「${numeral}、${title}」 × ${weight}`, () => {
    expect(section).toBeDefined();
    expect(section!.numeral).toBe(numeral);
    expect(section!.title).toBe(title);
    expect(section!.weight).toBe(weight);
  });

  it(`header points sum to ${sum}`, () => {
    const s = section!.items.reduce((a, i) => a + i.points, 0);
    expect(s).toBeCloseTo(sum, 10);
    expect(section!.items.every((i) => i.id.startsWith(`${id}.`))).toBe(true);
  });
});

describe.each(ITEMS)('item %s', (id, title, points, levels) => {
  it(`title, points ${points}, levels ${levels.map((l) => l[0]).join('')}`, () => {
    const item = byId.get(id);
    expect(item).toBeDefined();
    expect(item!.title).toBe(title);
    expect(item!.points).toBe(points);
    expect(item!.levels.map((l) => l.label)).toEqual(levels.map((l) => l[0]));
    item!.levels.forEach((lvl, i) => {
      const [, kind, value] = levels[i]!;
      if (kind === 'f') expect(lvl.scoring).toEqual({ kind: 'fixed', points: value });
      else expect(lvl.scoring).toEqual({ kind: 'band', max: value });
    });
  });

  it('title appears in the printed 附表一 with its header points', () => {
    // Titles of 1.4, 3.5 and 4.3 are split by a page break in the source.
    const splits: Record<string, readonly string[]> = {
      '1.4': ['4.安全衛生經費。', '(1.0分)良'],
      '3.5': ['5.消防安全設可', '備、標示。(3.0分)良'],
      '4.3': ['3.「重複性之作業等促發肌肉骨骼疾病」預可', '防。(2.0分)良'],
    };
    const n = id.split('.')[1];
    const parts = splits[id] ?? [`${n}.${squash(title)}`];
    for (const p of parts) expect(seedTable).toContain(p);
  });

  it('level texts are verbatim from the source', () => {
    const item = byId.get(id)!;
    for (const lvl of item.levels) {
      expect(seedTable).toContain(squash(lvl.text.replace(/\n/g, ' ')));
      // Whole cell: label then text, so text is not a truncated fragment.
      expect(seedTable).toContain(lvl.label + squash(lvl.text));
    }
  });

  it(NOTED.includes(id) ? 'has a sourceNote' : 'has no sourceNote', () => {
    const item = byId.get(id)!;
    if (NOTED.includes(id)) expect(item.sourceNote?.length ?? 0).toBeGreaterThan(0);
    else expect(item.sourceNote).toBeUndefined();
  });
});

describe('special cases', () => {
  it('7.2 and 7.3 carry count rules', () => {
    expect(byId.get('7.2')!.count).toEqual({ per: 2, step: 1, max: 3, unit: '事業單位' });
    expect(byId.get('7.3')!.count).toEqual({ per: 2, step: 1, max: 2, unit: '活動' });
    expect(allItems.filter((i) => i.count).map((i) => i.id)).toEqual(['7.2', '7.3']);
  });

  it('3.6 cannot reach its header points (kept as printed)', () => {
    const item = byId.get('3.6')!;
    const top = item.levels[item.levels.length - 1]!.scoring;
    expect(top).toEqual({ kind: 'fixed', points: 1.5 });
    expect(item.points).toBe(2);
    expect(item.sourceNote).toMatch(/1\.5/);
  });

  it('2.4 良 keeps its mid-text annotation and lead-in line', () => {
    const text = byId.get('2.4')!.levels[1]!.text;
    expect(text.split('\n')).toEqual([
      '除「可」之情形外，',
      '一、於開工前召集承攬商開會說明，強化工作現場危害認知及工作守則之遵守。(視實際狀況加給分數，最高3.0分)。',
      '二、將安全衛生具體規範納入採購或租賃契約，據以驗收。',
    ]);
  });

  it('every level text ends with (or contains) its points annotation', () => {
    for (const { id, text } of allTexts) {
      expect(text, id).toMatch(/\([^()]*\d+(\.\d)?分\)/);
    }
  });

  it('numbered sub-points start new lines', () => {
    for (const { id, text } of allTexts) {
      for (const m of text.matchAll(/[一二三四五六七八九]、/g)) {
        const i = m.index!;
        expect(i === 0 || text[i - 1] === '\n', `${id} at ${i}`).toBe(true);
      }
      expect(text.startsWith('\n') || text.endsWith('\n') || text.includes('\n\n'), id).toBe(false);
    }
  });

  it('no PDF line-break spaces left in titles or texts', () => {
    for (const i of allItems) expect(i.title, i.id).not.toMatch(/\s/);
    for (const s of oshUnit113.sections) expect(s.title, s.id).not.toMatch(/\s/);
    for (const { id, text } of allTexts) {
      // The only printed spaces are around the Latin "PDCA" in 3.4 優.
      expect(text.replace(' PDCA ', 'PDCA'), id).not.toMatch(/[ \t\u3000]/);
    }
  });

  it('no simplified Chinese characters', () => {
    const strings = [
      ...oshUnit113.sections.map((s) => s.title),
      ...allItems.map((i) => i.title),
      ...allItems.map((i) => i.sourceNote ?? ''),
      ...allTexts.map((t) => t.text),
    ];
    for (const s of strings) for (const ch of SIMPLIFIED) expect(s.includes(ch), `${ch} in ${s}`).toBe(false);
  });

  it('has 91 levels in all', () => {
    expect(allTexts).toHaveLength(91);
  });
});
