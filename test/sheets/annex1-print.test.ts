import { describe, it, expect } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { findItem, itemsOf } from '../../src/rubric/registry.ts';
import type { Item } from '../../src/rubric/types.ts';
import { cellAddress, parseCell } from '../../src/sheets/address.ts';
import { ANNEX1_COLUMNS, ANNEX1_TEXT, ANNEX1_TITLE_ROWS, annex1PrintSheet, itemTitle } from '../../src/sheets/annex1-print.ts';
import { AWARD_FIELDS, PANEL_FIELDS, RESULT_DECISIONS } from '../../src/sheets/fields.ts';
import { A4_MARGINS, displayWidth, FORM_FONT, PAGE_FOOTER, SHEETS, wrappedHeight } from '../../src/sheets/layout.ts';
import { printedPages } from '../../src/sheets/paging.ts';
import { hasPointsInput, itemNames, TOTAL_NAME } from '../../src/sheets/scoring.ts';
import { find, Harness, knownNames, namesIn, seed, squash, type Value } from '../support/form-harness.ts';

const { sheet, names } = annex1PrintSheet(oshUnit113);
const T = ANNEX1_TEXT;
const C = ANNEX1_COLUMNS;
const item = (id: string): Item => findItem(oshUnit113, id)!;
/** Room left for handwriting where there is no year. */
const BLANK = '\u3000\u3000\u3000';

const valueAt = (address: string) => sheet.cells.find((c) => c.address === address)?.value ?? null;

/** The item's title as printed: its pieces down the 項目 column of its level rows. */
function printedTitle(i: Item, top: number): string {
  return i.levels.map((_, k) => String(valueAt(`A${top + k}`) ?? '')).join('\n');
}

/** The row of an item's first level. */
function itemTop(i: Item): number {
  const flat = (t: string) => t.replace(/\n/g, '');
  const c = sheet.cells.find((x) => x.address.startsWith('A') && typeof x.value === 'string' && flat(printedTitle(i, parseCell(x.address).row)) === flat(itemTitle(i)));
  if (!c) throw new Error(`item ${i.id} not printed`);
  return parseCell(c.address).row;
}

/**
 * Scoring stub: every item at its best level (self-assessed the same) unless
 * said otherwise, with earned points as 評分 would give them.
 */
function scoringValues(over: Record<string, { level?: Value; points?: Value; count?: Value; self?: Value; earned?: number }> = {}) {
  const v: Record<string, Value> = {};
  for (const i of itemsOf(oshUnit113)) {
    const n = itemNames(i);
    const best = i.levels.at(-1)!;
    const o = over[i.id] ?? {};
    const level = 'level' in o ? o.level! : best.label;
    const chosen = i.levels.find((l) => l.label === level);
    const fixed = chosen?.scoring.kind === 'fixed' ? chosen.scoring.points : chosen?.scoring.max;
    v[n.level] = level;
    v[n.self] = 'self' in o ? o.self! : best.label;
    v[n.earned] = o.earned ?? (typeof o.points === 'number' ? o.points : (fixed ?? 0));
    v[n.applicable] = level === '不適用' ? 0 : i.points;
    if (hasPointsInput(i)) v[n.points] = o.points ?? null;
    if (i.count) v[n.count] = o.count ?? null;
  }
  return v;
}

