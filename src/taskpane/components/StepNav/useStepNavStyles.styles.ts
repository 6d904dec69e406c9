import { makeStyles, tokens } from '@fluentui/react-components';

export const useStepNavStyles = makeStyles({
  list: {
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  counter: {
    marginLeft: tokens.spacingHorizontalXXS,
  },
});
