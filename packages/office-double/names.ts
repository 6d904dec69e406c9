/**
 * Defined names: `workbook.names` (the adapter's names are all workbook
 * scoped; the state keeps a scope for names read from a file). A name that
 * refers to a range keeps the sheet's id, so it follows renames (as Excel's
 * do) and becomes #REF! when its sheet is deleted.
 */
import { formatAddress, looksLikeAddress, parseAddress } from './excel-address.ts';
import { DoubleError } from './errors.ts';
import { Range, type RangeTarget } from './range.ts';
import { ClientCollection, ClientObject, type Execution, type ScalarSpec } from './runtime.ts';
import { type NameReference, type NameState, type SheetState, type WorkbookState, findSheet, findSheetByName } from './state.ts';

/** Excel's rules for names: a letter, "_" or "\" first; letters, digits, "_", ".", "\" and "?" after; not a cell reference. */
function checkName(name: unknown, location: string): string {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) ||
    looksLikeAddress(name) ||
    /^[rRcC]$/.test(name) ||
    /^[rR]\d*[cC]\d*$/.test(name)
  ) {
    throw new DoubleError('InvalidArgument', { message: `"${String(name)}" is not a valid name.`, location });
  }
  return name;
}

/** The formula a name holds, as `NamedItem.formula` shows it ("=Sheet1!$A$1"). */
function nameFormula(workbook: WorkbookState, ref: NameReference): string {
  if (ref.kind === 'formula') return ref.formula;
  const sheet = findSheet(workbook, ref.sheetId);
  return sheet ? `=${formatAddress(sheet.name, ref.rect, true)}` : '=#REF!';
}

/**
 * Reads what `names.add(name, reference)` or `NamedItem.formula = …` was
 * given: a Range, a (sheet-qualified) address, or any other formula.
 */
export function parseReference(ex: Execution, reference: unknown, scope: SheetState | null, location: string): NameReference {
  if (reference instanceof Range) {
    const t = ex.require<RangeTarget>(reference, location);
    return { kind: 'range', sheetId: t.sheet.id, rect: t.rect };
  }
  if (typeof reference !== 'string' || reference.trim() === '' || reference.trim() === '=') throw new DoubleError('InvalidArgument', { location });
  const text = reference.trim().replace(/^=/, '');
  let parsed;
  try {
    parsed = parseAddress(text);
  } catch {
    return { kind: 'formula', formula: `=${text}` };
  }
  const sheet = parsed.sheet !== undefined ? findSheetByName(ex.state, parsed.sheet) : scope;
  if (!sheet) {
    throw new DoubleError('InvalidArgument', {
      message: parsed.sheet !== undefined ? `There is no worksheet "${parsed.sheet}".` : 'A workbook-scoped name needs a sheet-qualified address.',
      location,
    });
  }
  return { kind: 'range', sheetId: sheet.id, rect: parsed.rect };
}

interface NameTarget {
  readonly workbook: WorkbookState;
  readonly name: NameState;
}

const NAME_SCALARS: Record<string, ScalarSpec<NameTarget>> = {
  name: { get: (t) => t.name.name },
  formula: {
    api: '1.7',
    get: (t) => nameFormula(t.workbook, t.name.reference),
    set: (t, value, ex) => {
      t.name.reference = parseReference(ex, value, t.name.scopeSheetId ? (findSheet(t.workbook, t.name.scopeSheetId) ?? null) : null, 'NamedItem.formula');
    },
  },
};

class NamedItem extends ClientObject {
  readonly _className = 'NamedItem';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return NAME_SCALARS as Record<string, ScalarSpec<never>>;
  }

  get name(): string {
    return this._get('name');
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v);
  }


  private _range(nullable: boolean): Range {
    const name = nullable ? 'getRangeOrNullObject' : 'getRange';
    const range = new Range(
      this._context,
      (ex) => {
        const t = ex.resolve<NameTarget>(this);
        if (t === null) return null;
        const ref = t.name.reference;
        const sheet = ref.kind === 'range' ? findSheet(t.workbook, ref.sheetId) : undefined;
        if (ref.kind !== 'range' || !sheet) {
          if (nullable) return null;
          throw new DoubleError('InvalidArgument', { message: `The name "${t.name.name}" does not refer to a range.`, location: `NamedItem.${name}` });
        }
        return { sheet, rect: ref.rect } satisfies RangeTarget;
      },
      `${this._path}.${name}()`,
    );
    if (nullable) ClientObject._queueNullCheck(range);
    return range;
  }

  getRange(): Range {
    return this._range(false);
  }

  getRangeOrNullObject(): Range {
    this._requireApi('getRangeOrNullObject', '1.4');
    return this._range(true);
  }

  delete(): void {
    this._requireApi('delete', '1.4');
    this._method('delete', [], (t: NameTarget, ex) => {
      t.workbook.names = t.workbook.names.filter((n) => n !== t.name);
      ex.invalidate();
    });
  }
}

