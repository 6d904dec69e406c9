/**
 * The score, always in view at the bottom of the pane: the total (announced
 * politely as it changes), one bar per section against its weight, and a
 * link per remaining item that jumps to it.
 */
import { Button, ProgressBar, Text, mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import type { ScoreSummaryProps } from './ScoreSummary.types.ts';
import { useScoreSummary } from './useScoreSummary.ts';
import { useScoreSummaryStyles } from './useScoreSummaryStyles.styles.ts';

export function ScoreSummary(props: ScoreSummaryProps) {
  const view = useScoreSummary(props);
  const strings = useStrings();
  const styles = useScoreSummaryStyles();
  const headingId = useId();
  const listId = useId();
  const n = view.remaining.length;

  return (
    <aside className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.scoreHeading}
      </h2>
      <div className={styles.top} aria-live="polite" aria-atomic="true" role="status">
        <Text>{strings.total}</Text>
        <span className={styles.total} data-testid="score-total">
          {view.total}
        </span>
        <Text className={mergeClasses(n === 0 ? styles.complete : styles.remaining)}>{n === 0 ? strings.complete : strings.remaining(n)}</Text>
      </div>
      <ul className={styles.bars}>
        {view.bars.map((bar) => {
          const label = strings.sectionBar(bar.numeral, bar.weighted.toFixed(2), String(bar.max));
          return (
            <li key={bar.id} className={styles.bar} title={label}>
              <span aria-hidden="true">{bar.numeral}</span>
              <ProgressBar value={Math.min(bar.weighted, bar.max)} max={bar.max} thickness="large" aria-label={label} />
              <span aria-hidden="true">{bar.weighted.toFixed(1)}</span>
            </li>
          );
        })}
      </ul>
      {n > 0 && (
        <ul className={styles.links} id={listId} aria-label={strings.remainingListLabel}>
          {view.shown.map((item) => (
            <li key={item.id}>
              <Button className={styles.link} size="small" appearance="secondary" onClick={() => props.onJump(item.id)} aria-label={strings.goToItem(item.id, item.title)}>
                {item.id}
              </Button>
            </li>
          ))}
          {view.canExpand && (
            <li>
              <Button size="small" appearance="transparent" aria-expanded={view.expanded} aria-controls={listId} onClick={view.toggle}>
                {view.expanded ? strings.hideRemaining : strings.listRemaining(n)}
              </Button>
            </li>
          )}
        </ul>
      )}
    </aside>
  );
}