const BASE: Record<string, Value> = {
  review_year: 113,
  cand_name: '台灣精密機械股份有限公司',
  cand_address: '臺中市西屯區工業區三十八路123號',
  cand_representative: '王大明',
  cand_classification_no: '12345678',
  cand_phone: '04-23591234',
  cand_workers_own: 325,
  cand_workers_contractors: 48,
  cand_insurance_no: '01234567',
  cand_ubn: '12345675',
  cand_industry_name: '建築工程業',
  cand_industry_code: '410',
  cand_safety_staff: '職業安全衛生業務主管：陳○○\n職業安全衛生管理師：林○○',
  review_unit: '臺中市政府',
  cand_image_sharing: '是',
  cand_image_sharing_text: '112年5月10日辦理安全衛生觀摩會',
  cand_image_welfare: '否',
  cand_image_other: '是',
  cand_image_other_text: '積極落實推動112年職場安全健康週活動計畫，相關資料詳如附件...',
  elig_year_1: 110,
  elig_year_2: 111,
  elig_year_3: 112,
  elig_own_fr_1: 1.5,
  elig_con_fr_1: 5.3,
  elig_own_fr_2: 0,
  elig_con_fr_2: 0.2,
  elig_own_fr_3: 0.3,
  elig_con_fr_3: 0.15,
  elig_own_sr_1: 105.2,
  elig_con_sr_1: 265.3,
  elig_own_sr_2: 0,
  elig_con_sr_2: 50.3,
  elig_own_sr_3: 12.4,
  elig_con_sr_3: 5.8,
  elig_avg_fr: 2.35,
  elig_avg_sr: 160,
  elig_result_injury_rates: '符合',
  elig_award_type_1: '國家職業安全衛生獎',
  elig_award_year_1: 105,
  elig_award_type_2: '優良獎',
  elig_award_year_2: 110,
  elig_award_type_3: '五星獎',
  elig_award_year_3: 106,
  elig_award_type_4: '優良獎',
  elig_award_year_4: 112,
  result_decision: RESULT_DECISIONS.pass,
  panel_name_1: '李○○',
  panel_org_1: '臺中市勞動檢查處',
  panel_title_1: '技正',
  section_1_earned: 6.5,
  section_1_applicable: 8,
  section_1_weighted: 6.5,
  total_score: 79.7856,
  ...scoringValues({
    '1.1': { level: '優', self: '良' },
    '1.2': { level: '', self: '' },
    '2.2': { level: '不適用' },
    '2.3': { level: '', points: 1.8 },
    '2.4': { level: '良', points: 2.5 },
    '3.6': { level: '未達', earned: 0 },
    '7.2': { level: '', count: 4, earned: 2 },
  }),
};

