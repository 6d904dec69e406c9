/**
 * The 意見與結果 step: 優點 and 建議 as text areas that keep every character,
 * each with how much of the printed 初審意見表 it uses (OpinionBoxes), the
 * 初審結果, and the on-site reviewers.
 */
import type { InputField } from '../../../sheets/fields.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CellField } from '../CellField/CellField.tsx';
import { cellFieldBinding } from '../CellField/cellFieldBinding.ts';
import { FieldGroup } from '../FieldGroup/FieldGroup.tsx';
import { OpinionBoxes } from './OpinionBoxes.tsx';
import type { OpinionStepProps } from './OpinionStep.types.ts';
import { useOpinionStep } from './useOpinionStep.ts';
import { useOpinionStepStyles } from './useOpinionStepStyles.styles.ts';

export function OpinionStep(props: OpinionStepProps) {
  const { state, actions } = props;
  const strings = useStrings();
  const { groups, decisionLabels, showOther } = useOpinionStep(state.values, strings);
  const styles = useOpinionStepStyles();
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const field = (f: InputField, label: string, extra: { optionLabels?: Record<string, string> } = {}) => (
    <CellField key={f.name} {...cellFieldBinding(state, actions, f, strings.problemWords)} label={label} {...extra} {...idle} />
  );

  return (
    <div className={styles.root}>
      <FieldGroup legend={strings.stepOpinion} columns={false}>
        <OpinionBoxes state={state} actions={actions} idleMs={props.idleMs} />
        {field(groups.decision, strings.decision, { optionLabels: decisionLabels })}
        {showOther && field(groups.other, strings.decisionOther)}
      </FieldGroup>
      <FieldGroup legend={strings.panelHeading} columns={false}>
        {groups.panel.map((row, i) => (
          <FieldGroup key={row.name.name} legend={strings.panelMember(i + 1)}>
            {field(row.name, strings.panelName(i + 1))}
            {field(row.organisation, strings.panelOrg(i + 1))}
            {field(row.title, strings.panelTitle(i + 1))}
          </FieldGroup>
        ))}
      </FieldGroup>
    </div>
  );
}
