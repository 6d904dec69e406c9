/**
 * A workbook described as plain, serialisable data, with Excel's own names.
 * Builders in this folder make descriptions from the rubric and a review;
 * writers (ExcelJS in Node, Office.js in the add-in) apply them. Nothing here
 * imports a host.
 */

/** A colour as Excel's ARGB hex, "FF1F4E79". */
export type Argb = string;

export type BorderStyle = 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double' | 'hair';

export interface FontStyle {
  /** @default the workbook's body font (see `BODY_FONT`) */
  readonly name?: string;
  /** Points. @default 11 */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** @default black */
  readonly color?: Argb;
}

export interface Borders {
  readonly top?: BorderStyle;
  readonly left?: BorderStyle;
  readonly bottom?: BorderStyle;
  readonly right?: BorderStyle;
}

export interface Alignment {
  /** @default 'general' */
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify' | 'general';
  /** @default 'bottom' */
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** @default false */
  readonly wrapText?: boolean;
  readonly indent?: number;
}

export interface CellStyle {
  readonly font?: FontStyle;
  /** Solid fill colour. @default none */
  readonly fill?: Argb;
  readonly border?: Borders;
  readonly alignment?: Alignment;
  /** Excel number format code, "0.00". @default 'General' */
  readonly numberFormat?: string;
  /**
   * Locked cells cannot be edited once the sheet is protected; inputs are
   * unlocked. @default true (as in Excel)
   */
  readonly locked?: boolean;
}

/** A literal value. Text is always written as text, never parsed as a formula. */
export type CellValue = string | number | boolean | null;

export interface CellDescription {
  /** A1 address on its sheet, "B3". */
  readonly address: string;
  /** Literal value; ignored when `formula` is set. */
  readonly value?: CellValue;
  /** Excel formula without the leading "=", in English function names. */
  readonly formula?: string;
  readonly style?: CellStyle;
}

export interface ColumnDescription {
  /** 1-based column index. */
  readonly index: number;
  /** Width in characters of the default font, as Excel's column width. */
  readonly width: number;
  /** @default false */
  readonly hidden?: boolean;
}

export interface RowDescription {
  /** 1-based row index. */
  readonly index: number;
  /** Height in points. */
  readonly height: number;
  /** @default false */
  readonly hidden?: boolean;
}

/** A data-validation rule over a range ("E5", "E5:E9"). */
export type ValidationDescription =
  | {
      readonly range: string;
      readonly type: 'list';
      /** The allowed values, shown as a drop-down. */
      readonly values: readonly string[];
      readonly prompt?: string;
      readonly error?: string;
    }
  | {
      readonly range: string;
      readonly type: 'decimal' | 'whole';
      readonly min: number;
      readonly max: number;
      readonly prompt?: string;
      readonly error?: string;
    };

/** Highlights cells where a formula (relative to the range's first cell) is true. */
export interface ConditionalFormatDescription {
  readonly range: string;
  readonly formula: string;
  readonly fill?: Argb;
  readonly fontColor?: Argb;
}

export interface Margins {
  /** Inches, as Excel stores them. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** Print setup, with Excel's names; paper is A4 unless said otherwise. */
export interface PageSetupDescription {
  /** Excel paper size code: 9 is A4. @default 9 */
  readonly paperSize?: number;
  /** @default 'portrait' */
  readonly orientation?: 'portrait' | 'landscape';
  readonly margins?: Margins;
  /** Fit to this many pages wide (0: any). */
  readonly fitToWidth?: number;
  /** Fit to this many pages tall (0: any). */
  readonly fitToHeight?: number;
  /** "A1:H40". @default the used range */
  readonly printArea?: string;
  /** Rows repeated at the top of every printed page, "1:4". */
  readonly printTitleRows?: string;
  /** @default false */
  readonly horizontalCentered?: boolean;
  /** Header and footer in Excel's codes (&P page, &N pages). */
  readonly header?: string;
  readonly footer?: string;
  /**
   * The number of the sheet's first printed page: 1 restarts the count on
   * this sheet, so each form is numbered from its own first page.
   * @default continuing from the sheet before (Excel's "Auto")
   */
  readonly firstPageNumber?: number;
}

export interface SheetDescription {
  /** A stable key the code finds the sheet by ("scoring"), whatever its tab name. */
  readonly key: string;
  /** The tab name shown to users. */
  readonly name: string;
  /** @default 'visible' */
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  readonly tabColor?: Argb;
  readonly columns: readonly ColumnDescription[];
  readonly rows: readonly RowDescription[];
  readonly cells: readonly CellDescription[];
  /** Merged ranges, "A1:F1". */
  readonly merges: readonly string[];
  readonly validations: readonly ValidationDescription[];
  readonly conditionalFormats: readonly ConditionalFormatDescription[];
  /** Protect the sheet (no password): only unlocked cells can be edited. @default false */
  readonly protect?: boolean;
  readonly pageSetup?: PageSetupDescription;
  /** Freeze panes below this row / right of this column. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** @default true */
  readonly showGridLines?: boolean;
  /**
   * Manual page breaks: a new printed page starts after each of these rows
   * (Excel's `rowBreaks`, as ExcelJS's `row.addPageBreak()`). @default none
   */
  readonly rowBreaks?: readonly number[];
}

/** A workbook-scoped defined name for one cell or range. */
export interface DefinedNameDescription {
  readonly name: string;
  /** The sheet key the name points into. */
  readonly sheet: string;
  /** A1 address on that sheet, "E12" or "E12:E14". */
  readonly address: string;
  /** What the name holds, for docs/workbook-names.md. */
  readonly comment?: string;
}

export interface WorkbookDescription {
  readonly sheets: readonly SheetDescription[];
  readonly names: readonly DefinedNameDescription[];
}
