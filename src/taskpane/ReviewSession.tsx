/**
 * The pane's working part: the store over the host, the save status in the
 * header, host errors, and the start or review form for the phase. App
 * loads it after the first paint; until then App shows the same header and
 * a "checking the workbook" spinner, so the swap is not seen.
 */
// First: zod must know it runs without eval before any schema is built (see src/review/zod-config.ts).
import '../review/zod-config.ts';
import { Button } from '@fluentui/react-components';
import { memo, Suspense, useEffect, useRef } from 'react';
import { HostErrorBar } from './components/HostErrorBar/HostErrorBar.tsx';
import { FailedPart, LoadBoundary } from './components/LoadBoundary/LoadBoundary.tsx';
import { PaneHeader } from './components/PaneHeader/PaneHeader.tsx';
import type { ReviewHost } from '../host/review-host.ts';
import type { Locale } from './i18n/shell.ts';
import { stringsFor, StringsContext } from './i18n/useStrings.ts';
import { lazyLoaded } from './lazy-loaded.ts';
import { useReviewStore } from './state/useReviewStore.ts';
import { useSustained } from './state/useSustained.ts';

// The start form and the review form have chunks of their own (most of
// Fluent's inputs and the rubric's text). The start form's download starts
// with the session's (webpackPreload) and is compiled as soon as the session
// is: the check of the workbook, which runs meanwhile, most often leads to it.
// The review form's is fetched once the session's is in (webpackPrefetch) but
// compiled only when it comes next, or once the start form is shown and the
// pane idle: compiling it first held the start form back by 200–260 ms at 4×
// CPU (docs/performance.md, eighth round), and a workbook with a review still
// finds it downloaded.
const { Component: StartPane, load: loadStartPane } = lazyLoaded(() => import(/* webpackChunkName: "start-pane", webpackPreload: true */ './components/StartPane/StartPane.tsx'), (m) => m.StartPane);
loadStartPane().catch(() => undefined); // a failed download shows when the form is rendered (lazy retries the import)
const { Component: ReviewPane, load: loadReviewPane } = lazyLoaded(() => import(/* webpackChunkName: "review-pane", webpackPrefetch: true */ './components/ReviewPane/ReviewPane.tsx'), (m) => m.ReviewPane);

// The store changes at every click and keystroke committed (a write, then its end): the header and the error bars
// are rendered again only when what they show changes.
const Header = memo(PaneHeader);
const Errors = memo(HostErrorBar);

/**
 * 儲存中… is said only for a write still under way after this long. Each click's write ends within a frame or two on
 * the preview and most hosts: the status went 儲存中… and back at every click, a change of the header's text (its
 * render, style and layout) in the click's own frame and again in the next, too quick to read.
 */
const SAVING_SHOWN_AFTER_MS = 300;

export interface ReviewSessionProps {
  readonly host: ReviewHost;
  /** The pane's language; its strings are loaded (App switches only then). */
  readonly locale: Locale;
  readonly idleMs?: number;
  readonly changeDelayMs?: number;
  readonly initialStep?: string;
  readonly keepSteps?: boolean;
  readonly onSwitchLanguage: (locale: Locale) => void;
  /** Renders a centred spinner with `label` (App's, so both look the same). */
  readonly waiting: (label: string) => React.ReactNode;
  /** Class of the centred column for the phase's body. */
  readonly centerClassName: string;
}

