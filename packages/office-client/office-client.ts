/**
 * Microsoft's own Office.js client over the in-memory double.
 *
 * The Excel runtime of `@microsoft/office-js` (excel-web-16.00 or
 * excel-win32-16.01, the debug builds) runs in a `vm` realm of its own;
 * `Excel.run` gets a session whose request executor is ours. The client
 * builds and serialises every request exactly as it does in Excel; the
 * responder below reads the request's object paths and actions, performs
 * them on the double (through the double's own API, one double round trip
 * per request) and answers in the shape the client parses: `Results` per
 * action, or `Error` with Excel's code and the index of the failing action.
 * Change events come back the way Excel pushes them (RichApi event
 * messages), to the handlers the client registered.
 *
 * What the responder does not know it refuses with `NotImplemented`, so a
 * request the double cannot answer fails the test rather than passing
 * unseen. Never shipped: only tests and the bench load this.
 *
 * Where the answer's shape is our reading of the client rather than a
 * captured Excel response: a result for every action (SetProperty's null
 * included, so response sizes are if anything high); a worksheet's `Id`
 * with its instantiation and with each loaded item (the client reads them:
 * `Worksheet._handleIdResult`, `tryGetObjectIdFromLoadOrRetrieveResult`);
 * collections as `_Items`; no `_ReferenceId` for kept ranges (the client
 * then keeps sending their original paths, which the double re-resolves).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { ExcelRun } from '../../src/excel/adapter.ts';
import { DoubleError, DoubleRequestContext, type OfficeDouble } from '../office-double/index.ts';

export const OFFICE_JS_PACKAGE = '@microsoft/office-js';
export const RUNTIMES = ['excel-web-16.00', 'excel-win32-16.01'] as const;
export type RuntimeName = (typeof RUNTIMES)[number];

/** One round trip as the real client sent it. */
export interface WireRecord {
  /** UTF-8 bytes of the serialised request body. */
  readonly requestBytes: number;
  /** UTF-8 bytes of the serialised response body. */
  readonly responseBytes: number;
  readonly actions: number;
  readonly objectPaths: number;
  /** The error the response carried, if any: code, message, where. */
  readonly error?: string;
}

export interface OfficeClient {
  /** `Excel.run` of Microsoft's client, every request answered from the double. */
  readonly run: ExcelRun;
  /** `Excel.run(context, batch)` of Microsoft's client. */
  readonly runIn: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Round trips since the last `reset()`. */
  readonly wire: WireRecord[];
  reset(): void;
  /** `"@microsoft/office-js@1.1.110 excel-web-16.00.debug.js"`. */
  readonly label: string;
}

const require = createRequire(import.meta.url);
const scripts = new Map<RuntimeName, vm.Script>();

function packageDir(): string {
  return require.resolve(`${OFFICE_JS_PACKAGE}/package.json`).replace(/package\.json$/, '');
}

export function officeJsVersion(): string {
  return (JSON.parse(readFileSync(`${packageDir()}package.json`, 'utf8')) as { version: string }).version;
}

function scriptOf(runtime: RuntimeName): vm.Script {
  let script = scripts.get(runtime);
  if (!script) {
    const file = `${packageDir()}dist/${runtime}.debug.js`;
    script = new vm.Script(readFileSync(file, 'utf8'), { filename: `${runtime}.debug.js` });
    scripts.set(runtime, script);
  }
  return script;
}

// ------------------------------------------------------------------ the wire format

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}
interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

/** "GetRange" → "getRange"; Office.js's wire names are its API names, capitalised. */
function memberName(wire: string): string {
  return wire.charAt(0).toLowerCase() + wire.slice(1);
}
/**
 * Wire names that are not the API's name capitalised: the client's custom
 * code sends these (e.g. `Worksheet_ShowGridlines_Set` sends "Gridlines").
 */
const WIRE_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Worksheet: { Gridlines: 'showGridlines' },
};

function memberOf(className: string, wire: string): string {
  return WIRE_ALIASES[className]?.[wire] ?? memberName(wire);
}

/** "valueTypes" → "ValueTypes": how results name properties. */
function wireName(member: string): string {
  return member.charAt(0).toUpperCase() + member.slice(1);
}

/** The key Excel sends with an object (the client rebuilds paths from it). */
function keyOf(object: Record<string, unknown>, className: string): Record<string, unknown> {
  if (className === 'Worksheet') return { Id: (object as { id: string }).id };
  return {};
}

