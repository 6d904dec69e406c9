/**
 * The request/response machinery of Office.js, in memory: proxy objects
 * whose reads need `load()` + `context.sync()`, whose writes and method
 * calls queue until the next sync, and a per-sync account of operations and
 * (estimated) payload bytes.
 *
 * Confirmed against Office.js (runtime source and reference docs):
 * - scalar getters throw PropertyNotLoaded until loaded; setters keep the
 *   written value locally (so it reads back before a sync) and queue the write;
 * - navigation properties and methods of a newer requirement set throw
 *   ApiNotFound when called; scalar properties check after the loaded check;
 * - `sync()` with nothing queued makes no round trip;
 * - a batch passed to `run` must return a promise, and `run` syncs once more
 *   after it resolves;
 * - `ClientResult.value` throws ValueNotLoaded before the sync.
 */
import { DoubleError } from './errors.ts';
import type { RequirementSets } from './requirements.ts';
import type { WorkbookState } from './state.ts';

// ---------------------------------------------------------------- stats

type ActionKind = 'load' | 'set' | 'method' | 'query';

export interface SyncRecord {
  /** 1-based round-trip number. */
  readonly index: number;
  /** Queued operations sent in this round trip. */
  readonly operations: number;
  /** Estimated request size: JSON length of the queued operations. */
  readonly payloadBytes: number;
  /** Estimated response size: JSON length of what the loads returned. */
  readonly responseBytes: number;
  readonly kinds: Readonly<Record<ActionKind, number>>;
  /** Operation count by API ("Range.values", "Worksheet.delete", …). */
  readonly apis: Readonly<Record<string, number>>;
}

/**
 * What an add-in costs in round trips. `syncs` counts round trips (syncs with
 * queued operations); `syncCalls` counts every `context.sync()` including
 * empty ones and the one `run` adds.
 */
export class DoubleStats {
  syncs = 0;
  syncCalls = 0;
  operations = 0;
  /** Per round trip, estimated request bytes. */
  payloadBytes: number[] = [];
  /** Per round trip, estimated response bytes. */
  responseBytes: number[] = [];
  perSync: SyncRecord[] = [];
  eventRegistrations = 0;



  reset(): void {
    this.syncs = 0;
    this.syncCalls = 0;
    this.operations = 0;
    this.payloadBytes = [];
    this.responseBytes = [];
    this.perSync = [];
    this.eventRegistrations = 0;
  }

}

// ---------------------------------------------------------------- events

export interface ChangedEventArgs {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  /** Address on the sheet, without the sheet name ("B3", "B3:C4"). */
  readonly address: string;
  readonly changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  readonly source: 'Local' | 'Remote';
  /** ExcelApi 1.14: whether this add-in made the change. */
  readonly triggerSource?: 'Unknown' | 'ThisLocalAddin';
  /** ExcelApi 1.9, single-cell changes only. */
  readonly details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
  /** ExcelApi 1.8: the changed range in a given context. */
  getRange?(ctx: unknown): unknown;
  getRangeOrNullObject?(ctx: unknown): unknown;
}

type ChangedHandler = (args: ChangedEventArgs) => Promise<unknown> | unknown;

// ---------------------------------------------------------------- engine

interface EngineOptions {
  /** Refuse requests/responses above this many estimated bytes (Excel on the web: 5 MB). null: no limit. */
  readonly payloadLimitBytes: number | null;
}

/** Shared by every context of one double: the workbook, its capabilities, statistics and event handlers. */
export class Engine {
  readonly sheetHandlers = new Map<string, Set<ChangedHandler>>();
  readonly collectionHandlers = new Set<ChangedHandler>();
  private readonly inflight = new Set<Promise<unknown>>();
  readonly stats = new DoubleStats();
  /** Reads an .xlsx (Base64) for `insertWorksheetsFromBase64`; see `xlsxDecoder`. */
  decodeWorkbook: ((base64: string) => Promise<WorkbookState>) | undefined;

