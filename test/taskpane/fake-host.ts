/**
 * An in-memory ReviewHost over a map of defined name → cell, built from the
 * workbook description (so the names and blank values are the real ones)
 * and read back with the workbook's own reader. It records every call and
 * can fail, stall or be edited "by hand" on request.
 */
import { finalRecord, readFinalisation } from '../../src/finalise/digest.ts';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import type { Rubric } from '../../src/rubric/types.ts';
import type { Review } from '../../src/review/schema.ts';
import { isoToSerial } from '../../src/sheets/fields.ts';
import { reviewInputNames } from '../../src/sheets/finalise.ts';
import { META_NAMES } from '../../src/sheets/meta.ts';
import { readReview, type NamedCell, type NameLookup } from '../../src/sheets/reader.ts';
import type { CellValue, WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { HostCapabilities, HostChange, HostFailure, HostResult, NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';

export type FakeMethod = 'hasReview' | 'createReview' | 'readReview' | 'writeCells' | 'refreshPrintSheets' | 'goTo' | 'addSheets' | 'finalise' | 'unfinalise';

export interface FakeHostOptions {
  /** @default { canBuildSheets: true, apiVersion: '1.17', isPreview: false } */
  readonly capabilities?: Partial<HostCapabilities>;
  /** Start with a review workbook (prefilled with this review when given). @default false */
  readonly withReview?: boolean | Review;
  /**
   * Fire onChanged after the pane's own writes, as Excel does: unmarked, as before ExcelApi 1.14, or marked `own`,
   * as from 1.14 (triggerSource "ThisLocalAddin"). @default true
   */
  readonly echoWrites?: boolean | 'own';
  readonly rubric?: Rubric;
}

interface Cell {
  readonly sheet: string;
  readonly address: string;
  value: CellValue;
}

/** Every named single cell of a workbook description with its literal value (formulas read as blank). */
export function namedCells(rubric: Rubric, review?: Review): Map<string, Cell> {
  const wb = reviewWorkbook(rubric, review);
  const cells = new Map<string, Cell>();
  for (const name of wb.names) {
    if (name.address.includes(':')) continue;
    const sheet = wb.sheets.find((s) => s.key === name.sheet)!;
    const described = sheet.cells.find((c) => c.address === name.address);
    const value = described && described.formula === undefined ? (described.value ?? null) : null;
    cells.set(name.name, { sheet: sheet.name, address: name.address, value });
  }
  return cells;
}

export class FakeHost implements ReviewHost {
  readonly capabilities: HostCapabilities;
  readonly rubric: Rubric;
  cells: Map<string, Cell> = new Map();
  /** Every writeCells argument, in order. */
  readonly writes: Record<string, CellValue>[] = [];
  /** Every call, by method name. */
  readonly calls: { readonly method: FakeMethod; readonly arg?: unknown }[] = [];
  readonly #handlers = new Set<(changes: readonly HostChange[]) => void>();
  readonly #failures = new Map<FakeMethod, HostFailure[]>();
  #stalled: (() => void)[] | undefined;
  readonly #echo: boolean | 'own';

  constructor(options: FakeHostOptions = {}) {
    this.rubric = options.rubric ?? DEFAULT_RUBRIC;
    this.capabilities = { canBuildSheets: true, apiVersion: '1.17', isPreview: false, ...options.capabilities };
    this.#echo = options.echoWrites ?? true;
    if (options.withReview) this.cells = namedCells(this.rubric, options.withReview === true ? undefined : options.withReview);
  }

  /** The next `times` calls of `method` fail with `message`. */
  failNext(method: FakeMethod, message: string, times = 1, code?: string): void {
    const list = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push({ ok: false, message, ...(code ? { code } : {}) });
    this.#failures.set(method, list);
  }

  #failure(method: FakeMethod): HostFailure | undefined {
    return this.#failures.get(method)?.shift();
  }

  /** Holds writes until `resumeWrites` (a slow Excel). */
  stallWrites(): void {
    this.#stalled ??= [];
  }

  resumeWrites(): void {
    const waiting = this.#stalled ?? [];
    this.#stalled = undefined;
    for (const go of waiting) go();
  }

  /** The value of a named cell. */
  value(name: string): CellValue | undefined {
    return this.cells.get(name)?.value;
  }

  /** Changes a cell as a person would in the grid, and tells the pane. */
  editByHand(values: Record<string, CellValue>): void {
    const changes: HostChange[] = [];
    for (const [name, value] of Object.entries(values)) {
      const cell = this.cells.get(name);
      if (!cell) throw new Error(`No defined name ${name}`);
      cell.value = value;
      changes.push({ sheet: cell.sheet, address: cell.address });
    }
    this.fireChanged(changes);
  }

  fireChanged(changes: readonly HostChange[] = []): void {
    for (const handler of this.#handlers) handler(changes);
  }

  /** Writes whose argument names `name`. */
  writesOf(name: string): Record<string, CellValue>[] {
    return this.writes.filter((w) => Object.hasOwn(w, name));
  }

  async hasReview(): Promise<HostResult<boolean>> {
    this.calls.push({ method: 'hasReview' });
    await Promise.resolve();
    return this.#failure('hasReview') ?? { ok: true, value: this.cells.has('meta_app') };
  }

  async createReview(init: NewReviewInit): Promise<HostResult<{ readonly renamed: readonly string[] }>> {
    this.calls.push({ method: 'createReview', arg: init });
    await Promise.resolve();
    const failed = this.#failure('createReview');
    if (failed) return failed;
    if (!this.capabilities.canBuildSheets) return { ok: false, message: '此 Excel 無法建立工作表（需要 ExcelApi 1.9）。' };
    this.cells = namedCells(this.rubric);
    const set = (name: string, value: CellValue) => (this.cells.get(name)!.value = value);
    set('cand_name', init.candidateName);
    set('review_unit', init.reviewUnit === '' ? null : init.reviewUnit);
    set('review_year', init.selectionYear);
    set('review_date', isoToSerial(init.reviewDate));
    return { ok: true, value: { renamed: [] } };
  }

  readonly #lookup: NameLookup = (name: string): NamedCell | undefined => {
    const cell = this.cells.get(name);
    return cell ? { sheet: cell.sheet, address: cell.address, value: cell.value } : undefined;
  };

  /** Whether a 定稿 digest is recorded (the inputs are then locked, as in Excel). */
  get finalised(): boolean {
    const digest = this.value(META_NAMES.finalDigest);
    return typeof digest === 'string' && digest !== '';
  }

  async readReview() {
    this.calls.push({ method: 'readReview' });
    await Promise.resolve();
    const failed = this.#failure('readReview');
    if (failed) return failed;
    return { ok: true as const, value: { ...readReview(this.#lookup), finalisation: await readFinalisation(this.#lookup) } };
  }

  async writeCells(values: Readonly<Record<string, CellValue>>): Promise<HostResult> {
    this.calls.push({ method: 'writeCells', arg: values });
    this.writes.push({ ...values });
    if (this.#stalled) await new Promise<void>((resolve) => this.#stalled!.push(resolve));
    else await Promise.resolve();
    const failed = this.#failure('writeCells');
    if (failed) return failed;
    if (this.finalised && Object.keys(values).some((n) => reviewInputNames(this.rubric).includes(n))) {
      return { ok: false, message: '寫入失敗：工作表受保護或活頁簿為唯讀，請取消保護或另存新檔後再試。', code: 'AccessDenied' };
    }
    const changes: HostChange[] = [];
    for (const [name, value] of Object.entries(values)) {
      const cell = this.cells.get(name);
      if (!cell) return { ok: false, message: `找不到定義名稱 ${name}。`, code: 'ItemNotFound' };
      cell.value = value;
      changes.push({ sheet: cell.sheet, address: cell.address });
    }
    if (this.#echo) setTimeout(() => this.fireChanged(this.#echo === 'own' ? changes.map((c) => ({ ...c, own: true })) : changes), 0);
    return { ok: true };
  }

  /** What each next refresh reports as renamed (a user's sheet held the print sheet's name), in order. */
  readonly refreshRenames: string[][] = [];

  async refreshPrintSheets(show: 'opinion' | 'annex1'): Promise<HostResult<{ readonly renamed: readonly string[] }>> {
    this.calls.push({ method: 'refreshPrintSheets', arg: show });
    await Promise.resolve();
    const renamed = this.refreshRenames.shift() ?? [];
    return this.#failure('refreshPrintSheets') ?? { ok: true, value: { renamed } };
  }

  async goTo(name: string): Promise<HostResult> {
    this.calls.push({ method: 'goTo', arg: name });
    await Promise.resolve();
    return this.#failure('goTo') ?? { ok: true };
  }

  async finalise(): Promise<HostResult<{ readonly at: string }>> {
    this.calls.push({ method: 'finalise' });
    await Promise.resolve();
    const failed = this.#failure('finalise');
    if (failed) return failed;
    if (this.finalised) return { ok: false, message: '此評審已定稿；如需重新定稿，請先取消定稿。' };
    const record = await finalRecord(this.#lookup, new Date(2024, 3, 20, 15, 30));
    this.cells.get(META_NAMES.finalAt)!.value = record.at;
    this.cells.get(META_NAMES.finalDigest)!.value = record.digest;
    return { ok: true, value: { at: record.at } };
  }

  async unfinalise(): Promise<HostResult> {
    this.calls.push({ method: 'unfinalise' });
    await Promise.resolve();
    const failed = this.#failure('unfinalise');
    if (failed) return failed;
    this.cells.get(META_NAMES.finalAt)!.value = null;
    this.cells.get(META_NAMES.finalDigest)!.value = null;
    return { ok: true };
  }

  async onChanged(handler: (changes: readonly HostChange[]) => void): Promise<() => void> {
    this.#handlers.add(handler);
    return () => this.#handlers.delete(handler);
  }

  /** The sheets added by addSheets, by tab name, in order. */
  readonly addedSheets: string[] = [];
  readonly #addedNames = new Set<string>();

  async addSheets(description: WorkbookDescription, show?: string): Promise<HostResult<{ readonly renamed: readonly string[] }>> {
    this.calls.push({ method: 'addSheets', arg: { description, show } });
    await Promise.resolve();
    const failed = this.#failure('addSheets');
    if (failed) return failed;
    const clash = description.names.find((n) => this.#addedNames.has(n.name) || this.cells.has(n.name));
    if (clash) return { ok: false, message: `活頁簿已有定義名稱 ${clash.name}。`, code: 'ItemAlreadyExists' };
    const renamed: string[] = [];
    for (const sheet of description.sheets) {
      let name = sheet.name;
      for (let n = 2; this.addedSheets.includes(name); n++) name = `${sheet.name} (${n})`;
      if (name !== sheet.name) renamed.push(`${sheet.name} → ${name}`);
      this.addedSheets.push(name);
    }
    for (const n of description.names) this.#addedNames.add(n.name);
    return { ok: true, value: { renamed } };
  }

  /** How many change handlers are subscribed. */
  get listeners(): number {
    return this.#handlers.size;
  }
}
