/**
 * 優點 and 建議, each with how much of the printed 初審意見表 it uses, and the
 * button that lists the items rated 優 and 可／未達 as a start. Its own
 * component so that what is typed re-renders these two boxes, not the step.
 */
import { Button, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { PaneActions, PaneState } from '../../state/review-store.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { CellField } from '../CellField/CellField.tsx';
import { cellFieldBinding } from '../CellField/cellFieldBinding.ts';
import { appendMarked, markedItems } from './markedItems.ts';
import { useOpinionFit } from './useOpinionFit.ts';
import { OPINION_GROUPS } from './useOpinionStep.ts';
import { useOpinionStepStyles } from './useOpinionStepStyles.styles.ts';

const LIST_HINT_ID = 'osh-list-marked-hint';

export function OpinionBoxes(props: { readonly state: PaneState; readonly actions: PaneActions; readonly idleMs?: number | undefined }) {
  const { state, actions } = props;
  const strings = useStrings();
  const styles = useOpinionStepStyles();
  const fit = useOpinionFit(state.values, strings);
  const marked = useMemo(() => markedItems(state.rubric, state.values), [state.rubric, state.values]);
  const none = marked.strengths.length + marked.suggestions.length === 0;
  const [listed, setListed] = useState('');
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const { strengths, suggestions } = OPINION_GROUPS;

  // Added after what each box shows, never over it; a box with nothing new is not written.
  const list = () => {
    const texts = fit.texts();
    const s = appendMarked(texts.strengths, marked.strengths);
    const g = appendMarked(texts.suggestions, marked.suggestions);
    if (s.added > 0) actions.commitField(strengths, s.text, false);
    if (g.added > 0) actions.commitField(suggestions, g.text, false);
    setListed(s.added + g.added === 0 ? strings.listMarkedNothingNew : strings.listMarkedDone(s.added, g.added));
  };

  return (
    <>
      <CellField {...cellFieldBinding(state, actions, strengths, strings.problemWords)} label={strings.strengths} hint={fit.notes.strengths} onText={fit.onText.strengths} {...idle} />
      <CellField {...cellFieldBinding(state, actions, suggestions, strings.problemWords)} label={strings.suggestions} hint={fit.notes.suggestions} onText={fit.onText.suggestions} {...idle} />
      <div className={styles.list}>
        <Button disabledFocusable={none} onClick={list} aria-describedby={LIST_HINT_ID}>
          {strings.listMarked}
        </Button>
        <Text id={LIST_HINT_ID} size={200} block>
          {none ? strings.listMarkedNone : strings.listMarkedHint}
        </Text>
        <Text role="status" size={200} block>
          {listed}
        </Text>
      </div>
      <div className={styles.spoken} aria-live="polite">
        {fit.spoken}
      </div>
    </>
  );
}
