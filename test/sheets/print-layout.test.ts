/**
 * How the printed forms come out on paper, computed from their page setup:
 * type size at the scale Excel prints, rows within Excel's limit, manual
 * breaks between items and blocks, page numbers per form, plain words and
 * sign-off lines. The examples' workbooks, as the CLI writes them.
 */
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { parseCell, parseRange } from '../../src/sheets/address.ts';
import { ANNEX2_SHEETS } from '../../src/sheets/annex2.ts';
import { ANNEX4_SHEET } from '../../src/sheets/annex4.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { MAX_ROW_HEIGHT, MIN_PRINTED_SIZE, printedExtent, printedPages, printScale, rowHeight } from '../../src/sheets/paging.ts';
import { PANEL_SHEET } from '../../src/sheets/panel.ts';
import { RANKING_SHEET } from '../../src/sheets/ranking.ts';
import { itemNames } from '../../src/sheets/scoring.ts';
import type { SheetDescription, WorkbookDescription } from '../../src/sheets/types.ts';
import { exampleWorkbooks } from '../../packages/fixtures/forms.ts';

const books = exampleWorkbooks();
const all: WorkbookDescription['sheets'] = Object.values(books).flatMap((b) => b.sheets);
const sheet = (name: string): SheetDescription => all.find((s) => s.name === name)!;
/** The forms a reviewer prints and hands on. */
const FORMS = [SHEETS.opinion, SHEETS.annex1, SHEETS.scoring, ANNEX2_SHEETS.print.name, ANNEX4_SHEET.name, PANEL_SHEET.name, RANKING_SHEET.name];

/** Cells that print: inside the print area, in a shown row and column, with something in them. */
function printedCells(s: SheetDescription) {
  const ext = printedExtent(s);
  const hiddenColumns = new Set(s.columns.filter((c) => c.hidden).map((c) => c.index));
  return s.cells.filter((c) => {
    const { row, column } = parseCell(c.address);
    const shown = row >= ext.top && row <= ext.bottom && column >= ext.left && column <= ext.right && !hiddenColumns.has(column) && rowHeight(s, row) > 0;
    return shown && (c.formula !== undefined || (c.value !== null && c.value !== undefined && c.value !== ''));
  });
}

