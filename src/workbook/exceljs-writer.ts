/**
 * Applies a `WorkbookDescription` to an ExcelJS workbook: the one place where
 * our plain sheet descriptions become ExcelJS's model (Node CLI, tests, and
 * the task pane's download).
 */
import type ExcelJS from 'exceljs';
import { evaluateWorkbook, type WorkbookValues } from '../formula/evaluate.ts';
import { absolute, quoteSheet } from '../sheets/address.ts';
import type { CellStyle, SheetDescription, WorkbookDescription } from '../sheets/types.ts';

type ExcelJSModule = typeof ExcelJS;

function font(style: CellStyle): Partial<ExcelJS.Font> | undefined {
  const f = style.font;
  if (!f) return undefined;
  return {
    ...(f.name ? { name: f.name } : {}),
    ...(f.size ? { size: f.size } : {}),
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.underline ? { underline: true } : {}),
    ...(f.color ? { color: { argb: f.color } } : {}),
  };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const f = font(style);
  if (f) cell.font = f;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.border) {
    const b: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const s = style.border[side];
      if (s) b[side] = { style: s };
    }
    cell.border = b;
  }
  if (style.alignment) cell.alignment = { ...style.alignment } as Partial<ExcelJS.Alignment>;
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.locked === false) cell.protection = { locked: false };
}

/** How every protected sheet is protected (no password): the finalised sheets too. */
export const SHEET_PROTECTION: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/**
 * ExcelJS takes a width of exactly 9 for its own default and writes no
 * `<col>` for it, so Excel showed its default 8.43 there instead; 9 + 1/256
 * (the file's own step) is the same 63 pixels, and is written.
 */
function fileWidth(width: number): number {
  return width === 9 ? 9 + 1 / 256 : width;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetDescription, results: WorkbookValues): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state ?? 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: sheet.tabColor } } } : {}),
    views: [
      {
        state: sheet.freeze ? 'frozen' : 'normal',
        ...(sheet.freeze ? { ySplit: sheet.freeze.rows, xSplit: sheet.freeze.columns } : {}),
        showGridLines: sheet.showGridLines ?? true,
      },
    ],
  });
  for (const c of sheet.columns) {
    const col = ws.getColumn(c.index);
    col.width = fileWidth(c.width);
    if (c.hidden) col.hidden = true;
  }
  for (const r of sheet.rows) {
    const row = ws.getRow(r.index);
    row.height = r.height;
    if (r.hidden) row.hidden = true;
  }
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.address);
    if (c.formula !== undefined) {
      // The cached result is what a viewer that does not calculate shows (mail preview, Quick Look, Protected View).
      const result = results.value(sheet.key, c.address);
      cell.value = (result === undefined ? { formula: c.formula } : { formula: c.formula, result }) as ExcelJS.CellFormulaValue;
    }
    // Text is set as a string value, never as a formula, whatever it starts with.
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
    if (c.style) applyStyle(cell, c.style);
  }
  for (const m of sheet.merges) ws.mergeCells(m);
  // One rule per range (ExcelJS writes overlapping ranges when validation is set cell by cell).
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '輸入不符',
      ...(v.error ? { error: v.error } : {}),
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    } as const;
    if (v.type === 'list') {
      validations.add(v.range, { type: 'list', formulae: [`"${v.values.join(',')}"`], ...common });
    } else {
      validations.add(v.range, { type: v.type, operator: 'between', formulae: [v.min, v.max], ...common });
    }
  }
  // Priorities are unique within a sheet and follow the description's order (1 is applied first).
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            ...(cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: cf.fill } } } : {}),
            ...(cf.fontColor ? { font: { color: { argb: cf.fontColor } } } : {}),
          },
        },
      ],
    });
  });
  const p = sheet.pageSetup;
  if (p) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: (p.paperSize ?? 9) as ExcelJS.PaperSize,
      orientation: p.orientation ?? 'portrait',
      ...(p.margins ? { margins: p.margins } : {}),
      ...(p.fitToWidth !== undefined || p.fitToHeight !== undefined
        ? { fitToPage: true, fitToWidth: p.fitToWidth ?? 1, fitToHeight: p.fitToHeight ?? 0 }
        : {}),
      ...(p.printArea ? { printArea: absoluteRows(p.printArea) } : {}),
      ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
      ...(p.horizontalCentered ? { horizontalCentered: true } : {}),
      ...(p.firstPageNumber !== undefined ? { firstPageNumber: p.firstPageNumber } : {}),
    };
    if (p.header) ws.headerFooter.oddHeader = p.header;
    if (p.footer) ws.headerFooter.oddFooter = p.footer;
  }
  // A manual break after each of these rows (Excel's rowBreaks).
  for (const r of sheet.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  if (sheet.protect) {
    // No password: the protection guards formulas from slips, not from the reviewer.
    void ws.protect('', SHEET_PROTECTION);
  }
}

/**
 * A print area ("A1:K118") as ExcelJS must be given it for the file to hold
 * `$A$1:$K$118`, the absolute reference Excel itself writes: ExcelJS puts a
 * `$` before each corner and nothing else, so "A1:K118" became `$A1:$K118`,
 * rows relative. LibreOffice then takes no print area from the name, and each
 * manual row break it loads on a sheet with print titles recomputes the page
 * breaks down to row 1,048,576 (a quarter of its time loading a review workbook).
 */
export function absoluteRows(area: string): string {
  return area.replace(/([A-Z]+)\$?(\d+)/g, '$1$$$2');
}

/** Builds an ExcelJS workbook from a description. */
export function toExcelJs(Excel: ExcelJSModule, description: WorkbookDescription): ExcelJS.Workbook {
  const wb = new Excel.Workbook();
  wb.creator = 'osh-review';
  const results = evaluateWorkbook(description);
  // With every result cached there is nothing to recalculate on opening:
  // Excel recalculates volatile and edited cells itself, and a forced full
  // calculation would make it ask to save on every close. A formula the
  // evaluator could not evaluate has no cached value, and only then is a
  // full calculation on load needed for it to show. (An Excel whose engine
  // is newer than the calcId ExcelJS writes, 171027, may still recalculate
  // once on its own; the cached values are what viewers that never calculate show.)
  if (results.problems.length > 0) wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of description.sheets) writeSheet(wb, sheet, results);
  const sheetName = new Map(description.sheets.map((s) => [s.key, s.name]));
  for (const n of description.names) {
    const name = sheetName.get(n.sheet);
    if (!name) throw new RangeError(`Defined name ${n.name} points into unknown sheet key "${n.sheet}"`);
    wb.definedNames.add(`${quoteSheet(name)}!${absolute(n.address)}`, n.name);
  }
  return wb;
}

/** Writes a description as .xlsx bytes. */
export async function writeXlsx(Excel: ExcelJSModule, description: WorkbookDescription): Promise<Uint8Array> {
  const buffer = await toExcelJs(Excel, description).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
