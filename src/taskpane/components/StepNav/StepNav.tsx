/**
 * The steps of the review as a tab list that wraps in a narrow pane: arrow
 * keys, Home and End move between tabs, Enter or Space opens one, and each
 * shows how many items are still open. Plain buttons, not Fluent's TabList:
 * its focus helpers put focusable elements inside aria-hidden.
 */
import { CounterBadge, mergeClasses } from '@fluentui/react-components';
import type { StepNavProps } from './StepNav.types.ts';
import { useStepNav } from './useStepNav.ts';
import { useStepNavStyles } from './useStepNavStyles.styles.ts';

export function StepNav(props: StepNavProps) {
  const { onKeyDown, setRef } = useStepNav(props);
  const styles = useStepNavStyles();
  return (
    <nav aria-label={props.label}>
      <div role="tablist" className={styles.list} onKeyDown={onKeyDown}>
        {props.steps.map((step, i) => {
          const selected = step.id === props.selected;
          return (
            <button
              key={step.id}
              ref={setRef(i)}
              type="button"
              role="tab"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              className={mergeClasses(styles.tab, selected && styles.selected)}
              title={step.title}
              onClick={() => props.onSelect(step.id)}
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
        })}
      </div>
    </nav>
  );
}
