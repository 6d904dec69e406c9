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
  remove: {
    marginBottom: tokens.spacingVerticalXXS,
  },
});
