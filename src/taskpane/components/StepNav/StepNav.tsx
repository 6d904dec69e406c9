/**
 * The steps of the review as a tab list: arrow keys move between tabs, the
 * tabs wrap in a narrow pane, and each shows how many items are still open.
 */
import { CounterBadge, Tab, TabList } from '@fluentui/react-components';
import type { StepNavProps } from './StepNav.types.ts';
import { useStepNav } from './useStepNav.ts';
import { useStepNavStyles } from './useStepNavStyles.styles.ts';

export function StepNav(props: StepNavProps) {
  const { onTabSelect } = useStepNav(props);
  const styles = useStepNavStyles();
  return (
    <nav aria-label={props.label}>
      <TabList className={styles.list} size="small" selectedValue={props.selected} onTabSelect={onTabSelect}>
        {props.steps.map((step) => (
          <Tab key={step.id} className={styles.tab} value={step.id} aria-label={(step.open ?? 0) > 0 && step.openTitle ? step.openTitle : step.title} title={step.title}>
            {step.label}
            {(step.open ?? 0) > 0 && <CounterBadge className={styles.counter} count={step.open} size="small" appearance="filled" color="informative" aria-hidden />}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
