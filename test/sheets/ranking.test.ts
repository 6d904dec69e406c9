/**
 * 排序: the report of one 初審單位's ranking: the cut line, ties at it, units
 * under 100 workers, candidates set apart with their clauses, unreadable
 * files; printed on A4 landscape with its title rows on every page.
 */
import { PAGES_TALL } from '../../src/sheets/layout.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNEX3, ANNEX3_NOTE_1, ANNEX3_NOTE_2 } from '../../src/ranking/quota.ts';
import { rankCandidates, TIE_BREAK_GUIDANCE, type RankEntry, type Ranking } from '../../src/ranking/ranking.ts';
import { evaluateReview } from '../../src/review/evaluate.ts';
import type { Answer, Candidate } from '../../src/review/schema.ts';
import { CUT_LABEL, RANKING_COLUMNS, RANKING_TITLE_ROWS, rankingSheet, rankingWorkbook } from '../../src/sheets/ranking.ts';
import type { CellDescription, SheetDescription } from '../../src/sheets/types.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { LIBREOFFICE, MUST_RUN, printPdf } from '../support/libreoffice.ts';

import { SEED } from '../support/seed.ts';
import { ELIGIBLE_CANDIDATE, fullMarks } from '../builders/review.ts';
const squash = (s: string) => s.replace(/\s+/g, '');


/**
 * A candidate whose total is 99.5 − d: item 2.3 (any points in (0, 3.0]) at
 * 3.0 − d, in 大項二 where each point costs 1.0 (可評總點數 20, weight 0.20).
 */
