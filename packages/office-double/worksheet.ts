/**
 * Worksheet and its parts: protection, freeze panes, page layout (with
 * headers/footers and print areas) and change events.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, parseAddress } from './excel-address.ts';
import { normalizeColor } from './colors.ts';
import { DoubleError } from './errors.ts';
import { usedRect } from './operations.ts';
import {  } from './names.ts';
import { Range, type RangeTarget, rangeOn } from './range.ts';
import { ClientCollection, ClientObject, EventHandlers, type Execution, type ScalarSpec } from './runtime.ts';
import { type HeaderFooterState, type PageLayoutState, type ProtectionOptionsState, type SheetState, type WorkbookState, createSheetState } from './state.ts';

type Spec = ScalarSpec<SheetState>;

function bool(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean') throw new DoubleError('InvalidArgument', { location });
  return value;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, location: string): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new DoubleError('InvalidArgument', { message: `${String(value)} is not one of ${values.join(', ')}.`, location });
  }
  return value as T;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History". */
function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw new DoubleError('InvalidArgument', { message: `"${String(name)}" is not a valid worksheet name.`, location });
  }
  return name;
}

function assertUniqueSheetName(workbook: WorkbookState, name: string, except: SheetState | null, location: string): void {
  const lower = name.toLowerCase();
  if (workbook.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) {
    throw new DoubleError('ItemAlreadyExists', { message: `A worksheet named "${name}" already exists.`, location });
  }
}

