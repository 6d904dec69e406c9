import { makeStyles, tokens } from '@fluentui/react-components';

export const useFinalStatusStyles = makeStyles({
  line: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
  },
});
