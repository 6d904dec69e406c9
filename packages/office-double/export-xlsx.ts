/**
 * The double's workbook to and from a real .xlsx through ExcelJS, so that
 * what an add-in wrote can be read by the CLI, opened by LibreOffice, or
 * loaded into the preview. ExcelJS is passed in (Node: `import ExcelJS from
 * 'exceljs'`; browser: `(await import('exceljs')).default`, a separate chunk,
 * as the preview does), so the double itself never pulls it into a bundle.
 *
 * Units: the double keeps Office.js's points; the file keeps column widths
 * in characters of the body font (Calibri 11: 7 px per character), margins
 * in inches. Not carried over (a warning is reported): names that are not
 * ranges, sheet-scoped and hidden names (ExcelJS writes workbook-scoped
 * range names only), the protection password on import (files keep a hash).
 */
import type ExcelJS from 'exceljs';
import { evaluateWorkbook, type SourceCell, type WorkbookValues } from '../../src/formula/evaluate.ts';
import { err, type ErrorValue } from '../../src/formula/values.ts';
import type { ErrorCode } from '../../src/formula/parse.ts';
import { cellAddress } from '../../src/sheets/address.ts';
import { zipEntryText } from '../../src/workbook/zip.ts';
import { type Rect, cellsToRects, formatRect, parseAddress } from './excel-address.ts';
import { fromArgb, toArgb } from './colors.ts';
import type { OfficeDouble } from './index.ts';
import {
  type BorderIndex,
  type BorderState,
  type CellFormat,
  type CellState,
  type DataValidationRuleState,
  type DataValidationState,
  type HeaderFooterState,
  type HorizontalAlignment,
  type SheetState,
  type UnderlineStyle,
  type VerticalAlignment,
  type WorkbookState,
  type StateDefaults,
  cellKey,
  createSheetState,
  createWorkbookState,
  emptyHeaderFooter,
} from './state.ts';
import { defaultErrorAlert, defaultPrompt } from './validation.ts';
import { PAPER_SIZE_NAMES } from './worksheet.ts';

export type ExcelJSModule = typeof ExcelJS;

interface XlsxOptions {
  /** Called for everything that could not be carried over. */
  readonly onWarning?: (message: string) => void;
}


// ---------------------------------------------------------------- units

const MAX_DIGIT_WIDTH = 7;

/** Office.js points → the file's column width (characters incl. padding), truncated to 1/256 as Excel does. */
function pointsToColumnWidth(points: number): number {
  return Math.trunc(((points * 4) / 3 / MAX_DIGIT_WIDTH) * 256) / 256;
}

function columnWidthToPoints(width: number): number {
  return Math.round(((width * MAX_DIGIT_WIDTH * 3) / 4) * 100) / 100;
}

// ---------------------------------------------------------------- styles

type Style = Partial<ExcelJS.Style>;

const H_TO_X: Record<HorizontalAlignment, ExcelJS.Alignment['horizontal'] | undefined> = {
  General: undefined,
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};
const V_TO_X: Record<VerticalAlignment, ExcelJS.Alignment['vertical']> = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'justify', Distributed: 'distributed' };
const UNDERLINE_TO_X: Record<UnderlineStyle, ExcelJS.Font['underline']> = {
  None: false,
  Single: 'single',
  Double: 'double',
  SingleAccountant: 'singleAccounting',
  DoubleAccountant: 'doubleAccounting',
};

function borderStyle(b: BorderState): ExcelJS.BorderStyle {
  const heavy = b.weight === 'Medium' || b.weight === 'Thick';
  switch (b.style) {
    case 'Continuous':
      return b.weight === 'Hairline' ? 'hair' : b.weight === 'Medium' ? 'medium' : b.weight === 'Thick' ? 'thick' : 'thin';
    case 'Dash':
      return heavy ? 'mediumDashed' : 'dashed';
    case 'DashDot':
      return heavy ? 'mediumDashDot' : 'dashDot';
    case 'DashDotDot':
      return heavy ? 'mediumDashDotDot' : 'dashDotDot';
    case 'Dot':
      return 'dotted';
    case 'Double':
      return 'double';
    case 'SlantDashDot':
      return 'slantDashDot';
  }
}

function borderFromX(b: Partial<ExcelJS.Border> | undefined): BorderState | undefined {
  if (!b?.style) return undefined;
  const color = fromArgb(b.color?.argb) ?? '#000000';
  const map: Record<ExcelJS.BorderStyle, [BorderState['style'], BorderState['weight']]> = {
    thin: ['Continuous', 'Thin'],
    hair: ['Continuous', 'Hairline'],
    medium: ['Continuous', 'Medium'],
    thick: ['Continuous', 'Thick'],
    dotted: ['Dot', 'Thin'],
    dashed: ['Dash', 'Thin'],
    mediumDashed: ['Dash', 'Medium'],
    dashDot: ['DashDot', 'Thin'],
    mediumDashDot: ['DashDot', 'Medium'],
    dashDotDot: ['DashDotDot', 'Thin'],
    mediumDashDotDot: ['DashDotDot', 'Medium'],
    slantDashDot: ['SlantDashDot', 'Medium'],
    double: ['Double', 'Thick'],
  };
  const [style, weight] = map[b.style] ?? ['Continuous', 'Thin'];
  return { style, weight, color };
}