/** "Sheet1", "Sheet2", … : the first free default name. */
function nextSheetName(workbook: WorkbookState, base = 'Sheet'): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i}`;
    if (!workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** "Name (2)", "Name (3)", …: Excel's name for a copy. */
export function copyName(workbook: WorkbookState, name: string): string {
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!workbook.sheets.some((s) => s.name.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}

/** A deep copy of a sheet under a new id and name. */
export function cloneSheet(workbook: WorkbookState, source: SheetState, name: string): SheetState {
  const copy = createSheetState(workbook, name);
  const data = JSON.parse(
    JSON.stringify({
      visibility: source.visibility,
      tabColor: source.tabColor,
      showGridlines: source.showGridlines,
      showHeadings: source.showHeadings,
      standardWidth: source.standardWidth,
      standardHeight: source.standardHeight,
      merges: source.merges,
      validations: source.validations,
      conditionalFormats: source.conditionalFormats,
      protection: source.protection,
      freeze: source.freeze,
      pageLayout: source.pageLayout,
    }),
  ) as Partial<SheetState>;
  Object.assign(copy, data);
  for (const v of copy.validations) v.id = workbook.nextRuleId++;
  for (const c of copy.conditionalFormats) c.id = workbook.nextRuleId++;
  if (source.defaultFormat) copy.defaultFormat = source.defaultFormat;
  for (const [k, cell] of source.cells) copy.cells.set(k, { ...cell });
  for (const [k, line] of source.columns) copy.columns.set(k, { ...line });
  for (const [k, line] of source.rows) copy.rows.set(k, { ...line });
  return copy;
}

export function placeSheet(workbook: WorkbookState, sheet: SheetState, positionType: string, relativeTo: SheetState | null, location: string): void {
  const list = workbook.sheets.filter((s) => s !== sheet);
  let index: number;
  switch (positionType) {
    case 'None':
    case 'End':
      index = list.length;
      break;
    case 'Beginning':
      index = 0;
      break;
    case 'Before':
    case 'After': {
      if (!relativeTo) throw new DoubleError('InvalidArgument', { message: `positionType "${positionType}" needs relativeTo.`, location });
      const at = list.indexOf(relativeTo);
      if (at < 0) throw new DoubleError('ItemNotFound', { location });
      index = positionType === 'Before' ? at : at + 1;
      break;
    }
    default:
      throw new DoubleError('InvalidArgument', { location });
  }
  list.splice(index, 0, sheet);
  workbook.sheets = list;
}

/** Removes a sheet the way Excel does: names into it become #REF!, its own names go. */
export function deleteSheet(workbook: WorkbookState, sheet: SheetState, location: string): void {
  const visible = workbook.sheets.filter((s) => s.visibility === 'Visible');
  if (sheet.visibility === 'Visible' && visible.length <= 1) {
    throw new DoubleError('InvalidOperation', { message: 'A workbook must contain at least one visible worksheet.', location });
  }
  workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
  workbook.names = workbook.names.filter((n) => n.scopeSheetId !== sheet.id);
  for (const n of workbook.names) {
    if (n.reference.kind === 'range' && n.reference.sheetId === sheet.id) n.reference = { kind: 'formula', formula: '=#REF!' };
  }
  if (workbook.activeSheetId === sheet.id) workbook.activeSheetId = workbook.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  if (workbook.selection?.sheetId === sheet.id) workbook.selection = null;
}

const WORKSHEET_SCALARS: Record<string, Spec> = {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (s, value, ex) => {
      const name = checkSheetName(value, 'Worksheet.name');
      assertUniqueSheetName(ex.state, name, s, 'Worksheet.name');
      s.name = name;
    },
  },
  position: {
    get: (s, ex) => ex.state.sheets.indexOf(s),
    set: (s, value, ex) => {
      const n = value as number;
      if (!Number.isInteger(n) || n < 0 || n >= ex.state.sheets.length) throw new DoubleError('InvalidArgument', { location: 'Worksheet.position' });
      const list = ex.state.sheets.filter((x) => x !== s);
      list.splice(n, 0, s);
      ex.state.sheets = list;
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, value, ex) => {
      const v = oneOf(['Visible', 'Hidden', 'VeryHidden'] as const, value, 'Worksheet.visibility');
      if (v !== 'Visible' && s.visibility === 'Visible' && ex.state.sheets.filter((x) => x.visibility === 'Visible').length <= 1) {
        throw new DoubleError('InvalidOperation', { message: 'A workbook must contain at least one visible worksheet.', location: 'Worksheet.visibility' });
      }
      s.visibility = v;
      if (v !== 'Visible' && ex.state.activeSheetId === s.id) ex.state.activeSheetId = ex.state.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
    },
  },
  tabColor: {
    api: '1.7',
    get: (s) => s.tabColor,
    set: (s, value) => {
      s.tabColor = value === '' ? '' : normalizeColor(value, 'Worksheet.tabColor');
    },
  },
  showGridlines: {
    api: '1.8',
    get: (s) => s.showGridlines,
    set: (s, value) => {
      s.showGridlines = bool(value, 'Worksheet.showGridlines');
    },
  },
};

function sheetOf(ex: Execution, object: ClientObject): SheetState | null {
  return ex.resolve<SheetState>(object);
}

export class Worksheet extends ClientObject {
  readonly _className = 'Worksheet';
  private _onChanged: EventHandlers | undefined;

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return WORKSHEET_SCALARS as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['protection', 'freezePanes', 'pageLayout'];
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v);
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v);
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v);
  }
  get showGridlines(): boolean {
    return this._get('showGridlines');
  }
  set showGridlines(v: boolean) {
    this._set('showGridlines', v);
  }

  get protection(): WorksheetProtection {
    this._requireApi('protection', '1.2');
    return this._child('protection', () => new WorksheetProtection(this._context, (ex) => sheetOf(ex, this), `${this._path}.protection`));
  }

  get freezePanes(): WorksheetFreezePanes {
    this._requireApi('freezePanes', '1.7');
    return this._child('freezePanes', () => new WorksheetFreezePanes(this._context, (ex) => sheetOf(ex, this), `${this._path}.freezePanes`));
  }

  get pageLayout(): PageLayout {
    this._requireApi('pageLayout', '1.9');
    return this._child('pageLayout', () => new PageLayout(this._context, (ex) => sheetOf(ex, this), `${this._path}.pageLayout`));
  }

  get horizontalPageBreaks(): PageBreakCollection {
    this._requireApi('horizontalPageBreaks', '1.9');
    return this._child('horizontalPageBreaks', () => new PageBreakCollection(this._context, (ex) => sheetOf(ex, this), `${this._path}.horizontalPageBreaks`));
  }

  /** Registered at the next sync; fires for user edits and (as in Excel) for this add-in's own writes. */
  get onChanged(): EventHandlers {
    this._requireApi('onChanged', '1.7');
    this._onChanged ??= new EventHandlers(
      this._context,
      (ex, handler) => {
        const sheet = ex.require<SheetState>(this, 'Worksheet.onChanged');
        const set = ex.engine.sheetHandlers.get(sheet.id) ?? new Set();
        set.add(handler);
        ex.engine.sheetHandlers.set(sheet.id, set);
      },
      (ex, handler) => {
        const sheet = ex.resolve<SheetState>(this);
        if (sheet) ex.engine.sheetHandlers.get(sheet.id)?.delete(handler);
      },
    );
    return this._onChanged;
  }

  getRange(address?: string): Range {
    return rangeOn(this._context, (ex) => sheetOf(ex, this), address, `${this._path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`, (ex) => ex.state);
  }

  /** The smallest range holding values or formats; A1 when the sheet is blank (no error). */
  getUsedRange(valuesOnly = false): Range {
    if (valuesOnly) this._requireApi('getUsedRange(valuesOnly)', '1.2');
    return this._rect('getUsedRange', [valuesOnly], (sheet, ex) => usedRect(ex.state, sheet, valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this._requireApi('getUsedRangeOrNullObject', '1.4');
    const range = this._rect('getUsedRangeOrNullObject', [valuesOnly], (sheet, ex) => usedRect(ex.state, sheet, valuesOnly));
    ClientObject._queueNullCheck(range);
    return range;
  }

  private _rect(name: string, args: unknown[], f: (sheet: SheetState, ex: Execution) => Rect | null): Range {
    return new Range(
      this._context,
      (ex) => {
        const sheet = sheetOf(ex, this);
        if (sheet === null) return null;
        const rect = f(sheet, ex);
        if (rect === null) return null;
        if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLUMNS || rect.r2 < rect.r1 || rect.c2 < rect.c1) {
          throw new DoubleError('InvalidArgument', { location: `Worksheet.${name}` });
        }
        return { sheet, rect } satisfies RangeTarget;
      },
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
    );
  }

  activate(): void {
    this._method('activate', [], (sheet: SheetState, ex) => {
      if (sheet.visibility !== 'Visible') throw new DoubleError('InvalidOperation', { location: 'Worksheet.activate' });
      ex.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._method('delete', [], (sheet: SheetState, ex) => {
      deleteSheet(ex.state, sheet, 'Worksheet.delete');
      ex.engine.sheetHandlers.delete(sheet.id);
      ex.invalidate();
    });
  }

}

// ---------------------------------------------------------------- collection

export class WorksheetCollection extends ClientCollection<Worksheet> {
  readonly _className = 'WorksheetCollection';
  private _onChanged: EventHandlers | undefined;

  protected _keys(workbook: WorkbookState): string[] {
    return workbook.sheets.map((s) => s.id);
  }

  protected _item(id: string): Worksheet {
    return new Worksheet(this._context, (ex) => ex.state.sheets.find((s) => s.id === id) ?? null, `${this._path}.getItem(${JSON.stringify(id)})`);
  }

  private _lookup(key: string, ex: Execution): SheetState | null {
    const workbook = ex.require<WorkbookState>(this, 'WorksheetCollection');
    const lower = String(key).toLowerCase();
    return workbook.sheets.find((s) => s.name.toLowerCase() === lower) ?? workbook.sheets.find((s) => s.id === key) ?? null;
  }

  /** Adds a sheet at the end (not activated). Without a name Excel picks "SheetN". */
  add(name?: string): Worksheet {
    let createdId: string | undefined;
    this._method('add', [name ?? null], (workbook: WorkbookState, ex) => {
      const sheetName = name === undefined || name === null || name === '' ? nextSheetName(workbook) : checkSheetName(name, 'WorksheetCollection.add');
      assertUniqueSheetName(workbook, sheetName, null, 'WorksheetCollection.add');
      const sheet = createSheetState(workbook, sheetName);
      workbook.sheets.push(sheet);
      workbook.activeSheetId ??= sheet.id;
      createdId = sheet.id;
      ex.invalidate();
    });
    return new Worksheet(
      this._context,
      (ex) => {
        if (!createdId) throw new DoubleError('InvalidOperation', { location: 'WorksheetCollection.add' });
        return ex.state.sheets.find((s) => s.id === createdId) ?? null;
      },
      `${this._path}.add(${name === undefined ? '' : JSON.stringify(name)})`,
    );
  }

  /** By name (case-insensitive) or id; ItemNotFound at the sync when missing. */
  getItem(key: string): Worksheet {
    return new Worksheet(
      this._context,
      (ex) => {
        const sheet = this._lookup(key, ex);
        if (!sheet) throw new DoubleError('ItemNotFound', { message: `The worksheet "${key}" doesn't exist.`, location: 'WorksheetCollection.getItem' });
        return sheet;
      },
      `${this._path}.getItem(${JSON.stringify(key)})`,
    );
  }

  getItemOrNullObject(key: string): Worksheet {
    this._requireApi('getItemOrNullObject', '1.4');
    const ws = new Worksheet(this._context, (ex) => this._lookup(key, ex), `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`);
    ClientObject._queueNullCheck(ws);
    return ws;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this._context,
      (ex) => {
        const wb = ex.require<WorkbookState>(this, 'WorksheetCollection.getActiveWorksheet');
        const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets.find((s) => s.visibility === 'Visible');
        if (!sheet) throw new DoubleError('ItemNotFound', { location: 'WorksheetCollection.getActiveWorksheet' });
        return sheet;
      },
      `${this._path}.getActiveWorksheet()`,
    );
  }

}

