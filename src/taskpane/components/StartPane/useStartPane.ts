/**
 * The create-review form: its four fields, checked as typed once touched,
 * and on submit; the first field in error takes focus.
 */
import { useCallback, useRef, useState, type FormEvent, type RefObject } from 'react';
import { BASIC_FIELDS, serialToIso } from '../../../sheets/fields.ts';
import { DEFAULT_RUBRIC } from '../../../rubric/registry.ts';
import type { Strings } from '../../i18n/strings.ts';
import { currentRocYear, parseFieldText, rocDateText, todayIso } from '../../state/field-value.ts';
import type { StartPaneProps } from './StartPane.types.ts';

const YEAR_FIELD = BASIC_FIELDS.find((f) => f.name === 'review_year')!;
const DATE_FIELD = BASIC_FIELDS.find((f) => f.name === 'review_date')!;

export type StartField = 'candidateName' | 'reviewUnit' | 'selectionYear' | 'reviewDate';

export interface StartPaneState {
  readonly values: Readonly<Record<StartField, string>>;
  readonly errors: Readonly<Partial<Record<StartField, string>>>;
  readonly hints: Readonly<Partial<Record<StartField, string>>>;
  readonly set: (field: StartField, value: string) => void;
  readonly blur: (field: StartField) => void;
  readonly submit: (event: FormEvent) => void;
  readonly refs: Readonly<Record<StartField, RefObject<HTMLInputElement | null>>>;
}

export function useStartPane(props: StartPaneProps, strings: Strings): StartPaneState {
  const now = props.now ?? new Date();
  const [values, setValues] = useState<Record<StartField, string>>(() => ({
    candidateName: '',
    reviewUnit: '',
    selectionYear: String(Math.max(currentRocYear(now), DEFAULT_RUBRIC.firstSelectionYear)),
    reviewDate: strings.locale === 'zh-TW' ? rocDateText(todayIso(now)) : todayIso(now),
  }));
  const [touched, setTouched] = useState<Partial<Record<StartField, boolean>>>({});
  const refs = {
    candidateName: useRef<HTMLInputElement>(null),
    reviewUnit: useRef<HTMLInputElement>(null),
    selectionYear: useRef<HTMLInputElement>(null),
    reviewDate: useRef<HTMLInputElement>(null),
  };

  const year = parseFieldText(YEAR_FIELD, values.selectionYear, true);
  const date = parseFieldText(DATE_FIELD, values.reviewDate, true);
  const allErrors: Partial<Record<StartField, string>> = {};
  if (values.candidateName.trim() === '') allErrors.candidateName = strings.required;
  if (!year.ok) allErrors.selectionYear = strings.fieldIssue(year.issue);
  if (!date.ok) allErrors.reviewDate = strings.fieldIssue(date.issue);
  // 此欄必填 only after an attempt to create; a wrong year or date as soon as it is left.
  const [attempted, setAttempted] = useState(false);
  const errors = Object.fromEntries(
    Object.entries(allErrors).filter(([k]) => attempted || (touched[k as StartField] && values[k as StartField].trim() !== '')),
  );
  const iso = date.ok && typeof date.cell === 'number' ? serialToIso(date.cell) : undefined;
  const hints: Partial<Record<StartField, string>> = {
    selectionYear: year.ok && typeof year.cell === 'number' ? strings.yearHint(year.cell) : undefined,
    reviewDate: iso ? strings.dateEcho(iso) : strings.dateHint,
  };

  const set = useCallback((field: StartField, value: string) => setValues((v) => ({ ...v, [field]: value })), []);
  const blur = useCallback((field: StartField) => setTouched((t) => ({ ...t, [field]: true })), []);
  const { onCreate } = props;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched({ candidateName: true, reviewUnit: true, selectionYear: true, reviewDate: true });
    setAttempted(true);
    const first = (['candidateName', 'selectionYear', 'reviewDate'] as const).find((f) => allErrors[f] !== undefined);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    if (!year.ok || !iso || typeof year.cell !== 'number') return;
    void onCreate({ candidateName: values.candidateName.trim(), reviewUnit: values.reviewUnit.trim(), selectionYear: year.cell, reviewDate: iso });
  };

  return { values, errors, hints, set, blur, submit, refs };
}
