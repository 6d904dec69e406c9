import { makeStyles, tokens } from '@fluentui/react-components';

export const useSheetProblemsStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  item: {
    marginBottom: tokens.spacingVerticalXS,
  },
});
