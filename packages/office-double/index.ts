/// <reference types="office-js" />
/**
 * An in-memory double of the Excel JavaScript API subset an adapter uses,
 * for Node tests and for the browser preview. It imports nothing from Node,
 * Office.js or ExcelJS (the .xlsx bridge is export-xlsx.ts).
 *
 * ```ts
 * const double = createDouble({ requirementSets: { ExcelApi: '1.9' } });
 * await double.run(async (context) => {
 *   const sheet = context.workbook.worksheets.add('評分');
 *   sheet.getRange('A1:B1').values = [['項目', '分數']];
 *   await context.sync();
 * });
 * double.stats.syncs; // round trips
 * ```
 *
 * What is modelled, and how faithfully, is written next to each member; the
 * main departures from Excel: formulas are stored, never calculated (a
 * formula cell's `values` is its last known result from an imported file,
 * else null); sheet renames do not rewrite formulas that mention the old name (names
 * and print areas do follow).
 */
import { type ParsedAddress, parseAddress } from './excel-address.ts';
import { DoubleRequestContext, changedEventArgs, runBatch } from './context.ts';
import { DoubleError } from './errors.ts';
import { assertEditable, cellAt, typedInput, writeContent } from './operations.ts';
import { RequirementSets } from './requirements.ts';
import { type ChangedEventArgs, type DoubleStats, Engine } from './runtime.ts';
import { type CellValue, type SheetState, type StateDefaults, type WorkbookState, createSheetState, createWorkbookState, findSheet, findSheetByName } from './state.ts';
import { entriesOver, passes } from './validation.ts';
import { recordChanges } from './range.ts';

export { DoubleError, isDoubleError, type DoubleErrorCode } from './errors.ts';
export type { DoubleStats, SyncRecord, ChangedEventArgs } from './runtime.ts';
export type { WorkbookState, SheetState, CellState, CellFormat, NameState, PageLayoutState, DataValidationState, StateDefaults } from './state.ts';
export { DoubleRequestContext } from './context.ts';

export interface CreateDoubleOptions {
  /** Requirement sets the simulated Excel supports. @default { ExcelApi: '1.7' } (the manifest's minimum) */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Sheets of a new workbook. @default ['Sheet1'] */
  readonly sheets?: readonly string[];
  /** Start from this workbook instead (e.g. from `importXlsx`). */
  readonly workbook?: WorkbookState;
  /** Body font and paper size of a new workbook. */
  readonly defaults?: StateDefaults;
  /** Estimated request/response limit per sync; Excel on the web allows 5 MB. null: none. @default 5 MiB */
  readonly payloadLimitBytes?: number | null;
  /** Reads a Base64 .xlsx for `insertWorksheetsFromBase64` (see `xlsxDecoder`). */
  readonly decodeWorkbook?: (base64: string) => Promise<WorkbookState>;
}

/** `Office.context` as Microsoft's Excel runtime reads it (requirement sets; diagnostics and platform for its telemetry). */
interface OfficeGlobalDouble {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly diagnostics: { readonly host: 'Excel'; readonly platform: 'PC'; readonly version: string };
    readonly platform: 'PC';
  };
}

interface UserEditResult {
  readonly accepted: boolean;
  /** Why Excel would have refused the entry. */
  readonly reason?: 'protected' | 'validation';
}

export interface OfficeDouble {
  /** A long-lived context, like `new Excel.RequestContext()`. */
  readonly context: Excel.RequestContext;
  /** Like `Excel.run`: a fresh context per batch (or the given object's context). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(object: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The bits of the `Office` global the adapter and Microsoft's client ask about. */
  readonly office: OfficeGlobalDouble;
  /** Round trips, operations and payload estimates (see DoubleStats). */
  readonly stats: DoubleStats;
  /** The workbook itself (read it in tests; change it only between syncs). */
  readonly workbookState: WorkbookState;
  /**
   * A user typing into cells (a formula when it starts with "="), as Excel
   * would take it: refused on locked cells of a protected sheet and when a
   * "Stop" data validation rejects it; otherwise onChanged handlers run
   * (source "Local", triggerSource "Unknown" from ExcelApi 1.14). Resolves
   * after the handlers finish.
   */
  simulateUserEdit(sheet: string, address: string, value: CellValue, options?: { bypassValidation?: boolean }): Promise<UserEditResult>;
  /** Resolves when every running event handler has finished. */
  flushEvents(): Promise<void>;
}

function sheetFor(workbook: WorkbookState, key: string): SheetState {
  const sheet = findSheetByName(workbook, key) ?? findSheet(workbook, key);
  if (!sheet) throw new DoubleError('ItemNotFound', { message: `No worksheet "${key}".` });
  return sheet;
}

function addressOn(sheet: SheetState, address: string): ParsedAddress {
  const parsed = parseAddress(address);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw new DoubleError('InvalidArgument', { message: `${address} is not on ${sheet.name}.` });
  return parsed;
}

export function createDouble(options: CreateDoubleOptions = {}): OfficeDouble {
  const requirements = new RequirementSets(options.requirementSets ?? { ExcelApi: '1.7' });
  let state = options.workbook;
  if (!state) {
    state = createWorkbookState(options.defaults);
    for (const name of options.sheets ?? ['Sheet1']) state.sheets.push(createSheetState(state, name));
    state.activeSheetId = state.sheets[0]?.id ?? null;
  }
  const engine = new Engine(state, requirements, {
    payloadLimitBytes: options.payloadLimitBytes === undefined ? 5 * 1024 * 1024 : options.payloadLimitBytes,
  });
  engine.decodeWorkbook = options.decodeWorkbook;
  const context = new DoubleRequestContext(engine);

  const office: OfficeGlobalDouble = {
    context: {
      requirements: { isSetSupported: (name, version) => requirements.isSetSupported(name, version) },
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0' },
      platform: 'PC',
    },
  };

  return {
    context: context as unknown as Excel.RequestContext,
    run: (...args: unknown[]) => runBatch(engine, args),
    office,
    stats: engine.stats,
    get workbookState() {
      return engine.state;
    },
    async simulateUserEdit(sheetKey, address, value, editOptions = {}) {
      const workbook = engine.state;
      const sheet = sheetFor(workbook, sheetKey);
      const { rect } = addressOn(sheet, address);
      try {
        assertEditable(workbook, sheet, rect, 'content', 'simulateUserEdit');
      } catch (e) {
        if (e instanceof DoubleError && e.code === 'AccessDenied') return { accepted: false, reason: 'protected' };
        throw e;
      }
      if (!editOptions.bypassValidation) {
        for (const entry of entriesOver(sheet, rect)) {
          if (!entry.errorAlert.showAlert || entry.errorAlert.style !== 'Stop') continue;
          const typed = typedInput(value, cellAt(workbook, sheet, rect.r1, rect.c1).format.numberFormat, 'simulateUserEdit');
          if (typed === 'unchanged' || typed.formula !== null) continue;
          if (passes(entry, typed.value) === false) return { accepted: false, reason: 'validation' };
        }
      }
      const changes = writeContent(workbook, sheet, rect, value, 'simulateUserEdit');
      const collected: { sheetId: string; address: string; details?: ChangedEventArgs['details'] }[] = [];
      recordChanges({ changes: collected } as never, sheet, rect, changes);
      for (const c of collected) engine.fire(c.sheetId, changedEventArgs(engine, c.sheetId, c.address, 'Unknown', c.details));
      await engine.flushEvents();
      return { accepted: true };
    },
    flushEvents: () => engine.flushEvents(),
  };
}
