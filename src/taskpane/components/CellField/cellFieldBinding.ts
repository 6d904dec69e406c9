/**
 * The props that bind a CellField to the pane's state and actions.
 */
import { problemMessage, type ProblemWords } from '../../../review/problem.ts';
import type { InputField } from '../../../sheets/fields.ts';
import type { PaneActions, PaneState } from '../../state/review-store.ts';
import type { CellFieldProps } from './CellField.types.ts';

/** What the sheets report wrong with the cell `name`, worded in the pane's language and joined; undefined when nothing. */
export function sheetProblemOf(state: PaneState, name: string, words: ProblemWords): string | undefined {
  const messages = state.sheetProblems.filter((p) => p.name === name).map((p) => problemMessage(p.problem, words));
  return messages.length > 0 ? messages.join(' ') : undefined;
}

export function cellFieldBinding(state: PaneState, actions: PaneActions, field: InputField, words: ProblemWords): CellFieldProps {
  return {
    field,
    value: state.values[field.name],
    draft: state.fieldDrafts[field.name],
    sheetProblem: sheetProblemOf(state, field.name, words),
    unsaved: state.unsaved.includes(field.name),
    onCommit: actions.commitField,
    onEditStart: actions.beginEdit,
    onEditEnd: actions.endEdit,
  };
}
