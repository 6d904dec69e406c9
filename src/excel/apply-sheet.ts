/**
 * Queues a `SheetDescription` onto an Office.js worksheet: the one place
 * where our plain descriptions become Excel proxy calls in the add-in. It
 * only queues; the caller syncs once for the whole batch.
 */
import { cellAddress, columnLetter, parseCell, parseRange } from '../sheets/address.ts';
import type { BorderStyle, CellDescription, CellStyle, SheetDescription } from '../sheets/types.ts';

/** "FF2E75B6" → "#2E75B6". */
export function cssColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

/**
 * A column width as the file stores it (what ExcelJS writes: characters of
 * the body font, 7 px each, padding included) as Office.js points (0.75 per
 * pixel), so both writers give a column the same pixels. (Adding Excel's
 * 5 px padding again made every column of the step path 5 px wider.)
 */
export function widthToPoints(chars: number): number {
  return Math.round(chars * 7 * 0.75 * 100) / 100;
}

/**
 * A value as Office.js should receive it so that text stays text. Excel
 * takes a string written through `values` or `formulas` as typed input: in a
 * cell not formatted as text it would turn "1-1-1" into a date, "04595257"
 * into 4595257, "50%" into 0.5 and "=1+1" into a formula, by rules that
 * depend on the user's locale. So every non-empty string for such a cell
 * gets Excel's quote prefix ("'"), which keeps the rest as text whatever it
 * looks like; a cell formatted as text ("@") never parses, and there the
 * string goes as it is (a quote there would be kept as part of the text).
 */
export function asCellInput(value: CellDescription['value'], textFormatted: boolean): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && value !== '' && !textFormatted) return `'${value}`;
  return value;
}

const BORDER: Record<BorderStyle, { style: string; weight: string }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dotted: { style: 'Dot', weight: 'Thin' },
  dashed: { style: 'Dash', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
};

const EDGES = { top: 'EdgeTop', left: 'EdgeLeft', bottom: 'EdgeBottom', right: 'EdgeRight' } as const;
const WEIGHT: Record<BorderStyle, number> = { hair: 0, dotted: 1, dashed: 1, thin: 1, medium: 2, thick: 3, double: 4 };
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify', general: 'General' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * Applies one style to a range in as few property sets as Office.js allows.
 * `inside`: the range is a run of cells that each have the style, so a left
 * or right border is drawn between them too (Office.js's EdgeLeft and
 * EdgeRight are the range's outer edges only); a merged range has no inside.
 */
function queueStyle(range: Excel.Range, style: CellStyle, inside: boolean): void {
  const format: Record<string, unknown> = {};
  if (style.alignment?.horizontal) format.horizontalAlignment = H_ALIGN[style.alignment.horizontal];
  if (style.alignment?.vertical) format.verticalAlignment = V_ALIGN[style.alignment.vertical];
  if (style.alignment?.wrapText) format.wrapText = true;
  if (style.alignment?.indent) format.indentLevel = style.alignment.indent;
  const f = style.font;
  if (f) {
    format.font = {
      ...(f.name ? { name: f.name } : {}),
      ...(f.size ? { size: f.size } : {}),
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(f.underline ? { underline: 'Single' } : {}),
      ...(f.color ? { color: cssColor(f.color) } : {}),
    };
  }
  if (style.fill) format.fill = { color: cssColor(style.fill) };
  if (style.locked === false) format.protection = { locked: false };
  if (Object.keys(format).length > 0) range.format.set(format as Excel.Interfaces.RangeFormatUpdateData);
  if (style.border) {
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const b = style.border[side];
      if (b) range.format.borders.getItem(EDGES[side]).set(BORDER[b] as Excel.Interfaces.RangeBorderUpdateData);
    }
    const { left, right } = style.border;
    // Between two cells of the run stand one's right and the next one's left: the heavier shows.
    const between = left && right ? (WEIGHT[right] > WEIGHT[left] ? right : left) : (left ?? right);
    if (inside && between) range.format.borders.getItem('InsideVertical').set(BORDER[between] as Excel.Interfaces.RangeBorderUpdateData);
  }
}