// ---------------------------------------------------------------- protection

const PROTECTION_KEYS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
] as const;

function protectionOptions(input: unknown, base: ProtectionOptionsState, location: string): ProtectionOptionsState {
  if (input === undefined || input === null) return base;
  if (typeof input !== 'object') throw new DoubleError('InvalidArgument', { location });
  const out = { ...base };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'selectionMode') out.selectionMode = oneOf(['Normal', 'Unlocked', 'None'] as const, value, location);
    else if ((PROTECTION_KEYS as readonly string[]).includes(key)) out[key as (typeof PROTECTION_KEYS)[number]] = bool(value, location);
    else throw new DoubleError('InvalidArgument', { message: `Unknown protection option "${key}".`, location });
  }
  return out;
}

export class WorksheetProtection extends ClientObject {
  readonly _className = 'WorksheetProtection';

  /** Fails when the sheet is already protected (Office.js docs). */
  protect(options?: Partial<ProtectionOptionsState>, password?: string): void {
    if (password !== undefined) this._requireApi('protect(password)', '1.7');
    this._method('protect', [options ?? null, password === undefined ? null : '***'], (sheet: SheetState) => {
      if (sheet.protection.protected) throw new DoubleError('InvalidOperation', { message: 'The worksheet is already protected.', location: 'WorksheetProtection.protect' });
      sheet.protection = { protected: true, options: protectionOptions(options, sheet.protection.options, 'WorksheetProtection.protect'), password: password ?? null };
    });
  }

