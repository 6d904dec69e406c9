/**
 * The score in one line: the total, how many items are left, and a 明細
 * button that opens, as a sheet above the line, each section's bar and a
 * link per remaining item (Escape closes it). On the
 * scoring steps it stays in view at the bottom of the pane; its height is
 * the pane's scroll padding, so nothing focused ends up under it.
 */
import { Button, ProgressBar, Text, mergeClasses } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import type { ScoreSummaryProps } from './ScoreSummary.types.ts';
import { useScoreSummary } from './useScoreSummary.ts';
import { useScoreSummaryStyles } from './useScoreSummaryStyles.styles.ts';

export function ScoreSummary(props: ScoreSummaryProps) {
  const view = useScoreSummary(props);
  const strings = useStrings();
  const styles = useScoreSummaryStyles();
  const headingId = useId();
  const sheetId = useId();
  const n = view.remaining.length;

  return (
    <aside ref={view.rootRef} className={mergeClasses(styles.root, props.sticky && styles.sticky)} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.scoreHeading}
      </h2>
      <div className={styles.line}>
        <Text className={styles.label}>{strings.total}</Text>
        <span className={styles.total} data-testid="score-total">
          {view.total}
        </span>
        <Text className={mergeClasses(styles.state, n === 0 ? styles.complete : styles.remaining)}>{n === 0 ? strings.complete : strings.remaining(n)}</Text>
        <DetailsButton className={styles.details} open={view.open} controls={sheetId} onToggle={view.toggle} label={strings.scoreDetails} />
      </div>
      {view.open && (
        <div id={sheetId} className={styles.sheet} role="group" aria-label={strings.scoreHeading} onKeyDown={view.onSheetKeyDown}>
          <ul className={styles.bars}>
            {view.bars.map((bar) => {
              const label = strings.sectionBar(bar.numeral, bar.weighted.toFixed(2), String(bar.max));
              return (
                <li key={bar.id} className={styles.bar}>
                  <span aria-hidden="true">{bar.numeral}</span>
                  <ProgressBar className={styles.progress} value={Math.min(bar.weighted, bar.max)} max={bar.max} thickness="large" aria-label={label} />
                  <span aria-hidden="true">{bar.weighted.toFixed(1)}</span>
                </li>
              );
            })}
          </ul>
          {n > 0 && (
            <ul className={styles.links} aria-label={strings.remainingListLabel}>
              {view.remaining.map((item) => (
                <li key={item.id}>
                  <Button className={styles.link} size="small" appearance="secondary" onClick={() => view.jump(item.id)} aria-label={strings.goToItem(item.id, item.title)}>
                    {item.id}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  );
}

/** 明細: its own part, so that a level's click, which renders the line again, leaves Fluent's Button as it is. */
const DetailsButton = memo(function DetailsButton(props: { readonly className: string; readonly open: boolean; readonly controls: string; readonly onToggle: () => void; readonly label: string }) {
  return (
    <Button className={props.className} size="small" appearance="secondary" aria-expanded={props.open} aria-controls={props.controls} onClick={props.onToggle}>
      {props.label}
    </Button>
  );
});
