/**
 * The workbook the double holds: plain data with Office.js's own names and
 * units (points for widths, heights and margins; "#RRGGBB" colours; enum
 * strings such as "Continuous", "Landscape", "A4"). Proxies read and change
 * it only inside `context.sync()`; the exporter turns it into an .xlsx.
 */
import type { Rect } from './excel-address.ts';

export type CellValue = string | number | boolean | null;

export type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'DiagonalDown' | 'DiagonalUp';
export type BorderLineStyle = 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';
export type BorderWeight = 'Hairline' | 'Thin' | 'Medium' | 'Thick';
export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type UnderlineStyle = 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant';
type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface BorderState {
  readonly style: Exclude<BorderLineStyle, 'None'>;
  readonly weight: BorderWeight;
  readonly color: string;
}

interface FontState {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: UnderlineStyle;
  readonly strikethrough: boolean;
  readonly color: string;
}

/** One cell's format; cells share format objects and replace them on change. */
export interface CellFormat {
  readonly font: FontState;
  /** Solid fill colour, or null for no fill (Office.js reads that as "#FFFFFF"). */
  readonly fill: string | null;
  readonly borders: Readonly<Partial<Record<BorderIndex, BorderState>>>;
  readonly horizontalAlignment: HorizontalAlignment;
  readonly verticalAlignment: VerticalAlignment;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly shrinkToFit: boolean;
  readonly textOrientation: number;
  readonly locked: boolean;
  readonly formulaHidden: boolean;
  readonly numberFormat: string;
}

export interface CellState {
  /** The constant, or the last known result of `formula` (null when the double never computed it). */
  value: CellValue;
  /** The formula as written, with its leading "=", or null for a constant. */
  formula: string | null;
  format: CellFormat;
}

interface LineState {
  /** Column width or row height in points; undefined means the sheet's standard size. */
  size?: number;
  hidden?: boolean;
  /** The format new cells in this row/column take (set by formatting the whole row/column). */
  format?: CellFormat;
}

export type DataValidationRuleState =
  | { readonly kind: 'list'; readonly inCellDropDown: boolean; readonly source: string }
  | { readonly kind: 'wholeNumber' | 'decimal' | 'textLength'; readonly operator: string; readonly formula1: string; readonly formula2?: string }
  | { readonly kind: 'date' | 'time'; readonly operator: string; readonly formula1: string; readonly formula2?: string }
  | { readonly kind: 'custom'; readonly formula: string };

export interface DataValidationState {
  id: number;
  /** Where it applies: one or more disjoint rectangles. */
  rects: Rect[];
  /** null: no criteria ("Any value"), e.g. only a prompt was set. */
  rule: DataValidationRuleState | null;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: 'Stop' | 'Warning' | 'Information'; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  id: number;
  rects: Rect[];
  type: 'Custom';
  /** Formula relative to the top-left cell of the first rectangle, with "=". */
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  stopIfTrue: boolean;
}

export interface HeaderFooterState {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | '';
  printComments: string;
  printErrors: string;
  printOrder: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect[] | null;
  /** Rows repeated at the top, as a whole-row rectangle. */
  printTitleRows: Rect | null;
  /** Manual horizontal page breaks: the rows (1-based) a new page starts at (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
  printTitleColumns: Rect | null;
  headersFooters: {
    state: 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: HeaderFooterState;
    firstPage: HeaderFooterState;
    evenPages: HeaderFooterState;
    oddPages: HeaderFooterState;
  };
}

export interface ProtectionOptionsState {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: 'Normal' | 'Unlocked' | 'None';
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  showGridlines: boolean;
  showHeadings: boolean;
  /** Default column width in points. */
  standardWidth: number;
  /** Default row height in points. */
  standardHeight: number;
  /** The format of cells nothing else formats (set by formatting the whole sheet). */
  defaultFormat?: CellFormat;
  /** Cells by "row:column" (1-based). */
  cells: Map<string, CellState>;
  columns: Map<number, LineState>;
  rows: Map<number, LineState>;
  merges: Rect[];
  validations: DataValidationState[];
  conditionalFormats: ConditionalFormatState[];
  protection: { protected: boolean; options: ProtectionOptionsState; password: string | null };
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutState;
}

