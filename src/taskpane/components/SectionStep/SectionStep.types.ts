import type { Section } from '../../../rubric/types.ts';
import type { PaneActions, PaneState } from '../../state/review-store.ts';

/** One section of 附表一 (一 … 七): its heading, weight, subtotal and item cards. */
export interface SectionStepProps {
  readonly section: Section;
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Quiet time before typed points or counts are committed, in ms. @default 400 */
  readonly idleMs?: number;
}
