/**
 * How a described sheet prints: the scale Excel's fit-to-page settings give
 * it, the points a page holds, and where pages break. Pure arithmetic over
 * the description (column widths in Excel's character units, row heights,
 * page setup), so the builders can place manual breaks at item boundaries
 * and tests can check type size and pagination without a printer.
 */
import { parseRange } from './address.ts';
import type { PageSetupDescription, SheetDescription } from './types.ts';

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
/** The smallest type a printed form may have, in points at print scale. */
export const MIN_PRINTED_SIZE = 9;
/** Excel's default row height (Calibri 11) where a sheet sets none. */
export const DEFAULT_ROW_HEIGHT = 15;

/** Paper sizes in points, by Excel's code (9: A4, 1: Letter). */
const PAPER: Record<number, { width: number; height: number }> = {
  1: { width: 612, height: 792 },
  9: { width: 595.28, height: 841.89 },
};

/**
 * A column width in Excel's character units as points: Excel draws
 * `trunc((256·w + trunc(128/7)) / 256 · 7)` pixels for the default font
 * (Calibri 11, 7-pixel digits), at 96 pixels per inch. LibreOffice draws
 * columns as wide or wider (without Calibri's metric twin Carlito, about a
 * third wider), so fitting the width it prints at a smaller scale, and a
 * page broken for Excel's scale never overflows there.
 */
export function columnPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/** The rows and columns a sheet prints: its print area, or everything described. */
export function printedExtent(sheet: SheetDescription): { top: number; bottom: number; left: number; right: number } {
  const area = sheet.pageSetup?.printArea;
  if (area) {
    const { start, end } = parseRange(area);
    return { top: start.row, bottom: end.row, left: start.column, right: end.column };
  }
  const right = Math.max(1, ...sheet.columns.map((c) => c.index));
  const bottom = Math.max(1, ...sheet.rows.map((r) => r.index));
  return { top: 1, bottom, left: 1, right };
}

const columnWidth = (sheet: SheetDescription, index: number): number => {
  const c = sheet.columns.find((col) => col.index === index);
  if (c?.hidden) return 0;
  return c ? c.width : 8.43;
};

/** A row's height in points as described (0 if hidden), Excel's default otherwise. */
export function rowHeight(sheet: SheetDescription, index: number): number {
  const r = sheet.rows.find((row) => row.index === index);
  if (r?.hidden) return 0;
  return r ? r.height : DEFAULT_ROW_HEIGHT;
}

/** The printable box of one page in points (paper less margins), for a page setup. */
export function printableBox(setup: PageSetupDescription): { width: number; height: number } {
  const paper = PAPER[setup.paperSize ?? 9] ?? PAPER[9]!;
  const landscape = setup.orientation === 'landscape';
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const width = (landscape ? paper.height : paper.width) - (m.left + m.right) * 72;
  const height = (landscape ? paper.width : paper.height) - (m.top + m.bottom) * 72;
  return { width, height };
}

/** The rows "1:4" of `printTitleRows`, or none. */
export function titleRows(setup: PageSetupDescription | undefined): { first: number; last: number } | undefined {
  if (!setup?.printTitleRows) return undefined;
  const [a, b] = setup.printTitleRows.split(':').map(Number);
  return { first: a!, last: b ?? a! };
}

/**
 * The scale Excel prints a sheet at: 1 without fit-to-page; with it, the
 * largest whole percentage that fits the width in `fitToWidth` pages and
 * the height in `fitToHeight` pages (0: any), never above 100 %.
 */
export function printScale(sheet: SheetDescription): number {
  const setup = sheet.pageSetup;
  if (!setup || (setup.fitToWidth === undefined && setup.fitToHeight === undefined)) return 1;
  const box = printableBox(setup);
  const ext = printedExtent(sheet);
  let scale = 1;
  const wide = setup.fitToWidth ?? 1;
  if (wide > 0) {
    let width = 0;
    for (let c = ext.left; c <= ext.right; c++) width += columnPoints(columnWidth(sheet, c));
    scale = Math.min(scale, (box.width * wide) / width);
  }
  const tall = setup.fitToHeight ?? 0;
  if (tall > 0) {
    let height = 0;
    for (let r = ext.top; r <= ext.bottom; r++) height += rowHeight(sheet, r);
    // Title rows repeat on every page but the first, which holds them anyway.
    const titles = titleRows(setup);
    let titleHeight = 0;
    if (titles) for (let r = titles.first; r <= titles.last; r++) titleHeight += rowHeight(sheet, r);
    scale = Math.min(scale, (box.height * tall) / (height + titleHeight * (tall - 1)));
  }
  return Math.max(0.1, Math.floor(scale * 100 + 1e-9) / 100);
}

