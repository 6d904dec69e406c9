/**
 * The steps of the review as a tab list that wraps in a narrow pane: arrow
 * keys, Home and End move between tabs, Enter or Space opens one, and each
 * shows how many items are still open. Plain buttons, not Fluent's TabList:
 * its focus helpers put focusable elements inside aria-hidden.
 */
import { CounterBadge, mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import type { Step, StepNavProps } from './StepNav.types.ts';
import { useStepNav } from './useStepNav.ts';
import { useStepNavStyles } from './useStepNavStyles.styles.ts';

interface StepTabProps {
  readonly step: Step;
  readonly selected: boolean;
  readonly tabRef: (el: HTMLButtonElement | null) => void;
  readonly onSelect: (id: string) => void;
}

/**
 * One tab, rendered again only when what it shows changes: a level's click that closes an item changes one step's
 * count, and rendering all twelve tabs (a Fluent counter each) was a third of that click's script at 4× CPU.
 */
const StepTab = memo(
  function StepTab({ step, selected, tabRef, onSelect }: StepTabProps) {
    const styles = useStepNavStyles();
    return (
      <button
        ref={tabRef}
        type="button"
        role="tab"
        aria-selected={selected}
        tabIndex={selected ? 0 : -1}
        className={mergeClasses(styles.tab, selected && styles.selected)}
        title={step.title}
        onClick={() => onSelect(step.id)}
      >
        {/* The name is what is shown, then the rest of the title and the count unseen (WCAG 2.5.3: the name starts with the label). */}
        {step.label}
        {step.title !== step.label && (
          <span className={styles.hidden}>{step.title.startsWith(step.label) ? step.title.slice(step.label.length) : ` ${step.title}`}</span>
        )}
        {(step.open ?? 0) > 0 && (
          <>
            <CounterBadge className={styles.counter} count={step.open} size="small" appearance="filled" color="informative" aria-hidden />
            {step.openTitle && <span className={styles.hidden}>{step.openTitle.slice(step.title.length)}</span>}
          </>
        )}
      </button>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.tabRef === b.tabRef &&
    a.onSelect === b.onSelect &&
    (a.step === b.step ||
      (a.step.id === b.step.id && a.step.label === b.step.label && a.step.title === b.step.title && a.step.open === b.step.open && a.step.openTitle === b.step.openTitle)),
);

export function StepNav(props: StepNavProps) {
  const { onKeyDown, tabRef } = useStepNav(props);
  const styles = useStepNavStyles();
  return (
    <nav aria-label={props.label}>
      <div role="tablist" className={styles.list} onKeyDown={onKeyDown}>
        {props.steps.map((step, i) => (
          <StepTab key={step.id} step={step} selected={step.id === props.selected} tabRef={tabRef(i)} onSelect={props.onSelect} />
        ))}
      </div>
    </nav>
  );
}
