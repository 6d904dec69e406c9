/**
 * Host failures as error message bars: what failed, the host's message, and
 * for writes, that nothing typed is lost and a retry button; for a 建立 that
 * failed after its form was typed into, that what was typed is kept.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { problemMessage } from '../../../review/problem.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { HostErrorBarProps } from './HostErrorBar.types.ts';
import { useHostErrorBar } from './useHostErrorBar.ts';
import { useHostErrorBarStyles } from './useHostErrorBarStyles.styles.ts';

export function HostErrorBar(props: HostErrorBarProps) {
  const { shown } = useHostErrorBar(props);
  const strings = useStrings();
  const styles = useHostErrorBarStyles();
  return (
    <div className={styles.root} role="alert">
      {shown.map((error) => {
        const dismiss = () => props.errors.filter((e) => e.action === error.action && e.message === error.message).forEach((e) => props.onDismiss(e.id));
        return (
          <MessageBar key={error.id} intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.errorTitle[error.action]}</MessageBarTitle>
              {error.problems && error.problems.length > 0 ? error.problems.map((p) => problemMessage(p, strings.problemWords)).join(' ') : error.message}
              {error.code && <span className={styles.code}> ({error.code})</span>}
              {error.action === 'write' && (props.unsaved ?? 0) > 0 && <div>{strings.nothingLost}</div>}
              {error.action === 'create' && (props.keptForCreate ?? 0) > 0 && <div>{strings.keptForCreate}</div>}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={strings.dismiss} onClick={dismiss}>
                  ✕
                </Button>
              }
            >
              {error.action === 'write' && (props.unsaved ?? 0) > 0 && (
                <Button size="small" onClick={props.onRetry}>
                  {strings.retry}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
