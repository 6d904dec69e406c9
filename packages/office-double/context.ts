/**
 * `Excel.RequestContext` and `Excel.run`, in memory.
 */
import { DoubleError } from './errors.ts';
import { ClientObject, type Action, type ChangedEventArgs, type Engine, Execution, type RuntimeContext } from './runtime.ts';
import { Workbook } from './workbook.ts';

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

export class DoubleRequestContext implements RuntimeContext {
  readonly workbook: Workbook;
  private queue: Action[] = [];
  private registrations: ((ex: Execution) => void)[] = [];
  /** Set when the `run` batch that owns this context has finished. */
  _finished = false;

  constructor(readonly _engine: Engine) {
    this.workbook = new Workbook(this, (ex) => ex.state, 'workbook');
  }

  /** Tags the actions queued from now on (a wire responder marks which request action each came from). */
  _tag: unknown = undefined;

  _enqueue(action: Action): void {
    this._assertUsable(action.api);
    this.queue.push(this._tag === undefined ? action : { ...action, tag: this._tag });
  }

  _enqueueRegistration(run: (ex: Execution) => void): void {
    this.registrations.push(run);
  }

  _assertUsable(api: string): void {
    if (this._finished) {
      throw new DoubleError('InvalidRequestContext', { message: 'This request context belongs to an Excel.run batch that has finished.', location: api });
    }
  }



  /**
   * Runs the queued operations in order. A sync with nothing queued makes no
   * round trip (as Office.js). On an error the operations before it stay
   * applied and the rest are dropped.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this._assertUsable('RequestContext.sync');
    const engine = this._engine;
    const actions = this.queue;
    const registrations = this.registrations;
    this.queue = [];
    this.registrations = [];
    engine.stats.syncCalls++;
    await Promise.resolve();
    const ex = new Execution(engine, this);
    if (actions.length > 0) await this.roundTrip(actions, ex);
    for (const register of registrations) register(ex);
    this.fireEvents(ex);
    return passThroughValue as T;
  }

  private async roundTrip(actions: readonly Action[], ex: Execution): Promise<void> {
    const engine = this._engine;
    const stats = engine.stats;
    const request = actions.map((a) => ({ o: a.object._path, m: a.api, ...(a.args === undefined ? {} : { a: a.args }) }));
    const payloadBytes = jsonLength(request);
    const kinds = { load: 0, set: 0, method: 0, query: 0 };
    const apis: Record<string, number> = {};
    for (const a of actions) {
      kinds[a.kind]++;
      apis[a.api] = (apis[a.api] ?? 0) + 1;
    }
    stats.syncs++;
    stats.operations += actions.length;
    stats.payloadBytes.push(payloadBytes);
    const index = stats.syncs;
    const record = (responseBytes: number) => {
      stats.responseBytes.push(responseBytes);
      stats.perSync.push({ index, operations: actions.length, payloadBytes, responseBytes, kinds, apis });
    };
    const limit = engine.options.payloadLimitBytes;
    if (limit !== null && payloadBytes > limit) {
      record(0);
      throw new DoubleError('RequestPayloadSizeLimitExceeded', { location: 'RequestContext.sync', statement: `${payloadBytes} bytes > ${limit}` });
    }
    const responses: unknown[] = [];
    for (const action of actions) {
      try {
        let response = action.run(ex);
        if (response && typeof (response as Promise<unknown>).then === 'function') response = await response;
        responses.push(response ?? null);
      } catch (e) {
        record(jsonLength(responses));
        this.fireEvents(ex);
        if (e instanceof DoubleError) {
          e.actionTag ??= action.tag;
          const info = e.debugInfo as { errorLocation?: string; statement?: string };
          info.errorLocation ??= action.api;
          info.statement ??= `${action.object._path} ← ${action.api}`;
        }
        throw e;
      }
    }
    const responseBytes = jsonLength(responses);
    record(responseBytes);
    if (limit !== null && responseBytes > limit) {
      this.fireEvents(ex);
      throw new DoubleError('ResponsePayloadSizeLimitExceeded', { location: 'RequestContext.sync', statement: `${responseBytes} bytes > ${limit}` });
    }
  }

  /** Delivers onChanged events for content this sync changed (Excel fires them for add-in writes too). */
  private fireEvents(ex: Execution): void {
    const engine = this._engine;
    const changes = ex.changes.splice(0);
    for (const change of changes) engine.fire(change.sheetId, changedEventArgs(engine, change.sheetId, change.address, 'ThisLocalAddin', change.details));
  }
}

/** Builds event args with only the members the configured requirement sets have. */
export function changedEventArgs(
  engine: Engine,
  sheetId: string,
  address: string,
  triggerSource: 'Unknown' | 'ThisLocalAddin',
  details?: ChangedEventArgs['details'],
): ChangedEventArgs {
  const args: Record<string, unknown> = {
    type: 'WorksheetChanged',
    worksheetId: sheetId,
    address,
    changeType: 'RangeEdited',
    source: 'Local',
  };
  if (engine.supports('1.14')) args['triggerSource'] = triggerSource;
  if (details && engine.supports('1.9')) args['details'] = details;
  if (engine.supports('1.8')) {
    args['getRange'] = (ctx: unknown) => (ctx as DoubleRequestContext).workbook.worksheets.getItem(sheetId).getRange(address);
    args['getRangeOrNullObject'] = (ctx: unknown) => (ctx as DoubleRequestContext).workbook.worksheets.getItemOrNullObject(sheetId).getRange(address);
  }
  return args as unknown as ChangedEventArgs;
}

/**
 * `Excel.run`: a fresh context (or the context of the given object), the
 * batch, then one more sync; afterwards the context's proxies are unusable.
 */
export async function runBatch<T>(engine: Engine, args: readonly unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== 'function') throw new DoubleError('InvalidArgument', { location: 'Excel.run' });
  let context: DoubleRequestContext;
  const first = args.length > 1 ? args[0] : undefined;
  if (first instanceof DoubleRequestContext) context = first;
  else if (first instanceof ClientObject) context = first.context as DoubleRequestContext;
  else if (Array.isArray(first) && first[0] instanceof ClientObject) context = (first[0] as ClientObject).context as DoubleRequestContext;
  else context = new DoubleRequestContext(engine);
  const owned = context !== first && !(first instanceof ClientObject) && !Array.isArray(first);
  const wasFinished = context._finished;
  context._finished = false;
  try {
    const result: unknown = (batch as (c: DoubleRequestContext) => unknown)(context);
    if (!result || typeof (result as Promise<unknown>).then !== 'function') throw new DoubleError('RunMustReturnPromise', { location: 'Excel.run' });
    const value = (await result) as T;
    await context.sync();
    return value;
  } finally {
    context._finished = owned || wasFinished;
  }
}