function styleOf(f: CellFormat): Style {
  const style: Style = {};
  if (f.numberFormat !== 'General') style.numFmt = f.numberFormat;
  style.font = {
    name: f.font.name,
    size: f.font.size,
    ...(f.font.bold ? { bold: true } : {}),
    ...(f.font.italic ? { italic: true } : {}),
    ...(f.font.underline !== 'None' ? { underline: UNDERLINE_TO_X[f.font.underline] } : {}),
    ...(f.font.strikethrough ? { strike: true } : {}),
    ...(f.font.color !== '#000000' ? { color: { argb: toArgb(f.font.color) } } : {}),
  };
  if (f.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(f.fill) } };
  const border: Partial<ExcelJS.Borders> = {};
  const sides: [BorderIndex, 'top' | 'bottom' | 'left' | 'right'][] = [
    ['EdgeTop', 'top'],
    ['EdgeBottom', 'bottom'],
    ['EdgeLeft', 'left'],
    ['EdgeRight', 'right'],
  ];
  for (const [index, side] of sides) {
    const b = f.borders[index];
    if (b) border[side] = { style: borderStyle(b), color: { argb: toArgb(b.color) } };
  }
  const diagonal = f.borders.DiagonalDown ?? f.borders.DiagonalUp;
  if (diagonal) border.diagonal = { up: !!f.borders.DiagonalUp, down: !!f.borders.DiagonalDown, style: borderStyle(diagonal), color: { argb: toArgb(diagonal.color) } };
  if (Object.keys(border).length) style.border = border;
  const alignment: Partial<ExcelJS.Alignment> = {};
  const h = H_TO_X[f.horizontalAlignment];
  if (h) alignment.horizontal = h;
  if (f.verticalAlignment !== 'Bottom') alignment.vertical = V_TO_X[f.verticalAlignment];
  if (f.wrapText) alignment.wrapText = true;
  if (f.indentLevel) alignment.indent = f.indentLevel;
  if (f.shrinkToFit) alignment.shrinkToFit = true;
  if (f.textOrientation) alignment.textRotation = f.textOrientation < 0 ? 90 - f.textOrientation : f.textOrientation;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (!f.locked || f.formulaHidden) style.protection = { locked: f.locked, hidden: f.formulaHidden };
  return style;
}

