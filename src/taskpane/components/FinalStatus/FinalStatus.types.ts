import type { Finalisation } from '../../../host/review-host.ts';

/** Where the review stands with 定稿, as a message; nothing while it is a draft. */
export interface FinalStatusProps {
  readonly finalisation: Finalisation;
  /** Adds how to change a finalised review (on the steps whose inputs are locked). @default false */
  readonly showLockedNote?: boolean;
}
