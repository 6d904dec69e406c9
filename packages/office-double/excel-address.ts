/**
 * A1 addresses as Excel's JavaScript API reads and writes them: "A1",
 * "A1:C3", "$A$1", whole columns "A:C", whole rows "1:4", optionally
 * qualified by a sheet, "Sheet1!A1:C3" or "'My sheet'!A1". Rows and columns
 * are 1-based here; Office.js's own indexes (`rowIndex`, `getCell`) are
 * 0-based and converted where they are used.
 */
import { columnIndex, columnLetter } from '../../src/sheets/address.ts';
import { DoubleError } from './errors.ts';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export interface ParsedAddress {
  /** The sheet name as written (unquoted), when the address had one. */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** The product's own column letters (src/sheets/address.ts): one conversion for the writers and the double. */
const columnLetters = columnLetter;

/** "ab" → 28: Office.js takes addresses in either case. */
function columnNumber(letters: string): number {
  return columnIndex(letters.toUpperCase());
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function invalid(address: string): DoubleError {
  return new DoubleError('InvalidArgument', { message: `The address "${address}" is not valid.`, location: 'Worksheet.getRange' });
}

/** Splits "Sheet1!A1" / "'It''s'!A1" into sheet and local part. */
function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses an A1 address (cell, range, whole columns or rows), with or without a sheet. */
export function parseAddress(address: string): ParsedAddress {
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalid(address);
  return parsed;
}

/**
 * parseAddress without the error: undefined when `address` is not one. Names and sheet names are told from
 * addresses for every name a read lists, so not building an error (and its stack) each time matters.
 */
function tryParseAddress(address: string): ParsedAddress | undefined {
  const trimmed = address.trim();
  const { sheet, local } = splitSheet(trimmed);
  const parts = local.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const [a, b = a] = parts as [string, string?];
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  let rect: Rect;
  if (ca && cb) {
    rect = { r1: Number(ca[2]), c1: columnNumber(ca[1]!), r2: Number(cb[2]), c2: columnNumber(cb[1]!) };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    rect = { r1: 1, c1: columnNumber(COLUMN.exec(a)![1]!), r2: MAX_ROWS, c2: columnNumber(COLUMN.exec(b)![1]!) };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    rect = { r1: Number(ROW.exec(a)![1]), c1: 1, r2: Number(ROW.exec(b)![1]), c2: MAX_COLUMNS };
  } else {
    return undefined;
  }
  const { r1, c1, r2, c2 } = rect;
  if (r1 < 1 || c1 < 1 || r2 > MAX_ROWS || c2 > MAX_COLUMNS) return undefined;
  return { ...(sheet !== undefined ? { sheet } : {}), rect: { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) } };
}

/** True when the text is shaped like an A1 address (used to tell names from addresses). */
export function looksLikeAddress(text: string): boolean {
  return tryParseAddress(text) !== undefined;
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.r1 === 1 && rect.r2 === MAX_ROWS;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.c1 === 1 && rect.c2 === MAX_COLUMNS;
}

/** "A1", "A1:C3", "A:C" or "1:4", without "$" (as `Range.address` shows it). */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireColumn(rect) && !isEntireRow(rect)) return `${d}${columnLetters(rect.c1)}:${d}${columnLetters(rect.c2)}`;
  if (isEntireRow(rect) && !isEntireColumn(rect)) return `${d}${rect.r1}:${d}${rect.r2}`;
  const first = `${d}${columnLetters(rect.c1)}${d}${rect.r1}`;
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return first;
  return `${first}:${d}${columnLetters(rect.c2)}${d}${rect.r2}`;
}

/**
 * A sheet name as it appears in an address: quoted when it holds anything
 * but letters, digits, "_" and "." or could be read as a reference.
 * (Excel's exact rule is not documented; this one quotes at least whenever
 * Excel must.)
 */
function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeAddress(name) && !/^[Rr]\d*[Cc]?\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}


export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const out: Rect[] = [];
  if (a.r1 < cut.r1) out.push({ r1: a.r1, c1: a.c1, r2: cut.r1 - 1, c2: a.c2 });
  if (cut.r2 < a.r2) out.push({ r1: cut.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  if (a.c1 < cut.c1) out.push({ r1: cut.r1, c1: a.c1, r2: cut.r2, c2: cut.c1 - 1 });
  if (cut.c2 < a.c2) out.push({ r1: cut.r1, c1: cut.c2 + 1, r2: cut.r2, c2: a.c2 });
  return out;
}

export function rectRows(rect: Rect): number {
  return rect.r2 - rect.r1 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c2 - rect.c1 + 1;
}

export function cellCount(rect: Rect): number {
  return rectRows(rect) * rectColumns(rect);
}

/**
 * Groups cells (by "row:column" keys) into few rectangles: runs down each
 * column, then merged with identical runs in the next columns. Used to turn
 * per-cell data (ExcelJS's data validations) back into ranges.
 */
export function cellsToRects(cells: Iterable<{ row: number; column: number }>): Rect[] {
  const set = new Set<string>();
  for (const { row, column } of cells) set.add(`${row}:${column}`);
  const sorted = [...set].map((k) => k.split(':').map(Number) as [number, number]).sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const used = new Set<string>();
  const rects: Rect[] = [];
  for (const [row, column] of sorted) {
    if (used.has(`${row}:${column}`)) continue;
    let r2 = row;
    while (set.has(`${r2 + 1}:${column}`) && !used.has(`${r2 + 1}:${column}`)) r2++;
    let c2 = column;
    const columnFree = (c: number) => {
      for (let r = row; r <= r2; r++) if (!set.has(`${r}:${c}`) || used.has(`${r}:${c}`)) return false;
      return true;
    };
    while (columnFree(c2 + 1)) c2++;
    for (let r = row; r <= r2; r++) for (let c = column; c <= c2; c++) used.add(`${r}:${c}`);
    rects.push({ r1: row, c1: column, r2, c2 });
  }
  return rects;
}
