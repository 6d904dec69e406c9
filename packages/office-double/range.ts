/**
 * Range and what hangs off it: format (font, fill, borders, protection),
 * data validation and conditional formats.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  cellCount,
  formatAddress,
  formatRect,
  intersects,
  parseAddress,
  rectColumns,
  rectRows,
} from './excel-address.ts';
import { normalizeColor } from './colors.ts';
import { DoubleError } from './errors.ts';
import {
  type BorderSide,
  type CellChange,
  assertEditable,
  merge,
  readBorder,
  readFormat,
  readFormulas,
  readLine,
  readNumberFormat,
  readValueTypes,
  readValues,
  setLineHidden,
  setLineSize,
  updateBorder,
  updateFormat,
  valueType,
  writeContent,
  writeNumberFormat,
} from './operations.ts';
import { ClientCollection, ClientObject, type Execution, type Resolver, type RuntimeContext, type ScalarSpec } from './runtime.ts';
import type { BorderLineStyle, BorderState, BorderWeight, CellFormat, ConditionalFormatState, SheetState, WorkbookState } from './state.ts';
import { ruleFromInput, ruleToOffice, setMeta, setRule, soleEntry } from './validation.ts';
import { Worksheet } from './worksheet.ts';

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Spec = ScalarSpec<RangeTarget>;

/** Office.js's bulk-write threshold (cells per operation). */
const BULK_CELLS = 1500;

function oneOf<T extends string>(values: readonly T[], value: unknown, location: string): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new DoubleError('InvalidArgument', { message: `${String(value)} is not one of ${values.join(', ')}.`, location });
  }
  return value as T;
}

function bool(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean') throw new DoubleError('InvalidArgument', { location });
  return value;
}

function num(value: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new DoubleError('InvalidArgument', { location });
  return value;
}

/** Records a content change for onChanged events. */
export function recordChanges(ex: Execution, sheet: SheetState, rect: Rect, changes: readonly CellChange[]): void {
  if (changes.length === 0) return;
  const one = changes.length === 1 && cellCount(rect) === 1 ? changes[0]! : undefined;
  const typeOf = (v: unknown) => (v === null ? 'Empty' : valueType({ value: v as never, formula: null, format: undefined as never }));
  ex.changes.push({
    sheetId: sheet.id,
    address: formatRect(rect),
    ...(one ? { details: { valueBefore: one.before ?? '', valueAfter: one.after ?? '', valueTypeBefore: typeOf(one.before), valueTypeAfter: typeOf(one.after) } } : {}),
  });
}

function formatScalar<T>(
  location: string,
  pick: (f: CellFormat) => T,
  apply: (f: CellFormat, value: T) => CellFormat,
  check: (value: unknown, location: string) => T,
  api?: string,
): Spec {
  return {
    ...(api ? { api } : {}),
    get: (t, ex) => readFormat(ex.state, t.sheet, t.rect, pick),
    set: (t, value, ex) => {
      const v = check(value, location);
      assertEditable(ex.state, t.sheet, t.rect, 'format', location);
      updateFormat(ex.state, t.sheet, t.rect, (f) => apply(f, v));
    },
  };
}

// ---------------------------------------------------------------- Range

const RANGE_SCALARS: Record<string, Spec> = {
  values: {
    get: (t, ex) => readValues(ex.state, t.sheet, t.rect),
    set: (t, value, ex) => recordChanges(ex, t.sheet, t.rect, writeContent(ex.state, t.sheet, t.rect, value, 'Range.values')),
  },
  formulas: {
    get: (t, ex) => readFormulas(ex.state, t.sheet, t.rect),
    set: (t, value, ex) => recordChanges(ex, t.sheet, t.rect, writeContent(ex.state, t.sheet, t.rect, value, 'Range.formulas')),
  },
  numberFormat: {
    get: (t, ex) => readNumberFormat(ex.state, t.sheet, t.rect),
    set: (t, value, ex) => writeNumberFormat(ex.state, t.sheet, t.rect, value, 'Range.numberFormat'),
  },
  valueTypes: { get: (t, ex) => readValueTypes(ex.state, t.sheet, t.rect) },
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  rowCount: { get: (t) => rectRows(t.rect) },
  columnCount: { get: (t) => rectColumns(t.rect) },
  rowHidden: {
    api: '1.2',
    get: (t) => readLine(t.sheet, 'rows', t.rect.r1, t.rect.r2, (l) => !!l.hidden),
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'rows', 'Range.rowHidden');
      setLineHidden(t.sheet, 'rows', t.rect.r1, t.rect.r2, bool(value, 'Range.rowHidden'));
    },
  },
  columnHidden: {
    api: '1.2',
    get: (t) => readLine(t.sheet, 'columns', t.rect.c1, t.rect.c2, (l) => !!l.hidden),
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'columns', 'Range.columnHidden');
      setLineHidden(t.sheet, 'columns', t.rect.c1, t.rect.c2, bool(value, 'Range.columnHidden'));
    },
  },
};

