import type { HostResult } from '../../host.ts';

export type PrintSheet = 'opinion' | 'annex1';

/** 列印: rebuild a printable sheet, show it, and leave printing to Excel's own dialog. */
export interface PrintStepProps {
  /** Items still to score; the printout's score is incomplete while any are. @default 0 */
  readonly remaining?: number;
  /** Rebuilds and shows a printable sheet (host.refreshPrintSheets). */
  readonly onRefresh: (show: PrintSheet) => Promise<HostResult>;
}
