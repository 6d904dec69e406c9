import { makeStyles, tokens } from '@fluentui/react-components';

export const useHostErrorBarStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  code: {
    color: tokens.colorNeutralForeground3,
  },
});
