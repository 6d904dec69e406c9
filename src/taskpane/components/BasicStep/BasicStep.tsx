/**
 * The 基本資料 step: one field per named cell, validated as typed
 * (統一編號 checksum, 3-digit 行業別, 民國 years, dates, counts).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import type { InputField } from '../../../sheets/fields.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CellField } from '../CellField/CellField.tsx';
import { cellFieldBinding } from '../CellField/cellFieldBinding.ts';
import { FieldGroup } from '../FieldGroup/FieldGroup.tsx';
import type { BasicStepProps } from './BasicStep.types.ts';
import { REQUIRED_FIELDS, useBasicStep } from './useBasicStep.ts';
import { useBasicStepStyles } from './useBasicStepStyles.styles.ts';

export function BasicStep(props: BasicStepProps) {
  const { state, actions } = props;
  const groups = useBasicStep();
  const strings = useStrings();
  const styles = useBasicStepStyles();
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const field = (f: InputField) => (
    <CellField key={f.name} {...cellFieldBinding(state, actions, f, strings.problemWords)} required={REQUIRED_FIELDS.has(f.name)} {...idle} />
  );

  return (
    <div className={styles.root}>
      <FieldGroup legend={strings.groupCandidate}>{groups.candidate.map(field)}</FieldGroup>
      <FieldGroup legend={strings.groupReview}>{groups.review.map(field)}</FieldGroup>
      <Accordion multiple collapsible>
        <AccordionItem value="construction">
          <AccordionHeader as="h3">{strings.groupConstruction}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text size={200} block>
              {strings.groupConstructionHint}
            </Text>
            <FieldGroup legend={strings.groupConstruction}>{groups.construction.map(field)}</FieldGroup>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="image">
          <AccordionHeader as="h3">{strings.groupImage}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FieldGroup legend={strings.groupImage}>{groups.image.map(field)}</FieldGroup>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
