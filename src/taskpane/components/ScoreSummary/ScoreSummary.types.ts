import type { Rubric } from '../../../rubric/types.ts';
import type { Score } from '../../../scoring/score.ts';

/** The running score, kept in view: total, each section against its weight, and what is left. */
export interface ScoreSummaryProps {
  readonly rubric: Rubric;
  /** The draft's score; undefined while it cannot be computed. */
  readonly score: Score | undefined;
  /** Jumps to an item (switch step, focus it, select its cell). */
  readonly onJump: (itemId: string) => void;
  /** How many remaining items are linked before "show all". @default 6 */
  readonly inlineLinks?: number;
}
