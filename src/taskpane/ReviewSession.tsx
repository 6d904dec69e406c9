/**
 * The pane's working part: the store over the host, the save status in the
 * header, host errors, and the start or review form for the phase. App
 * loads it after the first paint; until then App shows the same header and
 * a "checking the workbook" spinner, so the swap is not seen.
 */
// First: zod must know it runs without eval before any schema is built (see src/review/zod-config.ts).
import '../review/zod-config.ts';
import { Button } from '@fluentui/react-components';
import { Suspense, useEffect, useRef } from 'react';
import { HostErrorBar } from './components/HostErrorBar/HostErrorBar.tsx';
import { PaneHeader } from './components/PaneHeader/PaneHeader.tsx';
import type { ReviewHost } from '../host/review-host.ts';
import type { Locale } from './i18n/shell.ts';
import { stringsFor, StringsContext } from './i18n/useStrings.ts';
import { lazyLoaded } from './lazy-loaded.ts';
import { useReviewStore } from './state/useReviewStore.ts';

// The start form and the review form have chunks of their own (most of
// Fluent's inputs and the rubric's text); both downloads start as soon as
// the session is mounted, while the workbook is being checked. (Fetching the
// review form's only once the check says it comes next kept its compiling
// off the start form's way, but made a workbook with a review wait for the
// check and then the download, one after the other.)
const { Component: StartPane, load: loadStartPane } = lazyLoaded(() => import('./components/StartPane/StartPane.tsx'), (m) => m.StartPane);
const { Component: ReviewPane, load: loadReviewPane } = lazyLoaded(() => import('./components/ReviewPane/ReviewPane.tsx'), (m) => m.ReviewPane);

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
    // Warm both chunks; a failed download shows when the form is rendered (lazy retries the import).
    loadReviewPane().catch(() => undefined);
    loadStartPane().catch(() => undefined);
  }, []);

  useEffect(() => {
    // On the start form the reviewer types four facts: time enough to load what 建立 needs, when the pane is idle.
    if (state.phase !== 'start' || !host.warm) return;
    // A second after the form shows, so its own first paint and first keystrokes come first.
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => host.warm?.(), { timeout: 2000 });
      else host.warm?.();
    }, 1000);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [state.phase, host]);

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
      <PaneHeader
        subtitle={typeof name === 'string' ? name : undefined}
        isPreview={host.capabilities.isPreview}
        saving={state.saving}
        saved={state.saved}
        unsaved={state.unsaved.length}
        hideStatus={state.phase !== 'ready'}
        onSwitchLanguage={props.onSwitchLanguage}
      />
      <HostErrorBar errors={state.errors} unsaved={state.unsaved.length} keptForCreate={state.keptForCreate} onRetry={actions.retryUnsaved} onDismiss={actions.dismissError} />
      <Suspense fallback={waiting(strings.loading)}>{body}</Suspense>
    </StringsContext.Provider>
  );
}
