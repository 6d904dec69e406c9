/**
 * The Office.js adapter: a ReviewHost over Excel (or over the in-memory
 * double, which mimics the same API). Every operation is one batch with as
 * few `context.sync()` calls as the API allows: create ≤ 2 (3 when the pane shows 基本資料 first), read 1, edit 1,
 * add sheets 2, 定稿 and 取消定稿 2 (read, then write). New sheets go as one
 * .xlsx from ExcelApi 1.13; below it (Excel 2021) creating and adding sheets
 * take a few more requests, each under 1 MB (insert-sheets.ts).
 */
import type { Rubric } from '../rubric/types.ts';
import { cellAddress, parseCell, quoteSheet } from '../sheets/address.ts';
import type { RawCell } from '../sheets/fields.ts';
import { PRINT_SHEET_NAMES } from '../sheets/layout.ts';
import type { InputCell } from '../sheets/finalise.ts';
import { FINAL_CELLS, META_NAMES } from '../sheets/meta-names.ts';
import type { NameLookup, NamedCell } from '../sheets/reader.ts';
import type { CellValue, WorkbookDescription } from '../sheets/types.ts';
import type { HostCapabilities, HostChange, HostFailure, HostResult, NewReviewInit, ReviewHost, ReviewRead } from '../host/review-host.ts';
import type { Problem } from '../review/problem.ts';
import type { Review } from '../review/schema.ts';
import type { Added } from './remove-added.ts';
import type { LayoutInfo } from './review-layout.ts';

/** The lazily loaded layout module (review-layout.ts). */
type LayoutModule = typeof import('./review-layout.ts');

/** `Excel.run`, or the double's stand-in for it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run(context, batch)`: a batch in a context an earlier batch made. */
export type ExcelRunIn = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  readonly run: ExcelRun;
  /**
   * `Excel.run(context, batch)`. Microsoft's docs: an event handler is removed
   * with the RequestContext it was added in, so unsubscribing runs there.
   * @default a batch on that context without Excel.run, which Excel may refuse (then the handler stays until the pane closes)
   */
  readonly runIn?: ExcelRunIn;
  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly isPreview?: boolean;
  readonly rubric?: Rubric;
  /** The clock, for the time of 定稿. @default () => new Date() */
  readonly now?: () => Date;
}

const API_VERSIONS = ['1.17', '1.16', '1.15', '1.14', '1.13', '1.12', '1.11', '1.10', '1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1'];

/** What users can do about each Office.js error code. */
const ERROR_ADVICE: Readonly<Record<string, string>> = {
  InvalidArgument: '寫入的資料格式不符，請檢查剛才輸入的內容。',
  ItemNotFound: '找不到評審工作表或其定義名稱；可能已被刪除或改名，請還原或重新建立評審。',
  ItemAlreadyExists: '已有同名的工作表或名稱。',
  AccessDenied: '工作表受保護或活頁簿為唯讀，請取消保護或另存新檔後再試。',
  InvalidOperation: 'Excel 目前無法執行此動作（例如正在編輯儲存格），請按 Enter 或 Esc 結束編輯後再試。',
  GeneralException: 'Excel 發生錯誤，請稍後再試；如持續發生，請儲存並重新開啟活頁簿。',
  RequestPayloadSizeLimitExceeded: '一次寫入的資料過多（網頁版 Excel 的限制）。',
  ApiNotFound: '此版本的 Excel 不支援這項功能。',
};

/** Turns an Office.js (or double) error into a readable failure. */
export function failure(error: unknown, action: string): HostFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const advice = (code && ERROR_ADVICE[code]) ?? '請稍後再試。';
  return { ok: false, message: `${action}失敗：${advice}`, ...(code ? { code } : {}) };
}

/** The review sheets' tab names that are free in a workbook whose tabs are `taken`. */
export function freeSheetNames(description: WorkbookDescription, taken: readonly string[]): { names: Map<string, string>; renamed: string[] } {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const names = new Map<string, string>();
  const renamed: string[] = [];
  for (const sheet of description.sheets) {
    let name = sheet.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    if (name !== sheet.name) renamed.push(`${sheet.name} → ${name}`);
    used.add(name.toLowerCase());
    names.set(sheet.key, name);
  }
  return { names, renamed };
}

