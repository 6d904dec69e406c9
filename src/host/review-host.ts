/**
 * What the task pane needs from the workbook it sits on. The Office.js
 * adapter (src/excel/) implements it for Excel, and over the in-memory
 * double for the preview page and tests; components receive it as a prop
 * and never touch Office.js themselves.
 */
import type { Finalisation } from '../finalise/digest.ts';
import type { Problem } from '../review/problem.ts';
import type { ReadResult } from '../sheets/reader.ts';
import type { CellValue, WorkbookDescription } from '../sheets/types.ts';

/** What this host can do, decided once from the Office requirement sets. */
export interface HostCapabilities {
  /** ExcelApi 1.9 or later: the pane can build the review sheets itself (page layout needs 1.9). */
  readonly canBuildSheets: boolean;
  /** The ExcelApi version found, e.g. "1.7", for messages. */
  readonly apiVersion: string;
  /** A preview over an in-memory workbook, not Excel. */
  readonly isPreview: boolean;
}

/** Facts asked when a new review is created. */
export interface NewReviewInit {
  readonly candidateName: string;
  readonly reviewUnit: string;
  /** 民國. */
  readonly selectionYear: number;
  /** ISO date. */
  readonly reviewDate: string;
}

/** A change made in the sheets: by hand, by another add-in, or by this add-in's own write. */
export interface HostChange {
  readonly sheet: string;
  readonly address: string;
  /**
   * Made by this add-in's own write, as the host says so (Excel from ExcelApi 1.14: `triggerSource`
   * "ThisLocalAddin"); left out where the host cannot tell.
   */
  readonly own?: boolean;
}

/** A failure the pane shows as a readable message with what to do. */
export interface HostFailure {
  readonly ok: false;
  /** zh-TW message for the user. */
  readonly message: string;
  /** Office.js error code, when there is one ("InvalidArgument", "ItemNotFound" …). */
  readonly code?: string;
  /** A workflow's refusal (the 定稿 policy), for the pane to word in its language; `message` is their zh-TW words. */
  readonly problems?: readonly Problem[];
}

export type { Finalisation };

/** A read of the review, with where it stands with 定稿 (read in the same round trip). */
export interface ReviewRead extends ReadResult {
  /** Absent where a host cannot tell; the pane then takes the review as not finalised. */
  readonly finalisation?: Finalisation;
}

export type HostResult<T = void> = ({ readonly ok: true } & (T extends void ? unknown : { readonly value: T })) | HostFailure;

export interface ReviewHost {
  readonly capabilities: HostCapabilities;
  /** Whether the open workbook holds a review (its defined names and meta sheet). */
  hasReview(): Promise<HostResult<boolean>>;
  /**
   * Builds the review sheets into the open workbook, leaving the user's own
   * sheets untouched (a clashing sheet name is never overwritten). Resolves
   * when every sheet is there; on a failure nothing of the review is left.
   *
   * With `shown`, 基本資料 is written first, on its own: `shown` gets the
   * review it holds (read from what was written, not read back) and the
   * remaining sheets are written once the promise it returns settles, so the
   * pane can show the first form and let the reviewer type while they are
   * written. The pane must not write cells until this resolves.
   */
  createReview(init: NewReviewInit, shown?: (first: ReviewRead) => Promise<void>): Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  /**
   * Loads, at a quiet moment, what `createReview` will need (its code, the layout), so that 建立 does not wait
   * for it. Optional: a host with nothing to load has none.
   */
  warm?(): void;
  /** Reads the whole review and its 定稿 state (one sync). */
  readReview(): Promise<HostResult<ReviewRead>>;
  /** Writes values into named input cells (one sync). Text is always written as text. */
  writeCells(values: Readonly<Record<string, CellValue>>): Promise<HostResult>;
  /**
   * Rebuilds the printable sheets (初審意見表, 附表一) from the current layout,
   * then activates `show`. Only sheets the add-in made are rebuilt; when one
   * cannot be found, a new one is added under a free tab name (`renamed`).
   */
  refreshPrintSheets(show: 'opinion' | 'annex1'): Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  /** Selects a named cell so the user sees it in the grid. */
  goTo(name: string): Promise<HostResult>;
  /** Calls `handler` after edits made in the sheets; returns an unsubscribe function. */
  onChanged(handler: (changes: readonly HostChange[]) => void): Promise<() => void>;
  /**
   * Adds the described sheets and their defined names to the open workbook
   * (小組合議, 排序, 附表二, 附表四), then activates the sheet keyed `show`
   * (@default the first visible one). A tab name the user already has gets
   * "名 (2)" and is listed in `renamed`; a defined name already in the
   * workbook (a form added twice) refuses the whole operation, with code
   * "ItemAlreadyExists", and nothing is added.
   */
  addSheets(description: WorkbookDescription, show?: string): Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  /**
   * 定稿: locks every input and protects its sheet (no password), and records
   * the time and the digest of the inputs on the meta sheet. Refused while the
   * sheets have problems or when the review is already finalised.
   */
  finalise(): Promise<HostResult<{ readonly at: string }>>;
  /** 取消定稿: unlocks the inputs (their sheets stay protected as usual) and clears the record. */
  unfinalise(): Promise<HostResult>;
}
