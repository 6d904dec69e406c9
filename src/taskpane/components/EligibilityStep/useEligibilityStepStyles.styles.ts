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
  // 獎項 on a line of its own, 年度 and 清除 below it (清除 wraps under 年度 when even that is too narrow): the three
  // side by side left the drop-down two characters wide at 350 px, too narrow to show which award was picked.
  award: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    '& > :first-child': { flexBasis: '100%' },
    '& > :nth-child(2)': { flex: '1 1 6rem', maxWidth: '10rem', minWidth: 0 },
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
    flex: 'none',
    // Fluent's 96 px minimum took most of the row from 年度 at 150% zoom.
    minWidth: 'auto',
    whiteSpace: 'nowrap',
    marginBottom: tokens.spacingVerticalXXS,
  },
});
