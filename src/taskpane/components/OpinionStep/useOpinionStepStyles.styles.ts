import { makeStyles, tokens } from '@fluentui/react-components';

export const useOpinionStepStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
});
