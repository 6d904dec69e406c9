/**
 * What Excel does to the workbook when a queued write reaches it: typed
 * input, formats over ranges, borders, merges, protection checks, shifting
 * on insert/delete. Pure functions on `WorkbookState`; the proxies call them
 * from inside `context.sync()`.
 */
import {
  type Rect,
  cellCount,
  contains,
  formatRect,
  intersects,
  isEntireColumn,
  isEntireRow,
  rectColumns,
  rectRows,
} from './excel-address.ts';
import { DoubleError } from './errors.ts';
import { typedString } from './typed-input.ts';
import {
  type BorderIndex,
  type BorderState,
  type CellFormat,
  type CellState,
  type CellValue,
  type SheetState,
  type WorkbookState,
  cellKey,
  parseCellKey,
} from './state.ts';

/** Above this many cells a read of values/formulas/formats is refused, as Excel refuses huge responses. */
const MAX_READ_CELLS = 5_000_000;

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** Effective format of a cell position: its own, else its row's, else its column's, else the sheet's default. */
function formatAt(workbook: WorkbookState, sheet: SheetState, row: number, column: number): CellFormat {
  const cell = sheet.cells.get(cellKey(row, column));
  if (cell) return cell.format;
  return sheet.rows.get(row)?.format ?? sheet.columns.get(column)?.format ?? sheet.defaultFormat ?? workbook.defaults.format;
}

export function cellAt(workbook: WorkbookState, sheet: SheetState, row: number, column: number): CellState {
  return sheet.cells.get(cellKey(row, column)) ?? { value: null, formula: null, format: formatAt(workbook, sheet, row, column) };
}

function ensureCell(workbook: WorkbookState, sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null, formula: null, format: formatAt(workbook, sheet, row, column) };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function dropIfEmpty(workbook: WorkbookState, sheet: SheetState, row: number, column: number): void {
  const cell = sheet.cells.get(cellKey(row, column));
  if (!cell || cell.value !== null || cell.formula !== null) return;
  const inherited = sheet.rows.get(row)?.format ?? sheet.columns.get(column)?.format ?? sheet.defaultFormat ?? workbook.defaults.format;
  if (cell.format === inherited) sheet.cells.delete(cellKey(row, column));
}

function* positions(rect: Rect): Generator<[number, number]> {
  for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) yield [r, c];
}

function assertFinite(rect: Rect, what: string): void {
  if (isEntireColumn(rect) || isEntireRow(rect)) {
    throw new DoubleError('NotImplemented', { args: [`${what} on whole rows or columns`] });
  }
}

function assertReadable(rect: Rect): void {
  if (cellCount(rect) > MAX_READ_CELLS) throw new DoubleError('ResponsePayloadSizeLimitExceeded', { location: 'Range' });
}

// ---------------------------------------------------------------- protection

type EditKind = 'content' | 'format' | 'columns' | 'rows' | 'structure';

/** Writes on a protected sheet fail as in Excel: locked cells keep their content, formats need the allow* options. */
export function assertEditable(workbook: WorkbookState, sheet: SheetState, rect: Rect, kind: EditKind, location: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const deny = () => new DoubleError('AccessDenied', { message: `The sheet "${sheet.name}" is protected.`, location });
  switch (kind) {
    case 'content': {
      if (isEntireColumn(rect) || isEntireRow(rect)) throw deny();
      for (const [r, c] of positions(rect)) if (formatAt(workbook, sheet, r, c).locked) throw deny();
      return;
    }
    case 'format':
      if (!p.options.allowFormatCells) throw deny();
      return;
    case 'columns':
      if (!p.options.allowFormatColumns) throw deny();
      return;
    case 'rows':
      if (!p.options.allowFormatRows) throw deny();
      return;
    case 'structure':
      throw deny();
  }
}

// ---------------------------------------------------------------- values

interface TypedInput {
  readonly value: CellValue;
  readonly formula: string | null;
  /** The format a General cell takes for what was typed (a date's "m/d/yyyy", "0%", …). */
  readonly numberFormat?: string;
}