/** What a name refers to: a range (kept by sheet id, so renames follow) or any other formula. */
export type NameReference = { readonly kind: 'range'; readonly sheetId: string; readonly rect: Rect } | { readonly kind: 'formula'; readonly formula: string };

export interface NameState {
  name: string;
  reference: NameReference;
  comment: string;
  visible: boolean;
  /** Sheet-scoped names carry their sheet's id. */
  scopeSheetId: string | null;
}

export interface WorkbookState {
  name: string;
  sheets: SheetState[];
  names: NameState[];
  activeSheetId: string | null;
  /** The selected range (set by `Range.select()`), else A1 of the active sheet. */
  selection: { sheetId: string; rect: Rect } | null;
  defaults: { readonly format: CellFormat; readonly standardWidth: number; readonly standardHeight: number; readonly paperSize: string };
  /** Counters for ids. */
  nextSheetNumber: number;
  nextRuleId: number;
}

export interface StateDefaults {
  /** @default 'Calibri' */
  fontName?: string;
  /** @default 11 */
  fontSize?: number;
  /** Excel's paper size name. @default 'A4' (Taiwan) */
  paperSize?: string;
}

/** Excel's default column width: 8.43 characters of an 11 pt Calibri = 64 px = 48 pt. */
const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height for 11 pt Calibri, in points. */
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultFormat(defaults: StateDefaults = {}): CellFormat {
  return Object.freeze({
    font: Object.freeze({
      name: defaults.fontName ?? 'Calibri',
      size: defaults.fontSize ?? 11,
      bold: false,
      italic: false,
      underline: 'None',
      strikethrough: false,
      color: '#000000',
    }),
    fill: null,
    borders: Object.freeze({}),
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    indentLevel: 0,
    shrinkToFit: false,
    textOrientation: 0,
    locked: true,
    formulaHidden: false,
    numberFormat: 'General',
  } satisfies CellFormat);
}

export function emptyHeaderFooter(): HeaderFooterState {
  return { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' };
}

/** Excel's "Normal" margins: 0.7 in left and right, 0.75 in top and bottom, 0.3 in header and footer. */
function defaultPageLayout(paperSize: string): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: '',
    printComments: 'NoComments',
    printErrors: 'AsDisplayed',
    printOrder: 'DownThenOver',
    zoom: { scale: 100 },
    rowBreaks: [],
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    headersFooters: {
      state: 'Default',
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

function defaultProtectionOptions(): ProtectionOptionsState {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: 'Normal',
  };
}

export function createWorkbookState(defaults: StateDefaults = {}, name = 'Book1.xlsx'): WorkbookState {
  return {
    name,
    sheets: [],
    names: [],
    activeSheetId: null,
    selection: null,
    defaults: {
      format: defaultFormat(defaults),
      standardWidth: DEFAULT_COLUMN_WIDTH,
      standardHeight: DEFAULT_ROW_HEIGHT,
      paperSize: defaults.paperSize ?? 'A4',
    },
    nextSheetNumber: 1,
    nextRuleId: 1,
  };
}

/** A sheet id shaped like Excel's: "{xxxxxxxx-0001-0000-0000-000000000000}". */
function sheetIdFor(n: number): string {
  return `{${(0x2f8a0000 + n).toString(16).toUpperCase().padStart(8, '0')}-0001-0000-${n.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
}

export function createSheetState(workbook: WorkbookState, name: string): SheetState {
  const n = workbook.nextSheetNumber++;
  return {
    id: sheetIdFor(n),
    name,
    visibility: 'Visible',
    tabColor: '',
    showGridlines: true,
    showHeadings: true,
    standardWidth: workbook.defaults.standardWidth,
    standardHeight: workbook.defaults.standardHeight,
    cells: new Map(),
    columns: new Map(),
    rows: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: { protected: false, options: defaultProtectionOptions(), password: null },
    freeze: null,
    pageLayout: defaultPageLayout(workbook.defaults.paperSize),
  };
}

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function parseCellKey(key: string): { row: number; column: number } {
  const i = key.indexOf(':');
  return { row: Number(key.slice(0, i)), column: Number(key.slice(i + 1)) };
}

export function findSheet(workbook: WorkbookState, id: string): SheetState | undefined {
  return workbook.sheets.find((s) => s.id === id);
}

export function findSheetByName(workbook: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === lower);
}