type Proxy = Record<string, unknown> & { _className: string; _isNull?: boolean; _loaded: Map<string, unknown>; _items?: Proxy[]; load(option?: unknown): void };

/** What the double threw, as Excel reports it. */
function wireError(e: unknown): { Code: string; Message: string; Location?: string } {
  if (e instanceof DoubleError) return { Code: e.code, Message: e.message, ...(e.debugInfo.errorLocation ? { Location: e.debugInfo.errorLocation } : {}) };
  // What the double threw, when it is not one of Excel's errors (a bug of the double or the responder): OFFICE_CLIENT_DEBUG=1 shows it.
  if (process.env.OFFICE_CLIENT_DEBUG) console.error('responder:', e);
  return { Code: 'GeneralException', Message: e instanceof Error ? e.message : String(e) };
}

interface Forwarder {
  readonly handler: (args: Record<string, unknown>) => Promise<void>;
  readonly worksheet: Proxy;
}

/**
 * Performs one real request on the double. Object paths are built lazily
 * and in action order, as Excel instantiates them, because a method path
 * (`worksheets.add(…)`) changes the workbook.
 */
async function respond(double: OfficeDouble, body: RequestBody, deliver: (message: Record<string, unknown>, targetId: string) => void, forwarders: Map<string, Forwarder>): Promise<Record<string, unknown>> {
  const objects = new Map<number, Proxy>();
  const nullable = new Set<number>();
  const plan: { action: ActionInfo; index: number; collect: () => unknown }[] = [];
  let failedAt: { index: number; error: unknown } | undefined;
  let context!: DoubleRequestContext;

  const argsOf = (info: { ArgumentInfo?: ActionInfo['ArgumentInfo'] }): unknown[] => {
    const args = [...(info.ArgumentInfo?.Arguments ?? [])];
    const refs = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    refs.forEach((id, i) => {
      if (id !== null && id !== undefined) args[i] = objectOf(id);
    });
    // The client sends an omitted optional argument as null; the API treats it as absent.
    while (args.length > 0 && (args.at(-1) === null || args.at(-1) === undefined)) args.pop();
    return args.map((a) => (a === null ? undefined : a));
  };

  function objectOf(id: number): Proxy {
    const known = objects.get(id);
    if (known) return known;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new DoubleError('InvalidArgument', { message: `The request names object path ${id} without sending it.` });
    let object: Proxy;
    if (info.ObjectPathType === PATH.global) object = context.workbook as unknown as Proxy;
    else {
      const parent = objectOf(info.ParentObjectPathId!);
      if (info.ObjectPathType === PATH.property) object = parent[memberName(info.Name)] as Proxy;
      else if (info.ObjectPathType === PATH.method) {
        const method = parent[memberName(info.Name)];
        if (typeof method !== 'function') throw new DoubleError('NotImplemented', { args: [`${parent._className}.${memberName(info.Name)}`] });
        object = (method as (...a: unknown[]) => Proxy).apply(parent, argsOf(info));
        if (info.Name.endsWith('OrNullObject')) nullable.add(id);
      } else if (info.ObjectPathType === PATH.indexer) object = (parent['getItem'] as (k: unknown) => Proxy).call(parent, argsOf(info)[0]);
      else throw new DoubleError('NotImplemented', { args: [`object path type ${info.ObjectPathType} (${info.Name})`] });
    }
    objects.set(id, object);
    return object;
  }

  const result = await double.run(async (ctx) => {
    context = ctx as unknown as DoubleRequestContext;
    for (const [index, action] of body.Actions.entries()) {
      context._tag = index;
      try {
        plan.push({ action, index, collect: queue(action) });
      } catch (e) {
        failedAt = { index, error: e };
        break;
      }
    }
    try {
      await ctx.sync();
    } catch (e) {
      const tag = e instanceof DoubleError ? e.actionTag : undefined;
      failedAt = { index: typeof tag === 'number' ? tag : (failedAt?.index ?? 0), error: e };
    }
    const results: { ActionId: number; Value: unknown }[] = [];
    for (const step of plan) {
      if (failedAt && step.index >= failedAt.index) break;
      results.push({ ActionId: step.action.Id, Value: step.collect() ?? null });
    }
    return { results };
  });
  const out: Record<string, unknown> = { Results: result.results };
  if (failedAt) out['Error'] = { ...wireError(failedAt.error), ActionIndex: failedAt.index, HttpStatusCode: 400 };
  return out;

  /** Queues one action on the double; returns how to read its result after the sync. */
  function queue(action: ActionInfo): () => unknown {
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const object = objectOf(action.ObjectPathId);
        const mayBeNull = nullable.has(action.ObjectPathId);
        let value: unknown = {};
        // Excel resolves the object here: a missing item fails (ItemNotFound) unless it may be null.
        context._enqueue({
          kind: 'query',
          object: object as never,
          api: `${object._className}.instantiate`,
          run: (ex) => {
            const target = mayBeNull ? ex.resolve<Record<string, unknown>>(object as never) : ex.require<Record<string, unknown>>(object as never, `${object._className}`);
            value = target === null ? null : keyOf(target, object._className);
            return value;
          },
        });
        return () => value;
      }
      case ACTION.query: {
        const object = objectOf(action.ObjectPathId);
        const select = action.QueryInfo?.Select;
        const expand = action.QueryInfo?.Expand ?? [];
        const key = object._className === 'WorksheetCollection' && select ? ['id'] : [];
        object.load(select ? [...select, ...expand, ...key] : expand.length ? expand : undefined);
        return () => queryResult(object, select);
      }
      case ACTION.setProperty: {
        const object = objectOf(action.ObjectPathId);
        const name = memberOf(object._className, action.Name);
        if (!(name in object)) throw new DoubleError('NotImplemented', { args: [`${object._className}.${name} (set)`] });
        object[name] = argsOf(action)[0];
        return () => null;
      }
      case ACTION.method: {
        const object = objectOf(action.ObjectPathId);
        const events = /^_(Un)?RegisterDataChangedEvent$/.exec(action.Name);
        if (events && object._className === 'Worksheet') return registerEvents(object, !events[1]);
        // Excel.run tracks every range it hands out so that Excel keeps it across syncs. The responder
        // re-resolves each request's paths from the workbook, so there is nothing to keep; it returns
        // no _ReferenceId, and the client keeps sending the original path.
        // Sent before a large values/formulas array goes out in slices of 1,500 cells: Excel checks
        // that the whole array fits the range.
        if (action.Name === '_ValidateArraySize' && object._className === 'Range') {
          const [rows, columns] = argsOf(action) as [number, number];
          object.load('rowCount,columnCount');
          context._enqueue({
            kind: 'query',
            object: object as never,
            api: 'Range._ValidateArraySize',
            run: () => {
              if (object._loaded.get('rowCount') !== rows || object._loaded.get('columnCount') !== columns) {
                throw new DoubleError('InvalidArgument', { message: `${rows}×${columns} values for a ${String(object._loaded.get('rowCount'))}×${String(object._loaded.get('columnCount'))} range.`, location: 'Range._ValidateArraySize' });
              }
              return null;
            },
          });
          return () => null;
        }
        if (action.Name === '_KeepReference') {
          objectOf(action.ObjectPathId);
          return () => null;
        }
        const method = object[memberName(action.Name)];
        if (typeof method !== 'function') throw new DoubleError('NotImplemented', { args: [`${object._className}.${memberName(action.Name)}`] });
        const returned = (method as (...a: unknown[]) => unknown).apply(object, argsOf(action));
        return () => (returned && typeof returned === 'object' && 'value' in returned ? (returned as { value: unknown }).value : null);
      }
      case ACTION.trace:
        return () => null;
      default:
        throw new DoubleError('NotImplemented', { args: [`action type ${action.ActionType} (${action.Name})`] });
    }
  }

  /** Worksheet.onChanged: the double's handler forwards each change as Excel's event message. */
  function registerEvents(worksheet: Proxy, on: boolean): () => unknown {
    let sheetId: string | undefined;
    context._enqueue({
      kind: 'query',
      object: worksheet as never,
      api: 'Worksheet._RegisterDataChangedEvent',
      run: (ex) => {
        sheetId = ex.require<{ id: string }>(worksheet as never, 'Worksheet').id;
        const existing = forwarders.get(sheetId);
        const onChanged = worksheet['onChanged'] as { add(h: unknown): void; remove(h: unknown): void };
        if (on && !existing) {
          const id = sheetId;
          const handler = async (args: Record<string, unknown>) => {
            const details = args['details'] as Record<string, unknown> | undefined;
            deliver({ address: args['address'], changeType: args['changeType'], source: args['source'], worksheetId: id, triggerSource: args['triggerSource'], shiftDirection: 'None', ...(details ?? {}) }, id);
            // The client runs handlers through promise chains; let them finish before the double says it is idle.
            await new Promise((resolve) => setTimeout(resolve, 0));
          };
          forwarders.set(id, { handler, worksheet });
          onChanged.add(handler);
        } else if (!on && existing) {
          forwarders.delete(sheetId);
          onChanged.remove(existing.handler);
        }
        return null;
      },
    });
    return () => null;
  }
}

