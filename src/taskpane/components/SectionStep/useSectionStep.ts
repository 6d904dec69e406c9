/**
 * The section's score from the draft: 可評得點數 ÷ 可評總點數 × 100 × weight.
 */
import type { SectionScore } from '../../../scoring/score.ts';
import type { SectionStepProps } from './SectionStep.types.ts';

export interface SectionStepState {
  readonly score: SectionScore | undefined;
}

export function useSectionStep(props: SectionStepProps): SectionStepState {
  return { score: props.state.draft.score?.sections.find((s) => s.id === props.section.id) };
}
