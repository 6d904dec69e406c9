/**
 * A step for one section of 附表一: the weight and the section's subtotal as
 * the form computes it, then one card per item.
 */
import { Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n/useStrings.ts';
import { ItemCard } from '../ItemCard/ItemCard.tsx';
import type { SectionStepProps } from './SectionStep.types.ts';
import { useSectionStep } from './useSectionStep.ts';
import { useSectionStepStyles } from './useSectionStepStyles.styles.ts';

export function SectionStep(props: SectionStepProps) {
  const { section, state, actions } = props;
  const { score } = useSectionStep(props);
  const strings = useStrings();
  const styles = useSectionStepStyles();
  return (
    <div className={styles.root}>
      <div className={styles.meta}>
        <Text weight="semibold">{strings.weight(section.weight)}</Text>
        {score && <Text>{strings.sectionSubtotal(score.earned, score.applicable, section.weight, score.weighted)}</Text>}
      </div>
      <div className={styles.items}>
        {section.items.map((item) => (
          <ItemCard key={item.id} item={item} state={state} actions={actions} {...(props.idleMs !== undefined ? { idleMs: props.idleMs } : {})} />
        ))}
      </div>
    </div>
  );
}
