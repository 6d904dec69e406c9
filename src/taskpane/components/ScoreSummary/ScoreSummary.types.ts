import type { Rubric } from '../../../rubric/types.ts';
import type { Score } from '../../../scoring/score.ts';

/** The running score in one line: total, what is left, and the details on demand. */
export interface ScoreSummaryProps {
  readonly rubric: Rubric;
  /** The draft's score; undefined while it cannot be computed. */
  readonly score: Score | undefined;
  /** Jumps to an item (switch step, focus it, select its cell). */
  readonly onJump: (itemId: string) => void;
  /** Pinned to the bottom of the pane (the scoring steps). @default false */
  readonly sticky?: boolean;
}