/** "'評分'!$F$7" (or "=評分!$F$7") → sheet and address. */
function parseNameFormula(formula: string): { sheet: string; address: string } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula.trim());
  return m ? { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), address: `${m[3]}${m[4]}` } : undefined;
}


/** A name on each sheet whose hand edits the pane reads back. */
export const CHANGE_ANCHORS = { basic: 'cand_name', eligibility: 'elig_department', scoring: 'item_1_1_level' } as const;

/** One `onChanged` subscriber: its handler, and the sheets it listens to with the registration on each. */
interface Listener {
  readonly handler: (changes: readonly HostChange[]) => void;
  readonly on: Map<string, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>;
}

/**
 * Queues `listener`'s handler on each of `sheets` it does not listen to yet
 * (registered at the next sync). Returns what undoes the bookkeeping if
 * that sync fails.
 */
function queueListening(context: Excel.RequestContext, listener: Listener, sheets: Iterable<string>): () => void {
  const keys: string[] = [];
  for (const sheet of sheets) {
    const key = sheet.toLowerCase();
    if (listener.on.has(key)) continue;
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
      listener.handler([{ sheet, address: event.address, ...(event.triggerSource === 'ThisLocalAddin' ? { own: true } : {}) }]);
    });
    listener.on.set(key, result);
    keys.push(key);
  }
  return () => keys.forEach((key) => listener.on.delete(key));
}

/** The tabs a batch adds that hold a change anchor: the input sheets the pane listens to. */
function anchorTabs(description: WorkbookDescription, names: ReadonlyMap<string, string>): string[] {
  const anchors = new Set<string>(Object.values(CHANGE_ANCHORS));
  return [...new Set(description.names.filter((n) => anchors.has(n.name)).map((n) => names.get(n.sheet)!))];
}

type Refs = ReadonlyMap<string, { readonly sheet: string; readonly address: string }>;

/** The named cells, read from the used ranges loaded by one round trip. */
function lookupOver(refs: Refs, sheets: ReadonlyMap<string, Excel.Range>, formulaCheck: LayoutModule['FORMULA_CHECK']): NameLookup {
  const lookup = (name: string): NamedCell | undefined => {
    const ref = refs.get(name);
    if (!ref) return undefined;
    const used = sheets.get(ref.sheet);
    if (!used || used.isNullObject) return { sheet: ref.sheet, address: ref.address, value: null };
    const origin = parseCell(used.address.split('!').at(-1)!.split(':')[0]!.replace(/\$/g, ''));
    const { row, column } = parseCell(ref.address);
    const r = row - origin.row;
    const c = column - origin.column;
    const value = used.values[r]?.[c];
    return { sheet: ref.sheet, address: ref.address, value: rawFrom(value, used.valueTypes[r]?.[c]) };
  };
  // The record formulas are checked on the sheets read (formula-check.ts); a sheet not loaded is reported as missing.
  const formulaCells = (sheet: string): Map<string, string> | undefined => {
    const used = sheets.get(sheet);
    if (!used) return undefined;
    // An empty sheet has no formulas to check, as a missing one (whose names are reported missing).
    if (used.isNullObject) return undefined;
    const cells = new Map<string, string>();
    const origin = parseCell(used.address.split('!').at(-1)!.split(':')[0]!.replace(/\$/g, ''));
    used.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === 'string' && f.startsWith('=')) cells.set(cellAddress(origin.row + r, origin.column + c), f.slice(1));
      }),
    );
    return cells;
  };
  return Object.assign(lookup, { formulaCells, formulaCheck });
}

/**
 * Queues locking (or unlocking) every input where its name points, each
 * sheet unprotected for the change and protected again as the layout
 * protects it (protect() fails on a protected sheet, and a protected sheet
 * refuses format changes).
 */
