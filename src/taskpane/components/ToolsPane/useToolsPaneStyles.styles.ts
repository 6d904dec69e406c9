import { makeStyles, tokens } from '@fluentui/react-components';

export const useToolsPaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '32rem',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  button: {
    alignSelf: 'flex-start',
    maxWidth: '100%',
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'start',
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
  file: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});