  unprotect(password?: string): void {
    if (password !== undefined) this._requireApi('unprotect(password)', '1.7');
    this._method('unprotect', [password === undefined ? null : '***'], (sheet: SheetState) => {
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== null && sheet.protection.password !== password) {
        throw new DoubleError('InvalidArgument', { message: 'The password is incorrect.', location: 'WorksheetProtection.unprotect' });
      }
      sheet.protection = { ...sheet.protection, protected: false, password: null };
    });
  }
}

// ---------------------------------------------------------------- freeze panes

class WorksheetFreezePanes extends ClientObject {
  readonly _className = 'WorksheetFreezePanes';

  private _freeze(name: string, args: unknown[], f: (sheet: SheetState, ex: Execution) => SheetState['freeze']): void {
    this._method(name, args, (sheet: SheetState, ex) => {
      sheet.freeze = f(sheet, ex);
    });
  }

  /** Freezes the top rows (replacing any frozen columns). */
  freezeRows(count = 1): void {
    this._freeze('freezeRows', [count], () => {
      if (!Number.isInteger(count) || count < 0) throw new DoubleError('InvalidArgument', { location: 'WorksheetFreezePanes.freezeRows' });
      return count === 0 ? null : { rows: count, columns: 0 };
    });
  }

  /** Freezes the leftmost columns (replacing any frozen rows). */
  freezeColumns(count = 1): void {
    this._freeze('freezeColumns', [count], () => {
      if (!Number.isInteger(count) || count < 0) throw new DoubleError('InvalidArgument', { location: 'WorksheetFreezePanes.freezeColumns' });
      return count === 0 ? null : { rows: 0, columns: count };
    });
  }