function entry(source: string, d: number, candidate: Partial<Candidate> = {}, extra: { items?: Record<string, Answer> } = {}): RankEntry {
  const result = evaluateReview({
    rubric: 'osh-unit-113',
    selectionYear: 113,
    reviewDate: '2024-04-15',
    candidate: {
      ...ELIGIBLE_CANDIDATE,
      name: `${source} 公司`,
      ubn: String(30000000 + source.charCodeAt(0)),
      workers: { own: 150, contractors: 0 },
      ...candidate,
    },
    items: extra.items ?? { ...fullMarks(), '2.3': { points: Math.round((3 - d) * 10) / 10 } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { source, evaluation: result.evaluation };
}

function ranked(entries: RankEntry[], unit: string): Ranking {
  const result = rankCandidates(entries, unit);
  if (!result.ok) throw new Error(result.message);
  return result.ranking;
}

/** 新竹市 (第二級, quota 2): A 99.5, B and C tie at 99.0 across the cut, D under 100 workers, E incomplete, F and G set apart. */
const RANKING = ranked(
  [
    entry('A', 0),
    entry('B', 0.5),
    entry('C', 0.5),
    entry('D', 1, { workers: { own: 45 } }),
    entry('E', 0, {}, { items: { '1.1': { level: '優' } } }),
    entry('F', 0, { majorDisaster: true }),
    entry('G', 0, { laborConditionConcerns: ['過勞'] }),
  ],
  '新竹市',
);

function rowsOf(sheet: SheetDescription): Map<number, CellDescription[]> {
  const rows = new Map<number, CellDescription[]>();
  for (const cell of sheet.cells) {
    const row = Number(cell.address.replace(/^[A-Z]+/, ''));
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  return rows;
}

function cellAt(sheet: SheetDescription, address: string): CellDescription | undefined {
  return sheet.cells.find((c) => c.address === address);
}

/** The row whose 單位名稱 cell holds `name`. */
function rowOf(sheet: SheetDescription, name: string): number {
  const cell = sheet.cells.find((c) => c.address.startsWith('B') && c.value === name);
  if (!cell) throw new Error(`No row for ${name}`);
  return Number(cell.address.slice(1));
}

describe('ranking sheet', () => {
  const sheet = rankingSheet(RANKING, { selectionYear: 113, unreadable: [{ file: 'broken.xlsx', message: '不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）' }] });
  const text = sheet.cells.map((c) => String(c.value ?? '')).join('\n');

  it('titles the unit and year, and states its 附表三 quota', () => {
    expect(cellAt(sheet, 'A1')!.value).toBe('新竹市 113 年推行職業安全衛生優良單位 初審排序');
    expect(cellAt(sheet, 'A2')!.value).toContain('新竹市屬第二級：推薦優良單位額度 2、推薦優良人員額度 1');
  });

  it('orders the eligible by total to 2 decimals, tied ones sharing a rank', () => {
    const order = ['A', 'B', 'C', 'D', 'E'].map((s) => rowOf(sheet, `${s} 公司`));
    // E is incomplete (one item scored): its total is far below the rest.
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(cellAt(sheet, `A${order[1]}`)!.value).toBe(2);
    expect(cellAt(sheet, `A${order[2]}`)!.value).toBe(2);
    expect(cellAt(sheet, `D${order[0]}`)!.value).toBe(99.5);
    expect(cellAt(sheet, `D${order[0]}`)!.style?.numberFormat).toBe('0.00');
    expect(cellAt(sheet, `G${order[0]}`)!.value).toBe('A');
  });

  it('draws the cut line under the last recommended: a thick rule and a label row', () => {
    const last = rowOf(sheet, 'B 公司');
    for (let col = 1; col <= RANKING_COLUMNS.file; col++) {
      const address = `${String.fromCharCode(64 + col)}${last}`;
      expect(cellAt(sheet, address)?.style?.border?.bottom, address).toBe('thick');
    }
    const label = cellAt(sheet, `A${last + 1}`)!;
    expect(String(label.value)).toContain(CUT_LABEL);
    expect(String(label.value)).toContain('推薦優良單位額度 2 家');
    expect(label.style?.border?.top).toBe('thick');
    expect(rowOf(sheet, 'C 公司')).toBe(last + 2);
  });

  it('flags the tie at the cut line with 說明三 verbatim and each one\'s 企業形象', () => {
    for (const name of ['B 公司', 'C 公司']) {
      const row = rowOf(sheet, name);
      expect(String(cellAt(sheet, `F${row}`)!.value)).toContain('同分跨越推薦線');
      expect(cellAt(sheet, `B${row}`)!.style?.fill).toBe('FFFFE699');
    }
    expect(text).toContain(TIE_BREAK_GUIDANCE);
    expect(squash(readFileSync(SEED, 'utf8'))).toContain(squash(TIE_BREAK_GUIDANCE));
    expect(text).toMatch(/B 公司（B）企業形象：\n☐ 是否提供安全衛生技術/);
  });

  it('marks units under 100 workers with 附表三 註二', () => {
    expect(String(cellAt(sheet, `F${rowOf(sheet, 'D 公司')}`)!.value)).toContain('勞工未滿 100 人（附表三 註二');
    expect(cellAt(sheet, `E${rowOf(sheet, 'D 公司')}`)!.value).toBe('45');
    expect(text).toContain(`註二：${ANNEX3_NOTE_2}`);
    expect(text).toContain(`二、${ANNEX3_NOTE_2}`);
    expect(text).toContain(`註：一、${ANNEX3_NOTE_1}`);
  });

  it('flags an incomplete review on its row and among the notes', () => {
    expect(String(cellAt(sheet, `F${rowOf(sheet, 'E 公司')}`)!.value)).toMatch(/⚠ 評分未完成，尚有 33 項/);
    expect(text).toContain('E 公司（E）評分未完成');
  });

  it('lists the ineligible and the not recommended apart, with their findings and clauses', () => {
    const f = rowOf(sheet, 'F 公司');
    const g = rowOf(sheet, 'G 公司');
    expect(cellAt(sheet, `A${f}`)!.value).toBe('—');
    expect(String(cellAt(sheet, `F${f}`)!.value)).toMatch(/^［要點 三\(一\)］/);
    expect(String(cellAt(sheet, `F${g}`)!.value)).toMatch(/^［初審意見表 備註1］.*過勞/);
    expect(text).toContain('不符參選資格，不列入排序（要點 三）（1 家）');
    expect(text).toContain('建議不予推薦，不列入排序（初審意見表 備註1）（1 家）');
    expect(f).toBeGreaterThan(rowOf(sheet, 'E 公司') + 1);
  });

  it('lists the files that could not be read', () => {
    expect(text).toContain('無法讀取之檔案，未列入排序（1 個）');
    expect(text).toContain('• broken.xlsx：不是 .xlsx 活頁簿');
  });

  it('prints 附表三\'s row of the unit\'s level verbatim', () => {
    const second = ANNEX3.find((r) => r.level === '第二級')!;
    expect(text).toContain(second.units.join('、'));
    const seed = squash(readFileSync(SEED, 'utf8'));
    expect(seed).toContain(squash(`第二級 ${second.units.join('、')} ${second.unitQuota} ${second.personQuota}`));
  });

  it('prints on A4 landscape, fit to width, its title rows repeated', () => {
    // Automatic height when the sign-off needs a manual break before it (Excel and LibreOffice drop manual breaks otherwise).
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: sheet.rowBreaks ? 0 : PAGES_TALL, printTitleRows: `${RANKING_TITLE_ROWS.first}:${RANKING_TITLE_ROWS.last}` });
    expect(rowsOf(sheet).get(3)!.map((c) => c.value)).toEqual(['名次', '單位名稱', '統一編號', '總分', '勞工人數\n(原事業單位)', '說明', '檔案']);
  });

  it('says so when nobody is eligible, with no cut line', () => {
    const empty = rankingSheet(ranked([entry('F', 0, { majorDisaster: true })], '基隆市'));
    const all = empty.cells.map((c) => String(c.value ?? '')).join('\n');
    expect(all).toContain('（無符合參選資格之單位）');
    expect(all).not.toContain(CUT_LABEL);
  });
});

/** 30 candidates of 臺北市 (quota 5), the 5th and 6th tied: a list long enough for several pages. */
function thirty(): Ranking {
  const entries = Array.from({ length: 30 }, (_, i) => {
    const source = `第${String(i + 1).padStart(2, '0')}號`;
    return entry(source, i === 5 ? 0.4 : i / 10, { name: `${source}測試實業股份有限公司`, ubn: String(40000000 + i), ...(i % 4 === 0 && { workers: { own: 45 } }) });
  });
  return ranked(entries, '臺北市');
}

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('ranking printed by LibreOffice', () => {
  it('prints on A4 landscape pages with the title on every page', async () => {
    const rendered = printPdf(await writeReviewXlsx(rankingWorkbook(thirty(), { selectionYear: 113, unreadable: [{ file: 'broken.xlsx', message: '不是 .xlsx 活頁簿' }] })), 'ranking');
    expect(rendered.pages.length).toBeGreaterThan(1);
    for (const page of rendered.pages) {
      expect(page.a4, `page ${page.number}`).toBe(true);
      expect(page.width).toBeCloseTo(841.9, 0);
      expect(page.height).toBeCloseTo(595.3, 0);
      expect(page.firstLine.replace(/\s/g, ''), `page ${page.number}`).toContain('臺北市113年推行職業安全衛生優良單位初審排序');
    }
    const first = rendered.pageLines(1).join('\n');
    expect(first).toContain(CUT_LABEL);
    expect(first).toContain('同分跨越推薦線');
    expect(rendered.pageLines(2).slice(0, 5).join('').replace(/\s/g, '')).toContain('名次單位名稱');
  });
});