interface ScopeTarget {
  /** null: the workbook scope. */
  readonly scope: SheetState | null;
}

const indexKey = (scopeSheetId: string | null, name: string) => `${scopeSheetId ?? ''}\u0000${name.toLowerCase()}`;
const indexes = new WeakMap<readonly NameState[], { readonly length: number; readonly map: ReadonlyMap<string, NameState> }>();

/**
 * The names by scope and lower-case name. A read looks up every name it loads; scanning the list for each made
 * one read of a review (hundreds of names) quadratic. Names are only added (push) or removed (a new array), never
 * renamed, so the array and its length tell when the index is stale.
 */
function nameIndex(names: readonly NameState[]): ReadonlyMap<string, NameState> {
  const cached = indexes.get(names);
  if (cached && cached.length === names.length) return cached.map;
  const map = new Map<string, NameState>();
  for (const n of names) {
    const k = indexKey(n.scopeSheetId, n.name);
    if (!map.has(k)) map.set(k, n);
  }
  indexes.set(names, { length: names.length, map });
  return map;
}

export class NamedItemCollection extends ClientCollection<NamedItem> {
  readonly _className = 'NamedItemCollection';

  private _inScope(ex: Execution, scope: SheetState | null): NameState[] {
    const id = scope?.id ?? null;
    return ex.state.names.filter((n) => n.scopeSheetId === id);
  }

  protected _keys(t: ScopeTarget, ex: Execution): string[] {
    return this._inScope(ex, t.scope).map((n) => n.name);
  }

  protected _item(name: string): NamedItem {
    return this._named(name, false, `${this._path}.getItem(${JSON.stringify(name)})`);
  }

  private _named(key: string, nullable: boolean, path: string): NamedItem {
    const item = new NamedItem(
      this._context,
      (ex) => {
        const t = ex.resolve<ScopeTarget>(this);
        if (t === null) return null;
        const found = nameIndex(ex.state.names).get(indexKey(t.scope?.id ?? null, String(key)));
        if (!found) {
          if (nullable) return null;
          throw new DoubleError('ItemNotFound', { message: `The name "${key}" doesn't exist.`, location: 'NamedItemCollection.getItem' });
        }
        return { workbook: ex.state, name: found } satisfies NameTarget;
      },
      path,
    );
    if (nullable) ClientObject._queueNullCheck(item);
    return item;
  }

  /** Adds a name for a Range, an address ("=Sheet1!$A$1") or a formula. Duplicates fail with ItemAlreadyExists. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this._requireApi('add', '1.4');
    this._method('add', [name, reference instanceof Range ? reference._path : reference, comment ?? null], (t: ScopeTarget, ex) => {
      const valid = checkName(name, 'NamedItemCollection.add');
      if (this._inScope(ex, t.scope).some((n) => n.name.toLowerCase() === valid.toLowerCase())) {
        throw new DoubleError('ItemAlreadyExists', { message: `The name "${valid}" already exists.`, location: 'NamedItemCollection.add' });
      }
      if (comment !== undefined && typeof comment !== 'string') throw new DoubleError('InvalidArgument', { location: 'NamedItemCollection.add' });
      ex.state.names.push({
        name: valid,
        reference: parseReference(ex, reference, t.scope, 'NamedItemCollection.add'),
        comment: comment ?? '',
        visible: true,
        scopeSheetId: t.scope?.id ?? null,
      });
      ex.invalidate();
    });
    return this._named(name, false, `${this._path}.add(${JSON.stringify(name)})`);
  }

  getItem(name: string): NamedItem {
    return this._named(name, false, `${this._path}.getItem(${JSON.stringify(name)})`);
  }

  getItemOrNullObject(name: string): NamedItem {
    this._requireApi('getItemOrNullObject', '1.4');
    return this._named(name, true, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`);
  }
}