describe('附表一(列印)', () => {
  it('is the annex1 sheet, defining only the name the add-in finds it by', () => {
    expect(sheet.key).toBe('annex1');
    expect(sheet.name).toBe(SHEETS.annex1);
    expect(names.map((n) => [n.name, n.sheet, n.address])).toEqual([['print_annex1', 'annex1', 'A1']]);
  });

  it('prints on A4 portrait, one page wide, the column headers on every page, numbered pages', () => {
    const p = sheet.pageSetup!;
    expect(p.paperSize).toBe(9);
    expect(p.orientation).toBe('portrait');
    expect(p.fitToWidth).toBe(1);
    // As many pages tall as needed: automatic (0), the only setting under which Excel and LibreOffice keep manual breaks.
    expect(p.fitToHeight).toBe(0);
    expect(sheet.rowBreaks?.length).toBeGreaterThan(3);
    expect(p.margins).toEqual(A4_MARGINS);
    // Numbered within the form: its own first page is 1, its own page count the total.
    expect(p.firstPageNumber).toBe(1);
    expect(p.footer).toBe(PAGE_FOOTER.replace('&N', String(printedPages(sheet).length)));
    expect(p.printTitleRows).toBe(`${ANNEX1_TITLE_ROWS.first}:${ANNEX1_TITLE_ROWS.last}`);
    const lastRow = Math.max(...sheet.cells.map((c) => parseCell(c.address).row));
    expect(p.printArea).toBe(`A1:K${lastRow}`);
    const titleRows = sheet.cells.filter((c) => {
      const r = parseCell(c.address).row;
      return r >= ANNEX1_TITLE_ROWS.first && r <= ANNEX1_TITLE_ROWS.last;
    });
    expect(titleRows.map((c) => c.value)).toEqual(expect.arrayContaining([T.item, T.level, T.criteria, T.self, T.review]));
    expect(sheet.protect).toBe(true);
    expect(sheet.showGridLines).toBe(false);
    expect(sheet.cells.filter((c) => c.style?.locked === false)).toEqual([]);
  });

  it('sets every used row height, and the form face on every text cell', () => {
    const rows = new Set(sheet.rows.map((r) => r.index));
    for (const c of sheet.cells) {
      expect(rows.has(parseCell(c.address).row), c.address).toBe(true);
      if (c.value !== undefined || c.formula !== undefined) expect(c.style?.font?.name, c.address).toBe(FORM_FONT);
    }
  });

  it('gives every criterion and item title room for its whole text', () => {
    const width = (from: number, to: number) => sheet.columns.filter((c) => c.index >= from && c.index <= to).reduce((a, c) => a + c.width, 0);
    const height = (r: number) => sheet.rows.find((x) => x.index === r)!.height;
    for (const i of itemsOf(oshUnit113)) {
      const top = itemTop(i);
      i.levels.forEach((level, k) => {
        expect(sheet.cells.find((c) => c.address === cellAddress(top + k, C.criteria))?.value).toBe(level.text);
        expect(height(top + k), `${i.id} ${level.label}`).toBeGreaterThanOrEqual(wrappedHeight(level.text, width(C.criteria, C.criteriaEnd), 10));
      });
      // Each row holds its piece of the title: explicit lines no wider than the column.
      i.levels.forEach((_, k) => {
        const piece = String(valueAt(`A${top + k}`) ?? '');
        for (const line of piece.split('\n')) expect(displayWidth(line), `${i.id}: ${line}`).toBeLessThan(width(1, 2) * 1.1 - 1);
        if (piece) expect(height(top + k), `${i.id} row ${k}`).toBeGreaterThanOrEqual(wrappedHeight(piece, width(1, 2), 10));
      });
      expect(printedTitle(i, top).replace(/\n/g, '')).toBe(itemTitle(i).replace(/\n/g, ''));
    }
  });

  it('merges no cell across rows but the repeated header, so a page break cuts no text', () => {
    const { first, last } = ANNEX1_TITLE_ROWS;
    for (const m of sheet.merges) {
      const [a, b] = m.split(':').map((x) => parseCell(x).row) as [number, number];
      if (a !== b) expect([a, b], m).toEqual([first, last]);
    }
  });

  it('refers only to names defined by fields.ts, scoring.ts or the 資格審查 sheet', () => {
    const known = knownNames(oshUnit113);
    const used = new Set(sheet.cells.flatMap((c) => (c.formula ? namesIn(c.formula) : [])));
    expect([...used].filter((n) => !known.has(n))).toEqual([]);
  });

  it('evaluates every formula without an error, filled in and blank', () => {
    expect(new Harness(sheet, BASE).errors()).toEqual([]);
    expect(new Harness(sheet, {}).errors()).toEqual([]);
  });

  it('keeps every formula within Excel limits', () => {
    for (const c of sheet.cells.filter((x) => x.formula)) {
      expect(c.formula!.length, c.address).toBeLessThan(8192);
      let depth = 0;
      let max = 0;
      for (const ch of c.formula!.replace(/"(?:[^"]|"")*"/g, '""')) {
        if (ch === '(') max = Math.max(max, ++depth);
        if (ch === ')') depth--;
      }
      expect(max, c.address).toBeLessThanOrEqual(64);
    }
  });

  it('fills the header block from 基本資料', () => {
    const h = new Harness(sheet, BASE);
    expect(h.at('A1')).toBe('附表一');
    expect(h.at('A2')).toBe('113 年推行職業安全衛生優良單位推薦表');
    expect(h.at(find(sheet, 'cand_name'))).toBe('台灣精密機械股份有限公司');
    expect(h.at(find(sheet, 'cand_workers_own'))).toBe('原事業單位：325人\n承攬人：48人');
    expect(h.at(find(sheet, 'cand_industry_name'))).toBe('建築工程業(410)');
    expect(h.at(find(sheet, 'cand_ubn'))).toBe('12345675');
    expect(h.at(find(sheet, 'cand_safety_staff'))).toBe('職業安全衛生業務主管：陳○○\n職業安全衛生管理師：林○○');
    h.set({ review_year: null, cand_workers_contractors: null, cand_industry_code: null });
    expect(h.at('A2')).toBe('○○○ 年推行職業安全衛生優良單位推薦表');
    expect(h.at(find(sheet, 'cand_workers_own'))).toBe('原事業單位：325人\n承攬人：　人');
    expect(h.at(find(sheet, 'cand_industry_name'))).toBe('建築工程業');
  });

  it('prints each section line with its live figures', () => {
    const h = new Harness(sheet, BASE);
    expect(h.at(find(sheet, 'section_1_earned'))).toBe('可評得點數(6.5) ÷ 可評總點數(8.0) × 總點數(100) × 0.08 = (6.50)');
    expect(String(h.at(find(sheet, 'section_7_earned')))).toMatch(/× 0\.20 = \(0\.00\)$/);
    expect(h.at(find(sheet, TOTAL_NAME))).toBe(79.79);
  });

  describe('marks of each item', () => {
    const h = new Harness(sheet, BASE);
    /** [self marks, reviewer marks, points] of an item, row by row. */
    const marks = (id: string) => {
      const i = item(id);
      const top = itemTop(i);
      return {
        self: i.levels.map((_, k) => h.at(cellAddress(top + k, C.self))),
        reviewer: i.levels.map((_, k) => h.at(cellAddress(top + k, C.mark))),
        points: h.at(cellAddress(top, C.points)),
      };
    };
    it.each([
      ['a chosen level', '1.1', ['', 'V', ''], ['', '', 'V'], 3],
      ['an unscored item', '1.2', ['', '', ''], ['', '', ''], ''],
      ['不適用', '2.2', ['', '', 'V'], ['', '', ''], '不適用'],
      ['points typed without a level', '2.3', ['', '', 'V'], ['', 'V', ''], 1.8],
      ['a band level with its points', '2.4', ['', '', 'V'], ['', 'V', ''], 2.5],
      ['未達', '3.6', ['', 'V'], ['', ''], 0],
      ['a count without a level', '7.2', ['V'], ['V'], 2],
      ['a two-level item', '7.4', ['', 'V'], ['', 'V'], 5],
    ] as const)('%s (%s)', (_, id, self, reviewer, points) => {
      expect(marks(id)).toEqual({ self, reviewer, points });
    });
  });

  it('ticks 企業形象 from 基本資料 and prints each 具體事蹟', () => {
    const h = new Harness(sheet, BASE);
    expect(h.at(find(sheet, 'cand_image_sharing='))).toBe(`☑ ${T.imageSharing}`);
    expect(h.at(find(sheet, 'cand_image_welfare='))).toBe(`☐ ${T.imageWelfare}`);
    expect(h.at(find(sheet, 'cand_image_other='))).toBe(`☑ ${T.imageOther}`);
    expect(h.at(find(sheet, 'cand_image_sharing_text'))).toBe('具體事蹟：112年5月10日辦理安全衛生觀摩會');
    expect(h.at(find(sheet, 'cand_image_welfare_text'))).toBe('具體事蹟：');
  });

  it('prints the rates table as the filled example, with the 審查 result', () => {
    const h = new Harness(sheet, BASE);
    expect(h.at(find(sheet, 'elig_year_1'))).toBe('110年');
    expect(h.at(find(sheet, 'elig_year_3'))).toBe('112年');
    expect(h.at(find(sheet, 'elig_own_fr_1'))).toBe('原事業單位：1.5\n加計承攬人：5.3');
    expect(h.at(find(sheet, 'elig_own_sr_2'))).toBe('原事業單位：0\n加計承攬人：50.3');
    expect(h.at(find(sheet, 'elig_avg_fr'))).toBe(2.35);
    expect(h.at(find(sheet, 'elig_result_injury_rates'))).toBe('符合');
    h.set({ elig_con_fr_1: null, elig_year_1: null });
    expect(h.at(find(sheet, 'elig_own_fr_1'))).toBe('原事業單位：1.5\n加計承攬人：');
    expect(h.at(find(sheet, 'elig_year_1'))).toBe('　　年');
  });

  describe('awards history', () => {
    const lines = () => {
      const top = parseCell(find(sheet, T.nationalAward)).row;
      return (h: Harness) => Array.from({ length: 6 }, (_, k) => h.at(`C${top + k}`));
    };
    it('ticks each award with its years', () => {
      expect(lines()(new Harness(sheet, BASE))).toEqual([
        `☑ ${T.nationalAward} 105 ${T.awardYearTail}`,
        `☑ ${T.unitAward}`,
        `1. ☑ ${T.fiveStar} 106 ${T.awardYearTail}`,
        `2. ☑ ${T.excellence} 110、112 ${T.awardYearTail}`,
        `☐ ${T.neverAwarded}`,
        `☐ ${T.other}`,
      ]);
    });
    it('ticks 未曾獲優良單位 when there is none, even with a 國家獎', () => {
      const blankRows = Object.fromEntries(AWARD_FIELDS.flatMap((a) => [[a.type.name, null], [a.year.name, null]]));
      // Issue 12: blank rows alone are not a history; nothing is ticked until none is confirmed.
      expect(lines()(new Harness(sheet, { ...BASE, ...blankRows, elig_awards_none: null }))[4]).toBe(`☐ ${T.neverAwarded}`);
      const none = { ...blankRows, elig_awards_none: '是' };
      expect(lines()(new Harness(sheet, { ...BASE, ...none }))).toEqual([
        `☐ ${T.nationalAward} ${BLANK} ${T.awardYearTail}`,
        `☐ ${T.unitAward}`,
        `1. ☐ ${T.fiveStar} ${BLANK} ${T.awardYearTail}`,
        `2. ☐ ${T.excellence} ${BLANK} ${T.awardYearTail}`,
        `☑ ${T.neverAwarded}`,
        `☐ ${T.other}`,
      ]);
      const national = { ...none, elig_award_type_8: '國家職業安全衛生獎', elig_award_year_8: 108 };
      expect(lines()(new Harness(sheet, { ...BASE, ...national })).slice(0, 5)).toEqual([
        `☑ ${T.nationalAward} 108 ${T.awardYearTail}`,
        `☐ ${T.unitAward}`,
        `1. ☐ ${T.fiveStar} ${BLANK} ${T.awardYearTail}`,
        `2. ☐ ${T.excellence} ${BLANK} ${T.awardYearTail}`,
        `☑ ${T.neverAwarded}`,
      ]);
    });
  });

  it.each([
    [RESULT_DECISIONS.pass, ['☑', '☐', '☐']],
    [RESULT_DECISIONS.fail, ['☐', '☑', '☐']],
    [RESULT_DECISIONS.other, ['☐', '☐', '☑']],
    [null, ['☐', '☐', '☐']],
  ] as const)('ticks 初審結果 %s', (decision, ticks) => {
    const h = new Harness(sheet, { ...BASE, result_decision: decision, result_other: decision === RESULT_DECISIONS.other ? '補件後再議' : null });
    const top = parseCell(find(sheet, T.resultPass)).row;
    expect([0, 1, 2].map((k) => h.at(`A${top + k}`))).toEqual([
      `${ticks[0]} ${T.resultPass}`,
      `${ticks[1]} ${T.resultFail}`,
      `${ticks[2]} ${T.resultOther}${decision === RESULT_DECISIONS.other ? '補件後再議' : ''}`,
    ]);
  });

  it('prints a long 初審結果 其他 whole, over rows tall enough for it', () => {
    // 1,000 characters: at most 60 fit a line across the A4 page at 11 pt, so at least 17 lines of 11 pt.
    const other = '請受評單位於十日內補送近三年承攬人統計資料後再行審議，'.repeat(37).slice(0, 1000);
    const long = annex1PrintSheet(oshUnit113, { result_decision: RESULT_DECISIONS.other, result_other: other }).sheet;
    const h = new Harness(long, { ...BASE, result_decision: RESULT_DECISIONS.other, result_other: other });
    const rows = long.cells.filter((c) => c.formula?.includes('result_other')).map((c) => parseCell(c.address).row);
    expect(rows.map((r) => h.at(`A${r}`)).join('')).toBe(`☑ ${T.resultOther}${other}`);
    const height = rows.reduce((sum, r) => sum + (long.rows.find((x) => x.index === r)?.height ?? 15), 0);
    expect(height).toBeGreaterThanOrEqual(17 * 11);
    for (const r of rows) expect(long.rows.find((x) => x.index === r)!.height).toBeLessThanOrEqual(409);
  });

  it('lists the panel with an empty, tall 簽名 column, then the 初審單位 and its seal box', () => {
    const h = new Harness(sheet, BASE);
    const first = parseCell(find(sheet, 'panel_name_1')).row;
    expect(h.at(`C${first}`)).toBe('李○○');
    expect(h.at(find(sheet, 'panel_org_1'))).toBe('臺中市勞動檢查處');
    expect(h.at(find(sheet, 'panel_name_2'))).toBe('');
    PANEL_FIELDS.forEach((_, k) => {
      const sign = sheet.cells.find((c) => c.address === `I${first + k}`)!;
      expect(sign.value ?? null).toBeNull();
      expect(sign.formula).toBeUndefined();
      expect(sheet.rows.find((r) => r.index === first + k)!.height).toBeGreaterThanOrEqual(36);
    });
    expect(h.at(find(sheet, 'review_unit'))).toBe('初審單位：臺中市政府');
    const seal = find(sheet, T.seal);
    // An empty box, outlined in black, at least four rows tall.
    const { row: sealRow, column: sealCol } = parseCell(seal);
    const border = (r: number, c: number) => sheet.cells.find((x) => x.address === cellAddress(r, c))?.style?.border ?? {};
    expect(border(sealRow, sealCol)).toMatchObject({ top: 'medium', left: 'medium' });
    const boxBottom = sealRow + [1, 2, 3, 4, 5, 6].findIndex((k) => border(sealRow + k, 11).bottom === 'medium') + 1;
    expect(boxBottom - sealRow).toBeGreaterThanOrEqual(3);
    for (let r = sealRow + 1; r <= boxBottom; r++) {
      expect(border(r, sealCol).top, `row ${r}`).toBeUndefined();
      expect(sheet.cells.find((x) => x.address === cellAddress(r, sealCol))?.value ?? null).toBeNull();
    }
    // The 備註 line closes the form.
    const last = sheet.cells.reduce((a, c) => (parseCell(c.address).row > parseCell(a.address).row ? c : a));
    expect(last.value).toBe(T.remark);
  });

  it('prints the official wording verbatim', () => {
    const values = new Set(sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string'));
    const sheetText = squash(
      sheet.cells
        .map((c) => (c.formula ? [...c.formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).join('') : String(c.value ?? '')))
        .join('|'),
    );
    for (const text of Object.values(T)) {
      expect(seed, text).toContain(squash(text));
      expect(sheetText, text).toContain(squash(text));
    }
    for (const section of oshUnit113.sections) {
      const heading = `${section.numeral}、${section.title}`;
      expect(seed, heading).toContain(squash(heading));
      expect(values.has(heading), heading).toBe(true);
    }
    // Criteria exactly as the rubric transcribes them; titles too.
    for (const i of itemsOf(oshUnit113)) {
      expect(printedTitle(i, itemTop(i)).replace(/\n/g, '')).toContain(i.title);
      for (const level of i.levels) expect(values.has(level.text), `${i.id} ${level.label}`).toBe(true);
    }
  });
});