/** The rows of each printed page, as Excel lays them out: manual breaks, then automatic ones when a page is full. */
export function printedPages(sheet: SheetDescription): { top: number; bottom: number }[] {
  const setup = sheet.pageSetup;
  const ext = printedExtent(sheet);
  if (!setup) return [{ top: ext.top, bottom: ext.bottom }];
  const scale = printScale(sheet);
  const titles = titleRows(setup);
  let titleHeight = 0;
  if (titles) for (let r = titles.first; r <= titles.last; r++) titleHeight += rowHeight(sheet, r);
  const page = printableBox(setup).height / scale;
  const breaks = new Set(sheet.rowBreaks ?? []);
  const pages: { top: number; bottom: number }[] = [];
  let top = ext.top;
  let used = 0;
  for (let r = ext.top; r <= ext.bottom; r++) {
    const h = rowHeight(sheet, r);
    const repeats = titles !== undefined && pages.length > 0 && !(r >= titles.first && r <= titles.last);
    const room = page - (repeats ? titleHeight : 0);
    if (r > top && used + h > room + 0.01) {
      pages.push({ top, bottom: r - 1 });
      top = r;
      used = 0;
    }
    used += h;
    if (breaks.has(r) && r < ext.bottom) {
      pages.push({ top, bottom: r });
      top = r + 1;
      used = 0;
    }
  }
  pages.push({ top, bottom: ext.bottom });
  return pages;
}

/** Rows that must print on one page, first to last. */
export interface KeepTogether {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Manual breaks (after these rows) so that no block of `keep` straddles a
 * page: blocks are packed onto pages in order, a block that does not fit
 * starting a new page. `fill` (below 1) leaves room for renderers whose
 * rows come out a little taller than described. A block taller than a page
 * still breaks inside, where Excel puts it.
 */
export function placeBreaks(sheet: SheetDescription, keep: readonly KeepTogether[], fill = 0.97): number[] {
  const setup = sheet.pageSetup;
  if (!setup) return [];
  const ext = printedExtent(sheet);
  const scale = printScale(sheet);
  const titles = titleRows(setup);
  let titleHeight = 0;
  if (titles) for (let r = titles.first; r <= titles.last; r++) titleHeight += rowHeight(sheet, r);
  const page = (printableBox(setup).height / scale) * fill;
  // Each row belongs to the block that holds it, or stands alone.
  const blockOf = new Map<number, KeepTogether>();
  for (const k of keep) for (let r = k.top; r <= k.bottom; r++) blockOf.set(r, k);
  const forced = new Set(sheet.rowBreaks ?? []);
  const breaks: number[] = [...forced];
  let used = 0;
  let first = true;
  let r = ext.top;
  while (r <= ext.bottom) {
    const block = blockOf.get(r) ?? { top: r, bottom: r };
    const bottom = Math.min(block.bottom, ext.bottom);
    let h = 0;
    for (let i = r; i <= bottom; i++) h += rowHeight(sheet, i);
    const room = page - (first || !titles ? 0 : titleHeight);
    if (used > 0 && used + h > room) {
      breaks.push(r - 1);
      first = false;
      used = 0;
    }
    used += h;
    // A block taller than a page overflows: Excel breaks it where it must.
    const roomNow = page - (first || !titles ? 0 : titleHeight);
    while (used > roomNow) {
      used -= roomNow;
      first = false;
    }
    let forcedHere = false;
    for (let i = r; i <= bottom; i++) if (forced.has(i)) forcedHere = true;
    if (forcedHere) {
      used = 0;
      first = false;
    }
    r = bottom + 1;
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** Effective size in points of `size`-point type on the printed page. */
export function printedSize(sheet: SheetDescription, size: number): number {
  return size * printScale(sheet);
}

/**
 * The sheet as it should print with manual breaks between the `keep`
 * blocks. Fit-to-page drops manual breaks unless the height is left free:
 * LibreOffice ignores them at 1 wide × 99 tall and honours them at 1 × 0
 * (automatic), as Excel does; so a sheet with breaks prints 1 page wide by
 * automatic tall. The footer's page total (&N, which both count over every
 * sheet printed together) becomes this sheet's own count, numbered from its
 * first page.
 */
export function withBreaks(sheet: SheetDescription, keep: readonly KeepTogether[], forced: readonly number[]): SheetDescription {
  const setup = sheet.pageSetup;
  if (!setup) return sheet;
  let out: SheetDescription = sheet;
  // A sheet fitted to one page tall has no breaks to place.
  if ((keep.length > 0 || forced.length > 0) && setup.fitToHeight !== 1) {
    out = setup.fitToWidth !== undefined ? { ...sheet, pageSetup: { ...setup, fitToHeight: 0 } } : sheet;
    const breaks = placeBreaks({ ...out, rowBreaks: [...forced].sort((a, b) => a - b) }, keep);
    if (breaks.length > 0) out = { ...out, rowBreaks: breaks };
  }
  const footer = out.pageSetup?.footer;
  if (out.pageSetup?.firstPageNumber === 1 && footer?.includes('&N')) {
    out = { ...out, pageSetup: { ...out.pageSetup, footer: footer.replace(/&N/g, String(printedPages(out).length)) } };
  }
  return out;
}
