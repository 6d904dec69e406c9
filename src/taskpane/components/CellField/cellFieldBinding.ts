/**
 * The props that bind a CellField to the pane's state and actions.
 */
import type { InputField } from '../../../sheets/fields.ts';
import type { PaneActions, PaneState } from '../../state/review-store.ts';
import type { CellFieldProps } from './CellField.types.ts';

/** What the sheets report wrong with the cell `name`, joined; undefined when nothing. */
export function sheetProblemOf(state: PaneState, name: string): string | undefined {
  const messages = state.sheetProblems.filter((p) => p.name === name).map((p) => p.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

export function cellFieldBinding(state: PaneState, actions: PaneActions, field: InputField): CellFieldProps {
  return {
    field,
    value: state.values[field.name],
    draft: state.fieldDrafts[field.name],
    sheetProblem: sheetProblemOf(state, field.name),
    unsaved: state.unsaved.includes(field.name),
    onCommit: actions.commitField,
    onEditStart: actions.beginEdit,
    onEditEnd: actions.endEdit,
  };
}