  constructor(
    public state: WorkbookState,
    readonly requirements: RequirementSets,
    readonly options: EngineOptions,
  ) {}

  supports(version: string, set = 'ExcelApi'): boolean {
    return this.requirements.isSetSupported(set, version);
  }

  /** Throws ApiNotFound unless the requirement set is there (as Office.js's generated code does). */
  requireApi(member: string, version: string, set = 'ExcelApi'): void {
    if (!this.supports(version, set)) throw new DoubleError('ApiNotFound', { args: [member, `${set} ${version}`, 'Excel'], location: member });
  }

  /** Runs handlers for a change, asynchronously, as Excel delivers events. */
  fire(sheetId: string, args: ChangedEventArgs): void {
    const handlers = [...(this.sheetHandlers.get(sheetId) ?? []), ...this.collectionHandlers];
    for (const handler of handlers) {
      const p = Promise.resolve()
        .then(() => handler(args))
        // Excel swallows what a handler throws.
        .catch(() => undefined)
        .finally(() => this.inflight.delete(p));
      this.inflight.add(p);
    }
  }

  /** Resolves when every event handler started so far (and any they caused) has finished. */
  async flushEvents(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }
}

// ---------------------------------------------------------------- execution

/** One change of cell contents made inside a sync, for events. */
interface ContentChange {
  readonly sheetId: string;
  readonly address: string;
  readonly details?: ChangedEventArgs['details'];
}

/** The state of one sync while its operations run. */
export class Execution {
  private readonly cache = new Map<ClientObject, unknown>();
  readonly changes: ContentChange[] = [];

  constructor(
    readonly engine: Engine,
    readonly context: RuntimeContext,
  ) {}

  get state(): WorkbookState {
    return this.engine.state;
  }

  /** The object's target in the workbook, or null for a null object (cached for this sync). */
  resolve<T>(object: ClientObject): T | null {
    if (object._context !== this.context) throw new DoubleError('InvalidRequestContext', { location: object._className });
    if (this.cache.has(object)) return this.cache.get(object) as T | null;
    const target = object._resolver(this);
    this.cache.set(object, target);
    object._isNull = target === null;
    return target as T | null;
  }

  /** Like `resolve`, but a null object is an error. */
  require<T>(object: ClientObject, location: string): T {
    const target = this.resolve<T>(object);
    if (target === null) throw new DoubleError('ItemNotFound', { location });
    return target;
  }

  /** Forgets cached targets (after operations that add, delete or rename). */
  invalidate(): void {
    this.cache.clear();
  }
}

export interface Action {
  readonly kind: ActionKind;
  readonly object: ClientObject;
  /** "Range.values", "WorksheetCollection.add" … */
  readonly api: string;
  /** What the request would carry (for the payload estimate). */
  readonly args?: unknown;
  /** Applies the operation; returns what the response would carry. */
  run(ex: Execution): unknown;
  /** Set by the context from its `_tag` (which request action this came from, for a wire responder). */
  tag?: unknown;
}

/** The part of a request context that proxies need. */
export interface RuntimeContext {
  readonly _engine: Engine;
  _enqueue(action: Action): void;
  _enqueueRegistration(run: (ex: Execution) => void): void;
  _assertUsable(api: string): void;
}

export type Resolver = (ex: Execution) => unknown;

// ---------------------------------------------------------------- proxies

export interface ScalarSpec<T = never> {
  /** Minimum ExcelApi version, when above 1.1. */
  readonly api?: string;
  /** Another requirement set than ExcelApi. */
  readonly apiSet?: string;
  get(target: T, ex: Execution): unknown;
  set?(target: T, value: unknown, ex: Execution): void;
}

/** Keys that tools probe on any object; never reported as missing members. */
const PROBES = new Set([
  'then',
  'catch',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'toString',
  'toLocaleString',
  'valueOf',
  'inspect',
  'length',
  'size',
  'entries',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'nodeName',
  'window',
  'document',
  'children',
]);

