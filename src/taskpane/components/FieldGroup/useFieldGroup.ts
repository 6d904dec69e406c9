/**
 * Ids that tie a FieldGroup's hint to its fieldset.
 */
import { useId } from 'react';
import type { FieldGroupProps } from './FieldGroup.types.ts';

export function useFieldGroup(props: FieldGroupProps): { readonly hintId: string | undefined } {
  const id = useId();
  return { hintId: props.hint ? `${id}-hint` : undefined };
}
