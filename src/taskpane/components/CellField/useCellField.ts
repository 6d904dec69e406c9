/**
 * The state of one CellField: the text shown, how it parses, and what the
 * field reports (a typing issue first, then a bad value in the sheet, then
 * an unsaved write, else a hint).
 */
import { useCallback } from 'react';
import type { CellValue } from '../../../sheets/types.ts';
import { fieldLabel } from '../../i18n/field-labels.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { cellDate, formatCellText, parseFieldText } from '../../state/field-value.ts';
import { useBufferedText, type BufferedText } from '../../state/useBufferedText.ts';
import type { CellFieldProps, CellFieldValidation } from './CellField.types.ts';

export interface CellFieldState {
  readonly label: string;
  readonly buffer: BufferedText;
  readonly validation: CellFieldValidation;
  /** Commits a picked value (radio, drop-down) at once. */
  readonly pick: (value: string) => void;
  /** The cell's value as the text a radio group or drop-down selects. */
  readonly picked: string;
}

function hintFor(props: CellFieldProps, value: CellValue | undefined, strings: ReturnType<typeof useStrings>): string | undefined {
  if (props.hint !== undefined) return props.hint;
  if (props.field.kind.type === 'date') {
    const iso = cellDate(value);
    return iso ? strings.dateEcho(iso) : strings.dateHint;
  }
  if (props.field.kind.type === 'rocYear' && typeof value === 'number') return strings.yearHint(value);
  return undefined;
}

export function useCellField(props: CellFieldProps): CellFieldState {
  const strings = useStrings();
  const { field, value, draft, onCommit, onEditStart, onEditEnd, required = false } = props;
  const dates = strings.locale === 'zh-TW' ? 'roc' : 'iso';
  const buffer = useBufferedText({
    value: formatCellText(field.kind, value, dates),
    draft,
    commit: (text) => onCommit(field, text, required),
    onEditStart: () => onEditStart?.(field.name),
    onEditEnd: () => onEditEnd?.(field.name),
    ...(props.idleMs !== undefined ? { idleMs: props.idleMs } : {}),
  });

  const pick = useCallback((picked: string) => void onCommit(field, picked, required), [field, onCommit, required]);

  let validation: CellFieldValidation;
  const parsed = parseFieldText(field, buffer.text, required);
  if ((buffer.touched || draft !== undefined) && !parsed.ok) {
    validation = { state: 'error', message: strings.fieldIssue(parsed.issue) };
  } else if (props.sheetProblem && draft === undefined && !buffer.focused) {
    validation = { state: 'error', message: strings.sheetValue(props.sheetProblem) };
  } else if (props.unsaved) {
    validation = { state: 'warning', message: strings.notSaved };
  } else {
    const liveValue = parsed.ok ? parsed.cell : value;
    validation = { state: 'none', message: hintFor(props, liveValue, strings) };
  }

  return {
    label: props.label ?? fieldLabel(field, strings.locale),
    buffer,
    validation,
    pick,
    picked: value === null || value === undefined ? '' : String(value),
  };
}
