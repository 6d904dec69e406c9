import type { ReviewHost, HostCapabilities, HostResult, NewReviewInit } from '../../../host/review-host.ts';

/** The first screen when the workbook holds no review: create one, or say why this Excel cannot. */
export interface StartPaneProps {
  readonly capabilities: HostCapabilities;
  /** The sheets are being built. @default false */
  readonly creating?: boolean;
  /** Builds the review sheets (host.createReview). */
  readonly onCreate: (init: NewReviewInit) => Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  /** Asks the host again whether the workbook holds a review. */
  readonly onRecheck: () => void;
  /** The clock, for the default selection year (this 民國 year) and date (today). @default new Date() */
  readonly now?: Date;
  /**
   * Adds sheets to the workbook (host.addSheets). When given, the start screen
   * also offers 彙整與其他表單 (小組合議, 排序, 附表二, 附表四): a chair's or a
   * 初審單位's workbook often holds no review of its own.
   */
  readonly onAddSheets?: ReviewHost['addSheets'];
}