const STRICT: ProxyHandler<ClientObject> = {
  get(target, key, receiver) {
    if (typeof key === 'string' && !(key in target) && /^[a-z][A-Za-z0-9]*$/.test(key) && !PROBES.has(key)) {
      throw new DoubleError('NotImplemented', { args: [`${target._className}.${key}`] });
    }
    return Reflect.get(target, key, receiver) as unknown;
  },
  set(target, key, value, receiver) {
    if (typeof key === 'string' && !(key in target) && /^[a-z][A-Za-z0-9]*$/.test(key)) {
      throw new DoubleError('NotImplemented', { args: [`${target._className}.${key} (set)`] });
    }
    return Reflect.set(target, key, value, receiver);
  },
};

export type LoadOption = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** Turns any `load()` argument into "a/b/c" paths; "*" means every scalar property. */
function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return ['*'];
  if (typeof option === 'string') {
    const paths = option
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return paths.length ? paths : ['*'];
  }
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(String(o)));
  if (typeof option === 'object') {
    const o = option as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      const select = typeof o['select'] === 'string' ? loadPaths(o['select']) : [];
      const expand = typeof o['expand'] === 'string' ? loadPaths(o['expand']) : [];
      return [...select, ...expand];
    }
    const out: string[] = [];
    for (const [key, value] of Object.entries(o)) {
      if (key === '$all') {
        if (value) out.push('*');
      } else if (key === '$top' || key === '$skip') {
        continue;
      } else if (value === true) out.push(key);
      else if (value && typeof value === 'object') out.push(...loadPaths(value).map((p) => (p === '*' ? key : `${key}/${p}`)));
    }
    return out.length ? out : ['*'];
  }
  throw new DoubleError('InvalidArgument', { location: 'load' });
}

