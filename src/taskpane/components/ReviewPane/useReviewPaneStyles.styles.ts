import { makeStyles, tokens } from '@fluentui/react-components';
import { focusRing, visuallyHidden } from '../shared.styles.ts';

export const useReviewPaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
    paddingBottom: tokens.spacingVerticalL,
  },
  stepHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': focusRing(tokens.strokeWidthThick),
  },
  /** Holds the step's inputs; disabled (with everything in it) while the review is finalised. */
  inputs: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  pager: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  pagerButton: {
    maxWidth: '100%',
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'start',
  },
  /** The live region: heard, not seen. */
  live: visuallyHidden,
  next: {
    marginLeft: 'auto',
  },
});
