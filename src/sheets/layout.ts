/**
 * What every review sheet shares: tab names, keys, fonts, colours, borders.
 * Bump LAYOUT_VERSION whenever a name moves to another meaning, so a reader
 * can recognise and upgrade older workbooks.
 */
import type { Borders, CellStyle, Margins, PageSetupDescription } from './types.ts';

export const LAYOUT_VERSION = 1;

/** Stable sheet keys and their zh-TW tab names. */
export const SHEETS = {
  basic: '基本資料',
  eligibility: '資格審查',
  scoring: '評分',
  opinion: '初審意見表',
  annex1: '附表一(列印)',
  meta: 'osh_review_meta',
} as const;

export type SheetKey = keyof typeof SHEETS;

/**
 * Names at A1 of the printable sheets: the add-in rebuilds only the sheet a
 * name points to, so a user's sheet that happens to be called 初審意見表 is
 * never taken for ours.
 */
export const PRINT_SHEET_NAMES = { opinion: 'print_opinion', annex1: 'print_annex1' } as const;

/** A Chinese font every Windows and Mac Office has; LibreOffice falls back to Noto CJK. */
export const BODY_FONT = '微軟正黑體';
/** The official forms' face. */
export const FORM_FONT = '標楷體';

export const COLORS = {
  input: 'FFFFF9E6',
  inputBorder: 'FFBF9000',
  header: 'FFDDEBF7',
  section: 'FFBDD7EE',
  computed: 'FFF2F2F2',
  ok: 'FF107C10',
  bad: 'FFC50F1F',
  warn: 'FF9D5D00',
  muted: 'FF605E5C',
  differs: 'FFFCE4D6',
  black: 'FF000000',
  white: 'FFFFFFFF',
} as const;

export const THIN_BOX: Borders = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' };
export const MEDIUM_BOX: Borders = { top: 'medium', left: 'medium', bottom: 'medium', right: 'medium' };

/** An input cell: unlocked, pale yellow, so it is plain what a reviewer fills. */
export function inputStyle(extra: CellStyle = {}): CellStyle {
  return {
    font: { name: BODY_FONT, size: 11 },
    fill: COLORS.input,
    border: THIN_BOX,
    alignment: { vertical: 'middle', wrapText: true },
    locked: false,
    ...extra,
  };
}

export function labelStyle(extra: CellStyle = {}): CellStyle {
  return {
    font: { name: BODY_FONT, size: 11, bold: true },
    fill: COLORS.header,
    border: THIN_BOX,
    alignment: { vertical: 'middle', wrapText: true },
    ...extra,
  };
}

export function textStyle(extra: CellStyle = {}): CellStyle {
  return { font: { name: BODY_FONT, size: 10 }, border: THIN_BOX, alignment: { vertical: 'top', wrapText: true }, ...extra };
}

export function computedStyle(extra: CellStyle = {}): CellStyle {
  return {
    font: { name: BODY_FONT, size: 11 },
    fill: COLORS.computed,
    border: THIN_BOX,
    alignment: { vertical: 'middle', horizontal: 'center' },
    ...extra,
  };
}

export function titleStyle(size = 16): CellStyle {
  return { font: { name: BODY_FONT, size, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
}

/** Narrow A4 margins (inches), as the official forms use. */
export const A4_MARGINS: Margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * "Fit to 1 page wide" with a page count tall that never binds. Not 0 ("any"):
 * LibreOffice 7.4 drops the last page of a sheet printed 1 wide × 0 tall with
 * repeated title rows, so the forms would lose their closing rows there.
 */
export const PAGES_TALL = 99;

/**
 * "第 N 頁，共 M 頁" in Excel's header/footer codes. With `firstPageNumber: 1`
 * the builder writes the sheet's own page count for &N, which both Excel and
 * LibreOffice would count over every sheet printed together.
 */
export const PAGE_FOOTER = '&C第 &P 頁，共 &N 頁';

/**
 * How the review's sheets print: A4, one page wide and as many tall as
 * needed (PAGES_TALL), our margins, "第 n 頁，共 N 頁" of the sheet's own pages at the foot; `extra`
 * adds title rows or centring, or overrides a setting.
 */
export function a4Page(orientation: 'portrait' | 'landscape', printArea: string, extra: Partial<PageSetupDescription> = {}): PageSetupDescription {
  return { paperSize: 9, orientation, margins: A4_MARGINS, fitToWidth: 1, fitToHeight: PAGES_TALL, printArea, footer: PAGE_FOOTER, firstPageNumber: 1, ...extra };
}

/** Display columns a string takes: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * A row height (points) that shows `text` wrapped in a column `width`
 * characters wide at `fontSize`; Excel and LibreOffice do not grow rows of
 * merged or pre-sized cells by themselves, so the layout sets them.
 */
export function wrappedHeight(text: string, width: number, fontSize = 10, minLines = 1): number {
  // A column of width w holds about w × 11 / fontSize half-width characters.
  const perLine = Math.max(1, Math.floor((width * 11) / fontSize) - 1);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
  return Math.ceil(Math.max(lines, minLines) * fontSize * 1.35 + 5);
}
