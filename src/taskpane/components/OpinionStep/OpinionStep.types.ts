import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** 意見與結果: 評鑑人員綜合意見 (優點, 建議), 初審結果 and the on-site reviewers. */
export interface OpinionStepProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
}