function queueInputsLocked(context: Excel.RequestContext, refs: Refs, inputs: readonly InputCell[], locked: boolean, lib: Pick<LayoutModule, 'inputArea' | 'SHEET_PROTECTION'>): void {
  const { inputArea, SHEET_PROTECTION } = lib;
  const areas = new Map<string, string[]>();
  for (const input of inputs) {
    const ref = refs.get(input.name);
    if (!ref) continue;
    areas.set(ref.sheet, [...(areas.get(ref.sheet) ?? []), inputArea(input, ref.address)]);
  }
  for (const [sheet, list] of areas) {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.protection.unprotect();
    for (const area of list) ws.getRange(area).format.protection.locked = locked;
    ws.protection.protect(SHEET_PROTECTION);
  }
}

/** Queues writing the 定稿 record on the meta sheet (adding its names to a workbook made before 定稿). */
function queueFinalRecord(context: Excel.RequestContext, refs: Refs, record: { readonly at: string; readonly digest: string }, SHEET_PROTECTION: LayoutModule['SHEET_PROTECTION']): void {
  const metaSheet = refs.get(META_NAMES.rubric)!.sheet;
  const ws = context.workbook.worksheets.getItem(metaSheet);
  ws.protection.unprotect();
  for (const [name, value] of [
    [META_NAMES.finalAt, record.at],
    [META_NAMES.finalDigest, record.digest],
  ] as const) {
    let ref = refs.get(name);
    if (!ref) {
      ref = { sheet: metaSheet, address: FINAL_CELLS[name] };
      context.workbook.names.add(name, `=${quoteSheet(metaSheet)}!${absoluteRef(ref.address)}`);
    }
    const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address);
    range.numberFormat = [['@']];
    range.values = [[value]];
  }
  ws.protection.protect(SHEET_PROTECTION);
}

/** A refusal of the 定稿 policy: its problems for the pane to word, and zh-TW words for any other reader. */
function refusal(problems: readonly Problem[], lib: Pick<LayoutModule, 'problemMessage'>): HostFailure {
  return { ok: false, message: problems.map((p) => lib.problemMessage(p)).join(''), problems };
}

function rawFrom(value: unknown, type: string | undefined): RawCell {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === undefined) return null;
  return value as RawCell;
}

/** The names of `description` the workbook already has; Excel's names are case-insensitive ("Person_Name" is "person_name"). */
function nameClashes(description: WorkbookDescription, existing: readonly string[]): string[] {
  const wanted = new Set(description.names.map((n) => n.name.toLowerCase()));
  return existing.filter((n) => wanted.has(n.toLowerCase()));
}

/** A batch that failed after Excel may have applied part of it (Excel keeps what ran before the failing operation). */
class PartialWrite extends Error {
  constructor(
    readonly reason: unknown,
    readonly added: Added,
  ) {
    super('part of a batch was written');
  }
}

/** Syncs the batch that adds `description`'s sheets (tabs named by `names`) and names; a failure becomes a PartialWrite naming what may be there. */
async function syncAdding(context: Excel.RequestContext, description: WorkbookDescription, names: ReadonlyMap<string, string>): Promise<void> {
  const added: Added = { sheets: description.sheets.map((s) => names.get(s.key)!), names: description.names.map((n) => n.name) };
  try {
    await context.sync();
  } catch (error) {
    throw new PartialWrite(error, added);
  }
}

/** The description without one sheet and its names. */
function withoutSheet(description: WorkbookDescription, key: string): WorkbookDescription {
  return { sheets: description.sheets.filter((s) => s.key !== key), names: description.names.filter((n) => n.sheet !== key) };
}

function addedBy(stage: WorkbookDescription, names: ReadonlyMap<string, string>): Added {
  return { sheets: stage.sheets.map((s) => names.get(s.key)!), names: stage.names.map((n) => n.name) };
}

function joinAdded(a: Added, b: Added): Added {
  return { sheets: [...a.sheets, ...b.sheets], names: [...a.names, ...b.names] };
}

