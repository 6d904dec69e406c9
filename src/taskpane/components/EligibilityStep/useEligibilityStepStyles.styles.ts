import { makeStyles, tokens } from '@fluentui/react-components';

export const useEligibilityStepStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  award: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(4.5rem, 6.5rem) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  allNo: {
    justifySelf: 'start',
  },
  remove: {
    marginBottom: tokens.spacingVerticalXXS,
  },
});