/**
 * What Excel stores when a value is written through `values` or `formulas`,
 * as if typed (typed-input.ts has the rules for strings): numbers and
 * booleans as given, "" clears, and null leaves the cell alone.
 */
export function typedInput(raw: unknown, numberFormat: string, location: string): TypedInput | 'unchanged' {
  if (raw === null || raw === undefined) return 'unchanged';
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new DoubleError('InvalidArgument', { location });
    return { value: raw, formula: null };
  }
  if (typeof raw === 'boolean') return { value: raw, formula: null };
  if (typeof raw !== 'string') throw new DoubleError('InvalidArgument', { message: `Cells hold strings, numbers or booleans, not ${Object.prototype.toString.call(raw)}.`, location });
  return typedString(raw, numberFormat);
}

/** Normalises a write of a 2-D property: a matrix of the range's shape, or one value for every cell. */
function matrixFor(rect: Rect, input: unknown, location: string): unknown[][] {
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  if (!Array.isArray(input)) {
    assertFinite(rect, location);
    return Array.from({ length: rows }, () => Array.from({ length: columns }, () => input));
  }
  const mismatch = () =>
    new DoubleError('InvalidArgument', {
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
    });
  if (input.length !== rows) throw mismatch();
  for (const row of input) if (!Array.isArray(row) || row.length !== columns) throw mismatch();
  return input as unknown[][];
}

export interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly before: CellValue;
  readonly after: CellValue;
}

/** Writes `values` or `formulas` (Excel treats both as typed input). Returns the cells that changed. */
export function writeContent(workbook: WorkbookState, sheet: SheetState, rect: Rect, input: unknown, location: string): CellChange[] {
  const matrix = matrixFor(rect, input, location);
  assertEditable(workbook, sheet, rect, 'content', location);
  const changes: CellChange[] = [];
  matrix.forEach((row, i) =>
    row.forEach((raw, j) => {
      const r = rect.r1 + i;
      const c = rect.c1 + j;
      const typed = typedInput(raw, formatAt(workbook, sheet, r, c).numberFormat, location);
      if (typed === 'unchanged') return;
      const cell = ensureCell(workbook, sheet, r, c);
      const before = cell.formula ?? cell.value;
      cell.value = typed.value;
      cell.formula = typed.formula;
      if (typed.numberFormat) cell.format = { ...cell.format, numberFormat: typed.numberFormat };
      changes.push({ row: r, column: c, before, after: typed.formula ?? typed.value });
      dropIfEmpty(workbook, sheet, r, c);
    }),
  );
  return changes;
}

export function writeNumberFormat(workbook: WorkbookState, sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const matrix = matrixFor(rect, input, location);
  assertEditable(workbook, sheet, rect, 'format', location);
  matrix.forEach((row, i) =>
    row.forEach((raw, j) => {
      if (raw === null || raw === undefined) return;
      if (typeof raw !== 'string') throw new DoubleError('InvalidArgument', { location });
      const r = rect.r1 + i;
      const c = rect.c1 + j;
      const cell = ensureCell(workbook, sheet, r, c);
      cell.format = { ...cell.format, numberFormat: raw === '' ? 'General' : raw };
    }),
  );
}

/** `Range.values`: constants, formula results the double knows (else null), "" for empty cells. */
export function readValues(workbook: WorkbookState, sheet: SheetState, rect: Rect): CellValue[][] {
  assertReadable(rect);
  return mapCells(rect, (r, c) => {
    const cell = sheet.cells.get(cellKey(r, c));
    if (!cell) return '';
    if (cell.formula !== null) return cell.value;
    return cell.value ?? '';
  });
}

/** `Range.formulas`: the formula, else the constant, else "". */
export function readFormulas(_workbook: WorkbookState, sheet: SheetState, rect: Rect): CellValue[][] {
  assertReadable(rect);
  return mapCells(rect, (r, c) => {
    const cell = sheet.cells.get(cellKey(r, c));
    if (!cell) return '';
    return cell.formula ?? cell.value ?? '';
  });
}