function cloneValue<T>(v: T): T {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * Base of every proxy. Subclasses give their class name, scalar property
 * specs (how to read/write them in the workbook) and navigation properties.
 */
export abstract class ClientObject {
  abstract readonly _className: string;
  _isNull: boolean | undefined = undefined;
  readonly _loaded = new Map<string, unknown>();
  readonly _children = new Map<string, ClientObject>();

  constructor(
    readonly _context: RuntimeContext,
    readonly _resolver: Resolver,
    readonly _path: string,
  ) {
    // Members the double does not model throw NotImplemented instead of reading as undefined.
    return new Proxy(this, STRICT);
  }

  get context(): RuntimeContext {
    return this._context;
  }

  get _engine(): Engine {
    return this._context._engine;
  }

  /** Scalar properties with how to read/write them. */
  protected _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return {};
  }

  /** Navigation properties (child objects) loadable by path. */
  protected _navigation(): readonly string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new DoubleError('PropertyNotLoaded', { args: ['isNullObject'], location: `${this._className}.isNullObject` });
    return this._isNull;
  }

  /** Reads a scalar property: loaded (or locally set) value, else PropertyNotLoaded. */
  protected _get<T>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (!this._loaded.has(name)) throw new DoubleError('PropertyNotLoaded', { args: [name], location: `${this._className}.${name}` });
    const spec = this._scalars()[name];
    if (spec?.api) this._engine.requireApi(`${this._className}.${name}`, spec.api, spec.apiSet);
    return this._loaded.get(name) as T;
  }

  /** Writes a scalar property: remembered locally, applied at the next sync. */
  protected _set(name: string, value: unknown): void {
    const api = `${this._className}.${name}`;
    this._context._assertUsable(api);
    const spec = this._scalars()[name];
    if (!spec?.set) throw new DoubleError('InvalidArgument', { message: `${api} cannot be set.`, location: api });
    const setter = spec.set.bind(spec);
    this._loaded.set(name, value);
    this._context._enqueue({
      kind: 'set',
      object: this,
      api,
      args: value,
      run: (ex) => {
        const target = ex.require<never>(this, api);
        if (spec.api) ex.engine.requireApi(api, spec.api, spec.apiSet);
        setter(target, cloneValue(value), ex);
      },
    });
  }

  /** Queues a method call; `run` gets the resolved target. */
  protected _method(name: string, args: unknown, run: (target: never, ex: Execution) => unknown, kind: ActionKind = 'method'): void {
    const api = `${this._className}.${name}`;
    this._context._assertUsable(api);
    this._context._enqueue({
      kind,
      object: this,
      api,
      args,
      run: (ex) => run(ex.require<never>(this, api), ex),
    });
  }

  /** Synchronous requirement-set check for navigation properties and methods. */
  protected _requireApi(member: string, version: string, set = 'ExcelApi'): void {
    this._engine.requireApi(`${this._className}.${member}`, version, set);
  }

  /** A memoised child proxy (Office.js returns the same object for a navigation property). */
  protected _child<T extends ClientObject>(name: string, make: () => T): T {
    let child = this._children.get(name) as T | undefined;
    if (!child) {
      child = make();
      this._children.set(name, child);
    }
    return child;
  }

  /** Creates the null-check query an *OrNullObject call implies. */
  protected static _queueNullCheck(object: ClientObject): void {
    object._context._enqueue({ kind: 'query', object, api: `${object._className}.isNullObject`, run: (ex) => ex.resolve(object) !== null });
  }

  load(option?: LoadOption): this {
    const api = `${this._className}.load`;
    this._context._assertUsable(api);
    const paths = loadPaths(option);
    // Navigation properties of newer requirement sets fail here, as their getters do.
    for (const p of paths) {
      const head = p.split('/')[0]!;
      if (head !== '*' && this._navigation().includes(head)) void (this as unknown as Record<string, unknown>)[head];
    }
    this._context._enqueue({ kind: 'load', object: this, api, args: paths, run: (ex) => this._applyLoad(paths, ex) });
    return this;
  }

  /** Fills `_loaded` for the given paths; returns the response data. */
  _applyLoad(paths: readonly string[], ex: Execution): unknown {
    const target = ex.resolve<never>(this);
    if (target === null) return null;
    const scalars = this._scalars();
    const navigation = this._navigation();
    const wanted = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/') as [string, ...string[]];
      if (head === '*') {
        for (const [name, spec] of Object.entries(scalars)) if (!spec.api || ex.engine.supports(spec.api, spec.apiSet)) wanted.add(name);
      } else if (head in scalars) {
        wanted.add(head);
      } else if (navigation.includes(head)) {
        const list = nested.get(head) ?? [];
        list.push(rest.length ? rest.join('/') : '*');
        nested.set(head, list);
      } else {
        throw new DoubleError('InvalidArgument', {
          message: `Property '${head}' does not exist on ${this._className} (or the double does not model it).`,
          location: `${this._className}.load`,
        });
      }
    }
    const response: Record<string, unknown> = {};
    for (const name of wanted) {
      const spec = scalars[name]!;
      if (spec.api) ex.engine.requireApi(`${this._className}.${name}`, spec.api, spec.apiSet);
      const value = spec.get(target, ex);
      this._loaded.set(name, cloneValue(value));
      response[name] = value;
    }
    for (const [name, sub] of nested) {
      const child = (this as unknown as Record<string, ClientObject>)[name]!;
      response[name] = child._applyLoad(sub, ex);
    }
    return response;
  }

  /**
   * Sets several properties at once, as `object.set({...})`: scalars are
   * queued like assignments, navigation properties recurse. Unknown or
   * read-only properties are refused (unless `throwOnReadOnly: false`).
   */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    const scalars = this._scalars();
    const navigation = this._navigation();
    for (const [key, value] of Object.entries(properties)) {
      if (key in scalars) {
        if (!scalars[key]!.set) {
          if (options?.throwOnReadOnly === false) continue;
          throw new DoubleError('InvalidArgument', { message: `Attempting to set read-only property '${key}'.`, location: `${this._className}.set` });
        }
        this._set(key, value);
      } else if (navigation.includes(key) && value && typeof value === 'object') {
        (this as unknown as Record<string, ClientObject>)[key]!.set(value as Record<string, unknown>, options);
      } else {
        throw new DoubleError('InvalidArgument', { message: `Property '${key}' does not exist on ${this._className}.`, location: `${this._className}.set` });
      }
    }
  }

  /** Loaded properties as plain data (like Office.js's toJSON). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length) out[k] = json;
    }
    return out;
  }
}

/**
 * A collection proxy: `items` after loading; loading a collection loads the
 * given properties of every item ("name", "items/name", or all scalars).
 */