  /** Freezes the cells of the range (top-left pane) — rows above and columns left of its bottom-right corner. */
  freezeAt(frozenRange: Range | string): void {
    this._freeze('freezeAt', [frozenRange instanceof Range ? frozenRange._path : frozenRange], (sheet, ex) => {
      let rect: Rect;
      if (typeof frozenRange === 'string') rect = parseAddress(frozenRange).rect;
      else {
        const t = ex.require<RangeTarget>(frozenRange, 'WorksheetFreezePanes.freezeAt');
        if (t.sheet !== sheet) throw new DoubleError('InvalidArgument', { location: 'WorksheetFreezePanes.freezeAt' });
        rect = t.rect;
      }
      const rows = rect.c1 === 1 && rect.c2 === MAX_COLUMNS ? rect.r2 : rect.r1 === 1 && rect.r2 === MAX_ROWS ? 0 : rect.r2;
      const columns = rect.r1 === 1 && rect.r2 === MAX_ROWS ? rect.c2 : rect.c1 === 1 && rect.c2 === MAX_COLUMNS ? 0 : rect.c2;
      return { rows, columns };
    });
  }

}

// ---------------------------------------------------------------- page layout

const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
] as const;

/** Excel's paper size names in the order of its numeric codes (Letter = 1, A4 = 9). */
export const PAPER_SIZE_NAMES: readonly string[] = PAPER_SIZES;

type PageSpec = ScalarSpec<SheetState>;

function pageScalar<K extends keyof PageLayoutState>(key: K, check: (v: unknown, l: string) => PageLayoutState[K]): PageSpec {
  return {
    api: '1.9',
    get: (s) => s.pageLayout[key],
    set: (s, value) => {
      s.pageLayout[key] = check(value, `PageLayout.${String(key)}`);
    },
  };
}

function margin(v: unknown, l: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new DoubleError('InvalidArgument', { location: l });
  return v;
}

