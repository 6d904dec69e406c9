import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../shared.styles.ts';

export const useCellFieldStyles = makeStyles({
  hiddenLabel: visuallyHidden,
  field: {
    minWidth: 0,
  },
  input: {
    width: '100%',
    minWidth: 0,
  },
  textarea: {
    width: '100%',
    minWidth: 0,
    // It grows with its text (CellField) up to half the pane's height, then scrolls: label, box and the note under it stay in view together.
    '& textarea': {
      minHeight: '4.5em',
      maxHeight: '50vh',
      // The box grows with its text without a forced layout per keystroke where the browser can (CellField.tsx).
      fieldSizing: 'content',
    },
  },
  select: {
    width: '100%',
    minWidth: 0,
    '& select': {
      minWidth: 0,
      textOverflow: 'ellipsis',
    },
  },
  radios: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
});
