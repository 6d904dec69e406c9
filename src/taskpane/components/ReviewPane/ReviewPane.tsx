/**
 * The guided form over an open review. The header, the steps and the
 * eligibility line scroll away with the page; a step change scrolls to its
 * heading and focuses it. The score is one line, pinned at the bottom only
 * on the steps that score. One polite live region says the total.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStaticStyles, mergeClasses, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { BasicStep } from '../BasicStep/BasicStep.tsx';
import { EligibilityBanner } from '../EligibilityBanner/EligibilityBanner.tsx';
import { EligibilityStep } from '../EligibilityStep/EligibilityStep.tsx';
import { FinalStatus } from '../FinalStatus/FinalStatus.tsx';
import { OpinionStep } from '../OpinionStep/OpinionStep.tsx';
import { PrintStep } from '../PrintStep/PrintStep.tsx';
import { ScoreSummary } from '../ScoreSummary/ScoreSummary.tsx';
import { SectionStep } from '../SectionStep/SectionStep.tsx';
import { SheetProblems } from '../SheetProblems/SheetProblems.tsx';
import { StepNav } from '../StepNav/StepNav.tsx';
import type { ReviewPaneProps } from './ReviewPane.types.ts';
import { AnnounceContext } from './useAnnounce.ts';
import { useReviewPane } from './useReviewPane.ts';
import { useReviewPaneStyles } from './useReviewPaneStyles.styles.ts';

// The tools (and ExcelJS, the merge and the ranking they load when used) stay out of the first paint.
const ToolsPane = lazy(() => import('../ToolsPane/ToolsPane.tsx'));

/** The steps without the pinned score line: it would only cover their fields. */
const UNPINNED = new Set(['basic', 'eligibility', 'tools']);

// A focused field's message sits below it: scrolling a field into view brings its message along.
const useFieldScrollMargins = makeStaticStyles({
  '.fui-Field input, .fui-Field textarea, .fui-Field select': { scrollMarginBottom: '3rem', scrollMarginTop: '0.5rem' },
});

export function ReviewPane(props: ReviewPaneProps) {
  const { state, actions } = props;
  const strings = useStrings();
  const styles = useReviewPaneStyles();
  useFieldScrollMargins();
  const view = useReviewPane(props, strings);
  // The renames last dismissed: a later refresh that renames again is a new message.
  const [renamedSeen, setRenamedSeen] = useState<readonly string[] | undefined>(undefined);
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const current = view.steps[view.index]!;
  const previous = view.steps[view.index - 1];
  const next = view.steps[view.index + 1];
  const score = state.draft.score;
  const remaining = score ? score.unscored.length + score.pending.length : 0;
  // Once finalised the sheets refuse edits, so the pane takes none either (the 列印 step keeps 取消定稿).
  const locked = state.finalisation.state !== 'draft' && view.step !== 'print';
  const pending = new Set([...state.unsaved, ...Object.keys(state.fieldDrafts)]).size + (state.saving ? 1 : 0);

  let content;
  // Keyed by section: each opens with its first cards only (SectionStep), all of them when a card is to be focused.
  if (view.section) content = <SectionStep key={view.section.id} section={view.section} state={state} actions={actions} {...(view.focusesItem ? { firstItems: view.section.items.length } : {})} {...idle} />;
  else if (view.step === 'eligibility') content = <EligibilityStep state={state} actions={actions} {...idle} />;
  else if (view.step === 'opinion') content = <OpinionStep state={state} actions={actions} {...idle} />;
  else if (view.step === 'print') {
    content = (
      <PrintStep
        remaining={remaining}
        checks={view.checks}
        onGoTo={view.goToCheck}
        onRefresh={actions.refreshPrintSheets}
        finalisation={state.finalisation}
        problems={state.sheetProblems.length}
        pending={pending}
        onFinalise={actions.finalise}
        onUnfinalise={actions.unfinalise}
      />
    );
  } else if (view.step === 'tools') {
    const unit = state.values.review_unit;
    content = (
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={strings.toolsLoading} />}>
        <ToolsPane onAddSheets={actions.addSheets} hasReview {...(typeof unit === 'string' ? { reviewUnit: unit } : {})} />
      </Suspense>
    );
  }
  else content = <BasicStep state={state} actions={actions} {...idle} />;

  return (
    <AnnounceContext.Provider value={view.announce}>
      <div className={styles.root}>
        {state.renamed.length > 0 && state.renamed !== renamedSeen && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {strings.renamed(state.renamed)}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={strings.dismiss} onClick={() => setRenamedSeen(state.renamed)}>
                  ✕
                </Button>
              }
            />
          </MessageBar>
        )}
        <SheetProblems problems={state.sheetProblems} onGoTo={(name) => void actions.goTo(name)} />
        <StepNav label={strings.stepsLabel} steps={view.steps} selected={view.step} onSelect={view.page} />
        <EligibilityBanner
          key={view.step === 'eligibility' ? 'full' : 'compact'}
          eligibility={state.draft.eligibility}
          compact={view.step !== 'eligibility'}
          defaultExpanded={view.step === 'eligibility'}
          onOpen={() => view.page('eligibility')}
        />
        <main className={styles.main} aria-labelledby="osh-step-heading" ref={view.mainRef}>
          <h2 id="osh-step-heading" ref={view.headingRef} tabIndex={-1} className={styles.stepHeading}>
            {current.title}
          </h2>
          {locked && <FinalStatus finalisation={state.finalisation} showLockedNote />}
          <fieldset className={styles.inputs} disabled={locked}>
            {content}
          </fieldset>
          <div className={styles.pager}>
            {previous && (
              <Button className={styles.pagerButton} appearance="secondary" onClick={() => view.page(previous.id)}>
                {strings.previous(previous.title)}
              </Button>
            )}
            {next && (
              <Button className={mergeClasses(styles.pagerButton, styles.next)} appearance="primary" onClick={() => view.page(next.id)}>
                {strings.next(next.title)}
              </Button>
            )}
          </div>
        </main>
        <ScoreSummary rubric={state.rubric} score={score} onJump={view.jump} sticky={!UNPINNED.has(view.step)} />
        <div className={styles.live} aria-live="polite" aria-atomic="true" data-testid="pane-announcer">
          {view.spoken}
        </div>
      </div>
    </AnnounceContext.Provider>
  );
}