const PAGE_SCALARS: Record<string, PageSpec> = {
  orientation: pageScalar('orientation', (v, l) => oneOf(['Portrait', 'Landscape'] as const, v, l)),
  paperSize: pageScalar('paperSize', (v, l) => oneOf(PAPER_SIZES, v, l)),
  centerHorizontally: pageScalar('centerHorizontally', bool),
  firstPageNumber: pageScalar('firstPageNumber', (v, l) => {
    if (v === '' || (typeof v === 'number' && Number.isInteger(v))) return v;
    throw new DoubleError('InvalidArgument', { location: l });
  }),
  /** Must be set as a whole object (Office.js docs): { scale } or { horizontalFitToPages, verticalFitToPages }. */
  zoom: {
    api: '1.9',
    get: (s) => ({ ...s.pageLayout.zoom }),
    set: (s, value) => {
      if (!value || typeof value !== 'object') throw new DoubleError('InvalidArgument', { location: 'PageLayout.zoom' });
      const z = value as Record<string, unknown>;
      const scale = z['scale'];
      const h = z['horizontalFitToPages'];
      const v = z['verticalFitToPages'];
      const pages = (x: unknown) => x === undefined || x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 0);
      if (scale !== undefined && scale !== null) {
        if (typeof scale !== 'number' || scale < 10 || scale > 400 || h != null || v != null) throw new DoubleError('InvalidArgument', { location: 'PageLayout.zoom' });
        s.pageLayout.zoom = { scale };
        return;
      }
      if (!pages(h) || !pages(v) || (h == null && v == null)) throw new DoubleError('InvalidArgument', { location: 'PageLayout.zoom' });
      s.pageLayout.zoom = { ...(h != null ? { horizontalFitToPages: h as number } : {}), ...(v != null ? { verticalFitToPages: v as number } : {}) };
    },
  },
};

/** Parses a print area ("A1:H40", "A1:B2, D1:E2", or a Range) on this sheet. */
function areasOf(ex: Execution, sheet: SheetState, input: unknown, location: string): Rect[] {
  if (input instanceof Range) {
    const t = ex.require<RangeTarget>(input, location);
    if (t.sheet !== sheet) throw new DoubleError('InvalidArgument', { location });
    return [t.rect];
  }
  if (typeof input !== 'string' || input.trim() === '') throw new DoubleError('InvalidArgument', { location });
  return input.split(/[,;]/).map((part) => {
    const parsed = parseAddress(part.trim());
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw new DoubleError('InvalidArgument', { location });
    return parsed.rect;
  });
}

/** Manual horizontal page breaks (ExcelApi 1.9): only `add`, which is all the add-in queues. */
class PageBreakCollection extends ClientObject {
  readonly _className = 'PageBreakCollection';

  /** Adds a break above the range's first row, and returns it (as Office.js's `add` returns a PageBreak). */
  add(pageBreakRange: Range | string): PageBreak {
    let row: number | undefined;
    this._method('add', [pageBreakRange instanceof Range ? pageBreakRange._path : pageBreakRange], (sheet: SheetState, ex) => {
      const [rect] = areasOf(ex, sheet, pageBreakRange, 'PageBreakCollection.add');
      row = rect!.r1;
      if (!sheet.pageLayout.rowBreaks.includes(row)) sheet.pageLayout.rowBreaks = [...sheet.pageLayout.rowBreaks, row].sort((a, b) => a - b);
    });
    return new PageBreak(
      this._context,
      (ex) => {
        const sheet = ex.resolve<SheetState>(this);
        if (sheet === null) return null;
        if (row === undefined) throw new DoubleError('InvalidOperation', { location: 'PageBreakCollection.add' });
        return { sheet, row };
      },
      `${this._path}.add()`,
    );
  }
}

/** One manual page break (Office.js `PageBreak`): the row a new page starts at. */
class PageBreak extends ClientObject {
  readonly _className = 'PageBreak';
}

class PageLayout extends ClientObject {
  readonly _className = 'PageLayout';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return PAGE_SCALARS as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['headersFooters'];
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._set('orientation', v);
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(v: string) {
    this._set('paperSize', v);
  }
  get centerHorizontally(): boolean {
    return this._get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this._set('centerHorizontally', v);
  }
  get firstPageNumber(): number | '' {
    return this._get('firstPageNumber');
  }
  set firstPageNumber(v: number | '') {
    this._set('firstPageNumber', v);
  }
  get zoom(): PageLayoutState['zoom'] {
    return this._get('zoom');
  }
  set zoom(v: PageLayoutState['zoom']) {
    this._set('zoom', v);
  }

