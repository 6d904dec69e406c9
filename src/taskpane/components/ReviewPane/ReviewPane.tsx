/**
 * The guided form over an open review. The header, the steps and the
 * eligibility line scroll away with the page; a step change scrolls to its
 * heading and focuses it. The score is one line, pinned at the bottom only
 * on the steps that score. One polite live region says the total.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, mergeClasses } from '@fluentui/react-components';
// From Griffel itself: Fluent does not re-export what the build turns makeStaticStyles() into (webpack.config.js).
import { makeStaticStyles } from '@griffel/react';
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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
import { LazyToolsPane } from '../ToolsPane/LazyToolsPane.tsx';
import type { ReviewPaneProps } from './ReviewPane.types.ts';
import { AnnounceContext, useLiveText, type LiveText } from './useAnnounce.ts';
import { useReviewPane } from './useReviewPane.ts';
import { useReviewPaneStyles } from './useReviewPaneStyles.styles.ts';

/**
 * Once the pane has been idle a moment after opening, the form's steps are rendered hidden, one per idle moment in a
 * transition, and stay rendered: a step change then shows a step that is already there instead of building it in the
 * click's task (a section's cards, their Fluent inputs and their first styles: 100–800 ms at 4× CPU). 列印 (its checks
 * follow the whole review) is built each time it is opened. The tools are built ahead too: their chunk is small, and
 * ExcelJS, the merge and the ranking load only when a tool is used.
 */
const WARM_AFTER_MS = 1000;
const NOT_KEPT = new Set(['print']);
// A step change leaves the hidden steps' props as they were: they are not rendered again (only a change of the review is).
const KeptBasic = memo(BasicStep);
const KeptEligibility = memo(EligibilityStep);
const KeptOpinion = memo(OpinionStep);
const KeptSection = memo(SectionStep);

/**
 * A kept step: `display: none` (the `hidden` attribute: out of the accessibility tree and the tab order) while
 * another one is shown. A hidden step is not rendered again, whatever changes (a level's click, a commit): it catches
 * up when it is shown. Its effects stay mounted, so showing it is a change of one attribute, not a remount of every
 * field's effects (React's `Activity` unmounted and mounted them on each switch: a third of a switch's script time).
 *
 * Shown again at its heading (`deferLater`), it makes the pane's `main` `data-opening` for one frame: what the step
 * marks `data-later`, below its first screen, stays `display: none` in the frame that shows the rest and comes in the
 * next one. Laying out 資格審查's last four groups in the click's frame cost about 30 ms of its 110 at 4× CPU, though
 * they are out of view there (their `content-visibility: auto` is decided after the step is laid out at the old
 * scroll position). 上一步 and 下一步, below the step, wait with them: shown in that frame they stood where the step's
 * first screen ended, thousands of pixels above where they would be a frame later, and a click aimed there landed
 * on a card.
 *
 * Built hidden, it is shown once, unseen, for one frame while the pane is idle (`rehearse`): a step's first showing
 * styled, laid out and shaped its text from cold caches, 25–50 ms slower at 4× CPU than showing it again.
 */
const Kept = memo(
  function Kept(props: { readonly step?: string; readonly shown: boolean; readonly deferLater?: boolean; readonly children: ReactNode }) {
    const ref = useRef<HTMLDivElement>(null);
    // Whether it was shown at the last commit: a step that becomes shown opens; one built shown does not.
    const wasShown = useRef(props.shown);
    useEffect(() => rehearse(ref.current), []);
    useLayoutEffect(() => {
      const step = ref.current;
      const opens = props.shown && !wasShown.current && props.deferLater === true;
      wasShown.current = props.shown;
      // Shown while its rehearsal is under way: as itself at once.
      if (props.shown) step?.removeAttribute('style');
      const main = step?.closest('main');
      if (!opens || !main || !step?.querySelector('[data-later]')) return;
      main.setAttribute('data-opening', '');
      // Until after the frame that paints the step: the first task after its animation callbacks.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => main.removeAttribute('data-opening'), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        main.removeAttribute('data-opening');
      };
    }, [props.shown]);
    return (
      <div ref={ref} data-step={props.step} hidden={!props.shown}>
        {props.children}
      </div>
    );
  },
  (before, after) => !before.shown && !after.shown,
);