/** The failure of a batch that Excel applied in part, after removing that part. */
async function partialFailure(run: ExcelRun, partial: PartialWrite, action: string): Promise<HostFailure> {
  const base = failure(partial.reason, action);
  // Only a failed batch needs it: loaded then, not with the pane's first paint.
  const { removeAdded, undoneMessage } = await import('./remove-added.ts');
  return { ...base, message: `${base.message}${undoneMessage(await removeAdded(run, partial.added))}` };
}

export function createExcelHost(options: ExcelHostOptions): ReviewHost {
  const { run, isSetSupported } = options;
  const apiVersion = API_VERSIONS.find((v) => isSetSupported('ExcelApi', v)) ?? '1.1';
  // From ExcelApi 1.13 new sheets travel as one .xlsx (insert-sheets.ts).
  const asFile = isSetSupported('ExcelApi', '1.13');
  const capabilities: HostCapabilities = {
    canBuildSheets: isSetSupported('ExcelApi', '1.9'),
    apiVersion,
    isPreview: options.isPreview ?? false,
  };
  // The layout, its builders and the reader load on first use: checking for a review needs none of them.
  let layoutModule: Promise<typeof import('./review-layout.ts')> | undefined;
  let info: LayoutInfo | undefined;
  const inputsOf = new Map<Rubric, InputCell[]>();
  const loadLayout = async () => {
    const m = await (layoutModule ??= import('./review-layout.ts'));
    const rubric = options.rubric ?? m.DEFAULT_RUBRIC;
    info ??= m.layoutInfo(rubric);
    const inputs = (r: Rubric) => inputsOf.get(r) ?? inputsOf.set(r, m.inputCells(r)).get(r)!;
    return { ...m, ...info, rubric, inputs };
  };
  const now = options.now ?? (() => new Date());
  const runIn: ExcelRunIn = options.runIn ?? ((context, batch) => batch(context));
  // Subscribers follow the review: sheets that create() and addSheets() add are listened to in the same batch.
  const listeners = new Set<Listener>();
  /** Queues every subscriber's handler on the input sheets a batch adds, syncs the batch, and forgets them if it fails. */
  const syncListening = async (context: Excel.RequestContext, description: WorkbookDescription, names: ReadonlyMap<string, string>) => {
    const tabs = anchorTabs(description, names);
    const undo = [...listeners].map((listener) => queueListening(context, listener, tabs));
    try {
      await syncAdding(context, description, names);
    } catch (error) {
      undo.forEach((u) => u());
      throw error;
    }
  };

  /**
   * Queues one stage of 建立 (its sheets at the end of the workbook, then their names under the tabs chosen
   * for them) and syncs it; `activate` shows 基本資料. Formulas refer to other sheets only through defined
   * names, so renamed tabs need no rewriting.
   */
  const addStage = async (context: Excel.RequestContext, stage: WorkbookDescription, names: ReadonlyMap<string, string>, activate = true) => {
    const { queueNewSheets } = await loadLayout();
    await queueNewSheets(context, stage, names, asFile);
    for (const n of stage.names) {
      context.workbook.names.add(n.name, `=${quoteSheet(names.get(n.sheet)!)}!${absoluteRef(n.address)}`, n.comment);
    }
    if (activate) context.workbook.worksheets.getItem(names.get('basic')!).activate();
    await syncListening(context, stage, names);
  };

  /**
   * Loads every name's reference and the used range of each sheet they point
   * into: one round trip when the tabs have their usual names, a second only
   * for tabs a user renamed.
   */
  const readAll = async (context: Excel.RequestContext, layout: WorkbookDescription) => {
    const names = context.workbook.names.load('items/name,items/formula');
    const sheets = new Map<string, Excel.Range>();
    const usedRange = (sheet: string) =>
      sheets.set(sheet, context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true).load('address,values,valueTypes,formulas'));
    for (const sheet of layout.sheets) usedRange(sheet.name);
    await context.sync();
    const refs = new Map<string, { sheet: string; address: string }>();
    for (const item of names.items) {
      const ref = typeof item.formula === 'string' ? parseNameFormula(item.formula) : undefined;
      if (ref) refs.set(item.name, ref);
    }
    const renamed = [...new Set([...refs.values()].map((r) => r.sheet))].filter((s) => !sheets.has(s));
    if (renamed.length > 0) {
      renamed.forEach(usedRange);
      await context.sync();
    }
    return { refs, sheets };
  };

  const host: ReviewHost = {
    capabilities,

    async hasReview() {
      try {
        return await run(async (context) => {
          const item = context.workbook.names.getItemOrNullObject(META_NAMES.rubric).load('name');
          await context.sync();
          return { ok: true as const, value: !item.isNullObject };
        });
      } catch (error) {
        return failure(error, '檢查評審工作表');
      }
    },

    warm() {
      if (!capabilities.canBuildSheets) return;
      // What 建立 loads first: the layout and its builders, and (1.13+) ExcelJS with the writer, in the worker that writes the file.
      void loadLayout().catch(() => undefined);
      if (asFile) void import('./xlsx-thread.ts').then((thread) => thread.warmSheetsFile()).catch(() => undefined);
    },

    async createReview(init: NewReviewInit, shown?: (first: ReviewRead) => Promise<void>) {
      if (!capabilities.canBuildSheets) {
        return { ok: false, message: `此版本 Excel（ExcelApi ${apiVersion}）無法由增益集建立評審工作表；請開啟以 osh-review new 建立，或由同仁以較新版 Excel 建立的評審工作簿。` };
      }
      /** What the batches before a failing one added: removed with the failing batch's own part. */
      let earlier: Added | undefined;
      try {
        const { reviewWorkbook, basicSheet, reviewPrefill, layout, rubric } = await loadLayout();
        const review: Review = {
          rubric: rubric.id,
          selectionYear: init.selectionYear,
          reviewDate: init.reviewDate,
          reviewUnit: init.reviewUnit,
          candidate: { name: init.candidateName },
          items: {},
        };
        const planned = await run(async (context) => {
          // Round trip 1: what is already there, so nothing of the user's is overwritten.
          const sheets = context.workbook.worksheets.load('items/name');
          const existing = context.workbook.names.load('items/name');
          const meta = context.workbook.names.getItemOrNullObject(META_NAMES.rubric).load('name');
          await context.sync();
          if (!meta.isNullObject) return { ok: false as const, message: '此活頁簿已有評審；請由「繼續評審」開啟。' };
          // Every name is checked before anything is written: a clash halfway would leave half a review.
          // The names and tabs are the layout's whatever the facts; the sheets with the facts are built below.
          const clashes = nameClashes(layout, existing.items.map((n) => n.name));
          if (clashes.length > 0) {
            return { ok: false as const, code: 'ItemAlreadyExists', message: (await import('./remove-added.ts')).clashMessage(clashes, 'review') };
          }
          const { names, renamed } = freeSheetNames(layout, sheets.items.map((s) => s.name));
          // Round trip 2: with `shown`, 基本資料 alone (the first sheet: appending the rest keeps the order), built
          // on its own so the form does not wait for the other sheets to be built; else every sheet. As one file
          // from ExcelApi 1.13, then the names.
          let first: WorkbookDescription;
          if (shown) {
            const basic = basicSheet(reviewPrefill(review));
            first = { sheets: [basic.sheet], names: basic.names };
          } else first = reviewWorkbook(rubric, review);
          await addStage(context, first, names);
          return { ok: true as const, first, names, renamed };
        });
        if (!planned.ok) return planned;
        const { first, names, renamed } = planned;
        if (shown) {
          earlier = addedBy(first, names);
          await shown({ review, rubric, problems: [], finalisation: { state: 'draft' } });
          // The other sheets in a batch of their own, appended after 基本資料, while the pane is already usable.
          const rest = withoutSheet(reviewWorkbook(rubric, review), first.sheets[0]!.key);
          await run((context) => addStage(context, rest, names, false));
        }
        return { ok: true as const, value: { renamed } };
      } catch (error) {
        if (error instanceof PartialWrite) return await partialFailure(run, earlier ? new PartialWrite(error.reason, joinAdded(earlier, error.added)) : error, '建立評審工作表');
        if (earlier) return await partialFailure(run, new PartialWrite(error, earlier), '建立評審工作表');
        return failure(error, '建立評審工作表');
      }
    },

    async readReview() {
      try {
        const { layout, readReview, readFinalisation, FORMULA_CHECK } = await loadLayout();
        return await run(async (context) => {
          const { refs, sheets } = await readAll(context, layout);
          const lookup = lookupOver(refs, sheets, FORMULA_CHECK);
          return { ok: true as const, value: { ...readReview(lookup), finalisation: await readFinalisation(lookup) } };
        });
      } catch (error) {
        return failure(error, '讀取評審');
      }
    },

    async finalise() {
      try {
        const lib = await loadLayout();
        const { layout, checkFinalise, finalRecord, inputs } = lib;
        return await run(async (context) => {
          const { refs, sheets } = await readAll(context, layout);
          const lookup = lookupOver(refs, sheets, lib.FORMULA_CHECK);
          // The 定稿 policy the CLI follows too (workflows/finalise.ts); the cells are listed by the pane's checks already.
          const check = await checkFinalise(lookup);
          if (!check.ok) return refusal(check.problems.filter((p) => p.code !== 'entry-invalid'), lib);
          const record = await finalRecord(lookup, now());
          // Round trip 2: inputs locked and the record written, as one batch.
          queueInputsLocked(context, refs, inputs(check.rubric), true, lib);
          queueFinalRecord(context, refs, record, lib.SHEET_PROTECTION);
          await context.sync();
          return { ok: true as const, value: { at: record.at } };
        });
      } catch (error) {
        return failure(error, '定稿');
      }
    },

    async unfinalise() {
      try {
        const lib = await loadLayout();
        const { layout, checkUnfinalise, inputs, SHEET_PROTECTION } = lib;
        return await run(async (context) => {
          const { refs, sheets } = await readAll(context, layout);
          const check = await checkUnfinalise(lookupOver(refs, sheets, lib.FORMULA_CHECK));
          if (!check.ok) return refusal(check.problems, lib);
          queueInputsLocked(context, refs, inputs(check.rubric), false, lib);
          const record = [META_NAMES.finalAt, META_NAMES.finalDigest].flatMap((name) => refs.get(name) ?? []);
          for (const sheet of new Set(record.map((r) => r.sheet))) {
            const ws = context.workbook.worksheets.getItem(sheet);
            ws.protection.unprotect();
            for (const r of record.filter((x) => x.sheet === sheet)) ws.getRange(r.address).values = [['']];
            ws.protection.protect(SHEET_PROTECTION);
          }
          await context.sync();
          return { ok: true as const };
        });
      } catch (error) {
        return failure(error, '取消定稿');
      }
    },

    async writeCells(values: Readonly<Record<string, CellValue>>) {
      let textInputs: ReadonlySet<string>;
      let asCellInput: (typeof import('./apply-sheet.ts'))['asCellInput'];
      try {
        const loaded = await loadLayout();
        ({ textInputs, asCellInput } = loaded);
        const unknown = Object.keys(values).filter((n) => !loaded.cellNames.has(n));
        if (unknown.length > 0) return { ok: false, message: `不認得的欄位：${unknown.join('、')}` };
      } catch (error) {
        return failure(error, '寫入');
      }
      try {
        return await run(async (context) => {
          for (const [name, value] of Object.entries(values)) {
            const range = context.workbook.names.getItem(name).getRange();
            // Text stays text: text inputs are formatted "@" (a protected sheet refuses a format change, so not here); others get the quote prefix.
            range.values = [[asCellInput(value, textInputs.has(name))]];
          }
          await context.sync();
          return { ok: true as const };
        });
      } catch (error) {
        return failure(error, '寫入');
      }
    },

    async refreshPrintSheets(show: 'opinion' | 'annex1') {
      if (!capabilities.canBuildSheets) {
        return { ok: false, message: `此版本 Excel（ExcelApi ${apiVersion}）無法重建列印工作表；工作簿內的列印工作表仍以公式即時更新，可直接列印。` };
      }
      try {
        const { opinionSheet, annex1PrintSheet, queueNewSheets, rubric, OPINION_INPUTS } = await loadLayout();
        return await run(async (context) => {
          // The print sheets' names do not depend on the texts (only the 初審意見表's rows do), so they are looked up before the texts are read.
          const blank = [opinionSheet(), annex1PrintSheet(rubric)];
          // Round trip 1: the tabs there are, where our print sheets' names say they are, and the opinion texts the 初審意見表 is sized to.
          const sheets = context.workbook.worksheets.load('items/name,items/position');
          const partNames = blank.map((p) => p.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load('name,formula')));
          const meta = context.workbook.names.getItemOrNullObject(META_NAMES.rubric).load('name');
          const opinion = OPINION_INPUTS.map((name) => context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load('values'));
          await context.sync();
          if (meta.isNullObject) return { ok: false as const, message: '此活頁簿沒有評審；請先建立評審。' };
          const [strengths, suggestions] = opinion.map((r) => (r.isNullObject ? '' : String(r.values[0]?.[0] ?? '')));
          // Every line the reviewer wrote gets a row (and 續 pages), as in a workbook the CLI writes.
          const parts = [opinionSheet({ strengths, suggestions }), blank[1]!];
          const taken = sheets.items.map((s) => s.name);
          const renamed: string[] = [];
          const targets = parts.map((part, i) => {
            // Only a sheet our own name points to is ours to rebuild; a tab that merely has our name may be the user's.
            const anchor = partNames[i]!.find((n) => n.name === PRINT_SHEET_NAMES[part.sheet.key as keyof typeof PRINT_SHEET_NAMES]);
            const ref = anchor && !anchor.isNullObject && typeof anchor.formula === 'string' ? parseNameFormula(anchor.formula) : undefined;
            const old = ref && sheets.items.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
            if (old) return { name: old.name, old };
            const free = freeSheetNames({ sheets: [part.sheet], names: [] }, taken);
            const name = free.names.get(part.sheet.key)!;
            taken.push(name);
            renamed.push(...free.renamed);
            return { name, old: undefined };
          });
          // Round trip 2: print sheets hold only labels and formulas over named inputs, so rebuilding them loses nothing typed.
          // The old sheets go first, so that the new ones take their tab names, then the new ones take their places.
          parts.forEach((_, i) => {
            for (const n of partNames[i]!) if (!n.isNullObject) n.delete();
            targets[i]!.old?.delete();
          });
          const description = { sheets: parts.map((p) => p.sheet), names: parts.flatMap((p) => p.names) };
          await queueNewSheets(context, description, new Map(parts.map((p, i) => [p.sheet.key, targets[i]!.name])), asFile);
          // Back to their old places, the leftmost first, so that placing one never shifts the other.
          for (const { name, old } of targets.filter((t) => t.old).sort((a, b) => a.old!.position - b.old!.position)) {
            context.workbook.worksheets.getItem(name).position = old!.position;
          }
          parts.forEach((part, i) => {
            const { name } = targets[i]!;
            for (const n of part.names) context.workbook.names.add(n.name, `=${quoteSheet(name)}!${absoluteRef(n.address)}`, n.comment);
          });
          context.workbook.worksheets.getItem(targets[show === 'opinion' ? 0 : 1]!.name).activate();
          await context.sync();
          return { ok: true as const, value: { renamed } };
        });
      } catch (error) {
        return failure(error, '更新列印工作表');
      }
    },

    async goTo(name: string) {
      try {
        return await run(async (context) => {
          const range = context.workbook.names.getItem(name).getRange();
          range.worksheet.activate();
          range.select();
          await context.sync();
          return { ok: true as const };
        });
      } catch (error) {
        return failure(error, '移至儲存格');
      }
    },

    async onChanged(handler: (changes: readonly HostChange[]) => void) {
      const listener: Listener = { handler, on: new Map() };
      // Listening before the review exists (an empty workbook) is fine: create() adds the handler to its sheets.
      listeners.add(listener);
      try {
        await run(async (context) => {
          // The input sheets are found through a name of theirs: created beside a user's sheet of the
          // same name they are "評分 (2)" and so on, and the user's sheet is not ours to listen to.
          const anchors = Object.values(CHANGE_ANCHORS).map((name) => context.workbook.names.getItemOrNullObject(name).load('formula'));
          const tabs = context.workbook.worksheets.load('items/name');
          await context.sync();
          // Only where our names point: a workbook without a review has no input sheets, whatever its tabs are called.
          const sheetNames = anchors.flatMap((anchor) => {
            const ref = !anchor.isNullObject && typeof anchor.formula === 'string' ? parseNameFormula(anchor.formula) : undefined;
            return ref ? [ref.sheet] : [];
          });
          queueListening(context, listener, new Set(sheetNames.filter((sheet) => tabs.items.some((t) => t.name === sheet))));
          await context.sync();
        });
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }
      return () => {
        listeners.delete(listener);
        // Each handler is removed in the RequestContext that added it (Microsoft's docs), one batch per context.
        const byContext = new Map<Excel.RequestContext, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[]>();
        for (const result of listener.on.values()) {
          const context = result.context as Excel.RequestContext;
          byContext.set(context, [...(byContext.get(context) ?? []), result]);
        }
        listener.on.clear();
        for (const [context, results] of byContext) {
          void runIn(context, async (c) => {
            for (const result of results) result.remove();
            await c.sync();
          }).catch(() => undefined);
        }
      };
    },

    async addSheets(description: WorkbookDescription, show?: string) {
      const target = show ?? description.sheets.find((s) => (s.state ?? 'visible') === 'visible')?.key;
      if (target !== undefined && !description.sheets.some((s) => s.key === target)) throw new RangeError(`addSheets: no sheet keyed "${target}" in the description`);
      if (!capabilities.canBuildSheets) {
        return { ok: false, message: `此版本 Excel（ExcelApi ${apiVersion}）無法由增益集加入工作表；請改用 osh-review 指令產生活頁簿，或以較新版 Excel 操作。` };
      }
      try {
        const { queueNewSheets } = await import('./insert-sheets.ts');
        return await run(async (context) => {
          // Round trip 1: the tabs and names already there, so nothing of the user's is overwritten.
          const sheets = context.workbook.worksheets.load('items/name');
          const existing = context.workbook.names.load('items/name');
          await context.sync();
          const clashes = nameClashes(description, existing.items.map((n) => n.name));
          if (clashes.length > 0) {
            return { ok: false as const, code: 'ItemAlreadyExists', message: (await import('./remove-added.ts')).clashMessage(clashes, 'sheets') };
          }
          const { names, renamed } = freeSheetNames(description, sheets.items.map((s) => s.name));
          // Round trip 2: every sheet (as one file from ExcelApi 1.13), then the names.
          await queueNewSheets(context, description, names, asFile);
          for (const n of description.names) {
            context.workbook.names.add(n.name, `=${quoteSheet(names.get(n.sheet)!)}!${absoluteRef(n.address)}`, n.comment);
          }
          if (target !== undefined) context.workbook.worksheets.getItem(names.get(target)!).activate();
          await syncListening(context, description, names);
          return { ok: true as const, value: { renamed } };
        });
      } catch (error) {
        if (error instanceof PartialWrite) return await partialFailure(run, error, '加入工作表');
        return failure(error, '加入工作表');
      }
    },
  };
  return host;
}

/** "F7" → "$F$7"; ranges too. */
function absoluteRef(address: string): string {
  return address
    .split(':')
    .map((a) => {
      const { row, column } = parseCell(a);
      return cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    })
    .join(':');
}

export type { HostResult };
