import { makeStyles, tokens } from '@fluentui/react-components';

export const useCellFieldStyles = makeStyles({
  hiddenLabel: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
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
    '& textarea': {
      minHeight: '4.5em',
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
