import type { Finalisation, HostResult } from '../../../host/review-host.ts';

export type PrintSheet = 'opinion' | 'annex1';

/** One thing left to do before printing, and where to do it. */
export interface PrintCheck {
  readonly id: 'unscored' | 'strengths' | 'suggestions' | 'opinionPages' | 'unconfirmed' | 'decision' | 'contradiction';
  readonly text: string;
  /** An item to jump to, or a step (and the field on it, by cell name). */
  readonly target: { readonly item: string } | { readonly step: string; readonly cell?: string };
}

/** 列印: rebuild a printable sheet, show it, and leave printing to Excel's own dialog; then 定稿. */
export interface PrintStepProps {
  /** Items still to score; the printout's score is incomplete while any are. @default 0 */
  readonly remaining?: number;
  /** The checklist before printing; without it the step shows only the unscored count. @default undefined */
  readonly checks?: readonly PrintCheck[];
  /** Goes to a check's field. */
  readonly onGoTo?: (check: PrintCheck) => void;
  /** Rebuilds and shows a printable sheet (host.refreshPrintSheets). */
  readonly onRefresh: (show: PrintSheet) => Promise<HostResult>;
  /** Where the review stands with 定稿. @default { state: 'draft' } */
  readonly finalisation?: Finalisation;
  /** Cells the sheets report as unreadable; 定稿 waits until there are none. @default 0 */
  readonly problems?: number;
  /** Fields whose value is not in the workbook yet; 定稿 waits for them. @default 0 */
  readonly pending?: number;
  /** 定稿 (store.finalise). Without it the step offers no 定稿. */
  readonly onFinalise?: () => Promise<HostResult<{ readonly at: string }>>;
  /** 取消定稿 (store.unfinalise). */
  readonly onUnfinalise?: () => Promise<HostResult>;
}
