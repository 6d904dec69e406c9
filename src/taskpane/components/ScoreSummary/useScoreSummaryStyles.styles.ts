import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared.styles.ts';

export const useScoreSummaryStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  sticky: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    boxShadow: tokens.shadow8,
  },
  heading: visuallyHidden,
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  label: {
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  total: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: 'tabular-nums',
  },
  state: {
    whiteSpace: 'nowrap',
  },
  remaining: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  complete: {
    color: tokens.colorPaletteGreenForeground1,
  },
  details: {
    marginLeft: 'auto',
  },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    maxHeight: '45vh',
    overflowY: 'auto',
  },
  bars: {
    display: 'grid',
    gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  bar: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: '2px',
    minWidth: 0,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  /**
   * In forced colours Fluent draws the track as text (CanvasText), so a bar at 0 looks full: draw the track
   * as the page with a text border, the fill as Highlight. Fluent's own query, word for word, so these
   * replace its rules rather than compete with them (a differently written query lost to Fluent's).
   */
  progress: {
    '@media screen and (forced-colors: active)': {
      border: '1px solid CanvasText',
      '& .fui-ProgressBar__bar': { backgroundColor: 'Highlight', forcedColorAdjust: 'none' },
      forcedColorAdjust: 'none',
      backgroundColor: 'Canvas',
    },
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  link: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});