/** Cells with the same style in a row, run together, so one call formats the run. */
function styleRuns(cells: readonly CellDescription[]): { range: string; style: CellStyle }[] {
  const runs: { row: number; from: number; to: number; key: string; style: CellStyle }[] = [];
  const sorted = cells
    .filter((c) => c.style)
    .map((c) => ({ ...parseCell(c.address), style: c.style!, key: JSON.stringify(c.style) }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  for (const c of sorted) {
    const last = runs.at(-1);
    if (last && last.row === c.row && last.to === c.column - 1 && last.key === c.key) last.to = c.column;
    else runs.push({ row: c.row, from: c.column, to: c.column, key: c.key, style: c.style });
  }
  return runs.map((r) => ({ range: r.from === r.to ? cellAddress(r.row, r.from) : `${cellAddress(r.row, r.from)}:${cellAddress(r.row, r.to)}`, style: r.style }));
}

/** The rectangle A1:… that holds every described cell. */
export function extentOf(sheet: SheetDescription): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  for (const c of sheet.cells) {
    const { row, column } = parseCell(c.address);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const m of sheet.merges) {
    const { end } = parseRange(m);
    rows = Math.max(rows, end.row);
    columns = Math.max(columns, end.column);
  }
  return { rows, columns };
}

/** How every protected sheet is protected (no password): the finalised sheets too. */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' };

export interface ApplyOptions {
  /** ExcelApi 1.9: page layout. Without it the sheet is written but printed with Excel's defaults. */
  readonly pageLayout: boolean;
}

/** One bounded piece of a sheet's writes, queued onto the sheet it is given. */
export type SheetStep = (ws: Excel.Worksheet) => void;

/**
 * The whole description as steps to queue onto a new, empty worksheet, in
 * order: contents as one formulas array and number formats as one array,
 * styles by runs, merges, sizes, validation, conditional formats, page
 * setup, protection. A caller may sync between any two steps (below
 * ExcelApi 1.13 a large sheet is sent in several requests).
 */
export function sheetSteps(sheet: SheetDescription, options: ApplyOptions): SheetStep[] {
  const steps: SheetStep[] = [];
  const { rows, columns } = extentOf(sheet);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string | number | boolean>(columns).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill('General'));
  for (const c of sheet.cells) {
    const { row, column } = parseCell(c.address);
    formulas[row - 1]![column - 1] = c.formula !== undefined ? `=${c.formula}` : asCellInput(c.value, c.style?.numberFormat === '@');
    if (c.style?.numberFormat) formats[row - 1]![column - 1] = c.style.numberFormat;
  }
  steps.push((ws) => {
    const all = ws.getRange(`A1:${cellAddress(rows, columns)}`);
    // Number formats first, so text-formatted inputs take their values as text.
    all.numberFormat = formats;
    all.formulas = formulas;
  });

  steps.push((ws) => {
    for (const col of sheet.columns) {
      const range = ws.getRange(`${columnLetter(col.index)}:${columnLetter(col.index)}`);
      range.format.columnWidth = widthToPoints(col.width);
      if (col.hidden) range.columnHidden = true;
    }
    for (const row of sheet.rows) {
      const range = ws.getRange(`${row.index}:${row.index}`);
      range.format.rowHeight = row.height;
      if (row.hidden) range.rowHidden = true;
    }
  });
  for (const run of styleRuns(sheet.cells)) steps.push((ws) => queueStyle(ws.getRange(run.range), run.style, run.range.includes(':')));
  // A merged area takes its first cell's style whole (as Excel's merge and ExcelJS's do), so its
  // outer borders are drawn on every side, not only around the first cell.
  const styleAt = new Map(sheet.cells.filter((c) => c.style).map((c) => [c.address, c.style!]));
  for (const m of sheet.merges) {
    const style = styleAt.get(m.split(':')[0]!);
    steps.push((ws) => {
      const range = ws.getRange(m);
      if (style) queueStyle(range, style, false);
      if (style?.numberFormat) {
        const { start, end } = parseRange(m);
        range.numberFormat = Array.from({ length: end.row - start.row + 1 }, () => Array<string>(end.column - start.column + 1).fill(style.numberFormat!));
      }
      range.merge(false);
    });
  }

  for (const v of sheet.validations) {
    steps.push((ws) => {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule =
        v.type === 'list'
          ? { list: { inCellDropDown: true, source: v.values.join(',') } }
          : v.type === 'whole'
            ? { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } }
            : { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
      if (v.error) dv.errorAlert = { message: v.error, showAlert: true, style: 'Stop', title: '輸入不符' };
      // Said either way: a new rule's prompt is shown by default in Office.js, and the file's is not.
      dv.prompt = v.prompt ? { message: v.prompt, showPrompt: true, title: '' } : { message: '', showPrompt: false, title: '' };
    });
  }
  // Excel puts each new rule at the top priority: added last to first, they end in the description's order (first = priority 1).
  for (const cf of [...sheet.conditionalFormats].reverse()) {
    steps.push((ws) => {
      const format = ws.getRange(cf.range).conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${cf.formula}`;
      if (cf.fill) format.custom.format.fill.color = cssColor(cf.fill);
      if (cf.fontColor) format.custom.format.font.color = cssColor(cf.fontColor);
    });
  }

  steps.push((ws) => {
    // Rows and columns at once (freezeRows alone dropped the title columns 小組合議 freezes).
    const { rows: frozenRows = 0, columns: frozenColumns = 0 } = sheet.freeze ?? {};
    if (frozenRows > 0 && frozenColumns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(frozenRows, frozenColumns)}`));
    else if (frozenRows > 0) ws.freezePanes.freezeRows(frozenRows);
    else if (frozenColumns > 0) ws.freezePanes.freezeColumns(frozenColumns);
    if (sheet.tabColor) ws.tabColor = cssColor(sheet.tabColor);
    if (sheet.showGridLines === false) ws.showGridlines = false;

    const p = sheet.pageSetup;
    if (p && options.pageLayout) {
      const layout = ws.pageLayout;
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      if (p.margins) {
        const m = p.margins;
        layout.setPrintMargins('Inches', { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer });
      }
      if (p.fitToWidth !== undefined || p.fitToHeight !== undefined) {
        layout.zoom = { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 0 };
      }
      if (p.printArea) layout.setPrintArea(p.printArea);
      if (p.printTitleRows) {
        const [a, b] = p.printTitleRows.split(':');
        layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
      }
      if (p.horizontalCentered) layout.centerHorizontally = true;
      if (p.header) layout.headersFooters.defaultForAllPages.centerHeader = p.header.replace(/^&C/, '');
      if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer.replace(/^&C/, '');
      if (p.firstPageNumber !== undefined) layout.firstPageNumber = p.firstPageNumber;
      // Manual breaks (ExcelApi 1.9, as the rest of the page layout): add() breaks before the cell, so after row r is before r + 1.
      for (const r of sheet.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
    }
    if (sheet.state === 'hidden') ws.visibility = 'Hidden';
    else if (sheet.state === 'veryHidden') ws.visibility = 'VeryHidden';
    if (sheet.protect) ws.protection.protect(SHEET_PROTECTION);
  });
  return steps;
}

/** Queues the whole description onto `ws` (a new, empty worksheet) for one sync. */
export function queueSheet(ws: Excel.Worksheet, sheet: SheetDescription, options: ApplyOptions): void {
  for (const step of sheetSteps(sheet, options)) step(ws);
}
