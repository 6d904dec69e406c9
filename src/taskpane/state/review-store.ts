/**
 * The pane's state over a ReviewHost: the cells as the pane believes they
 * are, the writes on their way (one host call per edit, in order), what the
 * sheets report back, and every host failure as a message. Nothing typed is
 * dropped: a failed write keeps its value and can be retried, and a read
 * never overwrites a cell being edited or written.
 */
import { DEFAULT_RUBRIC, itemsOf } from '../../rubric/registry.ts';
import type { Item, LevelLabel, Rubric } from '../../rubric/types.ts';
import type { InputField } from '../../sheets/fields.ts';
import type { CellProblem } from '../../sheets/reader.ts';
import { itemNames, NOT_APPLICABLE, NOT_MET } from '../../sheets/scoring.ts';
import type { CellValue, WorkbookDescription } from '../../sheets/types.ts';
import type { Finalisation, HostChange, HostFailure, HostResult, NewReviewInit, ReviewHost } from '../../host/review-host.ts';
import type { Problem } from '../../review/problem.ts';
import { afterPaintAndIdle } from './after-paint.ts';
import { AWARD_NAMES, blankValues, deriveDraft, PANEL_NAMES, valuesFromRead, type CellValues, type Draft } from './draft.ts';
import { parseFieldText, sameCell, type FieldParse } from './field-value.ts';
import { countEdit, itemInputs, levelEdit, pointsEdit, selfEdit, type ItemInputIssue, type LevelChoice } from './item-edit.ts';
import { mergeRead } from './merge-read.ts';

/** Where the pane is. */
export type Phase =
  /** Asking the host whether the workbook holds a review. */
  | 'checking'
  /** No review yet: the pane offers to create one. */
  | 'start'
  /** Creating the sheets. */
  | 'creating'
  /** Reading the review. */
  | 'loading'
  | 'ready'
  /** The host could not be asked; the error says why. */
  | 'unavailable';

/** What the pane was doing when the host failed. */
export type PaneAction = 'check' | 'read' | 'write' | 'create' | 'print' | 'goto' | 'finalise';

export interface PaneError {
  readonly id: number;
  readonly action: PaneAction;
  /** The host's message, shown as given unless `problems` can be worded in the pane's language. */
  readonly message: string;
  readonly code?: string;
  readonly problems?: readonly Problem[];
}

export interface PaneState {
  readonly phase: Phase;
  readonly rubric: Rubric;
  readonly values: CellValues;
  readonly draft: Draft;
  /** What the host's last read found wrong in the sheets, by cell. */
  readonly sheetProblems: readonly CellProblem[];
  /** Text typed into a field that is not (yet) a value for it, by name; kept until it is. */
  readonly fieldDrafts: Readonly<Record<string, string>>;
  /** Writes queued or on their way. */
  readonly saving: boolean;
  /** Whether a write has reached the workbook since the pane opened. */
  readonly saved: boolean;
  /** Names whose last write failed; their values are kept for a retry. */
  readonly unsaved: readonly string[];
  /** Fields typed into the form of a 建立 that failed: kept, and written into the review the next 建立 makes. */
  readonly keptForCreate: number;
  readonly errors: readonly PaneError[];
  /** Sheets the host renamed when it created the review or a print sheet (their names clashed). */
  readonly renamed: readonly string[];
  /** Where the review stands with 定稿, as of the last read; inputs are locked unless 'draft'. */
  readonly finalisation: Finalisation;
}

/** What components may do, bound once: they receive it as a prop and never see the host. */
export interface PaneActions {
  commitField(field: InputField, text: string, required?: boolean): FieldParse;
  beginEdit(name: string): void;
  endEdit(name: string): void;
  writeRow(name: string, cells: Record<string, CellValue>): void;
  pickLevel(item: Item, choice: LevelChoice | undefined): void;
  pickSelf(item: Item, choice: LevelLabel | undefined): void;
  commitItemText(item: Item, which: 'points' | 'count', text: string): ItemInputIssue | undefined;
  retryUnsaved(): void;
  dismissError(id: number): void;
  goTo(name: string): Promise<HostResult>;
  refreshPrintSheets(show: 'opinion' | 'annex1'): Promise<HostResult>;
  create(init: NewReviewInit): Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  start(): Promise<void>;
  /** Adds sheets (小組合議, 排序, 附表二, 附表四) to the workbook; the caller shows the outcome. */
  addSheets(description: WorkbookDescription, show?: string): Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  finalise(): Promise<HostResult<{ readonly at: string }>>;
  unfinalise(): Promise<HostResult>;
}