function formatFromStyle(style: Partial<ExcelJS.Style> | undefined, base: CellFormat): CellFormat {
  if (!style) return base;
  const font = style.font;
  const underline = font?.underline;
  const a = style.alignment;
  const fill = style.fill && style.fill.type === 'pattern' && style.fill.pattern === 'solid' ? fromArgb((style.fill.fgColor as { argb?: string } | undefined)?.argb) : undefined;
  const borders: Partial<Record<BorderIndex, BorderState>> = {};
  const b = style.border;
  const edges: [BorderIndex, Partial<ExcelJS.Border> | undefined][] = [
    ['EdgeTop', b?.top],
    ['EdgeBottom', b?.bottom],
    ['EdgeLeft', b?.left],
    ['EdgeRight', b?.right],
  ];
  for (const [index, edge] of edges) {
    const state = borderFromX(edge);
    if (state) borders[index] = state;
  }
  const diag = b?.diagonal as (Partial<ExcelJS.Border> & { up?: boolean; down?: boolean }) | undefined;
  const d = borderFromX(diag);
  if (d && diag?.down) borders.DiagonalDown = d;
  if (d && diag?.up) borders.DiagonalUp = d;
  const H_FROM: Record<string, HorizontalAlignment> = { left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed' };
  const V_FROM: Record<string, VerticalAlignment> = { top: 'Top', middle: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' };
  const U_FROM: Record<string, UnderlineStyle> = { single: 'Single', double: 'Double', singleAccounting: 'SingleAccountant', doubleAccounting: 'DoubleAccountant' };
  const rotation = typeof a?.textRotation === 'number' ? (a.textRotation > 90 ? 90 - a.textRotation : a.textRotation) : 0;
  return {
    font: {
      name: font?.name ?? base.font.name,
      size: font?.size ?? base.font.size,
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      underline: underline === true ? 'Single' : typeof underline === 'string' ? (U_FROM[underline] ?? 'None') : 'None',
      strikethrough: font?.strike ?? false,
      color: fromArgb(font?.color?.argb) ?? '#000000',
    },
    fill: fill ?? null,
    borders,
    horizontalAlignment: (a?.horizontal && H_FROM[a.horizontal]) || 'General',
    verticalAlignment: (a?.vertical && V_FROM[a.vertical]) || 'Bottom',
    wrapText: a?.wrapText ?? false,
    indentLevel: a?.indent ?? 0,
    shrinkToFit: a?.shrinkToFit ?? false,
    textOrientation: rotation,
    locked: style.protection?.locked ?? true,
    formulaHidden: style.protection?.hidden ?? false,
    numberFormat: style.numFmt ?? 'General',
  };
}

// ---------------------------------------------------------------- validations

const OPERATOR_TO_X: Record<string, ExcelJS.DataValidationOperator> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

function operandToX(formula: string): string | number {
  const body = formula.replace(/^=/, '');
  const n = Number(body);
  return body.trim() !== '' && Number.isFinite(n) ? n : body;
}

function validationToX(v: DataValidationState): ExcelJS.DataValidation {
  const rule = v.rule;
  const common = {
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt.showPrompt,
    ...(v.prompt.title ? { promptTitle: v.prompt.title } : {}),
    ...(v.prompt.message ? { prompt: v.prompt.message } : {}),
    showErrorMessage: v.errorAlert.showAlert,
    ...(v.errorAlert.style !== 'Stop' ? { errorStyle: v.errorAlert.style.toLowerCase() } : {}),
    ...(v.errorAlert.title ? { errorTitle: v.errorAlert.title } : {}),
    ...(v.errorAlert.message ? { error: v.errorAlert.message } : {}),
  };
  if (!rule) return { type: 'any', ...common } as unknown as ExcelJS.DataValidation;
  switch (rule.kind) {
    case 'list':
      return {
        type: 'list',
        ...common,
        formulae: [rule.source.startsWith('=') ? rule.source.slice(1) : `"${rule.source.replace(/"/g, '""')}"`],
      } as ExcelJS.DataValidation;
    case 'custom':
      return { type: 'custom', ...common, formulae: [rule.formula.replace(/^=/, '')] } as ExcelJS.DataValidation;
    default: {
      const type = ({ wholeNumber: 'whole', decimal: 'decimal', textLength: 'textLength', date: 'date', time: 'time' } as const)[rule.kind];
      return {
        type,
        ...common,
        operator: OPERATOR_TO_X[rule.operator] ?? 'between',
        formulae: [operandToX(rule.formula1), ...(rule.formula2 !== undefined ? [operandToX(rule.formula2)] : [])],
      } as ExcelJS.DataValidation;
    }
  }
}

function validationFromX(raw: ExcelJS.DataValidation): Omit<DataValidationState, 'id' | 'rects'> {
  const x = raw as Omit<ExcelJS.DataValidation, 'type'> & { type: string };
  const formulae = (x.formulae ?? []).map((f: unknown) => (f instanceof Date ? `=${f.toISOString()}` : `=${String(f)}`));
  let rule: DataValidationRuleState | null;
  const opFrom = Object.fromEntries(Object.entries(OPERATOR_TO_X).map(([k, v]) => [v, k]));
  switch (x.type) {
    case 'list': {
      const raw = String(x.formulae?.[0] ?? '');
      const literal = /^".*"$/s.test(raw);
      rule = { kind: 'list', inCellDropDown: true, source: literal ? raw.slice(1, -1).replace(/""/g, '"') : `=${raw}` };
      break;
    }
    case 'custom':
      rule = { kind: 'custom', formula: formulae[0] ?? '=' };
      break;
    case 'whole':
    case 'decimal':
    case 'textLength':
    case 'date':
    case 'time': {
      const kind = x.type === 'whole' ? 'wholeNumber' : x.type;
      rule = { kind, operator: opFrom[x.operator ?? 'between'] ?? 'Between', formula1: formulae[0] ?? '=0', ...(formulae[1] !== undefined ? { formula2: formulae[1] } : {}) };
      break;
    }
    default:
      rule = null;
  }
  const style = (x.errorStyle ?? 'stop').toLowerCase();
  return {
    rule,
    prompt: { ...defaultPrompt(), showPrompt: !!x.showInputMessage, title: x.promptTitle ?? '', message: x.prompt ?? '' },
    errorAlert: {
      ...defaultErrorAlert(),
      showAlert: !!x.showErrorMessage,
      style: style === 'warning' ? 'Warning' : style === 'information' ? 'Information' : 'Stop',
      title: x.errorTitle ?? '',
      message: x.error ?? '',
    },
    ignoreBlanks: x.type === 'any' ? true : !!x.allowBlank,
  };
}

// ---------------------------------------------------------------- headers and footers

function composeHeader(hf: HeaderFooterState, which: 'Header' | 'Footer'): string | undefined {
  const parts = [
    ['&L', hf[`left${which}`]],
    ['&C', hf[`center${which}`]],
    ['&R', hf[`right${which}`]],
  ]
    .filter(([, text]) => text)
    .map(([code, text]) => `${code}${text}`);
  return parts.length ? parts.join('') : undefined;
}

function splitHeader(text: string | undefined, which: 'Header' | 'Footer', into: HeaderFooterState): void {
  if (!text) return;
  const re = /&([LCR])/g;
  const marks: { key: 'L' | 'C' | 'R'; at: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "&&" is an escaped ampersand, not a section mark.
    if (m.index > 0 && text[m.index - 1] === '&') continue;
    marks.push({ key: m[1] as 'L' | 'C' | 'R', at: m.index });
  }
  if (marks.length === 0 || marks[0]!.at > 0) marks.unshift({ key: 'C', at: -2 });
  marks.forEach((mark, i) => {
    const body = text.slice(mark.at + 2, marks[i + 1]?.at ?? text.length);
    const side = mark.key === 'L' ? 'left' : mark.key === 'C' ? 'center' : 'right';
    into[`${side}${which}`] = body;
  });
}

// ---------------------------------------------------------------- export

function stateOf(source: OfficeDouble | WorkbookState): WorkbookState {
  return 'workbookState' in source ? source.workbookState : source;
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/**
 * Every formula's result, evaluated as Excel would, so the file caches them
 * (the double itself never calculates). Names are passed workbook-scoped,
 * as the file writes them.
 */
function formulaResults(state: WorkbookState): WorkbookValues {
  return evaluateWorkbook({
    sheets: state.sheets.map((sheet) => ({
      key: sheet.id,
      name: sheet.name,
      cells: [...sheet.cells].map(([key, cell]): SourceCell => {
        const [r, c] = key.split(':').map(Number) as [number, number];
        const address = cellAddress(r, c);
        if (cell.formula !== null) return { address, formula: cell.formula.replace(/^=/, '') };
        const value: SourceCell['value'] = typeof cell.value === 'string' && ERROR_TEXT.test(cell.value) ? (err(cell.value as ErrorCode) as ErrorValue) : cell.value;
        return { address, value };
      }),
    })),
    names: state.names.flatMap((n) =>
      n.reference.kind === 'range' ? [{ name: n.name, sheet: n.reference.sheetId, address: `${cellAddress(n.reference.rect.r1, n.reference.rect.c1)}:${cellAddress(n.reference.rect.r2, n.reference.rect.c2)}` }] : [],
    ),
  });
}

function cellValueToX(cell: CellState, computed: ExcelJS.CellFormulaValue['result'] | undefined): ExcelJS.CellValue {
  if (cell.formula !== null) {
    const formula = cell.formula.replace(/^=/, '');
    const result = computed ?? cell.value;
    return result === null ? ({ formula } as ExcelJS.CellFormulaValue) : ({ formula, result } as ExcelJS.CellFormulaValue);
  }
  if (typeof cell.value === 'string' && ERROR_TEXT.test(cell.value)) return { error: cell.value } as ExcelJS.CellErrorValue;
  return cell.value;
}

function writeSheet(workbook: WorkbookState, sheet: SheetState, ws: ExcelJS.Worksheet, warn: (m: string) => void, results: WorkbookValues): Promise<void> | undefined {
  const defaultStyle = styleOf(workbook.defaults.format);
  const isDefault = (f: CellFormat) => f === workbook.defaults.format;
  for (const [index, line] of sheet.columns) {
    const col = ws.getColumn(index);
    if (line.size !== undefined) col.width = pointsToColumnWidth(line.size);
    if (line.hidden) col.hidden = true;
    if (line.format && !isDefault(line.format)) col.style = styleOf(line.format) as ExcelJS.Style;
  }
  for (const [index, line] of sheet.rows) {
    const row = ws.getRow(index);
    if (line.size !== undefined) row.height = line.size;
    if (line.hidden) row.hidden = true;
    if (line.format && !isDefault(line.format)) (row as unknown as { style: Style }).style = styleOf(line.format);
  }
  const memo = new Map<CellFormat, Style>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const x = ws.getCell(r, c);
    x.value = cellValueToX(cell, cell.formula === null ? undefined : (results.value(sheet.id, cellAddress(r, c)) as ExcelJS.CellFormulaValue['result'] | undefined));
    let style = memo.get(cell.format);
    if (!style) {
      style = isDefault(cell.format) ? defaultStyle : styleOf(cell.format);
      memo.set(cell.format, style);
    }
    x.style = JSON.parse(JSON.stringify(style)) as ExcelJS.Style;
  }
  for (const m of sheet.merges) ws.mergeCells(formatRect(m));
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) for (const r of v.rects) dv.add(formatRect(r), validationToX(v));
  for (const cf of sheet.conditionalFormats) {
    if (!cf.formula) {
      warn(`${sheet.name}: a conditional format without a formula was skipped.`);
      continue;
    }
    ws.addConditionalFormatting({
      ref: cf.rects.map((r) => formatRect(r)).join(' '),
      rules: [
        {
          type: 'expression',
          priority: sheet.conditionalFormats.indexOf(cf) + 1,
          formulae: [cf.formula.replace(/^=/, '')],
          ...(cf.stopIfTrue ? { stopIfTrue: true } : {}),
          style: {
            ...(cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(cf.fill) } } } : {}),
            ...(cf.fontColor || cf.bold !== null || cf.italic !== null
              ? { font: { ...(cf.fontColor ? { color: { argb: toArgb(cf.fontColor) } } : {}), ...(cf.bold !== null ? { bold: cf.bold } : {}), ...(cf.italic !== null ? { italic: cf.italic } : {}) } }
              : {}),
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  const pl = sheet.pageLayout;
  const zoom = pl.zoom;
  const fit = zoom.scale === undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: (PAPER_SIZE_NAMES.indexOf(pl.paperSize) + 1) as ExcelJS.PageSetup['paperSize'],
    orientation: pl.orientation === 'Landscape' ? 'landscape' : 'portrait',
    margins: {
      left: pl.leftMargin / 72,
      right: pl.rightMargin / 72,
      top: pl.topMargin / 72,
      bottom: pl.bottomMargin / 72,
      header: pl.headerMargin / 72,
      footer: pl.footerMargin / 72,
    },
    horizontalCentered: pl.centerHorizontally,
    verticalCentered: pl.centerVertically,
    showGridLines: pl.printGridlines,
    blackAndWhite: pl.blackAndWhite,
    draft: pl.draftMode,
    pageOrder: pl.printOrder === 'OverThenDown' ? 'overThenDown' : 'downThenOver',
    ...(typeof pl.firstPageNumber === 'number' ? { firstPageNumber: pl.firstPageNumber } : {}),
    fitToPage: fit,
    ...(fit ? { fitToWidth: zoom.horizontalFitToPages ?? 0, fitToHeight: zoom.verticalFitToPages ?? 0 } : { scale: zoom.scale ?? 100 }),
    ...(pl.printArea ? { printArea: pl.printArea.map((r) => { const a = formatRect(r); return a.includes(':') ? a : `${a}:${a}`; }).join('&&') } : {}),
    ...(pl.printTitleRows ? { printTitlesRow: `${pl.printTitleRows.r1}:${pl.printTitleRows.r2}` } : {}),
    ...(pl.printTitleColumns ? { printTitlesColumn: formatRect(pl.printTitleColumns) } : {}),
  };
  // A break before row r is ExcelJS's break after row r − 1.
  for (const r of pl.rowBreaks) if (r > 1) ws.getRow(r - 1).addPageBreak();
  const hf = pl.headersFooters;
  const first = hf.state === 'FirstAndDefault' || hf.state === 'FirstOddAndEven';
  const oddEven = hf.state === 'OddAndEven' || hf.state === 'FirstOddAndEven';
  const main = oddEven ? hf.oddPages : hf.defaultForAllPages;
  const headerFooter: Partial<ExcelJS.HeaderFooter> = {
    differentFirst: first,
    differentOddEven: oddEven,
  };
  const put = (key: keyof ExcelJS.HeaderFooter, value: string | undefined) => {
    if (value !== undefined) (headerFooter as Record<string, unknown>)[key] = value;
  };
  put('oddHeader', composeHeader(main, 'Header'));
  put('oddFooter', composeHeader(main, 'Footer'));
  if (oddEven) {
    put('evenHeader', composeHeader(hf.evenPages, 'Header'));
    put('evenFooter', composeHeader(hf.evenPages, 'Footer'));
  }
  if (first) {
    put('firstHeader', composeHeader(hf.firstPage, 'Header'));
    put('firstFooter', composeHeader(hf.firstPage, 'Footer'));
  }
  ws.headerFooter = headerFooter;
  if (sheet.protection.protected) {
    const o = sheet.protection.options;
    const options: Partial<ExcelJS.WorksheetProtection> = {
      selectLockedCells: o.selectionMode === 'Normal',
      selectUnlockedCells: o.selectionMode !== 'None',
      formatCells: o.allowFormatCells,
      formatColumns: o.allowFormatColumns,
      formatRows: o.allowFormatRows,
      insertColumns: o.allowInsertColumns,
      insertRows: o.allowInsertRows,
      insertHyperlinks: o.allowInsertHyperlinks,
      deleteColumns: o.allowDeleteColumns,
      deleteRows: o.allowDeleteRows,
      sort: o.allowSort,
      autoFilter: o.allowAutoFilter,
      pivotTables: o.allowPivotTables,
      objects: !o.allowEditObjects,
      scenarios: !o.allowEditScenarios,
    };
    if (sheet.protection.password) return ws.protect(sheet.protection.password, options);
    (ws as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true, ...options };
  }
  return undefined;
}

/** Builds an ExcelJS workbook holding what the double holds. */
async function toExcelJSWorkbook(source: OfficeDouble | WorkbookState, excel: ExcelJSModule, options: XlsxOptions = {}): Promise<ExcelJS.Workbook> {
  const state = stateOf(source);
  const warn = options.onWarning ?? (() => undefined);
  const wb = new excel.Workbook();
  const results = formulaResults(state);
  // Cached results need no calculation on load (which makes Excel ask to save on close); a formula the evaluator could not evaluate does.
  if (results.problems.length > 0) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const pending: Promise<void>[] = [];
  for (const sheet of state.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.visibility === 'Visible' ? 'visible' : sheet.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
      properties: {
        ...(sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {}),
        defaultRowHeight: sheet.standardHeight,
        ...(sheet.standardWidth !== state.defaults.standardWidth ? { defaultColWidth: pointsToColumnWidth(sheet.standardWidth) } : {}),
      } as Partial<ExcelJS.WorksheetProperties>,
      views: [
        sheet.freeze
          ? { state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines, showRowColHeaders: sheet.showHeadings }
          : { state: 'normal', showGridLines: sheet.showGridlines, showRowColHeaders: sheet.showHeadings },
      ] as ExcelJS.WorksheetView[],
    });
    const p = writeSheet(state, sheet, ws, warn, results);
    if (p) pending.push(p);
  }
  await Promise.all(pending);
  for (const name of state.names) {
    const ref = name.reference;
    const sheet = ref.kind === 'range' ? state.sheets.find((s) => s.id === ref.sheetId) : undefined;
    if (!sheet || ref.kind !== 'range') {
      warn(`Name ${name.name}: only names that refer to a range are written (it holds ${ref.kind === 'formula' ? ref.formula : '#REF!'}).`);
      continue;
    }
    if (name.scopeSheetId) warn(`Name ${name.name}: written workbook-scoped (ExcelJS has no sheet-scoped names).`);
    if (!name.visible) warn(`Name ${name.name}: written visible (ExcelJS has no hidden names).`);
    wb.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!${formatRect(ref.rect, true)}`, name.name);
  }
  const active = state.sheets.findIndex((s) => s.id === state.activeSheetId);
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  return wb;
}

/** The .xlsx bytes (a Buffer in Node, an ArrayBuffer in the browser). */
export async function exportXlsx(source: OfficeDouble | WorkbookState, excel: ExcelJSModule, options: XlsxOptions = {}): Promise<ArrayBuffer | Uint8Array> {
  const wb = await toExcelJSWorkbook(source, excel, options);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
}

// ---------------------------------------------------------------- import

function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellFromX(cell: ExcelJS.Cell, format: CellFormat): CellState {
  const v = cell.value as unknown;
  const result = (r: unknown): CellState['value'] => {
    if (r === undefined || r === null) return null;
    if (r instanceof Date) return excelSerial(r);
    if (typeof r === 'object' && r && 'error' in r) return String((r as { error: unknown }).error);
    return r as CellState['value'];
  };
  if (v === null || v === undefined) return { value: null, formula: null, format };
  if (v instanceof Date) return { value: excelSerial(v), formula: null, format };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return { value: result(o['result']), formula: `=${cell.formula}`, format };
    if ('richText' in o) return { value: (o['richText'] as { text: string }[]).map((t) => t.text).join(''), formula: null, format };
    if ('error' in o) return { value: String(o['error']), formula: null, format };
    if ('text' in o) return { value: String(o['text']), formula: null, format };
    return { value: null, formula: null, format };
  }
  return { value: v as CellState['value'], formula: null, format };
}

/** The attributes of each `<tag …>` in xml, as name → value. */
function tagsOf(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}

/**
 * Manual row breaks by sheet name (the rows a new page starts at), read from
 * the sheets' XML: ExcelJS writes `<rowBreaks>` but does not read it back.
 */
async function rowBreaksOf(bytes: Uint8Array): Promise<Map<string, number[]>> {
  const breaks = new Map<string, number[]>();
  const [workbook, rels] = await Promise.all([zipEntryText(bytes, 'xl/workbook.xml'), zipEntryText(bytes, 'xl/_rels/workbook.xml.rels')]);
  if (!workbook || !rels) return breaks;
  const targets = new Map(tagsOf(rels, 'Relationship').map((r) => [r['Id'], r['Target']]));
  for (const sheet of tagsOf(workbook, 'sheet')) {
    const target = targets.get(sheet['r:id']);
    if (!target || !sheet['name']) continue;
    const xml = await zipEntryText(bytes, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    const block = xml && /<(?:\w+:)?rowBreaks\b[\s\S]*?<\/(?:\w+:)?rowBreaks>/.exec(xml)?.[0];
    // A break after row id: the next page starts at id + 1.
    if (block) breaks.set(sheet['name'].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"), tagsOf(block, 'brk').map((b) => Number(b['id']) + 1).sort((a, b) => a - b));
  }
  return breaks;
}

/** Reads an .xlsx into the double's workbook: values, formulas (with cached results), formats, names, sheet state and more. */
export async function importXlsx(data: ArrayBuffer | Uint8Array, excel: ExcelJSModule, options: XlsxOptions & { defaults?: StateDefaults } = {}): Promise<WorkbookState> {
  const warn = options.onWarning ?? (() => undefined);
  const wb = new excel.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const rowBreaks = await rowBreaksOf(data instanceof Uint8Array ? data : new Uint8Array(data));
  const state = createWorkbookState(options.defaults);
  const styleMemo = new Map<string, CellFormat>();
  const formatOf = (style: Partial<ExcelJS.Style> | undefined): CellFormat => {
    if (!style || Object.keys(style).length === 0) return state.defaults.format;
    const key = JSON.stringify(style);
    let f = styleMemo.get(key);
    if (!f) {
      const candidate = formatFromStyle(style, state.defaults.format);
      f = JSON.stringify(candidate) === JSON.stringify(state.defaults.format) ? state.defaults.format : Object.freeze(candidate);
      styleMemo.set(key, f);
    }
    return f;
  };
  wb.eachSheet((ws) => {
    const sheet = createSheetState(state, ws.name);
    sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    sheet.tabColor = fromArgb((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? '';
    if (ws.properties.defaultRowHeight) sheet.standardHeight = ws.properties.defaultRowHeight;
    const view = ws.views?.[0] as (Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean; showRowColHeaders?: boolean }) | undefined;
    if (view?.state === 'frozen' && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    if (view?.showGridLines === false) sheet.showGridlines = false;
    if (view?.showRowColHeaders === false) sheet.showHeadings = false;
    for (let c = 1; c <= ws.columnCount; c++) {
      const col = ws.getColumn(c);
      const line: SheetState['columns'] extends Map<number, infer L> ? L : never = {};
      if (col.width !== undefined) line.size = columnWidthToPoints(col.width);
      if (col.hidden) line.hidden = true;
      if (col.style && Object.keys(col.style).length) line.format = formatOf(col.style);
      if (Object.keys(line).length) sheet.columns.set(c, line);
    }
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: SheetState['rows'] extends Map<number, infer L> ? L : never = {};
      if (row.height !== undefined && row.height !== null) line.size = row.height;
      if (row.hidden) line.hidden = true;
      if (Object.keys(line).length) sheet.rows.set(r, line);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) {
          if (cell.style && Object.keys(cell.style).length) sheet.cells.set(cellKey(r, c), { value: null, formula: null, format: formatOf(cell.style) });
          return;
        }
        const state = cellFromX(cell, formatOf(cell.style));
        if (state.value === null && state.formula === null && state.format === formatOf(undefined)) return;
        sheet.cells.set(cellKey(r, c), state);
      });
    });
    const model = ws.model as unknown as { merges?: string[] };
    for (const m of model.merges ?? []) sheet.merges.push(parseAddress(m).rect);
    const dvModel = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    const groups = new Map<string, { x: ExcelJS.DataValidation; cells: { row: number; column: number }[] }>();
    for (const [address, x] of Object.entries(dvModel)) {
      if (!x) continue;
      const key = JSON.stringify(x);
      const group = groups.get(key) ?? { x, cells: [] };
      const { rect } = parseAddress(address);
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) group.cells.push({ row: r, column: c });
      groups.set(key, group);
    }
    for (const { x, cells } of groups.values()) sheet.validations.push({ id: state.nextRuleId++, rects: cellsToRects(cells), ...validationFromX(x) });
    for (const cf of (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []) {
      for (const rule of cf.rules) {
        if (rule.type !== 'expression') {
          warn(`${ws.name}: a "${rule.type}" conditional format was not imported.`);
          continue;
        }
        const style = (rule as { style?: Partial<ExcelJS.Style> }).style;
        const fillColor = (style?.fill as { bgColor?: { argb?: string }; fgColor?: { argb?: string } } | undefined) ?? undefined;
        sheet.conditionalFormats.push({
          id: state.nextRuleId++,
          rects: cf.ref.split(/\s+/).filter(Boolean).map((a) => parseAddress(a).rect),
          type: 'Custom',
          formula: `=${String((rule as { formulae?: unknown[] }).formulae?.[0] ?? '')}`,
          fill: fromArgb(fillColor?.bgColor?.argb ?? fillColor?.fgColor?.argb) ?? null,
          fontColor: fromArgb(style?.font?.color?.argb) ?? null,
          bold: style?.font?.bold ?? null,
          italic: style?.font?.italic ?? null,
          stopIfTrue: !!(rule as { stopIfTrue?: boolean }).stopIfTrue,
        });
      }
    }
    const prot = (ws as unknown as { sheetProtection: (Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean; hashValue?: string }) | null }).sheetProtection;
    if (prot?.sheet) {
      sheet.protection.protected = true;
      const o = sheet.protection.options;
      o.allowFormatCells = !!prot.formatCells;
      o.allowFormatColumns = !!prot.formatColumns;
      o.allowFormatRows = !!prot.formatRows;
      o.allowInsertColumns = !!prot.insertColumns;
      o.allowInsertRows = !!prot.insertRows;
      o.allowInsertHyperlinks = !!prot.insertHyperlinks;
      o.allowDeleteColumns = !!prot.deleteColumns;
      o.allowDeleteRows = !!prot.deleteRows;
      o.allowSort = !!prot.sort;
      o.allowAutoFilter = !!prot.autoFilter;
      o.allowPivotTables = !!prot.pivotTables;
      o.selectionMode = prot.selectLockedCells === false ? (prot.selectUnlockedCells === false ? 'None' : 'Unlocked') : 'Normal';
      if (prot.hashValue) warn(`${ws.name}: the sheet's protection password cannot be read back (the file keeps a hash).`);
    }
    const ps = ws.pageSetup;
    const pl = sheet.pageLayout;
    if (ps.paperSize) pl.paperSize = PAPER_SIZE_NAMES[ps.paperSize - 1] ?? pl.paperSize;
    if (ps.orientation === 'landscape') pl.orientation = 'Landscape';
    if (ps.margins) {
      pl.leftMargin = ps.margins.left * 72;
      pl.rightMargin = ps.margins.right * 72;
      pl.topMargin = ps.margins.top * 72;
      pl.bottomMargin = ps.margins.bottom * 72;
      pl.headerMargin = ps.margins.header * 72;
      pl.footerMargin = ps.margins.footer * 72;
    }
    pl.centerHorizontally = !!ps.horizontalCentered;
    pl.centerVertically = !!ps.verticalCentered;
    pl.printGridlines = !!ps.showGridLines;
    pl.blackAndWhite = !!ps.blackAndWhite;
    pl.draftMode = !!ps.draft;
    if (ps.pageOrder === 'overThenDown') pl.printOrder = 'OverThenDown';
    // ExcelJS reads 1 when the file gives none; only useFirstPageNumber says the number is set ("Auto" otherwise).
    if (typeof ps.firstPageNumber === 'number' && (ps as { useFirstPageNumber?: boolean }).useFirstPageNumber !== false) pl.firstPageNumber = ps.firstPageNumber;
    pl.zoom = ps.fitToPage ? { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 } : { scale: ps.scale ?? 100 };
    if (ps.printArea) pl.printArea = ps.printArea.split('&&').map((a) => parseAddress(a.replace(/\$/g, '')).rect);
    if (ps.printTitlesRow) pl.printTitleRows = parseAddress(ps.printTitlesRow.replace(/\$/g, '')).rect;
    pl.rowBreaks = rowBreaks.get(ws.name) ?? [];
    if (ps.printTitlesColumn) pl.printTitleColumns = parseAddress(ps.printTitlesColumn.replace(/\$/g, '')).rect;
    const hf = ws.headerFooter ?? {};
    const oddEven = !!hf.differentOddEven;
    const first = !!hf.differentFirst;
    const hfs = pl.headersFooters;
    hfs.state = first ? (oddEven ? 'FirstOddAndEven' : 'FirstAndDefault') : oddEven ? 'OddAndEven' : 'Default';
    const main = emptyHeaderFooter();
    splitHeader(hf.oddHeader, 'Header', main);
    splitHeader(hf.oddFooter, 'Footer', main);
    if (oddEven) hfs.oddPages = main;
    else hfs.defaultForAllPages = main;
    splitHeader(hf.evenHeader, 'Header', hfs.evenPages);
    splitHeader(hf.evenFooter, 'Footer', hfs.evenPages);
    splitHeader(hf.firstHeader, 'Header', hfs.firstPage);
    splitHeader(hf.firstFooter, 'Footer', hfs.firstPage);
    state.sheets.push(sheet);
  });
  for (const def of (wb.definedNames.model ?? []) as { name: string; ranges: string[] }[]) {
    if (def.name.startsWith('_xlnm.')) continue;
    const [first, ...rest] = def.ranges;
    if (!first) continue;
    if (rest.length) warn(`Name ${def.name}: only its first area was imported.`);
    try {
      const parsed = parseAddress(first);
      const sheet = state.sheets.find((s) => s.name.toLowerCase() === (parsed.sheet ?? '').toLowerCase());
      if (!sheet) throw new Error('no sheet');
      state.names.push({ name: def.name, reference: { kind: 'range', sheetId: sheet.id, rect: parsed.rect }, comment: '', visible: true, scopeSheetId: null });
    } catch {
      state.names.push({ name: def.name, reference: { kind: 'formula', formula: `=${first}` }, comment: '', visible: true, scopeSheetId: null });
    }
  }
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  state.activeSheetId = state.sheets[activeTab]?.id ?? state.sheets[0]?.id ?? null;
  return state;
}

/** For `createDouble({ decodeWorkbook })`: reads a Base64 .xlsx (for `insertWorksheetsFromBase64`). */
export function xlsxDecoder(excel: ExcelJSModule): (base64: string) => Promise<WorkbookState> {
  return async (base64) => {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return importXlsx(bytes, excel);
  };
}

export type { Rect };
