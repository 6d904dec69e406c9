/**
 * A step for one section of 附表一: the weight and the section's subtotal as
 * the form computes it, then one card per item.
 */
import { Text } from '@fluentui/react-components';
import { startTransition, useEffect, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { ItemCard } from '../ItemCard/ItemCard.tsx';
import type { SectionStepProps } from './SectionStep.types.ts';
import { useSectionStep } from './useSectionStep.ts';
import { useSectionStepStyles } from './useSectionStepStyles.styles.ts';

/** The cards that fill a first screen: at 350 × 600 the first card of most sections does, the second always. */
const FIRST_SCREEN = 2;

export function SectionStep(props: SectionStepProps) {
  const { section, state, actions } = props;
  const { score } = useSectionStep(props);
  const strings = useStrings();
  const styles = useSectionStepStyles();
  // Opening a section rendered all its cards in the click's task (up to 300 ms at 4× CPU on 三): the first
  // cards come with the step, the rest right after its paint, in a transition that yields to input. Built hidden,
  // at the lowest priority, before it is shown, it renders them all.
  const all = section.items.length;
  const [shown, setShown] = useState(() => (props.shown === false ? all : Math.min(all, props.firstItems ?? FIRST_SCREEN)));
  useEffect(() => {
    if (shown < all) startTransition(() => setShown(all));
  }, [shown, all]);
  return (
    <div className={styles.root}>
      <div className={styles.meta}>
        <Text weight="semibold">{strings.weight(section.weight)}</Text>
        {score && <Text>{strings.sectionSubtotal(score.earned, score.applicable, section.weight, score.weighted)}</Text>}
      </div>
      <div className={styles.items}>
        {section.items.slice(0, Math.max(shown, props.firstItems ?? 0)).map((item, i) => (
          <ItemCard key={item.id} item={item} state={state} actions={actions} later={i >= FIRST_SCREEN} {...(props.idleMs !== undefined ? { idleMs: props.idleMs } : {})} />
        ))}
      </div>
    </div>
  );
}