export interface ReviewStoreOptions {
  /** @default DEFAULT_RUBRIC, until the workbook says which */
  readonly rubric?: Rubric;
  /** Quiet time after a change in the sheets before they are read again. @default 150 */
  readonly changeDelayMs?: number;
  /** The clock, for the default selection year and date. @default () => new Date() */
  readonly now?: () => Date;
  /**
   * Settles once the form 建立 opens on is painted and the pane is idle; the host writes the other sheets
   * then. @default the next frame, then an idle moment (at most half a second later)
   */
  readonly afterShow?: () => Promise<void>;
}

/** For `npm run bench` and DevTools: when 建立 began writing the sheets after 基本資料, and when all were written. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** How many fields a failed 建立 kept. */
const keptCount = (carried: { readonly cells: object; readonly drafts: object }) => new Set([...Object.keys(carried.cells), ...Object.keys(carried.drafts)]).size;

/** The draft before any review is read. */
const NO_DRAFT: Draft = { review: undefined, score: undefined, eligibility: undefined, problems: [], missing: { year: true, date: true } };

function failure(error: unknown): HostFailure {
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

/** Calls the host, turning a thrown error into a failure so nothing is lost to an exception. */
async function call<T>(run: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await run();
  } catch (error) {
    return failure(error);
  }
}

export class ReviewStore {
  /** The store's actions, bound, for components. */
  readonly actions: PaneActions;
  readonly #host: ReviewHost;
  readonly #changeDelayMs: number;
  readonly #now: () => Date;
  #state: PaneState;
  readonly #listeners = new Set<() => void>();

  readonly #queue: { readonly seq: number; readonly cells: Record<string, CellValue> }[] = [];
  #writing = false;
  #seq = 0;
  /** The sequence number of the last write of each name. */
  readonly #lastWrite = new Map<string, number>();
  /** Writes queued or on their way, by name. */
  readonly #pending = new Map<string, number>();
  readonly #editing = new Set<string>();
  /** Settles when 建立 has written every sheet; until then writes wait in the queue. */
  #hold: Promise<void> | undefined;
  /**
   * What was typed into the form of a 建立 that then failed (the host removed its sheets, so the writes had nowhere
   * to go), with the text kept as drafts: written into the next review 建立 makes, where it leaves the cell blank.
   */
  #carried: { cells: Record<string, CellValue>; drafts: Record<string, string> } | undefined;
  readonly #afterShow: () => Promise<void>;

  #started = false;
  #connections = 0;
  #unsubscribe: (() => void) | undefined;
  #listenToken = 0;
  #changeTimer: ReturnType<typeof setTimeout> | undefined;
  #reading = false;
  #readAgain = false;
  #errorId = 0;

  constructor(host: ReviewHost, options: ReviewStoreOptions = {}) {
    this.#host = host;
    this.#changeDelayMs = options.changeDelayMs ?? 150;
    this.#now = options.now ?? (() => new Date());
    // The form just shown is painted and its first keystrokes come first.
    this.#afterShow = options.afterShow ?? (() => afterPaintAndIdle({ idleMs: 500, fallbackMs: 1000 }));
    const rubric = options.rubric ?? DEFAULT_RUBRIC;
    const values = blankValues(rubric);
    this.#state = {
      phase: 'checking',
      rubric,
      values,
      // Nothing shows a draft before a review is read (every read derives one); deriving it here, with zod's first
      // parse, delayed the start form's first paint.
      draft: NO_DRAFT,
      sheetProblems: [],
      fieldDrafts: {},
      saving: false,
      saved: false,
      unsaved: [],
      keptForCreate: 0,
      errors: [],
      renamed: [],
      finalisation: { state: 'draft' },
    };
    this.actions = {
      commitField: (field, text, required) => this.commitField(field, text, required),
      beginEdit: (name) => this.beginEdit(name),
      endEdit: (name) => this.endEdit(name),
      writeRow: (name, cells) => this.writeRow(name, cells),
      pickLevel: (item, choice) => this.pickLevel(item, choice),
      pickSelf: (item, choice) => this.pickSelf(item, choice),
      commitItemText: (item, which, text) => this.commitItemText(item, which, text),
      retryUnsaved: () => this.retryUnsaved(),
      dismissError: (id) => this.dismissError(id),
      goTo: (name) => this.goTo(name),
      refreshPrintSheets: (show) => this.refreshPrintSheets(show),
      create: (init) => this.create(init),
      start: () => this.start(),
      addSheets: (description, show) => call(() => this.#host.addSheets(description, show)),
      finalise: () => this.finalise(),
      unfinalise: () => this.unfinalise(),
    };
  }