function checkRect(rect: Rect, location: string): Rect {
  if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLUMNS || rect.r2 < rect.r1 || rect.c2 < rect.c1) {
    throw new DoubleError('InvalidArgument', { message: 'The range would extend outside the worksheet.', location });
  }
  return rect;
}

/** Resolves a `Range | string` argument on the same sheet as `t`. */
function otherRect(ex: Execution, t: RangeTarget, other: unknown, location: string): Rect {
  if (typeof other === 'string') {
    const parsed = parseAddress(other);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== t.sheet.name.toLowerCase()) throw new DoubleError('InvalidArgument', { location });
    return parsed.rect;
  }
  if (other instanceof Range) {
    const o = ex.require<RangeTarget>(other, location);
    if (o.sheet !== t.sheet) throw new DoubleError('InvalidArgument', { message: 'The ranges are on different worksheets.', location });
    return o.rect;
  }
  throw new DoubleError('InvalidArgument', { location });
}

export class Range extends ClientObject {
  readonly _className = 'Range';

  constructor(context: RuntimeContext, resolver: Resolver, path: string) {
    super(context, resolver, path);
  }

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return RANGE_SCALARS as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['format', 'dataValidation', 'conditionalFormats', 'worksheet'];
  }

  /** A range derived from this one (its target computed from this range's at sync time). */
  private _derive(name: string, args: unknown[], f: (t: RangeTarget, ex: Execution) => Rect | null, nullable = false): Range {
    const location = `Range.${name}`;
    const range = new Range(
      this._context,
      (ex) => {
        const t = ex.resolve<RangeTarget>(this);
        if (t === null) return null;
        const rect = f(t, ex);
        if (rect === null) {
          if (nullable) return null;
          throw new DoubleError('ItemNotFound', { location });
        }
        return { sheet: t.sheet, rect: checkRect(rect, location) };
      },
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a instanceof ClientObject ? a._path : a)).join(', ')})`,
    );
    if (nullable) ClientObject._queueNullCheck(range);
    return range;
  }

  /**
   * Office.js (ExcelApi 1.3+) sends a 2-D write of more than 1500 cells as
   * row bands of at most 1500 cells, each its own operation in the same
   * request, after a size check (`setRangePropertiesInBulk` in its runtime).
   */
  private _setBulk(name: string, value: unknown): void {
    const rows = Array.isArray(value) ? value.length : 0;
    const first: unknown = Array.isArray(value) ? value[0] : undefined;
    const columns = Array.isArray(first) ? first.length : 0;
    if (rows * columns <= BULK_CELLS || !this._engine.supports('1.3')) {
      this._set(name, value);
      return;
    }
    const matrix = value as unknown[][];
    this._method('_ValidateArraySize', [rows, columns], (t: RangeTarget) => {
      if (rectRows(t.rect) !== rows || rectColumns(t.rect) !== columns || matrix.some((r) => !Array.isArray(r) || r.length !== columns)) {
        throw new DoubleError('InvalidArgument', {
          message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          location: `Range.${name}`,
        });
      }
    });
    const bandRows = Math.max(1, Math.round(BULK_CELLS / columns));
    for (let start = 0; start < rows; start += bandRows) {
      const count = Math.min(bandRows, rows - start);
      const band = this._derive('getRow().getBoundingRect', [start, start + count - 1], (t) => ({ ...t.rect, r1: t.rect.r1 + start, r2: t.rect.r1 + start + count - 1 }));
      band._set(name, matrix.slice(start, start + count));
    }
    this._loaded.set(name, value);
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._setBulk('values', v);
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._setBulk('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._setBulk('numberFormat', v);
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get address(): string {
    return this._get('address');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowHidden(): boolean {
    return this._get('rowHidden');
  }
  set rowHidden(v: boolean) {
    this._set('rowHidden', v);
  }
  get columnHidden(): boolean {
    return this._get('columnHidden');
  }
  set columnHidden(v: boolean) {
    this._set('columnHidden', v);
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this._context, (ex) => ex.resolve(this), `${this._path}.format`));
  }

  get dataValidation(): DataValidation {
    this._requireApi('dataValidation', '1.8');
    return this._child('dataValidation', () => new DataValidation(this._context, (ex) => ex.resolve(this), `${this._path}.dataValidation`));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    this._requireApi('conditionalFormats', '1.6');
    return this._child('conditionalFormats', () => new ConditionalFormatCollection(this._context, (ex) => ex.resolve(this), `${this._path}.conditionalFormats`));
  }

  get worksheet(): Worksheet {
    return this._child(
      'worksheet',
      () =>
        new Worksheet(
          this._context,
          (ex) => {
            const t = ex.resolve<RangeTarget>(this);
            return t === null ? null : t.sheet;
          },
          `${this._path}.worksheet`,
        ),
    );
  }

  getRow(row: number): Range {
    return this._derive('getRow', [row], (t) => ({ ...t.rect, r1: t.rect.r1 + row, r2: t.rect.r1 + row }));
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive('getBoundingRect', [anotherRange], (t, ex) => boundingRect(t.rect, otherRect(ex, t, anotherRange, 'Range.getBoundingRect')));
  }

  merge(across = false): void {
    this._requireApi('merge', '1.2');
    this._method('merge', [across], (t: RangeTarget, ex) => merge(ex.state, t.sheet, t.rect, across, 'Range.merge'));
  }

  select(): void {
    this._method('select', [], (t: RangeTarget, ex) => {
      ex.state.activeSheetId = t.sheet.id;
      ex.state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

// ---------------------------------------------------------------- RangeFormat

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

const FORMAT_SCALARS: Record<string, Spec> = {
  horizontalAlignment: formatScalar(
    'RangeFormat.horizontalAlignment',
    (f) => f.horizontalAlignment,
    (f, v) => ({ ...f, horizontalAlignment: v }),
    (v, l) => oneOf(H_ALIGN, v, l),
  ),
  verticalAlignment: formatScalar(
    'RangeFormat.verticalAlignment',
    (f) => f.verticalAlignment,
    (f, v) => ({ ...f, verticalAlignment: v }),
    (v, l) => oneOf(V_ALIGN, v, l),
  ),
  wrapText: formatScalar('RangeFormat.wrapText', (f) => f.wrapText, (f, v) => ({ ...f, wrapText: v }), bool),
  indentLevel: formatScalar('RangeFormat.indentLevel', (f) => f.indentLevel, (f, v) => ({ ...f, indentLevel: v }), (v, l) => num(v, l, 0, 250), '1.9'),
  columnWidth: {
    api: '1.2',
    get: (t) => readLine(t.sheet, 'columns', t.rect.c1, t.rect.c2, (l) => l.size ?? t.sheet.standardWidth),
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'columns', 'RangeFormat.columnWidth');
      setLineSize(t.sheet, 'columns', t.rect.c1, t.rect.c2, num(value, 'RangeFormat.columnWidth'), 'RangeFormat.columnWidth');
    },
  },
  rowHeight: {
    api: '1.2',
    get: (t) => readLine(t.sheet, 'rows', t.rect.r1, t.rect.r2, (l) => l.size ?? t.sheet.standardHeight),
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'rows', 'RangeFormat.rowHeight');
      setLineSize(t.sheet, 'rows', t.rect.r1, t.rect.r2, num(value, 'RangeFormat.rowHeight'), 'RangeFormat.rowHeight');
    },
  },
};

class RangeFormat extends ClientObject {
  readonly _className = 'RangeFormat';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return FORMAT_SCALARS as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['font', 'fill', 'borders', 'protection'];
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._set('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v);
  }
  get indentLevel(): number {
    return this._get('indentLevel');
  }
  set indentLevel(v: number) {
    this._set('indentLevel', v);
  }
  /** Points (Excel's own unit here, not characters). */
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v);
  }
  /** Points. */
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(v: number) {
    this._set('rowHeight', v);
  }

  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this._context, (ex) => ex.resolve(this), `${this._path}.font`));
  }
  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this._context, (ex) => ex.resolve(this), `${this._path}.fill`));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this._context, (ex) => ex.resolve(this), `${this._path}.borders`));
  }
  get protection(): FormatProtection {
    this._requireApi('protection', '1.2');
    return this._child('protection', () => new FormatProtection(this._context, (ex) => ex.resolve(this), `${this._path}.protection`));
  }
}

// ---------------------------------------------------------------- font, fill, protection

const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;

const FONT_SCALARS: Record<string, Spec> = {
  name: formatScalar(
    'RangeFont.name',
    (f) => f.font.name,
    (f, v) => ({ ...f, font: { ...f.font, name: v } }),
    (v, l) => {
      if (typeof v !== 'string' || v.trim() === '') throw new DoubleError('InvalidArgument', { location: l });
      return v;
    },
  ),
  size: formatScalar('RangeFont.size', (f) => f.font.size, (f, v) => ({ ...f, font: { ...f.font, size: v } }), (v, l) => num(v, l, 1, 409)),
  bold: formatScalar('RangeFont.bold', (f) => f.font.bold, (f, v) => ({ ...f, font: { ...f.font, bold: v } }), bool),
  italic: formatScalar('RangeFont.italic', (f) => f.font.italic, (f, v) => ({ ...f, font: { ...f.font, italic: v } }), bool),
  underline: formatScalar('RangeFont.underline', (f) => f.font.underline, (f, v) => ({ ...f, font: { ...f.font, underline: v } }), (v, l) => oneOf(UNDERLINE, v, l)),
  color: formatScalar('RangeFont.color', (f) => f.font.color, (f, v) => ({ ...f, font: { ...f.font, color: v } }), normalizeColor),
};

class RangeFont extends ClientObject {
  readonly _className = 'RangeFont';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return FONT_SCALARS as Record<string, ScalarSpec<never>>;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._set('italic', v);
  }
  get underline(): string {
    return this._get('underline');
  }
  set underline(v: string) {
    this._set('underline', v);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
}

const FILL_SCALARS: Record<string, Spec> = {
  // No fill reads as white, as in Excel.
  color: formatScalar('RangeFill.color', (f) => f.fill ?? '#FFFFFF', (f, v) => ({ ...f, fill: v }), normalizeColor),
};

class RangeFill extends ClientObject {
  readonly _className = 'RangeFill';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return FILL_SCALARS as Record<string, ScalarSpec<never>>;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
}

const PROTECTION_SCALARS: Record<string, Spec> = {
  locked: formatScalar('FormatProtection.locked', (f) => f.locked, (f, v) => ({ ...f, locked: v }), bool),
};

class FormatProtection extends ClientObject {
  readonly _className = 'FormatProtection';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return PROTECTION_SCALARS as Record<string, ScalarSpec<never>>;
  }
  get locked(): boolean {
    return this._get('locked');
  }
  set locked(v: boolean) {
    this._set('locked', v);
  }
}

// ---------------------------------------------------------------- borders

const SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

interface BorderTarget extends RangeTarget {
  readonly side: BorderSide;
}

function borderScalar(name: 'style' | 'weight' | 'color'): ScalarSpec<BorderTarget> {
  const location = `RangeBorder.${name}`;
  return {
    get: (t, ex) => {
      const b = readBorder(ex.state, t.sheet, t.rect, t.side);
      if (b === null) return null;
      if (name === 'style') return b?.style ?? 'None';
      if (name === 'weight') return b?.weight ?? 'Thin';
      return b?.color ?? '#000000';
    },
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'format', location);
      const v =
        name === 'style'
          ? oneOf(LINE_STYLES, value, location)
          : name === 'weight'
            ? oneOf(WEIGHTS, value, location)
            : normalizeColor(value, location);
      updateBorder(ex.state, t.sheet, t.rect, t.side, (b): BorderState | undefined => {
        if (name === 'style') return v === 'None' ? undefined : { style: v as Exclude<BorderLineStyle, 'None'>, weight: b?.weight ?? 'Thin', color: b?.color ?? '#000000' };
        // Setting a weight or colour on no border draws a continuous one, as Excel does.
        const base: BorderState = b ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
        return name === 'weight' ? { ...base, weight: v as BorderWeight } : { ...base, color: v };
      });
    },
  };
}

const BORDER_SCALARS: Record<string, ScalarSpec<BorderTarget>> = {
  style: borderScalar('style'),
  weight: borderScalar('weight'),
};

class RangeBorder extends ClientObject {
  readonly _className = 'RangeBorder';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return BORDER_SCALARS as Record<string, ScalarSpec<never>>;
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v);
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(v: string) {
    this._set('weight', v);
  }
}

class RangeBorderCollection extends ClientCollection<RangeBorder> {
  readonly _className = 'RangeBorderCollection';

  protected _keys(): string[] {
    return [...SIDES];
  }

  protected _item(side: string): RangeBorder {
    return this.getItem(side);
  }

  getItem(index: string): RangeBorder {
    return this._child(
      `item:${index}`,
      () =>
        new RangeBorder(
          this._context,
          (ex) => {
            const side = oneOf(SIDES, index, 'RangeBorderCollection.getItem');
            const t = ex.resolve<RangeTarget>(this);
            return t === null ? null : { ...t, side };
          },
          `${this._path}.getItem(${JSON.stringify(index)})`,
        ),
    );
  }
}

// ---------------------------------------------------------------- data validation

function rangeOperand(ex: Execution, t: RangeTarget): (value: unknown) => string | undefined {
  return (value) => {
    if (!(value instanceof Range)) return undefined;
    const o = ex.require<RangeTarget>(value, 'DataValidation.rule');
    return o.sheet === t.sheet ? formatRect(o.rect, true) : formatAddress(o.sheet.name, o.rect, true);
  };
}

const VALIDATION_SCALARS: Record<string, Spec> = {
  rule: {
    get: (t) => {
      const e = soleEntry(t.sheet, t.rect);
      return e === 'mixed' ? null : ruleToOffice(e?.rule ?? null);
    },
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'structure', 'DataValidation.rule');
      setRule(ex.state, t.sheet, t.rect, ruleFromInput(value, rangeOperand(ex, t), 'DataValidation.rule'), 'DataValidation.rule');
    },
  },
  prompt: {
    get: (t) => {
      const e = soleEntry(t.sheet, t.rect);
      return e === 'mixed' ? null : { ...(e?.prompt ?? { showPrompt: true, title: '', message: '' }) };
    },
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'structure', 'DataValidation.prompt');
      if (!value || typeof value !== 'object') throw new DoubleError('InvalidArgument', { location: 'DataValidation.prompt' });
      const v = value as Record<string, unknown>;
      setMeta(ex.state, t.sheet, t.rect, (e) => ({
        prompt: {
          showPrompt: typeof v['showPrompt'] === 'boolean' ? v['showPrompt'] : e.prompt.showPrompt,
          title: typeof v['title'] === 'string' ? v['title'] : e.prompt.title,
          message: typeof v['message'] === 'string' ? v['message'] : e.prompt.message,
        },
      }));
    },
  },
  errorAlert: {
    get: (t) => {
      const e = soleEntry(t.sheet, t.rect);
      return e === 'mixed' ? null : { ...(e?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' }) };
    },
    set: (t, value, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'structure', 'DataValidation.errorAlert');
      if (!value || typeof value !== 'object') throw new DoubleError('InvalidArgument', { location: 'DataValidation.errorAlert' });
      const v = value as Record<string, unknown>;
      const style = v['style'] === undefined ? undefined : oneOf(['Stop', 'Warning', 'Information'] as const, v['style'], 'DataValidation.errorAlert');
      setMeta(ex.state, t.sheet, t.rect, (e) => ({
        errorAlert: {
          showAlert: typeof v['showAlert'] === 'boolean' ? v['showAlert'] : e.errorAlert.showAlert,
          style: style ?? e.errorAlert.style,
          title: typeof v['title'] === 'string' ? v['title'] : e.errorAlert.title,
          message: typeof v['message'] === 'string' ? v['message'] : e.errorAlert.message,
        },
      }));
    },
  },
};

export class DataValidation extends ClientObject {
  readonly _className = 'DataValidation';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return VALIDATION_SCALARS as Record<string, ScalarSpec<never>>;
  }
  get rule(): Record<string, unknown> {
    return this._get('rule');
  }
  set rule(v: Record<string, unknown>) {
    this._set('rule', v);
  }
  get prompt(): Record<string, unknown> {
    return this._get('prompt');
  }
  set prompt(v: Record<string, unknown>) {
    this._set('prompt', v);
  }
  get errorAlert(): Record<string, unknown> {
    return this._get('errorAlert');
  }
  set errorAlert(v: Record<string, unknown>) {
    this._set('errorAlert', v);
  }
}

// ---------------------------------------------------------------- conditional formats

interface CfTarget {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}

function cfScalar<K extends 'fill' | 'fontColor'>(key: K, check: (v: unknown, l: string) => ConditionalFormatState[K]): ScalarSpec<CfTarget> {
  return {
    get: (t) => t.cf[key] ?? (key === 'fill' ? '#FFFFFF' : key === 'fontColor' ? '#000000' : null),
    set: (t, value) => {
      t.cf[key] = check(value, `ConditionalFormat.${key}`);
    },
  };
}

class ConditionalRangeFill extends ClientObject {
  readonly _className = 'ConditionalRangeFill';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return { color: cfScalar('fill', normalizeColor) } as Record<string, ScalarSpec<never>>;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
}

class ConditionalRangeFont extends ClientObject {
  readonly _className = 'ConditionalRangeFont';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return { color: cfScalar('fontColor', normalizeColor) } as Record<string, ScalarSpec<never>>;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
}

class ConditionalRangeFormat extends ClientObject {
  readonly _className = 'ConditionalRangeFormat';
  protected override _navigation(): readonly string[] {
    return ['fill', 'font'];
  }
  get fill(): ConditionalRangeFill {
    return this._child('fill', () => new ConditionalRangeFill(this._context, (ex) => ex.resolve(this), `${this._path}.fill`));
  }
  get font(): ConditionalRangeFont {
    return this._child('font', () => new ConditionalRangeFont(this._context, (ex) => ex.resolve(this), `${this._path}.font`));
  }
}

class ConditionalFormatRule extends ClientObject {
  readonly _className = 'ConditionalFormatRule';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    const formula: ScalarSpec<CfTarget> = {
      get: (t) => t.cf.formula,
      set: (t, v) => {
        if (typeof v !== 'string' || v.trim() === '') throw new DoubleError('InvalidArgument', { location: 'ConditionalFormatRule.formula' });
        t.cf.formula = v.startsWith('=') ? v : `=${v}`;
      },
    };
    return { formula } as Record<string, ScalarSpec<never>>;
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v);
  }
}

class CustomConditionalFormat extends ClientObject {
  readonly _className = 'CustomConditionalFormat';
  protected override _navigation(): readonly string[] {
    return ['rule', 'format'];
  }
  get rule(): ConditionalFormatRule {
    return this._child('rule', () => new ConditionalFormatRule(this._context, (ex) => ex.resolve(this), `${this._path}.rule`));
  }
  get format(): ConditionalRangeFormat {
    return this._child('format', () => new ConditionalRangeFormat(this._context, (ex) => ex.resolve(this), `${this._path}.format`));
  }
}

const CF_SCALARS: Record<string, ScalarSpec<CfTarget>> = {
  priority: { get: (t) => t.sheet.conditionalFormats.indexOf(t.cf) },
};

class ConditionalFormat extends ClientObject {
  readonly _className = 'ConditionalFormat';
  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return CF_SCALARS as Record<string, ScalarSpec<never>>;
  }
  protected override _navigation(): readonly string[] {
    return ['custom'];
  }
  get priority(): number {
    return this._get('priority');
  }
  get custom(): CustomConditionalFormat {
    return this._child('custom', () => new CustomConditionalFormat(this._context, (ex) => ex.resolve(this), `${this._path}.custom`));
  }
}

function findCf(sheet: SheetState, id: string): ConditionalFormatState | undefined {
  return sheet.conditionalFormats.find((c) => String(c.id) === id);
}

class ConditionalFormatCollection extends ClientCollection<ConditionalFormat> {
  readonly _className = 'ConditionalFormatCollection';

  protected _keys(t: RangeTarget): string[] {
    return t.sheet.conditionalFormats.filter((c) => c.rects.some((r) => intersects(r, t.rect))).map((c) => String(c.id));
  }

  protected _item(id: string): ConditionalFormat {
    return this.getItem(id);
  }

  private _cf(resolve: (t: RangeTarget, ex: Execution) => ConditionalFormatState, path: string): ConditionalFormat {
    return new ConditionalFormat(
      this._context,
      (ex) => {
        const t = ex.resolve<RangeTarget>(this);
        return t === null ? null : { sheet: t.sheet, cf: resolve(t, ex) };
      },
      path,
    );
  }

  /** Only "Custom" (formula) conditional formats are modelled; a new one goes first (top priority), as in Excel. */
  add(type: string): ConditionalFormat {
    if (type !== 'Custom') throw new DoubleError('NotImplemented', { args: [`ConditionalFormatCollection.add("${type}")`] });
    let created: ConditionalFormatState | undefined;
    this._method('add', [type], (t: RangeTarget, ex) => {
      assertEditable(ex.state, t.sheet, t.rect, 'structure', 'ConditionalFormatCollection.add');
      created = { id: ex.state.nextRuleId++, rects: [t.rect], type: 'Custom', formula: '', fill: null, fontColor: null, bold: null, italic: null, stopIfTrue: false };
      // "Adds a new conditional format to the collection at the first/top priority" (Office.js reference).
      t.sheet.conditionalFormats.unshift(created);
    });
    return this._cf(() => {
      if (!created) throw new DoubleError('InvalidOperation', { location: 'ConditionalFormatCollection.add' });
      return created;
    }, `${this._path}.add("Custom")`);
  }

  getItem(id: string): ConditionalFormat {
    return this._cf((t) => {
      const cf = findCf(t.sheet, id);
      if (!cf) throw new DoubleError('ItemNotFound', { location: 'ConditionalFormatCollection.getItem' });
      return cf;
    }, `${this._path}.getItem(${JSON.stringify(id)})`);
  }
}

/** Exposed for the worksheet's range factory. */
export function rangeOn(context: RuntimeContext, sheetResolver: (ex: Execution) => SheetState | null, address: string | undefined, path: string, workbookOf: (ex: Execution) => WorkbookState): Range {
  return new Range(
    context,
    (ex) => {
      const sheet = sheetResolver(ex);
      if (sheet === null) return null;
      if (address === undefined || address === '') return { sheet, rect: { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLUMNS } };
      if (typeof address !== 'string' || address.length > 8192) throw new DoubleError('InvalidArgument', { location: 'Worksheet.getRange' });
      let parsed;
      try {
        parsed = parseAddress(address);
      } catch (e) {
        // Not an address: a defined name (sheet-scoped first, then workbook-scoped).
        const wb = workbookOf(ex);
        const lower = address.trim().toLowerCase();
        const name =
          wb.names.find((n) => n.scopeSheetId === sheet.id && n.name.toLowerCase() === lower) ?? wb.names.find((n) => n.scopeSheetId === null && n.name.toLowerCase() === lower);
        if (!name) throw e;
        if (name.reference.kind !== 'range' || name.reference.sheetId !== sheet.id) throw new DoubleError('InvalidArgument', { location: 'Worksheet.getRange' });
        return { sheet, rect: name.reference.rect };
      }
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new DoubleError('InvalidArgument', { message: `"${address}" is not on the worksheet "${sheet.name}".`, location: 'Worksheet.getRange' });
      }
      return { sheet, rect: parsed.rect };
    },
    path,
  );
}
