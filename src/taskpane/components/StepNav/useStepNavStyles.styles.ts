import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { focusRing, visuallyHidden } from '../shared.styles.ts';

export const useStepNavStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    backgroundColor: 'transparent',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': focusRing(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.borderBottom(tokens.strokeWidthThicker, 'solid', tokens.colorCompoundBrandStroke),
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
  },
  hidden: visuallyHidden,
  counter: {
    marginLeft: tokens.spacingHorizontalXXS,
  },
});
