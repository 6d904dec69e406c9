import { makeStyles } from '@fluentui/react-components';

export const useFieldFormStyles = makeStyles({
  // No box of its own: the control stays the Field's grid item (or the stepper's flex item), laid out as before.
  root: {
    display: 'contents',
  },
});
