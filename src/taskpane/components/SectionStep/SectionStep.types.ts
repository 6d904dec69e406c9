import type { Section } from '../../../rubric/types.ts';
import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** One section of 附表一 (一 … 七): its heading, weight, subtotal and item cards. */
export interface SectionStepProps {
  readonly section: Section;
  readonly state: PaneState;
  readonly actions: PaneActions;
  /**
   * How many cards are rendered with the step; the rest follow in a transition, after the first paint.
   * @default 2 (what a 350 × 600 pane shows); the pane passes all when it is about to focus a card further down
   */
  readonly firstItems?: number;
  /**
   * Whether the step is the one shown; one built hidden ahead of time (ReviewPane) renders all its cards at once.
   * @default true
   */
  readonly shown?: boolean;
  /** Quiet time before typed points or counts are committed, in ms. @default 400 */
  readonly idleMs?: number;
}
