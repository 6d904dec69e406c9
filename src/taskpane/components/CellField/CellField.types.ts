import type { InputField } from '../../../sheets/fields.ts';
import type { CellValue } from '../../../sheets/types.ts';
import type { FieldParse } from '../../state/field-value.ts';

/** One named input cell as a labelled form field. */
export interface CellFieldProps {
  /** The named input (fields.ts): its name, kind and Chinese label. */
  readonly field: InputField;
  /** The visible label. @default the field's label in the pane's language */
  readonly label?: string;
  /** The cell's value as the pane knows it. */
  readonly value: CellValue | undefined;
  /** Text typed earlier that is not a value for the field, kept by the store. @default undefined */
  readonly draft?: string | undefined;
  /** What the sheets report wrong with this cell (a bad hand edit). @default undefined */
  readonly sheetProblem?: string | undefined;
  /** The cell's last write failed; its value waits for a retry. @default false */
  readonly unsaved?: boolean;
  /** Help shown under the field when there is nothing to report. @default a hint for dates and years */
  readonly hint?: string | undefined;
  /** Display names of a choice field's values. @default the values themselves */
  readonly optionLabels?: Readonly<Record<string, string>>;
  /** A blank is refused and reported. @default false */
  readonly required?: boolean;
  /** The label is the input's name but not shown (a table's headers say it). @default false */
  readonly labelHidden?: boolean;
  /** Commits typed text, or a picked value, for the field; returns how it parsed. */
  readonly onCommit: (field: InputField, text: string, required: boolean) => FieldParse;
  /** Called when the reviewer starts editing the field. @default undefined */
  readonly onEditStart?: ((name: string) => void) | undefined;
  /** Called when the reviewer leaves the field. @default undefined */
  readonly onEditEnd?: ((name: string) => void) | undefined;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
  /** Called with the text shown whenever it changes, keystroke by keystroke (a text field's live count). @default undefined */
  readonly onText?: ((text: string) => void) | undefined;
}

export type CellFieldValidation = {
  readonly state: 'none' | 'error' | 'warning' | 'success';
  readonly message: string | undefined;
};
