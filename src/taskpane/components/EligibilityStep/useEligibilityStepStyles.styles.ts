import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared.styles.ts';

export const useEligibilityStepStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    // A group out of view is not laid out or painted when the step is shown (its groups are most of its 300
    // elements); its last size stands in for it. Not on 基本資料: shown at 建立, its first layout would be done twice.
    '& > fieldset': { contentVisibility: 'auto', containIntrinsicSize: 'auto 240px' },
  },
  award: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(4.5rem, 6.5rem) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  hidden: visuallyHidden,
  rates: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    '& th': { textAlign: 'start', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS} 0`, verticalAlign: 'top' },
    '& thead th': { fontWeight: tokens.fontWeightSemibold },
    '& td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} 0`, verticalAlign: 'top' },
    '& input': { minWidth: 0 },
    '& .fui-Input': { minWidth: 0, width: '100%' },
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  allNo: {
    justifySelf: 'start',
  },
  remove: {
    marginBottom: tokens.spacingVerticalXXS,
  },
});
