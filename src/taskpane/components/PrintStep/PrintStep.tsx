/**
 * The 列印 step: two buttons that rebuild 初審意見表 or 附表一 from the
 * current data and switch to it; printing itself is Excel's own dialog.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useStrings } from '../../i18n/useStrings.ts';
import type { PrintStepProps } from './PrintStep.types.ts';
import { usePrintStep } from './usePrintStep.ts';
import { usePrintStepStyles } from './usePrintStepStyles.styles.ts';

export function PrintStep(props: PrintStepProps) {
  const view = usePrintStep(props);
  const strings = useStrings();
  const styles = usePrintStepStyles();
  const remaining = props.remaining ?? 0;
  return (
    <div className={styles.root}>
      <Text block>{strings.printIntro}</Text>
      {remaining > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.printIncomplete(remaining)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={view.busy !== undefined} onClick={() => view.refresh('opinion')}>
          {strings.printOpinion}
        </Button>
        <Button disabledFocusable={view.busy !== undefined} onClick={() => view.refresh('annex1')}>
          {strings.printAnnex1}
        </Button>
      </div>
      <div aria-live="polite">
        {view.busy && <Spinner size="tiny" label={strings.printing} />}
        {view.done && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{strings.printDone(view.done)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