export abstract class ClientCollection<Item extends ClientObject> extends ClientObject {
  _items: Item[] | undefined;

  /** The current item keys in the workbook (sheet ids, names, …). */
  protected abstract _keys(target: never, ex: Execution): string[];
  protected abstract _item(key: string): Item;

  get items(): Item[] {
    if (this._isNull === true) return [];
    if (!this._items) throw new DoubleError('PropertyNotLoaded', { args: ['items'], location: `${this._className}.items` });
    return this._items;
  }

  override _applyLoad(paths: readonly string[], ex: Execution): unknown {
    const target = ex.resolve<never>(this);
    if (target === null) return null;
    const own = this._scalars();
    const itemPaths: string[] = [];
    const ownPaths: string[] = [];
    for (const p of paths) {
      if (p === '*' || p === 'items') itemPaths.push('*');
      else if (p.startsWith('items/')) itemPaths.push(p.slice(6));
      else if (p.split('/')[0]! in own) ownPaths.push(p);
      else itemPaths.push(p);
    }
    const response: Record<string, unknown> = ownPaths.length ? (super._applyLoad(ownPaths, ex) as Record<string, unknown>) : {};
    if (itemPaths.length || !ownPaths.length) {
      const items = this._keys(target, ex).map((key) => this._item(key));
      this._items = items;
      response['items'] = items.map((item) => item._applyLoad(itemPaths.length ? itemPaths : ['*'], ex));
    }
    return response;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this._items ? { items: this._items.map((i) => i.toJSON()) } : {}) };
  }
}

/** `OfficeExtension.ClientResult<T>`: a method's answer, readable after the sync. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw new DoubleError('ValueNotLoaded', { location: 'clientResult.value' });
    return this.result as T;
  }

  _set(value: T): void {
    this.loaded = true;
    this.result = value;
  }
}

/** `OfficeExtension.EventHandlerResult`. */
export class EventHandlerResult {
  constructor(
    private readonly owner: EventHandlers,
    private readonly handler: ChangedHandler,
  ) {}

  get context(): RuntimeContext {
    return this.owner.context;
  }

  /** Unregisters at the next sync. */
  remove(): void {
    this.owner.remove(this.handler);
  }
}

/** `OfficeExtension.EventHandlers<T>` for change events; registration happens at the next sync. */
export class EventHandlers {
  constructor(
    readonly context: RuntimeContext,
    private readonly register: (ex: Execution, handler: ChangedHandler) => void,
    private readonly unregister: (ex: Execution, handler: ChangedHandler) => void,
  ) {}

  add(handler: ChangedHandler): EventHandlerResult {
    if (typeof handler !== 'function') throw new DoubleError('InvalidArgument', { location: 'EventHandlers.add' });
    this.context._enqueueRegistration((ex) => {
      this.register(ex, handler);
      ex.engine.stats.eventRegistrations++;
    });
    return new EventHandlerResult(this, handler);
  }

  remove(handler: ChangedHandler): void {
    this.context._enqueueRegistration((ex) => this.unregister(ex, handler));
  }
}
