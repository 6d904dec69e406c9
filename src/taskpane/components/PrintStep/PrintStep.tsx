/**
 * The 列印 step: two buttons that rebuild 初審意見表 or 附表一 from the
 * current data and switch to it; printing itself is Excel's own dialog.
 * Below them, 定稿 (or 取消定稿), each asked for once more before it runs.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n/useStrings.ts';
import { FinalStatus } from '../FinalStatus/FinalStatus.tsx';
import type { PrintStepProps } from './PrintStep.types.ts';
import { usePrintStep } from './usePrintStep.ts';
import { usePrintStepStyles } from './usePrintStepStyles.styles.ts';

export function PrintStep(props: PrintStepProps) {
  const view = usePrintStep(props);
  const strings = useStrings();
  const styles = usePrintStepStyles();
  const remaining = props.remaining ?? 0;
  const finalisation = props.finalisation ?? { state: 'draft' };
  const problems = props.problems ?? 0;
  const pending = props.pending ?? 0;
  const draft = finalisation.state === 'draft';
  const blocked = draft && (problems > 0 || pending > 0);
  return (
    <div className={styles.root}>
      {props.checks ? (
        <MessageBar intent={props.checks.length > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.checkHeading}</MessageBarTitle>
            {props.checks.length === 0 ? (
              strings.checkClear
            ) : (
              <ul className={styles.checks}>
                {props.checks.map((check) => (
                  <li key={check.id}>
                    <button type="button" className={styles.checkLink} onClick={() => props.onGoTo?.(check)}>
                      {check.text}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        remaining > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{strings.printIncomplete(remaining)}</MessageBarBody>
          </MessageBar>
        )
      )}
      <Text block>{strings.printIntro}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={view.busy !== undefined} onClick={() => view.refresh('opinion')}>
          {strings.printOpinion}
        </Button>
        <Button disabledFocusable={view.busy !== undefined} onClick={() => view.refresh('annex1')}>
          {strings.printAnnex1}
        </Button>
      </div>
      <Text block size={300}>
        {strings.odfNote}
      </Text>
      <div aria-live="polite">
        {view.busy && <Spinner size="tiny" label={strings.printing} />}
        {view.done && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{strings.printDone(view.done)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {props.onFinalise && (
        <section className={styles.final} aria-labelledby="osh-final-heading">
          <h3 id="osh-final-heading" className={styles.finalHeading}>
            {strings.finalHeading}
          </h3>
          <div aria-live="polite">
            <FinalStatus finalisation={finalisation} />
          </div>
          {draft && <Text block>{strings.finalIntro}</Text>}
          {draft && problems > 0 && <Text block>{strings.finalBlockedProblems(problems)}</Text>}
          {draft && problems === 0 && pending > 0 && <Text block>{strings.finalBlockedPending(pending)}</Text>}
          {view.confirming ? (
            <div className={styles.confirm} role="group" aria-labelledby="osh-final-confirm">
              <Text block id="osh-final-confirm" weight="semibold">
                {view.confirming === 'finalise' ? strings.finalConfirm : strings.unfinaliseConfirm}
              </Text>
              {view.confirming === 'finalise' && remaining > 0 && <Text block>{strings.printIncomplete(remaining)}</Text>}
              <div className={styles.confirmButtons}>
                <Button ref={view.confirmRef} appearance="primary" onClick={view.confirm}>
                  {view.confirming === 'finalise' ? strings.finalConfirmYes : strings.unfinaliseYes}
                </Button>
                <Button onClick={view.cancel}>{strings.finalConfirmNo}</Button>
              </div>
            </div>
          ) : (
            <div className={styles.buttons}>
              {draft ? (
                <Button appearance="primary" disabledFocusable={blocked || view.finalBusy !== undefined} onClick={() => view.ask('finalise')}>
                  {strings.finalButton}
                </Button>
              ) : (
                <Button disabledFocusable={view.finalBusy !== undefined} onClick={() => view.ask('unfinalise')}>
                  {strings.unfinaliseButton}
                </Button>
              )}
            </div>
          )}
          {view.finalBusy && <Spinner size="tiny" label={view.finalBusy === 'finalise' ? strings.finalising : strings.unfinalising} />}
        </section>
      )}
    </div>
  );
}