/**
 * Shows a step built hidden for one frame, unseen (`visibility: hidden`, fixed at the top, the width it will have),
 * once the pane is idle; then hides it again. Returns what cancels it.
 */
function rehearse(step: HTMLElement | null): (() => void) | undefined {
  if (!step?.hidden || typeof requestIdleCallback !== 'function') return undefined;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    if (step.hidden) step.removeAttribute('style');
  };
  const idle = requestIdleCallback(
    () => {
      if (!step.hidden) return;
      const width = step.parentElement?.getBoundingClientRect().width ?? 0;
      step.style.cssText = `display: block; position: fixed; top: 0; left: 0; width: ${width}px; visibility: hidden; pointer-events: none`;
      frame = requestAnimationFrame(() => {
        timer = setTimeout(end, 0);
      });
    },
    { timeout: 3000 },
  );
  return () => {
    cancelIdleCallback(idle);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    end();
  };
}

const useLaterStyles = makeStaticStyles({
  '[data-opening] [data-later]': { display: 'none' },
});

const Banner = memo(EligibilityBanner);
// Re-rendered when their own inputs change (a step change is only `selected` for the tabs, `sticky` for the score).
const Nav = memo(StepNav);
const Summary = memo(ScoreSummary);

/** The steps without the pinned score line: it would only cover their fields. */
const UNPINNED = new Set(['basic', 'eligibility', 'tools']);

// A focused field's message sits below it: scrolling a field into view brings its message along.
const useFieldScrollMargins = makeStaticStyles({
  '.fui-Field input, .fui-Field textarea, .fui-Field select': { scrollMarginBottom: '3rem', scrollMarginTop: '0.5rem' },
});

// Griffel compiles a static style's CSS at every call of its hook: called from a component that renders once, not
// from ReviewPane, which renders at every click.
const StaticStyles = memo(function StaticStyles() {
  useFieldScrollMargins();
  useLaterStyles();
  return null;
});

