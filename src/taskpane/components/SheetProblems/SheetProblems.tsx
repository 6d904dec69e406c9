/**
 * A warning that some cells in the sheets could not be read, listing each
 * with the reader's message and a button that selects the cell. The pane
 * never overwrites these cells on its own.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useId } from 'react';
import { problemMessage } from '../../../review/problem.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { SheetProblemsProps } from './SheetProblems.types.ts';
import { useSheetProblems } from './useSheetProblems.ts';
import { useSheetProblemsStyles } from './useSheetProblemsStyles.styles.ts';

export function SheetProblems(props: SheetProblemsProps) {
  const { expanded, toggle } = useSheetProblems();
  const strings = useStrings();
  const styles = useSheetProblemsStyles();
  const listId = useId();
  if (props.problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.sheetProblemsTitle(props.problems.length)}</MessageBarTitle>
        {strings.sheetProblemsIntro}
        <ul id={listId} className={styles.list} hidden={!expanded}>
          {props.problems.map((p, i) => (
            <li key={`${p.name}-${i}`} className={styles.item}>
              <span>{problemMessage(p.problem, strings.problemWords)}</span>{' '}
              {p.where !== '' && (
                <Button size="small" appearance="transparent" onClick={() => props.onGoTo(p.name)} aria-label={strings.showInSheetFor(p.name)}>
                  {strings.showInSheet}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" aria-expanded={expanded} aria-controls={listId} onClick={toggle}>
          {expanded ? strings.hideDetails : strings.showDetails}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
