import type { Eligibility } from '../../../eligibility/eligibility.ts';

/** The eligibility result, always visible, computed live from the draft. */
export interface EligibilityBannerProps {
  /** Undefined until the selection year and the review date are known. */
  readonly eligibility: Eligibility | undefined;
  /** Show the unconfirmed conditions listed, not just counted. @default false */
  readonly defaultExpanded?: boolean;
  /**
   * One line per finding (what and which clause), for the steps that are
   * not about eligibility; the full message is on the 資格審查 step.
   * @default false
   */
  readonly compact?: boolean;
  /** Opens the 資格審查 step; shown as a button when compact. @default undefined */
  readonly onOpen?: (() => void) | undefined;
}