export function ReviewPane(props: ReviewPaneProps) {
  const { state, actions } = props;
  const strings = useStrings();
  const styles = useReviewPaneStyles();
  const view = useReviewPane(props, strings);
  // The renames last dismissed: a later refresh that renames again is a new message.
  const [renamedSeen, setRenamedSeen] = useState<readonly string[] | undefined>(undefined);
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};
  const onEligibility = view.step === 'eligibility';
  const { page } = view;
  const openEligibility = useCallback(() => page('eligibility'), [page]);
  const current = view.steps[view.index]!;
  const previous = view.steps[view.index - 1];
  const next = view.steps[view.index + 1];
  const score = state.draft.score;
  const remaining = score ? score.unscored.length + score.pending.length : 0;
  // Once finalised the sheets refuse edits, so the pane takes none either (the 列印 step keeps 取消定稿).
  const locked = state.finalisation.state !== 'draft' && view.step !== 'print';
  const pending = new Set([...state.unsaved, ...Object.keys(state.fieldDrafts)]).size + (state.saving ? 1 : 0);

  // Steps seen so far, and after the warm-up all of them, stay rendered: hidden while another one is shown.
  const keep = props.keepSteps ?? true;
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set([view.step]));
  if (keep && !kept.has(view.step) && !NOT_KEPT.has(view.step)) setKept(new Set(kept).add(view.step));
  const warm = kept.size >= view.steps.length - NOT_KEPT.size;
  // One step per idle moment, the ones after the step shown first: each is a small piece of work of its own, done
  // before the next click, rather than all ten steps at once, which a click would interrupt and start over.
  const order = view.steps.map((s) => s.id).join(' ');
  useEffect(() => {
    if (warm || !keep) return;
    const ids = order.split(' ').filter((id) => !NOT_KEPT.has(id));
    const at = ids.indexOf(view.step);
    const next = [...ids.slice(at + 1), ...ids.slice(0, Math.max(0, at))].find((id) => !kept.has(id));
    if (!next) return;
    let idle: number | undefined;
    const add = () => startTransition(() => setKept((k) => new Set(k).add(next)));
    const timer = setTimeout(
      () => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(add, { timeout: 3000 });
        else add();
      },
      kept.size === 1 ? WARM_AFTER_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [warm, keep, kept, order, view.step]);

  const render = (id: string, shown: boolean): ReactNode => {
    const section = view.sectionOf(id);
    // A section opens with its first cards only (SectionStep), all of them when a card is to be focused or it is built hidden.
    if (section) return <KeptSection section={section} state={state} actions={actions} shown={shown} {...(id === view.step && view.focusesItem ? { firstItems: section.items.length } : {})} {...idle} />;
    if (id === 'eligibility') return <KeptEligibility state={state} actions={actions} {...idle} />;
    if (id === 'opinion') return <KeptOpinion state={state} actions={actions} {...idle} />;
    if (id === 'print') {
      return (
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
    }
    if (id === 'tools') {
      const unit = state.values.review_unit;
      return <LazyToolsPane onAddSheets={actions.addSheets} hasReview {...(typeof unit === 'string' ? { reviewUnit: unit } : {})} />;
    }
    return <KeptBasic state={state} actions={actions} {...idle} />;
  };
  // Whether each kept step was first built shown or hidden ahead (a section opens with its first cards, or all of
  // them): fixed once built, so that showing or hiding it later is not a change of its props.
  const builtShown = useRef(new Map<string, boolean>());
  // In the steps' order, so the tab order and the document order stay the same whichever step is shown.
  const content = view.steps
    .filter((s) => s.id === view.step || (keep && kept.has(s.id)))
    .map((s) => {
      const shown = s.id === view.step;
      if (NOT_KEPT.has(s.id)) {
        return (
          <div key={s.id} data-step={s.id}>
            {render(s.id, shown)}
          </div>
        );
      }
      if (!builtShown.current.has(s.id)) builtShown.current.set(s.id, shown);
      return (
        <Kept key={s.id} step={s.id} shown={shown} deferLater={view.opensAtHeading}>
          {render(s.id, builtShown.current.get(s.id)!)}
        </Kept>
      );
    });

  return (
    <AnnounceContext.Provider value={view.announce}>
      <StaticStyles />
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
        <Nav label={strings.stepsLabel} steps={view.steps} selected={view.step} onSelect={view.page} />
        {keep ? (
          // Both kept, each shown on its own steps: switching to or from 資格審查 remounted the banner (its full list).
          <>
            <Kept shown={!onEligibility}>
              <Banner eligibility={state.draft.eligibility} compact onOpen={openEligibility} />
            </Kept>
            {kept.has('eligibility') && (
              <Kept shown={onEligibility}>
                <Banner eligibility={state.draft.eligibility} compact={false} defaultExpanded onOpen={openEligibility} />
              </Kept>
            )}
          </>
        ) : (
          <EligibilityBanner
            key={onEligibility ? 'full' : 'compact'}
            eligibility={state.draft.eligibility}
            compact={!onEligibility}
            defaultExpanded={onEligibility}
            onOpen={openEligibility}
          />
        )}
        <main className={styles.main} aria-labelledby="osh-step-heading" ref={view.mainRef}>
          <h2 id="osh-step-heading" ref={view.headingRef} tabIndex={-1} className={styles.stepHeading}>
            {current.title}
          </h2>
          {locked && <FinalStatus finalisation={state.finalisation} showLockedNote />}
          <fieldset className={styles.inputs} disabled={locked}>
            {content}
          </fieldset>
          <div className={styles.pager} data-later="">
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
        <Summary rubric={state.rubric} score={score} onJump={view.jump} sticky={!UNPINNED.has(view.step)} />
        <Announcer live={view.spoken} className={styles.live} />
      </div>
    </AnnounceContext.Provider>
  );
}

/** The pane's one polite live region (useAnnounce.ts). */
function Announcer(props: { readonly live: LiveText; readonly className: string }) {
  return (
    <div className={props.className} aria-live="polite" aria-atomic="true" data-testid="pane-announcer">
      {useLiveText(props.live)}
    </div>
  );
}