describe('printed forms', () => {
  it('are all here', () => {
    for (const name of FORMS) expect(sheet(name), name).toBeDefined();
  });

  it.each(FORMS)('%s prints no text below 9 pt at the scale Excel prints it', (name) => {
    const s = sheet(name);
    const scale = printScale(s);
    const small = printedCells(s)
      .map((c) => ({ address: c.address, size: (c.style?.font?.size ?? 11) * scale }))
      .filter((c) => c.size < MIN_PRINTED_SIZE - 1e-9)
      .map((c) => `${c.address} ${c.size.toFixed(2)} pt`);
    expect(small).toEqual([]);
  });

  it('computes the scale from Excel column widths and the page setup', () => {
    // 初審意見表: columns 26 + 92 characters = 182 + 644 px = 619.5 pt on a 523.3-pt-wide A4 page.
    expect(printScale(sheet(SHEETS.opinion))).toBe(0.84);
    // Fitted to one page tall, the height binds too.
    const tall = { ...sheet(SHEETS.opinion), pageSetup: { ...sheet(SHEETS.opinion).pageSetup!, fitToHeight: 1 }, rows: sheet(SHEETS.opinion).rows.map((r) => ({ ...r, height: r.height * 2 })) };
    expect(printScale(tall)).toBeLessThan(0.5);
  });

  it.each(all.map((s) => [s.name, s] as const))('%s has no row taller than Excel allows', (_, s) => {
    expect(s.rows.filter((r) => r.height > MAX_ROW_HEIGHT).map((r) => `${r.index}: ${r.height}`)).toEqual([]);
  });

  it.each(FORMS)('%s numbers its own pages, and breaks only where Excel and LibreOffice keep manual breaks', (name) => {
    const s = sheet(name);
    const p = s.pageSetup!;
    expect(p.firstPageNumber).toBe(1);
    expect(p.footer ?? '第 &P 頁，共 1 頁').toBe(`&C第 &P 頁，共 ${printedPages(s).length} 頁`);
    if (s.rowBreaks?.length) expect(p.fitToHeight).toBe(0);
  });

  it('never prints a page holding only a header and a line or two', () => {
    for (const name of FORMS) {
      const s = sheet(name);
      const pages = printedPages(s);
      for (const page of pages.slice(1)) expect(page.bottom - page.top, `${name} rows ${page.top}-${page.bottom}`).toBeGreaterThanOrEqual(2);
    }
  });

  describe('breaks fall between items, never through one', () => {
    const straddles = (s: SheetDescription, top: number, bottom: number) => (s.rowBreaks ?? []).some((r) => r >= top && r < bottom);
    it('附表一(列印)', () => {
      const s = sheet(SHEETS.annex1);
      expect(s.rowBreaks?.length).toBeGreaterThan(3);
      for (const item of oshUnit113.sections.flatMap((x) => x.items)) {
        const marks = s.cells.filter((c) => c.formula?.startsWith(`IF(${itemNames(item).level}=`) || c.formula?.includes(`IF(OR(${itemNames(item).level}=`)).map((c) => parseCell(c.address).row);
        const top = Math.min(...marks);
        const bottom = Math.max(...marks);
        expect(bottom - top + 1, item.id).toBe(item.levels.length);
        expect(straddles(s, top, bottom), item.id).toBe(false);
      }
      // 初審結果, the signatures, 初審單位 and its 印信 on one page.
      const rowOf = (text: string) => parseCell(s.cells.find((c) => c.value === text || c.formula?.includes(text))!.address).row;
      expect(straddles(s, rowOf('初審結果'), rowOf('初審單位\n印信'))).toBe(false);
    });

    it('評分', () => {
      const s = sheet(SHEETS.scoring);
      expect(s.rowBreaks?.length).toBeGreaterThan(3);
      for (const merge of s.merges) {
        const { start, end } = parseRange(merge);
        expect(straddles(s, start.row, end.row), merge).toBe(false);
      }
    });

    it.each([ANNEX2_SHEETS.print.name, ANNEX4_SHEET.name, PANEL_SHEET.name, RANKING_SHEET.name])('%s keeps its merged cells and sign-off whole', (name) => {
      const s = sheet(name);
      for (const merge of s.merges) {
        const { start, end } = parseRange(merge);
        expect(straddles(s, start.row, end.row), merge).toBe(false);
      }
    });
  });
});

describe('plain words on paper', () => {
  const texts = (s: SheetDescription) => printedCells(s).map((c) => String(c.value ?? c.formula ?? ''));

  it('小組合議 heads the members by name, not by file', () => {
    const s = sheet(PANEL_SHEET.name);
    const heads = s.cells.filter((c) => c.address.match(/^[A-Z]+4$/)).map((c) => c.value);
    expect(heads).toEqual(expect.arrayContaining(['李○○', '黃○○']));
    expect(heads.filter((h) => typeof h === 'string' && h.endsWith('.json'))).toEqual([]);
  });

  it('小組合議 names no JSON path and no program', () => {
    const words = texts(sheet(PANEL_SHEET.name)).join('\n');
    expect(words).not.toMatch(/candidate\.|reviewDate|osh-review|\bTRUE\b|\bFALSE\b/);
  });

  it('附表一(列印) carries its caption, and 評分 is titled as the working sheet it is', () => {
    expect(sheet(SHEETS.annex1).cells.find((c) => c.address === 'A1')?.value).toBe('附表一');
    expect(String(sheet(SHEETS.scoring).cells.find((c) => c.address === 'A1')?.value)).toMatch(/^初審評分工作表/);
  });
});

describe('sign-off', () => {
  it.each([PANEL_SHEET.name, RANKING_SHEET.name])('%s ends with 初審單位, the date and a line to sign per member, on one page', (name) => {
    const s = sheet(name);
    const find = (re: RegExp) => s.cells.filter((c) => re.test(String(c.value ?? ''))).map((c) => parseCell(c.address).row);
    const [unit] = find(/^初審單位：/);
    const [date] = find(/^日期：/);
    const [sign] = find(/^簽名$/);
    expect(unit).toBeDefined();
    expect(date).toBe(unit);
    expect(sign).toBeGreaterThan(unit!);
    const last = printedExtent(s).bottom;
    expect(last - sign!).toBeGreaterThanOrEqual(3);
    expect((s.rowBreaks ?? []).some((r) => r >= unit! && r < last)).toBe(false);
  });
});
