import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ANNEX4, CATEGORIES, CHECK_ROWS, findRow } from '../../src/fivestar/osh-fivestar-113.ts';

/**
 * Expected values typed by hand from 附表四 of
 * docs/source/113-osh-selection.txt.
 */
import { SEED } from '../support/seed.ts';

const NUMBERS = [
  '1-1-1', '1-1-2', '1-2-1', '1-2-2', '1-3-1',
  '2-1-1', '2-1-2', '2-2-1', '2-2-2', '2-2-3', '2-3-1',
  '3-1-1', '3-1-2', '3-2-1', '3-2-2', '3-3-1',
  '4-1-1', '4-2-1', '4-2-2', '4-3-1',
  '5-1-1', '5-1-2', '5-2-1', '5-2-2', '5-3-1',
  '6-1-1', '6-2-1', '6-2-2', '6-3-1',
  '7-1-1', '7-2-1', '7-2-2', '7-3-1',
  '8-1-1', '8-1-2', '8-2-1', '8-2-2', '8-3-1',
  '9-1-1', '9-2-1', '9-2-2', '9-3-1',
];

/** Text the PDF splits across a page and that was joined back (see each row's sourceNote). */
const RECONSTRUCTED = new Set(['2.提出檢討結果因應作為之紀錄，如修正後之程序書。@7-3-1']);

function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

describe('附表四 as data', () => {
  it('has nine areas with their titles', () => {
    expect(ANNEX4.map((a) => [a.id, a.numeral, a.title])).toEqual([
      [1, '一', '安全衛生政策、目標、方案'],
      [2, '二', '危害辨識、評估及風險控制'],
      [3, '三', '變更管理'],
      [4, '四', '採購管理'],
      [5, '五', '承攬管理'],
      [6, '六', '危害性化學品評估與管理'],
      [7, '七', '事件通報、事故調查與統計'],
      [8, '八', '職場健康管理及健康保護'],
      [9, '九', '緊急應變措施'],
    ]);
  });

  it('gives each area (一)規劃 (二)執行 (三)檢討與改進', () => {
    expect(CATEGORIES.map((c) => `${c.numeral}${c.title}`)).toEqual(['(一)規劃', '(二)執行', '(三)檢討與改進']);
    for (const a of ANNEX4) expect([...new Set(a.rows.map((r) => r.category))]).toEqual([1, 2, 3]);
  });

  it('numbers the 42 rows 大項-類別-項目 in printed order', () => {
    expect(CHECK_ROWS.map((r) => r.number)).toEqual(NUMBERS);
    for (const r of CHECK_ROWS) expect(r.number).toBe(`${r.area}-${r.category}-${r.item}`);
  });

  it('matches the 填表說明 example: 四、採購管理 (三) 檢討與改進 項目 1 is 4-3-1', () => {
    const row = findRow('4-3-1')!;
    expect(row.criterion).toBe('定期檢討採購管理之程序與執行結果，並依據檢討結果有因應之作為。');
    expect(row.evidence).toEqual(['1.提出檢討作為之紀錄，如檢討會議紀錄。', '2.提出檢討結果因應作為之紀錄，如修正後之程序書或辦法等。']);
    expect(findRow('4-4-1')).toBeUndefined();
  });

  it('records the 檢核資料 cells printed across two rows', () => {
    expect(CHECK_ROWS.filter((r) => r.evidenceSharedWith).map((r) => [r.number, r.evidenceSharedWith, r.evidence.length])).toEqual([
      ['3-1-2', '3-1-1', 0],
      ['3-2-2', '3-2-1', 0],
      ['4-2-2', '4-2-1', 0],
      ['5-1-2', '5-1-1', 0],
      ['5-2-2', '5-2-1', 0],
    ]);
    for (const r of CHECK_ROWS.filter((x) => !x.evidenceSharedWith)) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const line of r.evidence) expect(line).toMatch(/^\d\./);
    }
  });

  it('joins the messy rows as typed here', () => {
    expect(findRow('5-1-2')!.criterion).toBe('承攬管理含承攬人之進出廠管制、職業災害通報、作業管制與工作許可、教育訓練及緊急應變等事項。');
    expect(findRow('7-2-2')!.evidence).toEqual(['2.前項案例之平行展開紀錄。']);
    expect(findRow('7-3-1')!.evidence).toEqual(['1.提出檢討作為之紀錄,如檢討會議紀錄。', '2.提出檢討結果因應作為之紀錄，如修正後之程序書。']);
    expect(findRow('2-2-3')!.evidence).toEqual([
      '1.為降低不可接受風險所訂定之控制措施，如工作指導書或作業準則。',
      '2.依據前述控制措施作為之執行記錄。',
    ]);
    expect(findRow('6-2-1')!.evidence[0]).toBe('1.前1至2年之作業環境監測計畫');
    expect(findRow('8-2-2')!.evidence).toEqual([
      '1.前1至2年之1件臨場健康服務紀錄。(此項若不適用，請於「已辦理」處填寫「-」，並檢附不適用之佐證資料)',
    ]);
    expect(findRow('5-2-2')!.criterion).toBe(
      '執行承攬管理,已與承攬人、再承攬人分別僱用勞工共同作業,設置協議組織並定期召開協議組織會議,以進行工作之連繫與調整,並進行工作場所之巡視。',
    );
  });

  it('copies every 評核標準 and 檢核資料 from the source, spacing aside', () => {
    const start = readFileSync(SEED, 'utf8').indexOf('附表四 職業安全衛生優良單位五星獎自評表');
    const annex = squeeze(readFileSync(SEED, 'utf8').slice(start));
    for (const row of CHECK_ROWS) {
      expect(annex, row.number).toContain(squeeze(`${row.item}.${row.criterion}`));
      for (const line of row.evidence) {
        if (RECONSTRUCTED.has(`${line}@${row.number}`)) continue;
        expect(annex, `${row.number} ${line}`).toContain(squeeze(line));
      }
    }
  });

  it('notes every reconstruction', () => {
    for (const key of RECONSTRUCTED) expect(findRow(key.split('@')[1]!)!.sourceNote).toBeDefined();
  });
});
