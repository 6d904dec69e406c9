import { makeStyles, tokens } from '@fluentui/react-components';

export const useCellFieldStyles = makeStyles({
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
