/**
 * 已於 … 定稿 / 定稿後已被修改: the 定稿 state as a message bar, announced
 * politely when it changes.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../../i18n/useStrings.ts';
import type { FinalStatusProps } from './FinalStatus.types.ts';
import { useFinalStatus } from './useFinalStatus.ts';
import { useFinalStatusStyles } from './useFinalStatusStyles.styles.ts';

export function FinalStatus(props: FinalStatusProps) {
  const strings = useStrings();
  const styles = useFinalStatusStyles();
  const view = useFinalStatus(props, strings);
  if (!view) return null;
  return (
    <MessageBar intent={view.intent} layout="multiline" data-testid="final-status">
      <MessageBarBody>
        {view.lines.map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
