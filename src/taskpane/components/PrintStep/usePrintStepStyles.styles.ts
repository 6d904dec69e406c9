import { makeStyles, tokens } from '@fluentui/react-components';

export const usePrintStepStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  buttons: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '24rem',
  },
});
