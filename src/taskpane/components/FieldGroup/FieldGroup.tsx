/**
 * A fieldset with a legend and an optional hint, its fields in a grid.
 */
import { Text, mergeClasses } from '@fluentui/react-components';
import type { FieldGroupProps } from './FieldGroup.types.ts';
import { useFieldGroup } from './useFieldGroup.ts';
import { useFieldGroupStyles } from './useFieldGroupStyles.styles.ts';

export function FieldGroup(props: FieldGroupProps) {
  const { hintId } = useFieldGroup(props);
  const styles = useFieldGroupStyles();
  return (
    <fieldset className={styles.root} {...(hintId ? { 'aria-describedby': hintId } : {})} {...(props.later ? { 'data-later': '' } : {})}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.hint && (
        <Text id={hintId} size={200} className={styles.hint}>
          {props.hint}
        </Text>
      )}
      <div className={mergeClasses(styles.grid, props.columns !== false && styles.columns)}>{props.children}</div>
    </fieldset>
  );
}
