import type { HostCapabilities, HostResult, NewReviewInit } from '../../host.ts';

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
}
