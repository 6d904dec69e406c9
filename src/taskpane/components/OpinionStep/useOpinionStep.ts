/**
 * The opinion fields from fields.ts, and the display names of the 初審結果
 * choices (the cell keeps the form's own words).
 */
import { OPINION_FIELDS, PANEL_FIELDS, RESULT_DECISIONS, type InputField } from '../../../sheets/fields.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { CellValues } from '../../state/draft.ts';

const byName = (name: string): InputField => OPINION_FIELDS.find((f) => f.name === name)!;

export const OPINION_GROUPS = {
  strengths: byName('opinion_strengths'),
  suggestions: byName('opinion_suggestions'),
  decision: byName('result_decision'),
  other: byName('result_other'),
  panel: PANEL_FIELDS,
} as const;

export function useOpinionStep(values: CellValues, strings: Strings) {
  const decisionLabels = Object.fromEntries(
    (Object.keys(RESULT_DECISIONS) as (keyof typeof RESULT_DECISIONS)[]).map((k) => [RESULT_DECISIONS[k], strings.decisionLabel[k]]),
  );
  // 其他 needs its explanation; a text already there stays visible whatever the choice.
  const showOther = values.result_decision === RESULT_DECISIONS.other || (values.result_other ?? null) !== null;
  return { groups: OPINION_GROUPS, decisionLabels, showOther };
}
