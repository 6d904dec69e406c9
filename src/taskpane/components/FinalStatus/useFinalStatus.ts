/**
 * The message for a 定稿 state: its intent and its lines.
 */
import { displayDateTime } from '../../../finalise/digest.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { FinalStatusProps } from './FinalStatus.types.ts';

export interface FinalStatusView {
  readonly intent: 'success' | 'warning';
  readonly lines: readonly string[];
}

export function useFinalStatus(props: FinalStatusProps, strings: Strings): FinalStatusView | undefined {
  const f = props.finalisation;
  if (f.state === 'draft') return undefined;
  const note = props.showLockedNote ? [strings.finalLockedNote] : [];
  if (f.state === 'intact') return { intent: 'success', lines: [strings.finalIntact(displayDateTime(f.at)), ...note] };
  const what = f.reason === 'changed' ? strings.finalEdited(displayDateTime(f.at)) : f.reason === 'removed' ? strings.finalRemoved : strings.finalUnreadable;
  return { intent: 'warning', lines: [what, strings.finalEditedAdvice, ...note] };
}
