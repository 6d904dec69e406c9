import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** 基本資料: the candidate unit, the review's own facts, and (when they apply) the construction project and corporate image. */
export interface BasicStepProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
}
