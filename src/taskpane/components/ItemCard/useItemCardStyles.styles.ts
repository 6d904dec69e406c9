import { makeStyles, shorthands, tokens, typographyStyles, type GriffelStyle } from '@fluentui/react-components';
import { focusRing } from '../shared.styles.ts';

/**
 * The item's status, shaped as Fluent's medium circular badge. One whole class per tone, so a card's status needs
 * no merge: the Badge merged its classes at each render, and the first of a tone (an item's first score) in the
 * click that scored it.
 */
const status: GriffelStyle = {
  display: 'inline-flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  height: '20px',
  minWidth: '20px',
  // The badge's padding, less the stroke: the badge draws its stroke inside, over the padding.
  padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS} - ${tokens.strokeWidthThin})`,
  borderRadius: tokens.borderRadiusCircular,
  ...typographyStyles.caption1Strong,
  // A stroke even where it matches the fill: the shape stays visible in high contrast.
  ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorTransparentStroke),
};

export const useItemCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    // The card takes focus only when jumped to; show where the reviewer landed.
    ':focus': focusRing(),
    // A section's cards are laid out and painted only near the view: opening 三 (eight cards of long criteria)
    // spent most of its time laying out cards below the fold. The size is a card's typical height, kept once seen.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 640px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  id: {
    marginRight: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground1,
  },
  /** Scored: Fluent's filled brand badge. */
  statusScored: { ...status, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  /** Not applicable: the tint informative badge. */
  statusNa: { ...status, backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  /** Not scored yet: the tint subtle badge. */
  statusOpen: { ...status, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  headerPoints: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  levels: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  /** A level as a card: the whole card is the radio's label, so one click anywhere on it picks the level. */
  level: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground2,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-within': focusRing(),
  },
  /**
   * The chosen level: a 2 px brand edge drawn as the 1 px border and a 1 px inset shadow, so that choosing changes
   * paint only. A thicker border narrowed the level's text by 2 px: its criteria (long lines of Chinese) were broken
   * into lines again, for the level chosen and the one left, in the click's own layout (bench/pane-profile-steps.ts).
   * Forced colours drop the shadow: there the border itself is thick.
   */
  levelChosen: {
    ...shorthands.borderColor(tokens.colorCompoundBrandStroke),
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    '@media (forced-colors: active)': { ...shorthands.borderWidth(tokens.strokeWidthThick) },
  },
  radio: {
    flexShrink: 0,
    width: '18px',
    height: '18px',
    margin: '2px 0 0',
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: 'pointer',
    ':focus-visible': { outlineStyle: 'none' },
  },
  levelBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  levelHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  levelLabel: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
  },
  levelPoints: {
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  selfMark: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  criteria: {
    whiteSpace: 'pre-line',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  /** 不適用 and 未達: two separate choices side by side, each on one line. */
  others: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  other: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'nowrap',
    wordBreak: 'keep-all',
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-within': focusRing(),
  },
  differs: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  number: {
    width: '7rem',
  },
  stepper: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  stepButton: {
    minWidth: '32px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  self: {
    alignItems: 'center',
  },
  select: {
    minWidth: '5rem',
  },
});
