/**
 * The 資格審查 step: the facts the rules read, grouped as the 要點 asks for
 * them. The banner above the step shows the result as they are entered.
 */
import { Button } from '@fluentui/react-components';
import { AWARD_FIELDS, NO, YES, type InputField } from '../../../sheets/fields.ts';
import { AWARD_TYPES } from '../../../review/constants.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CellField } from '../CellField/CellField.tsx';
import { cellFieldBinding } from '../CellField/cellFieldBinding.ts';
import { FieldGroup } from '../FieldGroup/FieldGroup.tsx';
import type { EligibilityStepProps } from './EligibilityStep.types.ts';
import { removeAwardRow, useEligibilityStep, visibleAwardRows } from './useEligibilityStep.ts';
import { useEligibilityStepStyles } from './useEligibilityStepStyles.styles.ts';

export function EligibilityStep(props: EligibilityStepProps) {
  const { state, actions } = props;
  const { groups, rates } = useEligibilityStep(state.values);
  const strings = useStrings();
  const styles = useEligibilityStepStyles();
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const field = (f: InputField, label?: string) => (
    <CellField key={f.name} {...cellFieldBinding(state, actions, f, strings.problemWords)} {...(label !== undefined ? { label } : {})} {...idle} />
  );
  const awardLabels = Object.fromEntries(AWARD_TYPES.map((t) => [t, strings.awardTypeName(t)]));
  const rows = visibleAwardRows(state.values, state.fieldDrafts);
  // Where one answer is the usual one to every question of a group (否, or 是 for 職場安全健康週), one click confirms them all.
  const all = (legend: string, fields: readonly InputField[], answer: typeof NO | typeof YES) => {
    const asked = fields.filter((f) => f.kind.type === 'yesNo');
    return (
      <Button className={styles.allNo} size="small" onClick={() => actions.writeRow(asked[0]!.name, Object.fromEntries(asked.map((f) => [f.name, answer])))}>
        {answer === NO ? strings.allNoText : strings.allYesText}
        <span className={styles.hidden}>{strings.allNo(legend)}</span>
      </Button>
    );
  };

  return (
    <div className={styles.root}>
      <FieldGroup legend={strings.groupEligibility}>
        {groups.facts.map((f) => field(f))}
        {all(strings.groupEligibility, groups.facts, NO)}
      </FieldGroup>

      <FieldGroup legend={strings.groupRates} hint={strings.ratesHint} columns={false}>
        <FieldGroup legend={strings.groupAverage}>{groups.average.map((f) => field(f))}</FieldGroup>
        {/* As the official form has them: one table per basis, a row per year, FR and SR side by side. */}
        {(['own', 'con'] as const).map((basis) => (
          <table key={basis} className={styles.rates}>
            <caption className={styles.caption}>{strings.rateBasis(basis)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.rateYearColumn}</th>
                <th scope="col">FR</th>
                <th scope="col">SR</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((column) => {
                const year = column.year !== undefined ? strings.rateYear(column.year) : strings.rateYearUnknown(column.n);
                return (
                  <tr key={column.n}>
                    <th scope="row">{year}</th>
                    {column.fields
                      .filter((f) => f.basis === basis)
                      .map(({ field: f, measure }) => (
                        <td key={f.name}>
                          <CellField {...cellFieldBinding(state, actions, f, strings.problemWords)} label={strings.rateLabel(basis, measure, year)} labelHidden {...idle} />
                        </td>
                      ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </FieldGroup>

      <FieldGroup legend={strings.groupAwards} hint={strings.awardsHint} columns={false} later>
        {AWARD_FIELDS.slice(0, rows).map((row, i) => {
          const filled = state.values[row.type.name] != null || state.values[row.year.name] != null;
          return (
            <div key={row.type.name} className={styles.award}>
              <CellField {...cellFieldBinding(state, actions, row.type, strings.problemWords)} label={strings.awardTypeLabel(i + 1)} optionLabels={awardLabels} {...idle} />
              <CellField {...cellFieldBinding(state, actions, row.year, strings.problemWords)} label={strings.awardYearLabel(i + 1)} {...idle} />
              <Button
                className={styles.remove}
                appearance="subtle"
                disabled={!filled}
                onClick={() => actions.writeRow(row.type.name, removeAwardRow(state.values, i))}
              >
                {strings.clear}
                <span className={styles.hidden}>{strings.removeAward(i + 1)}</span>
              </Button>
            </div>
          );
        })}
      </FieldGroup>

      <FieldGroup legend={strings.groupOshms} later>{groups.oshms.map((f) => field(f))}</FieldGroup>
      <FieldGroup legend={strings.groupSafetyWeek} later>
        {groups.safetyWeek.map((f) => field(f))}
        {all(strings.groupSafetyWeek, groups.safetyWeek, YES)}
      </FieldGroup>
      <FieldGroup legend={strings.groupLabor} hint={strings.groupLaborHint} later>
        {groups.concerns.map((f) => field(f))}
        {all(strings.groupLabor, groups.concerns, NO)}
      </FieldGroup>
    </div>
  );
}
