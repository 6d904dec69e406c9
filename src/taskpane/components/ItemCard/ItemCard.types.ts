import type { Item } from '../../../rubric/types.ts';
import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** One rubric item: its verbatim criteria, the candidate's 自評 and the reviewer's score. */
export interface ItemCardProps {
  readonly item: Item;
  /** The pane's state; the card reads its own cells, score and problems from it. */
  readonly state: PaneState;
  /** Where the card's edits go. */
  readonly actions: PaneActions;
  /** Quiet time before typed points or a count are committed, in ms. @default 400 */
  readonly idleMs?: number;
  /** Below the first screen of its step: shown a frame after the step (ReviewPane's `Kept`). @default false */
  readonly later?: boolean;
}