  get headersFooters(): HeaderFooterGroup {
    return this._child('headersFooters', () => new HeaderFooterGroup(this._context, (ex) => ex.resolve(this), `${this._path}.headersFooters`));
  }

  setPrintArea(printArea: Range | string): void {
    this._method('setPrintArea', [printArea instanceof Range ? printArea._path : printArea], (sheet: SheetState, ex) => {
      sheet.pageLayout.printArea = areasOf(ex, sheet, printArea, 'PageLayout.setPrintArea');
    });
  }

  setPrintTitleRows(titleRows: Range | string): void {
    this._method('setPrintTitleRows', [titleRows instanceof Range ? titleRows._path : titleRows], (sheet: SheetState, ex) => {
      const [rect] = areasOf(ex, sheet, titleRows, 'PageLayout.setPrintTitleRows');
      sheet.pageLayout.printTitleRows = { r1: rect!.r1, r2: rect!.r2, c1: 1, c2: MAX_COLUMNS };
    });
  }

  /** Sets margins in "Points", "Inches" or "Centimeters". */
  setPrintMargins(unit: 'Points' | 'Inches' | 'Centimeters', marginOptions: Partial<Record<'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', number>>): void {
    this._method('setPrintMargins', [unit, marginOptions], (sheet: SheetState) => {
      const factor = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 }[oneOf(['Points', 'Inches', 'Centimeters'] as const, unit, 'PageLayout.setPrintMargins')];
      for (const [key, value] of Object.entries(marginOptions ?? {})) {
        if (value === undefined) continue;
        const field = `${key}Margin` as 'topMargin';
        if (!(field in sheet.pageLayout)) throw new DoubleError('InvalidArgument', { location: 'PageLayout.setPrintMargins' });
        sheet.pageLayout[field] = margin(value, 'PageLayout.setPrintMargins') * factor;
      }
    });
  }

}

const HF_KEYS = ['centerHeader', 'centerFooter'] as const;
type HfWhich = 'defaultForAllPages' | 'firstPage' | 'evenPages' | 'oddPages';

export class HeaderFooter extends ClientObject {
  readonly _className = 'HeaderFooter';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    const specs: Record<string, ScalarSpec<{ sheet: SheetState; which: HfWhich }>> = {};
    for (const key of HF_KEYS) {
      specs[key] = {
        get: (t) => t.sheet.pageLayout.headersFooters[t.which][key],
        set: (t, value) => {
          if (typeof value !== 'string') throw new DoubleError('InvalidArgument', { location: `HeaderFooter.${key}` });
          (t.sheet.pageLayout.headersFooters[t.which] as HeaderFooterState)[key] = value;
        },
      };
    }
    return specs as Record<string, ScalarSpec<never>>;
  }

  get centerHeader(): string {
    return this._get('centerHeader');
  }
  set centerHeader(v: string) {
    this._set('centerHeader', v);
  }
  get centerFooter(): string {
    return this._get('centerFooter');
  }
  set centerFooter(v: string) {
    this._set('centerFooter', v);
  }
}

class HeaderFooterGroup extends ClientObject {
  readonly _className = 'HeaderFooterGroup';

  protected override _navigation(): readonly string[] {
    return ['defaultForAllPages'];
  }

  private _hf(which: HfWhich): HeaderFooter {
    return this._child(
      which,
      () =>
        new HeaderFooter(
          this._context,
          (ex) => {
            const sheet = ex.resolve<SheetState>(this);
            return sheet === null ? null : { sheet, which };
          },
          `${this._path}.${which}`,
        ),
    );
  }

  get defaultForAllPages(): HeaderFooter {
    return this._hf('defaultForAllPages');
  }
}