export function ReviewSession(props: ReviewSessionProps) {
  const { host, idleMs, changeDelayMs, waiting } = props;
  const strings = stringsFor(props.locale);
  const { store, state } = useReviewStore(host, changeDelayMs !== undefined ? { changeDelayMs } : {});
  const actions = store.actions;
  const saving = useSustained(state.saving, SAVING_SHOWN_AFTER_MS);
  // Right after 建立 the reviewer goes on typing: the form opens with its first field focused.
  const created = useRef(false);
  if (state.phase === 'creating') created.current = true;
  useEffect(() => {
    // For `npm run bench` and DevTools: when the session took over and when each phase was first reached.
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function' && performance.getEntriesByName(`osh-review:${state.phase}`).length === 0) {
      performance.mark(`osh-review:${state.phase}`);
    }
  }, [state.phase]);
  useEffect(() => {
    // A review is being read or built: its form comes next.
    if (state.phase === 'loading' || state.phase === 'creating' || state.phase === 'ready') loadReviewPane().catch(() => undefined);
  }, [state.phase]);

  useEffect(() => {
    // On the start form the reviewer types four facts: time enough to load what 建立 needs, when the pane is idle:
    // the review form's code, then the host's (host.warm). A second after the form shows, so that its own first
    // paint and first keystrokes come first; each in an idle moment of its own.
    if (state.phase !== 'start') return;
    const idle: number[] = [];
    const whenIdle = (work: () => void) => {
      if (typeof requestIdleCallback === 'function') idle.push(requestIdleCallback(work, { timeout: 2000 }));
      else work();
    };
    const timer = setTimeout(() => {
      whenIdle(() => {
        loadReviewPane().catch(() => undefined);
        if (host.warm) whenIdle(() => host.warm?.());
      });
    }, 1000);
    return () => {
      clearTimeout(timer);
      idle.forEach((id) => cancelIdleCallback(id));
    };
  }, [state.phase, host]);

  useEffect(() => {
    // A review is shown: the first level's click comes sooner or later. Its code path runs once, while idle.
    if (state.phase !== 'ready' || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => store.rehearsePick(), { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, [state.phase, store]);

  let body;
  switch (state.phase) {
    case 'checking':
    case 'loading':
      body = waiting(state.phase === 'checking' ? strings.checking : strings.loading);
      break;
    case 'unavailable':
      body = (
        <div className={props.centerClassName}>
          <Button appearance="primary" onClick={() => void actions.start()}>
            {strings.checkAgain}
          </Button>
        </div>
      );
      break;
    case 'start':
    case 'creating':
      body = (
        <StartPane
          capabilities={host.capabilities}
          creating={state.phase === 'creating'}
          onCreate={actions.create}
          onRecheck={() => void actions.start()}
          onAddSheets={actions.addSheets}
        />
      );
      break;
    case 'ready':
      body = <ReviewPane state={state} actions={actions} focusFirstField={created.current} {...(idleMs !== undefined ? { idleMs } : {})} {...(props.initialStep ? { initialStep: props.initialStep } : {})} {...(props.keepSteps !== undefined ? { keepSteps: props.keepSteps } : {})} />;
      break;
  }

  const name = state.phase === 'ready' ? state.values.cand_name : undefined;
  return (
    <StringsContext.Provider value={strings}>
      <Header
        subtitle={typeof name === 'string' ? name : undefined}
        isPreview={host.capabilities.isPreview}
        saving={saving}
        saved={state.saved}
        unsaved={state.unsaved.length}
        hideStatus={state.phase !== 'ready'}
        onSwitchLanguage={props.onSwitchLanguage}
      />
      <Errors errors={state.errors} unsaved={state.unsaved.length} keptForCreate={state.keptForCreate} onRetry={actions.retryUnsaved} onDismiss={actions.dismissError} />
      <LoadBoundary
        fallback={(retry) => <FailedPart className={props.centerClassName} message={strings.loadFailed} action={strings.tryAgain} onAction={retry} />}
        crashed={(error, retry) => (
          <FailedPart
            className={props.centerClassName}
            message={strings.formCrashed}
            detail={error instanceof Error ? error.message : String(error)}
            action={strings.reopenForm}
            onAction={retry}
          />
        )}
      >
        <Suspense fallback={waiting(strings.loading)}>{body}</Suspense>
      </LoadBoundary>
    </StringsContext.Provider>
  );
}