  get host(): ReviewHost {
    return this.#host;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): PaneState => this.#state;

  #set(patch: Partial<PaneState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

  #setValues(values: CellValues, patch: Partial<PaneState> = {}): void {
    const rubric = patch.rubric ?? this.#state.rubric;
    // The draft before only for the same rubric: its eligibility is kept when the facts are the same.
    const before = rubric === this.#state.rubric ? this.#state.draft : undefined;
    this.#set({ ...patch, values, draft: deriveDraft(rubric, values, this.#now(), before) });
  }

  #fail(action: PaneAction, result: HostFailure): void {
    const error: PaneError = { id: ++this.#errorId, action, message: result.message, ...(result.code ? { code: result.code } : {}), ...(result.problems ? { problems: result.problems } : {}) };
    this.#set({ errors: [...this.#state.errors, error] });
  }

  /**
   * Starts the pane (once) and listens for changes in the sheets while
   * connected. Returns the disconnect function; safe to call twice (React's
   * strict mode mounts effects twice).
   */
  connect(): () => void {
    this.#connections++;
    if (!this.#started) {
      this.#started = true;
      void this.start();
    }
    if (this.#connections === 1) void this.#listen();
    return () => {
      this.#connections--;
      if (this.#connections === 0) {
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
        clearTimeout(this.#changeTimer);
      }
    };
  }

  async #listen(): Promise<void> {
    const token = ++this.#listenToken;
    let off: () => void;
    try {
      off = await this.#host.onChanged((changes) => this.#changed(changes));
    } catch {
      return; // Without change events the pane still works; it reads on start and after creating.
    }
    // Disconnected meanwhile, or connected again (a newer subscription): drop this one.
    if (this.#connections === 0 || token !== this.#listenToken) off();
    else this.#unsubscribe = off;
  }

  #changed(changes: readonly HostChange[]): void {
    // While 建立 writes the rest, the sheets are incomplete; create() reads them once it is done.
    if (this.#state.phase !== 'ready' || this.#hold) return;
    // Only the pane's own writes, where the host can tell (HostChange.own): the sheets hold the values the pane
    // shows, whose problems the draft reads as the sheets' reader does. Reading them back (the used ranges, the
    // reader, a render: 100 ms at 4× CPU in the preview, 150 ms after each level's click) would find nothing new,
    // unless the sheets had problems on record that this write may have mended. A host that cannot tell (before
    // ExcelApi 1.14) marks none, and is read as before.
    if (changes.length > 0 && changes.every((c) => c.own === true) && this.#state.sheetProblems.length === 0) return;
    clearTimeout(this.#changeTimer);
    this.#changeTimer = setTimeout(() => void this.refresh(), this.#changeDelayMs);
  }

  /** Asks whether the workbook holds a review, and reads it when it does. */
  async start(): Promise<void> {
    this.#set({ phase: 'checking' });
    const result = await call(() => this.#host.hasReview());
    if (!result.ok) {
      this.#fail('check', result);
      this.#set({ phase: 'unavailable' });
      return;
    }
    if (result.value) await this.#load();
    else this.#set({ phase: 'start' });
  }

  async #load(): Promise<void> {
    this.#set({ phase: 'loading' });
    const ok = await this.refresh(true);
    this.#set({ phase: ok ? 'ready' : 'unavailable' });
  }

  /** Builds the review sheets, then reads them. */
  async create(init: NewReviewInit): Promise<HostResult<{ readonly renamed: readonly string[] }>> {
    this.#set({ phase: 'creating' });
    // 基本資料 comes first: the form opens on it while the host writes the other sheets. Typing goes on meanwhile;
    // its writes wait in the queue until every sheet (and so every name) is there.
    let release: (() => void) | undefined;
    const result = await call(() =>
      this.#host.createReview(init, async (first) => {
        this.#hold = new Promise<void>((resolve) => (release = resolve));
        this.#setValues(valuesFromRead(first.rubric, first) ?? blankValues(first.rubric), {
          phase: 'ready',
          rubric: first.rubric,
          sheetProblems: first.problems,
          finalisation: first.finalisation ?? { state: 'draft' },
        });
        this.#applyCarried();
        await this.#afterShow();
        mark('osh-review:create-rest');
      }),
    );
    const shown = release !== undefined;
    if (shown) {
      if (!result.ok) {
        // The host removed what it had written: what was typed into it waits for the next 建立.
        const carried = this.#carried ?? { cells: {}, drafts: {} };
        for (const { cells } of this.#queue) Object.assign(carried.cells, cells);
        Object.assign(carried.drafts, this.#state.fieldDrafts);
        this.#carried = carried;
        this.#queue.length = 0;
        this.#pending.clear();
        this.#set({ saving: false, fieldDrafts: {}, keptForCreate: keptCount(carried) });
      }
      this.#hold = undefined;
      release!();
    }
    if (!result.ok) {
      this.#fail('create', result);
      this.#set({ phase: 'start' });
      return result;
    }
    mark('osh-review:created');
    this.#set({ renamed: result.value.renamed });
    // Shown already: read what the sheets hold (their formulas' results), keeping what was typed meanwhile.
    if (shown) await this.refresh();
    else {
      await this.#load();
      this.#applyCarried();
    }
    return result;
  }

  /**
   * Reads the review and merges it in. Reads never overlap: a change during
   * a read reads once more after it.
   * @returns whether the read succeeded
   */
  async refresh(initial = false): Promise<boolean> {
    if (this.#reading) {
      this.#readAgain = true;
      return true;
    }
    this.#reading = true;
    let ok: boolean;
    try {
      do {
        this.#readAgain = false;
        ok = await this.#readOnce(initial);
        initial = false;
      } while (this.#readAgain);
    } finally {
      this.#reading = false;
    }
    return ok;
  }

  async #readOnce(initial: boolean): Promise<boolean> {
    const startSeq = this.#seq;
    const pendingAtStart = new Set(this.#pending.keys());
    const result = await call(() => this.#host.readReview());
    if (!result.ok) {
      this.#fail('read', result);
      return false;
    }
    const read = result.value;
    const rubric = read.rubric;
    const host = valuesFromRead(rubric, read);
    const state = this.#state;
    let values: CellValues = rubric === state.rubric ? state.values : blankValues(rubric);
    if (host && read.review) {
      const unsaved = new Set(state.unsaved);
      const keep = (name: string) =>
        this.#editing.has(name) ||
        this.#pending.has(name) ||
        pendingAtStart.has(name) ||
        (this.#lastWrite.get(name) ?? -1) >= startSeq ||
        unsaved.has(name) ||
        Object.hasOwn(state.fieldDrafts, name);
      values = initial
        ? host
        : mergeRead({ rubric, local: values, localReview: state.draft.review, host, hostReview: read.review, keep });
    }
    this.#setValues(values, { rubric, sheetProblems: read.problems, finalisation: read.finalisation ?? { state: 'draft' } });
    return true;
  }

  /** Marks a field as being edited: reads leave its cell alone until `endEdit`. */
  beginEdit(name: string): void {
    this.#editing.add(name);
  }

  endEdit(name: string): void {
    this.#editing.delete(name);
  }

  /** Keeps (or, with undefined, forgets) text typed into a field that is not a value for it. */
  setFieldDraft(name: string, text: string | undefined): void {
    const has = Object.hasOwn(this.#state.fieldDrafts, name);
    if (text === undefined && !has) return;
    if (text !== undefined && this.#state.fieldDrafts[name] === text) return;
    const fieldDrafts = { ...this.#state.fieldDrafts };
    if (text === undefined) delete fieldDrafts[name];
    else fieldDrafts[name] = text;
    this.#set({ fieldDrafts });
  }

  /**
   * Commits text typed into `field`: a value for it is written (when it
   * changed); anything else is kept as a draft and its issue returned.
   */
  commitField(field: InputField, text: string, required = false): FieldParse {
    const parsed = parseFieldText(field, text, required);
    if (!parsed.ok) {
      this.setFieldDraft(field.name, text);
      return parsed;
    }
    this.setFieldDraft(field.name, undefined);
    const state = this.#state;
    if (!sameCell(state.values[field.name], parsed.cell) || state.unsaved.includes(field.name)) this.writeRow(field.name, { [field.name]: parsed.cell });
    return parsed;
  }

  /**
   * Picks the reviewer's level for `item` (undefined clears the item). Points
   * typed earlier that the new level's band accepts are written with it.
   */
  pickLevel(item: Item, choice: LevelChoice | undefined): void {
    const n = itemNames(item);
    const cells = levelEdit(item, this.#state.values, choice);
    const typed = this.#state.fieldDrafts[n.points];
    if (typed !== undefined) {
      const after = { ...this.#state.values, ...cells };
      const edit = pointsEdit(item, after, typed);
      if (itemInputs(item, after).band === undefined) this.setFieldDraft(n.points, undefined);
      else if (edit.ok) {
        Object.assign(cells, edit.cells);
        this.setFieldDraft(n.points, undefined);
      }
    }
    if (choice === undefined || choice === NOT_APPLICABLE || choice === NOT_MET) this.setFieldDraft(n.count, undefined);
    this.write(cells);
  }

  /**
   * Works out a level's pick once and drops it, changing nothing: the draft's path for one item (the answer's
   * schema, the score) runs for the first time here, while the pane is idle, rather than in the reviewer's first
   * click. At 4× CPU that first click was 10–15 ms slower than the ones after it.
   */
  rehearsePick(): void {
    const { phase, rubric, values, draft } = this.#state;
    const item = itemsOf(rubric)[0];
    if (phase !== 'ready' || !item) return;
    const choice = item.levels.at(-1)?.label;
    deriveDraft(rubric, { ...values, ...levelEdit(item, values, choice) }, this.#now(), draft);
  }

  /** Records the candidate's 自評 for `item`. */
  pickSelf(item: Item, choice: LevelLabel | undefined): void {
    this.write(selfEdit(item, choice));
  }

  /**
   * Commits points or a count typed for `item`: written when valid (and
   * changed), else kept as a draft and its issue returned.
   */
  commitItemText(item: Item, which: 'points' | 'count', text: string): ItemInputIssue | undefined {
    const name = itemNames(item)[which];
    const edit = which === 'points' ? pointsEdit(item, this.#state.values, text) : countEdit(item, this.#state.values, text);
    if (!edit.ok) {
      this.setFieldDraft(name, text);
      return edit.issue;
    }
    this.setFieldDraft(name, undefined);
    const { values, unsaved } = this.#state;
    const changed = Object.entries(edit.cells).some(([n, v]) => !sameCell(values[n], v) || unsaved.includes(n));
    if (changed) this.write(edit.cells);
    return undefined;
  }

  /**
   * Writes `cells`, with the rest of their table when they are in the
   * awards or the panel (the reader compacts those rows, so a row is only
   * where the pane thinks it is once the whole table is written). Cells the
   * sheets report as bad are left as they are.
   */
  writeRow(name: string, cells: Record<string, CellValue>): void {
    const table = AWARD_NAMES.includes(name) ? AWARD_NAMES : PANEL_NAMES.includes(name) ? PANEL_NAMES : undefined;
    if (!table) {
      this.write(cells);
      return;
    }
    const bad = new Set(this.#state.sheetProblems.map((p) => p.name));
    const whole: Record<string, CellValue> = {};
    for (const n of table) if (!bad.has(n) || Object.hasOwn(cells, n)) whole[n] = Object.hasOwn(cells, n) ? cells[n]! : (this.#state.values[n] ?? null);
    this.write(whole);
  }

  /** Writes `cells` in one host call, after the writes before it; the pane shows them at once. */
  write(cells: Record<string, CellValue>): void {
    const names = Object.keys(cells);
    if (names.length === 0) return;
    // A field left as a failed 建立 closes the form commits its text: kept for the next 建立, not sent to sheets
    // that are not there.
    if (this.#carried && this.#state.phase !== 'ready') {
      Object.assign(this.#carried.cells, cells);
      this.#set({ keptForCreate: keptCount(this.#carried) });
      return;
    }
    const seq = ++this.#seq;
    for (const name of names) {
      this.#lastWrite.set(name, seq);
      this.#pending.set(name, (this.#pending.get(name) ?? 0) + 1);
    }
    this.#queue.push({ seq, cells });
    this.#setValues({ ...this.#state.values, ...cells }, { saving: true });
    void this.#drain();
  }

  /** What a failed 建立 kept, into the review just made, where it leaves the cell blank (not the four facts given anew). */
  #applyCarried(): void {
    const carried = this.#carried;
    this.#carried = undefined;
    if (!carried) return;
    this.#set({ keptForCreate: 0 });
    const blank = (name: string) => {
      const v = this.#state.values[name];
      return v === null || v === undefined || v === '';
    };
    const drafts = Object.fromEntries(Object.entries(carried.drafts).filter(([name]) => blank(name)));
    if (Object.keys(drafts).length > 0) this.#set({ fieldDrafts: { ...this.#state.fieldDrafts, ...drafts } });
    this.write(Object.fromEntries(Object.entries(carried.cells).filter(([name]) => blank(name))));
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    while (this.#queue.length > 0) {
      if (this.#hold) {
        await this.#hold;
        continue;
      }
      const { seq, cells } = this.#queue.shift()!;
      const result = await call(() => this.#host.writeCells(cells));
      const names = Object.keys(cells);
      for (const name of names) {
        const left = (this.#pending.get(name) ?? 1) - 1;
        if (left > 0) this.#pending.set(name, left);
        else this.#pending.delete(name);
      }
      const unsaved = new Set(this.#state.unsaved);
      // The last write of the queue says so in the same change: one render of the pane instead of two.
      const done = this.#queue.length === 0 && !this.#hold ? { saving: false } : {};
      if (result.ok) {
        for (const name of names) if (this.#lastWrite.get(name) === seq) unsaved.delete(name);
        // Everything written again: the write failures are resolved.
        const errors = unsaved.size === 0 ? this.#state.errors.filter((e) => e.action !== 'write') : this.#state.errors;
        this.#set({ unsaved: [...unsaved], saved: true, errors, ...done });
      } else {
        for (const name of names) unsaved.add(name);
        this.#set({ unsaved: [...unsaved], ...done });
        this.#fail('write', result);
      }
    }
    this.#writing = false;
    if (this.#state.saving) this.#set({ saving: false });
  }

  /** Writes again every cell whose write failed, with the value the pane holds now. */
  retryUnsaved(): void {
    const { unsaved, values } = this.#state;
    if (unsaved.length === 0) return;
    this.write(Object.fromEntries(unsaved.map((n) => [n, values[n] ?? null])));
  }

  dismissError(id: number): void {
    this.#set({ errors: this.#state.errors.filter((e) => e.id !== id) });
  }

  /** Selects a named cell in the grid. */
  async goTo(name: string): Promise<HostResult> {
    const result = await call(() => this.#host.goTo(name));
    if (!result.ok) this.#fail('goto', result);
    return result;
  }

  /** Rebuilds and shows a printable sheet. */
  async refreshPrintSheets(show: 'opinion' | 'annex1'): Promise<HostResult> {
    const result = await call(() => this.#host.refreshPrintSheets(show));
    if (!result.ok) this.#fail('print', result);
    else if (result.value.renamed.length > 0) this.#set({ renamed: result.value.renamed });
    return result;
  }

  /** Names whose value is not in the workbook yet: being written, failed, or typed but not a value. */
  pendingNames(): string[] {
    return [...new Set([...this.#pending.keys(), ...this.#state.unsaved, ...Object.keys(this.#state.fieldDrafts)])];
  }

  /**
   * 定稿, then reads the review again. Refused while anything typed has not
   * reached the workbook: the record would not cover it, and the locked
   * sheets would refuse it afterwards.
   */
  async finalise(): Promise<HostResult<{ readonly at: string }>> {
    const pending = this.pendingNames();
    const result: HostResult<{ readonly at: string }> =
      pending.length > 0
        ? { ok: false, message: `尚有 ${pending.length} 個欄位的內容未寫入活頁簿（儲存中、未能儲存或格式不符），請先處理再定稿。` }
        : await call(() => this.#host.finalise());
    if (!result.ok) this.#fail('finalise', result);
    await this.refresh();
    return result;
  }

  /** 取消定稿, then reads the review again. */
  async unfinalise(): Promise<HostResult> {
    const result = await call(() => this.#host.unfinalise());
    if (!result.ok) this.#fail('finalise', result);
    await this.refresh();
    return result;
  }
}
