/**
 * The eligibility banner: each finding with its clause, ineligible in red and
 * not-recommended in amber; conditions not yet confirmed as 尚未確認 with
 * their list (not as 符合). On the steps that are not about eligibility it
 * is one bar: the findings in a line each and how many are unconfirmed.
 * Not a live region: the pane has one, for the total.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useId } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import type { EligibilityBannerProps } from './EligibilityBanner.types.ts';
import { useEligibilityBanner } from './useEligibilityBanner.ts';
import { useEligibilityBannerStyles } from './useEligibilityBannerStyles.styles.ts';

export function EligibilityBanner(props: EligibilityBannerProps) {
  const view = useEligibilityBanner(props);
  const strings = useStrings();
  const styles = useEligibilityBannerStyles();
  const headingId = useId();
  const listId = useId();
  const e = props.eligibility;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="eligibility-banner">
      <h2 id={headingId} className={styles.heading}>
        {strings.eligibilityHeading}
      </h2>
      <div className={styles.root}>
        {!e && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.needYearDate}</MessageBarBody>
          </MessageBar>
        )}
        {e && view.findings.length === 0 && view.unconfirmed.length === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{strings.status.eligible}</MessageBarBody>
          </MessageBar>
        )}
        {view.findings.map((f) => (
          <MessageBar
            key={`${f.rule}-${f.message}`}
            intent={f.severity === 'ineligible' ? 'error' : 'warning'}
            layout="multiline"
            data-severity={f.severity}
          >
            <MessageBarBody>
              <MessageBarTitle>
                {strings.severity[f.severity]}｜{f.clause}｜{strings.ruleTitle[f.rule]}
              </MessageBarTitle>
              {!props.compact && (
                <span className={styles.message} lang="zh-Hant-TW">
                  {f.message}
                </span>
              )}
            </MessageBarBody>
          </MessageBar>
        ))}
        {e && view.unconfirmed.length > 0 && props.compact && (
          <MessageBar intent="info" layout="multiline" data-severity="unconfirmed">
            <MessageBarBody>
              {view.findings.length === 0 && <MessageBarTitle>{strings.eligibilityPending(view.unconfirmed.length)}</MessageBarTitle>}
              {view.findings.length > 0 && strings.unconfirmed(view.unconfirmed.length)}
            </MessageBarBody>
          </MessageBar>
        )}
        {e && view.unconfirmed.length > 0 && !props.compact && (
          <MessageBar intent="info" layout="multiline" data-severity="unconfirmed">
            <MessageBarBody>
              <MessageBarTitle>{strings.unconfirmed(view.unconfirmed.length)}</MessageBarTitle>
              <ul id={listId} className={styles.list} hidden={!view.expanded}>
                {view.unconfirmed.map((u) => (
                  <li key={`${u.rule}-${u.message}`}>
                    {u.clause}｜{strings.ruleTitle[u.rule]}：<span lang="zh-Hant-TW">{u.message}</span>
                  </li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" aria-expanded={view.expanded} aria-controls={listId} onClick={view.toggle}>
                {view.expanded ? strings.hideConditions : strings.showConditions}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {props.compact && props.onOpen && (view.findings.length > 0 || view.unconfirmed.length > 0) && (
          <div>
            <Button size="small" appearance="transparent" onClick={props.onOpen}>
              {strings.openEligibility}
            </Button>
          </div>
        )}
        {e?.fiveStarPath && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.fiveStar}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
