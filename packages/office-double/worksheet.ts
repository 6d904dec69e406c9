/**
 * Worksheet and its parts: protection, freeze panes, page layout (with
 * headers/footers and print areas) and change events.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, cellCount, formatAddress, parseAddress } from './excel-address.ts';
import { normalizeColor } from './colors.ts';
import { DoubleError } from './errors.ts';
import { usedRect } from './operations.ts';
import { NamedItemCollection } from './names.ts';
import { Range, type RangeTarget, rangeOn } from './range.ts';
import { ClientCollection, ClientObject, ClientResult, EventHandlers, type Execution, type ScalarSpec } from './runtime.ts';
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
export function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw new DoubleError('InvalidArgument', { message: `"${String(name)}" is not a valid worksheet name.`, location });
  }
  return name;
}

export function assertUniqueSheetName(workbook: WorkbookState, name: string, except: SheetState | null, location: string): void {
  const lower = name.toLowerCase();
  if (workbook.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) {
    throw new DoubleError('ItemAlreadyExists', { message: `A worksheet named "${name}" already exists.`, location });
  }
}

/** "Sheet1", "Sheet2", … : the first free default name. */
export function nextSheetName(workbook: WorkbookState, base = 'Sheet'): string {
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

function charactersToPoints(chars: number): number {
  return ((chars * 7 + 5) * 3) / 4;
}

function pointsToCharacters(points: number): number {
  return Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100;
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
  showHeadings: {
    api: '1.8',
    get: (s) => s.showHeadings,
    set: (s, value) => {
      s.showHeadings = bool(value, 'Worksheet.showHeadings');
    },
  },
  /** Characters of the Normal style's font (columnWidth is in points). */
  standardWidth: {
    api: '1.7',
    get: (s) => pointsToCharacters(s.standardWidth),
    set: (s, value) => {
      if (typeof value !== 'number' || !(value >= 0 && value <= 255)) throw new DoubleError('InvalidArgument', { location: 'Worksheet.standardWidth' });
      s.standardWidth = charactersToPoints(value);
    },
  },
  standardHeight: { api: '1.7', get: (s) => s.standardHeight },
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
    return ['protection', 'freezePanes', 'pageLayout', 'names'];
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
  get showHeadings(): boolean {
    return this._get('showHeadings');
  }
  set showHeadings(v: boolean) {
    this._set('showHeadings', v);
  }
  get standardWidth(): number {
    return this._get('standardWidth');
  }
  set standardWidth(v: number) {
    this._set('standardWidth', v);
  }
  get standardHeight(): number {
    return this._get('standardHeight');
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

  get names(): NamedItemCollection {
    this._requireApi('names', '1.4');
    return this._child(
      'names',
      () =>
        new NamedItemCollection(
          this._context,
          (ex) => {
            const sheet = sheetOf(ex, this);
            return sheet === null ? null : { scope: sheet };
          },
          `${this._path}.names`,
        ),
    );
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

  /** Zero-based, as Office.js. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this._requireApi('getRangeByIndexes', '1.7');
    return this._rect('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => ({
      r1: startRow + 1,
      c1: startColumn + 1,
      r2: startRow + rowCount,
      c2: startColumn + columnCount,
    }));
  }

  /** Zero-based, as Office.js. */
  getCell(row: number, column: number): Range {
    return this._rect('getCell', [row, column], () => ({ r1: row + 1, c1: column + 1, r2: row + 1, c2: column + 1 }));
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

  calculate(_markAllDirty?: boolean): void {
    this._requireApi('calculate', '1.6');
    this._method('calculate', [], () => undefined);
  }

  /** Copies the sheet ("Name (2)"), placed by positionType: None/End, Beginning, Before, After. */
  copy(positionType: 'None' | 'Before' | 'After' | 'Beginning' | 'End' = 'None', relativeTo?: Worksheet): Worksheet {
    this._requireApi('copy', '1.7');
    let createdId: string | undefined;
    this._method('copy', [positionType, relativeTo?._path ?? null], (sheet: SheetState, ex) => {
      const relative = relativeTo ? ex.require<SheetState>(relativeTo, 'Worksheet.copy') : null;
      const copy = cloneSheet(ex.state, sheet, copyName(ex.state, sheet.name));
      ex.state.sheets.push(copy);
      placeSheet(ex.state, copy, positionType, relative, 'Worksheet.copy');
      createdId = copy.id;
      ex.invalidate();
    });
    return new Worksheet(this._context, (ex) => (createdId ? (ex.state.sheets.find((s) => s.id === createdId) ?? null) : null), `${this._path}.copy()`);
  }

  private _sibling(name: string, step: 1 | -1, visibleOnly: boolean, nullable: boolean): Worksheet {
    this._requireApi(name, '1.5');
    const ws = new Worksheet(
      this._context,
      (ex) => {
        const sheet = sheetOf(ex, this);
        if (sheet === null) return null;
        const list = ex.state.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible' || s === sheet);
        const found = list[list.indexOf(sheet) + step] ?? null;
        if (!found && !nullable) throw new DoubleError('ItemNotFound', { location: `Worksheet.${name}` });
        return found;
      },
      `${this._path}.${name}(${visibleOnly})`,
    );
    if (nullable) ClientObject._queueNullCheck(ws);
    return ws;
  }

  getNext(visibleOnly = false): Worksheet {
    return this._sibling('getNext', 1, visibleOnly, false);
  }
  getNextOrNullObject(visibleOnly = false): Worksheet {
    return this._sibling('getNextOrNullObject', 1, visibleOnly, true);
  }
  getPrevious(visibleOnly = false): Worksheet {
    return this._sibling('getPrevious', -1, visibleOnly, false);
  }
  getPreviousOrNullObject(visibleOnly = false): Worksheet {
    return this._sibling('getPreviousOrNullObject', -1, visibleOnly, true);
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

  getCount(visibleOnly = false): ClientResult<number> {
    this._requireApi('getCount', '1.4');
    const result = new ClientResult<number>();
    this._method(
      'getCount',
      [visibleOnly],
      (wb: WorkbookState) => {
        result._set(wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
        return result.value;
      },
      'query',
    );
    return result;
  }

  private _end(name: string, visibleOnly: boolean, last: boolean): Worksheet {
    this._requireApi(name, '1.5');
    return new Worksheet(
      this._context,
      (ex) => {
        const wb = ex.require<WorkbookState>(this, `WorksheetCollection.${name}`);
        const list = wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible');
        const sheet = last ? list[list.length - 1] : list[0];
        if (!sheet) throw new DoubleError('ItemNotFound', { location: `WorksheetCollection.${name}` });
        return sheet;
      },
      `${this._path}.${name}(${visibleOnly})`,
    );
  }

  getFirst(visibleOnly = false): Worksheet {
    return this._end('getFirst', visibleOnly, false);
  }

  getLast(visibleOnly = false): Worksheet {
    return this._end('getLast', visibleOnly, true);
  }

  /** ExcelApi 1.9: changes on any sheet. */
  get onChanged(): EventHandlers {
    this._requireApi('onChanged', '1.9');
    this._onChanged ??= new EventHandlers(
      this._context,
      (ex, handler) => {
        ex.engine.collectionHandlers.add(handler);
      },
      (ex, handler) => {
        ex.engine.collectionHandlers.delete(handler);
      },
    );
    return this._onChanged;
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

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return {
      protected: { get: (s: SheetState) => s.protection.protected },
      options: { get: (s: SheetState) => ({ ...s.protection.options }) },
    } as Record<string, ScalarSpec<never>>;
  }

  get protected(): boolean {
    return this._get('protected');
  }
  get options(): ProtectionOptionsState {
    return this._get('options');
  }

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

export class WorksheetFreezePanes extends ClientObject {
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

  unfreeze(): void {
    this._freeze('unfreeze', [], () => null);
  }

  private _location(nullable: boolean): Range {
    const name = nullable ? 'getLocationOrNullObject' : 'getLocation';
    const range = new Range(
      this._context,
      (ex) => {
        const sheet = ex.resolve<SheetState>(this);
        if (sheet === null) return null;
        const f = sheet.freeze;
        if (!f) {
          if (nullable) return null;
          throw new DoubleError('ItemNotFound', { location: `WorksheetFreezePanes.${name}` });
        }
        const rect: Rect =
          f.columns === 0
            ? { r1: 1, c1: 1, r2: f.rows, c2: MAX_COLUMNS }
            : f.rows === 0
              ? { r1: 1, c1: 1, r2: MAX_ROWS, c2: f.columns }
              : { r1: 1, c1: 1, r2: f.rows, c2: f.columns };
        return { sheet, rect } satisfies RangeTarget;
      },
      `${this._path}.${name}()`,
    );
    if (nullable) ClientObject._queueNullCheck(range);
    return range;
  }

  getLocation(): Range {
    return this._location(false);
  }

  getLocationOrNullObject(): Range {
    return this._location(true);
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
  leftMargin: pageScalar('leftMargin', margin),
  rightMargin: pageScalar('rightMargin', margin),
  topMargin: pageScalar('topMargin', margin),
  bottomMargin: pageScalar('bottomMargin', margin),
  headerMargin: pageScalar('headerMargin', margin),
  footerMargin: pageScalar('footerMargin', margin),
  centerHorizontally: pageScalar('centerHorizontally', bool),
  centerVertically: pageScalar('centerVertically', bool),
  printGridlines: pageScalar('printGridlines', bool),
  printHeadings: pageScalar('printHeadings', bool),
  blackAndWhite: pageScalar('blackAndWhite', bool),
  draftMode: pageScalar('draftMode', bool),
  firstPageNumber: pageScalar('firstPageNumber', (v, l) => {
    if (v === '' || (typeof v === 'number' && Number.isInteger(v))) return v;
    throw new DoubleError('InvalidArgument', { location: l });
  }),
  printComments: pageScalar('printComments', (v, l) => oneOf(['NoComments', 'EndSheet', 'InPlace'] as const, v, l)),
  printErrors: pageScalar('printErrors', (v, l) => oneOf(['AsDisplayed', 'Blank', 'Dash', 'NotAvailable'] as const, v, l)),
  printOrder: pageScalar('printOrder', (v, l) => oneOf(['DownThenOver', 'OverThenDown'] as const, v, l)),
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
export class PageBreakCollection extends ClientObject {
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
export class PageBreak extends ClientObject {
  readonly _className = 'PageBreak';
}

export class PageLayout extends ClientObject {
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
  get leftMargin(): number {
    return this._get('leftMargin');
  }
  set leftMargin(v: number) {
    this._set('leftMargin', v);
  }
  get rightMargin(): number {
    return this._get('rightMargin');
  }
  set rightMargin(v: number) {
    this._set('rightMargin', v);
  }
  get topMargin(): number {
    return this._get('topMargin');
  }
  set topMargin(v: number) {
    this._set('topMargin', v);
  }
  get bottomMargin(): number {
    return this._get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this._set('bottomMargin', v);
  }
  get headerMargin(): number {
    return this._get('headerMargin');
  }
  set headerMargin(v: number) {
    this._set('headerMargin', v);
  }
  get footerMargin(): number {
    return this._get('footerMargin');
  }
  set footerMargin(v: number) {
    this._set('footerMargin', v);
  }
  get centerHorizontally(): boolean {
    return this._get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this._set('centerHorizontally', v);
  }
  get centerVertically(): boolean {
    return this._get('centerVertically');
  }
  set centerVertically(v: boolean) {
    this._set('centerVertically', v);
  }
  get printGridlines(): boolean {
    return this._get('printGridlines');
  }
  set printGridlines(v: boolean) {
    this._set('printGridlines', v);
  }
  get printHeadings(): boolean {
    return this._get('printHeadings');
  }
  set printHeadings(v: boolean) {
    this._set('printHeadings', v);
  }
  get blackAndWhite(): boolean {
    return this._get('blackAndWhite');
  }
  set blackAndWhite(v: boolean) {
    this._set('blackAndWhite', v);
  }
  get draftMode(): boolean {
    return this._get('draftMode');
  }
  set draftMode(v: boolean) {
    this._set('draftMode', v);
  }
  get firstPageNumber(): number | '' {
    return this._get('firstPageNumber');
  }
  set firstPageNumber(v: number | '') {
    this._set('firstPageNumber', v);
  }
  get printComments(): string {
    return this._get('printComments');
  }
  set printComments(v: string) {
    this._set('printComments', v);
  }
  get printErrors(): string {
    return this._get('printErrors');
  }
  set printErrors(v: string) {
    this._set('printErrors', v);
  }
  get printOrder(): string {
    return this._get('printOrder');
  }
  set printOrder(v: string) {
    this._set('printOrder', v);
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

  setPrintTitleColumns(titleColumns: Range | string): void {
    this._method('setPrintTitleColumns', [titleColumns instanceof Range ? titleColumns._path : titleColumns], (sheet: SheetState, ex) => {
      const [rect] = areasOf(ex, sheet, titleColumns, 'PageLayout.setPrintTitleColumns');
      sheet.pageLayout.printTitleColumns = { r1: 1, r2: MAX_ROWS, c1: rect!.c1, c2: rect!.c2 };
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

  private _areas(nullable: boolean): RangeAreas {
    const name = nullable ? 'getPrintAreaOrNullObject' : 'getPrintArea';
    const areas = new RangeAreas(
      this._context,
      (ex) => {
        const sheet = ex.resolve<SheetState>(this);
        if (sheet === null) return null;
        const rects = sheet.pageLayout.printArea;
        if (!rects) {
          if (nullable) return null;
          throw new DoubleError('ItemNotFound', { location: `PageLayout.${name}` });
        }
        return { sheet, rects };
      },
      `${this._path}.${name}()`,
    );
    if (nullable) ClientObject._queueNullCheck(areas);
    return areas;
  }

  getPrintArea(): RangeAreas {
    return this._areas(false);
  }

  getPrintAreaOrNullObject(): RangeAreas {
    return this._areas(true);
  }

  private _titles(key: 'printTitleRows' | 'printTitleColumns', nullable: boolean): Range {
    const name = `get${key[0]!.toUpperCase()}${key.slice(1)}${nullable ? 'OrNullObject' : ''}`;
    const range = new Range(
      this._context,
      (ex) => {
        const sheet = ex.resolve<SheetState>(this);
        if (sheet === null) return null;
        const rect = sheet.pageLayout[key];
        if (!rect) {
          if (nullable) return null;
          throw new DoubleError('ItemNotFound', { location: `PageLayout.${name}` });
        }
        return { sheet, rect } satisfies RangeTarget;
      },
      `${this._path}.${name}()`,
    );
    if (nullable) ClientObject._queueNullCheck(range);
    return range;
  }

  getPrintTitleRows(): Range {
    return this._titles('printTitleRows', false);
  }
  getPrintTitleRowsOrNullObject(): Range {
    return this._titles('printTitleRows', true);
  }
  getPrintTitleColumns(): Range {
    return this._titles('printTitleColumns', false);
  }
  getPrintTitleColumnsOrNullObject(): Range {
    return this._titles('printTitleColumns', true);
  }
}

/** `RangeAreas`, reduced to what a print area needs. */
export class RangeAreas extends ClientObject {
  readonly _className = 'RangeAreas';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    type T = { sheet: SheetState; rects: Rect[] };
    const address = (t: T) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(',');
    return {
      address: { get: address },
      addressLocal: { get: address },
      areaCount: { get: (t: T) => t.rects.length },
      cellCount: { get: (t: T) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
    } as Record<string, ScalarSpec<never>>;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
}

const HF_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
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

  get leftHeader(): string {
    return this._get('leftHeader');
  }
  set leftHeader(v: string) {
    this._set('leftHeader', v);
  }
  get centerHeader(): string {
    return this._get('centerHeader');
  }
  set centerHeader(v: string) {
    this._set('centerHeader', v);
  }
  get rightHeader(): string {
    return this._get('rightHeader');
  }
  set rightHeader(v: string) {
    this._set('rightHeader', v);
  }
  get leftFooter(): string {
    return this._get('leftFooter');
  }
  set leftFooter(v: string) {
    this._set('leftFooter', v);
  }
  get centerFooter(): string {
    return this._get('centerFooter');
  }
  set centerFooter(v: string) {
    this._set('centerFooter', v);
  }
  get rightFooter(): string {
    return this._get('rightFooter');
  }
  set rightFooter(v: string) {
    this._set('rightFooter', v);
  }
}

export class HeaderFooterGroup extends ClientObject {
  readonly _className = 'HeaderFooterGroup';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return {
      state: {
        get: (s: SheetState) => s.pageLayout.headersFooters.state,
        set: (s: SheetState, v: unknown) => {
          s.pageLayout.headersFooters.state = oneOf(['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'] as const, v, 'HeaderFooterGroup.state');
        },
      },
      useSheetMargins: {
        get: (s: SheetState) => s.pageLayout.headersFooters.useSheetMargins,
        set: (s: SheetState, v: unknown) => {
          s.pageLayout.headersFooters.useSheetMargins = bool(v, 'HeaderFooterGroup.useSheetMargins');
        },
      },
      useSheetScale: {
        get: (s: SheetState) => s.pageLayout.headersFooters.useSheetScale,
        set: (s: SheetState, v: unknown) => {
          s.pageLayout.headersFooters.useSheetScale = bool(v, 'HeaderFooterGroup.useSheetScale');
        },
      },
    } as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'];
  }

  get state(): string {
    return this._get('state');
  }
  set state(v: string) {
    this._set('state', v);
  }
  get useSheetMargins(): boolean {
    return this._get('useSheetMargins');
  }
  set useSheetMargins(v: boolean) {
    this._set('useSheetMargins', v);
  }
  get useSheetScale(): boolean {
    return this._get('useSheetScale');
  }
  set useSheetScale(v: boolean) {
    this._set('useSheetScale', v);
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
  get firstPage(): HeaderFooter {
    return this._hf('firstPage');
  }
  get evenPages(): HeaderFooter {
    return this._hf('evenPages');
  }
  get oddPages(): HeaderFooter {
    return this._hf('oddPages');
  }
}

