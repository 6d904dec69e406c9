import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared.styles.ts';

export const useOpinionStepStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
  },
  /** Heard, not seen: the page count's changes (the note under each box shows it). */
  spoken: visuallyHidden,
});
