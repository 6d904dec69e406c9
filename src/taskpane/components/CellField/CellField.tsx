/**
 * A named input cell as a labelled Fluent field: text, numbers, codes,
 * dates and 民國 years as inputs that commit after a pause or on leaving;
 * 是/否 as radios; choices as a drop-down. Every edit goes through
 * `onCommit`, which writes the cell.
 */
import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { NO, YES } from '../../../sheets/fields.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { FieldForm } from '../FieldForm/FieldForm.tsx';
import type { CellFieldProps } from './CellField.types.ts';
import { useCellField } from './useCellField.ts';
import { useCellFieldStyles } from './useCellFieldStyles.styles.ts';

const NUMERIC_KINDS = new Set(['number', 'integer', 'rocYear']);
const SIZES_ITSELF = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

export function CellField(props: CellFieldProps) {
  const state = useCellField(props);
  const area = useRef<HTMLTextAreaElement>(null);
  const text = state.buffer.inputProps.value;
  // The box grows with its text, so what was written is seen without scrolling inside it. Measuring it forces a
  // layout of the whole pane per keystroke (the profile's longest part of typing in 優點), so only where CSS's
  // field-sizing cannot do it (WebKit on the Mac, older WebView2).
  useLayoutEffect(() => {
    const el = area.current;
    if (!el || SIZES_ITSELF) return;
    // In a step kept hidden there is nothing to measure: its rows until it is typed in again.
    if (el.getClientRects().length === 0) {
      el.style.height = '';
      return;
    }
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);
  const { onText } = props;
  useEffect(() => onText?.(text), [text, onText]);
  const strings = useStrings();
  const styles = useCellFieldStyles();
  const { field } = props;
  const { validation } = state;
  const fieldProps = {
    className: styles.field,
    label: props.labelHidden ? { children: state.label, className: styles.hiddenLabel } : state.label,
    required: props.required ?? false,
    validationState: validation.state,
    ...(validation.message !== undefined
      ? validation.state === 'none'
        ? { hint: validation.message }
        : { validationMessage: validation.message }
      : {}),
  };

  switch (field.kind.type) {
    case 'yesNo':
      return (
        <Field {...fieldProps}>
          <RadioGroup className={styles.radios} layout="horizontal" value={state.picked} onChange={(_, data) => state.pick(data.value)} data-cell={field.name}>
            <Radio value={YES} label={strings.yes} />
            <Radio value={NO} label={strings.no} />
            <Radio value="" label={strings.unset} />
          </RadioGroup>
        </Field>
      );
    case 'choice':
      return (
        <Field {...fieldProps}>
          <Select className={styles.select} data-cell={field.name} value={state.picked} onChange={(_, data) => state.pick(data.value)}>
            <option value="">{strings.none}</option>
            {field.kind.values.map((v) => (
              <option key={v} value={v}>
                {props.optionLabels?.[v] ?? v}
              </option>
            ))}
          </Select>
        </Field>
      );
    case 'text':
      if (field.kind.multiline) {
        return (
          <Field {...fieldProps}>
            <FieldForm>
              <Textarea ref={area} className={styles.textarea} resize="vertical" rows={4} data-cell={field.name} {...state.buffer.inputProps} />
            </FieldForm>
          </Field>
        );
      }
      break;
    default:
      break;
  }
  const numeric = NUMERIC_KINDS.has(field.kind.type) || (field.kind.type === 'code' && field.kind.digits !== undefined);
  return (
    <Field {...fieldProps}>
      <FieldForm>
        <Input
          className={styles.input}
          data-cell={field.name}
          {...state.buffer.inputProps}
          {...(numeric ? { inputMode: field.kind.type === 'number' ? 'decimal' : 'numeric' } : {})}
          autoComplete="off"
        />
      </FieldForm>
    </Field>
  );
}
