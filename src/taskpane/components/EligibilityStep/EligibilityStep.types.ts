import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** 資格審查: the facts the eligibility rules read, with the awards table and the injury rates by year. */
export interface EligibilityStepProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
}
