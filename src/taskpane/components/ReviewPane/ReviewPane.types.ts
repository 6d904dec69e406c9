import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** The guided form over an open review: steps, the eligibility banner, the current step and the score summary. */
export interface ReviewPaneProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** The step shown first. @default 'basic' */
  readonly initialStep?: string;
  /** Focus the step's first field once shown (right after 建立). @default false */
  readonly focusFirstField?: boolean;
  /**
   * Once the pane is idle after opening, build the other steps hidden, and keep each step built once shown, so a
   * step change only shows a step already there. Off: only the step shown is rendered.
   * @default true
   */
  readonly keepSteps?: boolean;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
}