/** A loaded object as Excel's response carries it (property names capitalised, collections as `_Items`). */
function queryResult(object: Proxy, select: readonly string[] | undefined): unknown {
  if (object._isNull) return null;
  if (object._items) {
    // Excel sends each worksheet's Id with it, whatever was selected: the client addresses the item by it.
    return { _Items: object._items.map((item) => ({ ...pick(item, select), ...(item._className === 'Worksheet' ? { Id: item._loaded.get('id') } : {}) })) };
  }
  return pick(object, select);
}

function pick(object: Proxy, select: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const names = select ?? [...object._loaded.keys()];
  for (const name of names) {
    if (name.includes('/')) continue;
    if (object._loaded.has(name)) out[wireName(name)] = object._loaded.get(name);
  }
  return out;
}

// ------------------------------------------------------------------ the client

/**
 * Microsoft's client (`runtime`) talking to `double`. Each client loads the
 * runtime into a realm of its own, so its event registrations and settings
 * never meet another test's.
 */
export function officeClientOver(double: OfficeDouble, runtime: RuntimeName = 'excel-web-16.00'): OfficeClient {
  const sandbox: Record<string, unknown> = { console: { ...console, log: () => undefined }, setTimeout, clearTimeout, Promise };
  sandbox['window'] = sandbox;
  sandbox['self'] = sandbox;
  sandbox['navigator'] = { userAgent: 'node' };
  vm.createContext(sandbox);
  scriptOf(runtime).runInContext(sandbox);
  const { Excel, OfficeExtension, OSF } = sandbox as {
    Excel: { run: ExcelRun & ((session: unknown, batch: unknown) => Promise<unknown>) };
    OfficeExtension: {
      SessionBase: new () => object;
      _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
      _testTriggerRichApiMessageEvent(message: unknown): void;
    };
    OSF: { _OfficeAppFactory?: { getContext(): unknown } };
  };
  // The client checks requirement sets through Office.context, as in Excel.
  // (office.js's loader defines the factory in Excel; the Excel runtime file alone does not.)
  OSF._OfficeAppFactory = { getContext: () => double.office.context };
  // Events arrive as RichApi messages; the client needs no Office host to listen for them.
  OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  const deliver = (message: Record<string, unknown>, targetId: string) =>
    OfficeExtension._testTriggerRichApiMessageEvent({ entries: [{ messageCategory: 65536, messageType: 10, targetId, message: JSON.stringify(message) }] });
  const forwarders = new Map<string, Forwarder>();
  const wire: WireRecord[] = [];

  const executor = {
    async executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      const requestText = JSON.stringify(message.Body);
      // What Excel would parse: the client's JSON, not its objects.
      const body = JSON.parse(requestText) as RequestBody;
      const response = await respond(double, body, deliver, forwarders);
      const responseText = JSON.stringify(response);
      const error = response['Error'] as { Code: string; Message: string; Location?: string; ActionIndex: number } | undefined;
      wire.push({
        requestBytes: Buffer.byteLength(requestText, 'utf8'),
        responseBytes: Buffer.byteLength(responseText, 'utf8'),
        actions: body.Actions.length,
        objectPaths: Object.keys(body.ObjectPaths).length,
        ...(error ? { error: `${error.Code}: ${error.Message} (${error.Location ?? '?'}, action ${error.ActionIndex}: ${JSON.stringify(body.Actions[error.ActionIndex]).slice(0, 300)})` } : {}),
      });
      return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: JSON.parse(responseText) as unknown };
    },
  };
  const Session = class extends OfficeExtension.SessionBase {
    _resolveRequestUrlAndHeaderInfo() {
      return Promise.resolve({ url: 'https://office-double.invalid/', headers: {} });
    }
    _createRequestExecutorOrNull() {
      return executor;
    }
  };
  const session = new Session();
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(session, batch) as Promise<T>,
    // Excel.run(context, batch): a batch on a context an earlier run made (an event handler is removed there).
    runIn: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(context, batch) as Promise<T>,
    wire,
    reset: () => void wire.splice(0),
    label: `${OFFICE_JS_PACKAGE}@${officeJsVersion()} ${runtime}.debug.js`,
  };
}