export function readNumberFormat(workbook: WorkbookState, sheet: SheetState, rect: Rect): string[][] {
  assertReadable(rect);
  return mapCells(rect, (r, c) => formatAt(workbook, sheet, r, c).numberFormat);
}

export function valueType(cell: CellState | undefined): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (!cell) return 'Empty';
  const v = cell.value;
  if (v === null) return cell.formula === null ? 'Empty' : 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return ERROR_VALUES.has(v) ? 'Error' : 'String';
}

export function readValueTypes(_workbook: WorkbookState, sheet: SheetState, rect: Rect): string[][] {
  assertReadable(rect);
  return mapCells(rect, (r, c) => valueType(sheet.cells.get(cellKey(r, c))));
}

function mapCells<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r1; r <= rect.r2; r++) {
    const row: T[] = [];
    for (let c = rect.c1; c <= rect.c2; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------- formats

/**
 * Changes the format of every cell of a range. Whole rows, columns or the
 * whole sheet change the row/column/sheet format (what new cells inherit)
 * plus the cells that already exist there.
 */
export function updateFormat(workbook: WorkbookState, sheet: SheetState, rect: Rect, change: (f: CellFormat) => CellFormat): void {
  const memo = new Map<CellFormat, CellFormat>();
  const apply = (f: CellFormat): CellFormat => {
    let next = memo.get(f);
    if (!next) {
      next = change(f);
      memo.set(f, next);
    }
    return next;
  };
  const wholeColumns = isEntireColumn(rect);
  const wholeRows = isEntireRow(rect);
  if (wholeColumns && wholeRows) {
    sheet.defaultFormat = apply(sheet.defaultFormat ?? workbook.defaults.format);
    for (const line of [...sheet.rows.values(), ...sheet.columns.values()]) if (line.format) line.format = apply(line.format);
    for (const cell of sheet.cells.values()) cell.format = apply(cell.format);
    return;
  }
  if (wholeColumns || wholeRows) {
    const lines = wholeColumns ? sheet.columns : sheet.rows;
    const [from, to] = wholeColumns ? [rect.c1, rect.c2] : [rect.r1, rect.r2];
    for (let i = from; i <= to; i++) {
      const line = lines.get(i) ?? {};
      line.format = apply(line.format ?? sheet.defaultFormat ?? workbook.defaults.format);
      lines.set(i, line);
    }
    for (const [key, cell] of sheet.cells) {
      const { row, column } = parseCellKey(key);
      if (row >= rect.r1 && row <= rect.r2 && column >= rect.c1 && column <= rect.c2) cell.format = apply(cell.format);
    }
    if (wholeColumns) {
      // Rows with their own format keep it, but their cells in these columns change.
      for (const [row, line] of sheet.rows) {
        if (!line.format) continue;
        for (let c = rect.c1; c <= rect.c2; c++) {
          const cell = ensureCell(workbook, sheet, row, c);
          cell.format = apply(cell.format);
        }
      }
    }
    return;
  }
  for (const [r, c] of positions(rect)) {
    const cell = ensureCell(workbook, sheet, r, c);
    cell.format = apply(cell.format);
    dropIfEmpty(workbook, sheet, r, c);
  }
}

/** A format property over a range: its value when every cell agrees, else null (as Office.js reports mixed formats). */
export function readFormat<T>(workbook: WorkbookState, sheet: SheetState, rect: Rect, pick: (f: CellFormat) => T): T | null {
  const seen = new Set<CellFormat>();
  let first: { v: T } | undefined;
  const consider = (f: CellFormat): boolean => {
    if (seen.has(f)) return true;
    seen.add(f);
    const v = pick(f);
    if (!first) {
      first = { v };
      return true;
    }
    return JSON.stringify(first.v) === JSON.stringify(v);
  };
  if (cellCount(rect) <= 100_000) {
    for (const [r, c] of positions(rect)) if (!consider(formatAt(workbook, sheet, r, c))) return null;
  } else {
    // Whole rows/columns: the inherited formats and every stored cell inside.
    if (!consider(sheet.defaultFormat ?? workbook.defaults.format)) return null;
    for (const [i, line] of sheet.columns) if (line.format && i >= rect.c1 && i <= rect.c2 && !consider(line.format)) return null;
    for (const [i, line] of sheet.rows) if (line.format && i >= rect.r1 && i <= rect.r2 && !consider(line.format)) return null;
    for (const [key, cell] of sheet.cells) {
      const { row, column } = parseCellKey(key);
      if (row >= rect.r1 && row <= rect.r2 && column >= rect.c1 && column <= rect.c2 && !consider(cell.format)) return null;
    }
  }
  return first ? first.v : null;
}

// ---------------------------------------------------------------- borders

export type BorderSide = BorderIndex | 'InsideHorizontal' | 'InsideVertical';

/** The cells and cell edges one of Office.js's border indexes stands for. */
function borderTargets(rect: Rect, side: BorderSide): { rect: Rect; edge: BorderIndex }[] {
  switch (side) {
    case 'EdgeTop':
      return [{ rect: { ...rect, r2: rect.r1 }, edge: 'EdgeTop' }];
    case 'EdgeBottom':
      return [{ rect: { ...rect, r1: rect.r2 }, edge: 'EdgeBottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...rect, c2: rect.c1 }, edge: 'EdgeLeft' }];
    case 'EdgeRight':
      return [{ rect: { ...rect, c1: rect.c2 }, edge: 'EdgeRight' }];
    case 'InsideHorizontal':
      if (rect.r1 === rect.r2) return [];
      return [
        { rect: { ...rect, r2: rect.r2 - 1 }, edge: 'EdgeBottom' },
        { rect: { ...rect, r1: rect.r1 + 1 }, edge: 'EdgeTop' },
      ];
    case 'InsideVertical':
      if (rect.c1 === rect.c2) return [];
      return [
        { rect: { ...rect, c2: rect.c2 - 1 }, edge: 'EdgeRight' },
        { rect: { ...rect, c1: rect.c1 + 1 }, edge: 'EdgeLeft' },
      ];
    case 'DiagonalDown':
    case 'DiagonalUp':
      return [{ rect, edge: side }];
  }
}

export function updateBorder(
  workbook: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  side: BorderSide,
  change: (b: BorderState | undefined) => BorderState | undefined,
): void {
  for (const t of borderTargets(rect, side)) {
    updateFormat(workbook, sheet, t.rect, (f) => {
      const next = change(f.borders[t.edge]);
      const borders = { ...f.borders };
      if (next) borders[t.edge] = next;
      else delete borders[t.edge];
      return { ...f, borders };
    });
  }
}

/** A border over a range: the same on every cell edge it covers, else null; undefined when there is none. */
export function readBorder(workbook: WorkbookState, sheet: SheetState, rect: Rect, side: BorderSide): BorderState | undefined | null {
  const targets = borderTargets(rect, side);
  if (targets.length === 0) return undefined;
  let result: BorderState | undefined | null = null;
  let first = true;
  for (const t of targets) {
    const v = readFormat(workbook, sheet, t.rect, (f) => f.borders[t.edge] ?? 'none');
    if (v === null) return null;
    const b = v === 'none' ? undefined : v;
    if (first) {
      result = b;
      first = false;
    } else if (JSON.stringify(result) !== JSON.stringify(b)) return null;
  }
  return result;
}

// ---------------------------------------------------------------- rows and columns

export function setLineSize(sheet: SheetState, axis: 'columns' | 'rows', from: number, to: number, size: number, location: string): void {
  const max = axis === 'columns' ? 255 * 7.5 : 409;
  if (!Number.isFinite(size) || size < 0 || size > max) throw new DoubleError('InvalidArgument', { location });
  for (let i = from; i <= to; i++) {
    const line = sheet[axis].get(i) ?? {};
    line.size = size;
    sheet[axis].set(i, line);
  }
}

export function setLineHidden(sheet: SheetState, axis: 'columns' | 'rows', from: number, to: number, hidden: boolean): void {
  for (let i = from; i <= to; i++) {
    const line = sheet[axis].get(i) ?? {};
    line.hidden = hidden;
    sheet[axis].set(i, line);
  }
}

export function readLine<T>(sheet: SheetState, axis: 'columns' | 'rows', from: number, to: number, pick: (l: { size?: number; hidden?: boolean }) => T): T | null {
  const span = to - from + 1;
  const values = new Set<string>();
  let first: T | undefined;
  const consider = (v: T) => {
    values.add(JSON.stringify(v));
    first ??= v;
  };
  if (span > 10_000) {
    consider(pick({}));
    for (const [i, line] of sheet[axis]) if (i >= from && i <= to) consider(pick(line));
  } else {
    for (let i = from; i <= to; i++) consider(pick(sheet[axis].get(i) ?? {}));
  }
  return values.size === 1 ? (first as T) : null;
}

// ---------------------------------------------------------------- merges

export function merge(workbook: WorkbookState, sheet: SheetState, rect: Rect, across: boolean, location: string): void {
  assertEditable(workbook, sheet, rect, 'structure', location);
  const pieces = across ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, r1: rect.r1 + i, r2: rect.r1 + i })) : [rect];
  for (const piece of pieces) {
    if (cellCount(piece) === 1) continue;
    for (const m of sheet.merges) {
      if (intersects(m, piece) && !contains(piece, m)) {
        throw new DoubleError('InvalidOperation', { message: `Cannot merge ${formatRect(piece)}: it overlaps the merged area ${formatRect(m)}.`, location });
      }
    }
    sheet.merges = sheet.merges.filter((m) => !contains(piece, m));
    // Excel keeps the upper-left value only.
    for (const [r, c] of positions(piece)) {
      if (r === piece.r1 && c === piece.c1) continue;
      const cell = sheet.cells.get(cellKey(r, c));
      if (cell) {
        cell.value = null;
        cell.formula = null;
        dropIfEmpty(workbook, sheet, r, c);
      }
    }
    sheet.merges.push(piece);
  }
}

// ---------------------------------------------------------------- clear

export function clear(workbook: WorkbookState, sheet: SheetState, rect: Rect, applyTo: string, location: string): CellChange[] {
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (!contents && !formats && applyTo !== 'Hyperlinks' && applyTo !== 'RemoveHyperlinks' && applyTo !== 'ResetContents') {
    throw new DoubleError('InvalidArgument', { location });
  }
  const changes: CellChange[] = [];
  if (contents) assertEditable(workbook, sheet, rect, 'content', location);
  if (formats) assertEditable(workbook, sheet, rect, 'format', location);
  for (const [key, cell] of [...sheet.cells]) {
    const { row, column } = parseCellKey(key);
    if (row < rect.r1 || row > rect.r2 || column < rect.c1 || column > rect.c2) continue;
    if (contents && (cell.value !== null || cell.formula !== null)) {
      changes.push({ row, column, before: cell.formula ?? cell.value, after: null });
      cell.value = null;
      cell.formula = null;
    }
    if (formats) cell.format = workbook.defaults.format;
    dropIfEmpty(workbook, sheet, row, column);
  }
  if (formats) {
    // Clearing formats also unmerges (as Excel's Clear Formats does).
    sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    if (isEntireColumn(rect) || isEntireRow(rect)) {
      updateFormat(workbook, sheet, rect, () => workbook.defaults.format);
    }
  }
  return changes;
}

// ---------------------------------------------------------------- used range

export function usedRect(workbook: WorkbookState, sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -Infinity;
  let c2 = -Infinity;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && cell.formula === null) continue;
    if (!valuesOnly && cell.value === null && cell.formula === null && cell.format === workbook.defaults.format) continue;
    const { row, column } = parseCellKey(key);
    r1 = Math.min(r1, row);
    c1 = Math.min(c1, column);
    r2 = Math.max(r2, row);
    c2 = Math.max(c2, column);
  }
  if (r1 === Infinity) return null;
  return { r1, c1, r2, c2 };
}
