/**
 * The task pane: a guided form over the review workbook, in the Office
 * theme and the reviewer's language. It knows the host only through the
 * ReviewHost interface; the entry point passes in Excel's (or the preview's).
 */
import { FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
// From Griffel itself: Fluent does not re-export what the build turns makeStaticStyles() into (webpack.config.js).
import { makeStaticStyles } from '@griffel/react';
import { memo, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { FailedPart } from './components/LoadBoundary/LoadBoundary.tsx';
import { PaneHeader } from './components/PaneHeader/PaneHeader.tsx';
import { focusRing } from './components/shared.styles.ts';
import type { ReviewHost } from '../host/review-host.ts';
import { isLocaleLoaded, preloadLocale } from './i18n/load-locale.ts';
import { LANG_TAG, resolveLocale, SHELL_STRINGS, type Locale } from './i18n/shell.ts';
import { ShellStringsContext } from './i18n/useShellStrings.ts';
import { officeThemeKind, preloadThemes, prefersForcedColors, subscribeForcedColors, useFluentTheme, type PaneTheme } from './theme.ts';

export interface AppProps {
  /** The workbook the pane works on (Excel, or the preview's in-memory double). */
  readonly host: ReviewHost;
  /** Office's display language ("zh-TW", "en-US" …); English for English, else 繁體中文. @default 'zh-TW' */
  readonly locale?: Locale | string;
  /** The Office theme: a kind, or `Office.context.officeTheme` itself. @default 'light' */
  readonly theme?: PaneTheme;
  /** Quiet time before typing is committed, in ms. @default 400 */
  readonly idleMs?: number;
  /** Quiet time after a change in the sheets before they are read again, in ms. @default 150 */
  readonly changeDelayMs?: number;
  /** The step shown first once a review is open. @default 'basic' */
  readonly initialStep?: string;
  /** Build the other steps hidden once the pane is idle, and keep them, so a step change only shows one (ReviewPane). @default true */
  readonly keepSteps?: boolean;
}

// Everything that needs the store, the rubric or the sheet layouts (the
// session and its forms) loads after the first paint: the pane shows its
// header and "checking the workbook" at once, from a small first chunk.
type SessionModule = typeof import('./ReviewSession.tsx');
let loadedSession: SessionModule | undefined;
let sessionLoad: Promise<SessionModule> | undefined;
const loadSession = () =>
  (sessionLoad ??= import(/* webpackChunkName: "session" */ './ReviewSession.tsx').then(
    (m) => (loadedSession = m),
    (error: unknown) => {
      sessionLoad = undefined; // a failed download is tried again when asked
      throw error;
    },
  ));

/**
 * The session's module once it is here: at once if it came before the first render (the add-in's entry starts the
 * download while Office.js starts), else by a plain update when it arrives. Not through React.lazy and Suspense:
 * their retry is rendered in slices, with a frame between each (the spinner's), 60–100 ms more at 4× CPU
 * (docs/performance.md, eighth round). `failed` is set when the download failed; `retry` tries it again.
 */
function useSession(): { readonly module: SessionModule | undefined; readonly failed: boolean; readonly retry: () => void } {
  const [module, setModule] = useState(() => loadedSession);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Loads while neither here nor failed: at mount, and again once retry clears `failed`.
    if (module || failed) return;
    let live = true;
    loadSession().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, failed]);
  const retry = useCallback(() => setFailed(false), []);
  return { module, failed, retry };
}

/**
 * Loads what the first paint needs beyond the first chunk for this language
 * and theme (the English strings; a dark or high-contrast theme), so the pane
 * never flashes Chinese or the light theme. Never rejects: without them the
 * pane starts in Chinese and light, and switches when they arrive.
 */
export function preloadAppearance(displayLanguage: string | undefined, theme: PaneTheme | undefined): Promise<void> {
  return Promise.all([
    officeThemeKind(theme, prefersForcedColors()) !== 'light' ? preloadThemes() : undefined,
    preloadLocale(resolveLocale(displayLanguage)),
  ]).then(
    () => undefined,
    () => undefined,
  );
}

/** Starts downloading the session's chunk (the entry point calls it before Office is ready). */
export function preloadSession(): void {
  loadSession().catch(() => undefined);
}

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
    boxSizing: 'border-box',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalXXL,
  },
});

// Fluent's text inputs show focus only as a line under them: every control gets a 2 px outline (WCAG 2.4.7, 2.4.13).
const useFocusOutlines = makeStaticStyles({
  ':is(.fui-Input, .fui-Textarea, .fui-Select, .fui-SpinButton):focus-within': focusRing(),
});
// Griffel compiles a static style's CSS at every call of its hook: called once, from a component that renders once.
const FocusOutlines = memo(function FocusOutlines() {
  useFocusOutlines();
  return null;
});

export function App(props: AppProps) {
  const { host, locale: officeLocale, theme, idleMs, changeDelayMs } = props;
  const [locale, setLocale] = useState<Locale>(() => {
    const wanted = resolveLocale(officeLocale);
    return isLocaleLoaded(wanted) ? wanted : 'zh-TW';
  });
  // A language is switched to once its strings are loaded, so the pane never shows two at once.
  const switchLanguage = useCallback((next: Locale) => {
    preloadLocale(next).then(
      () => setLocale(next),
      () => undefined, // stays as it is; the switch can be pressed again
    );
  }, []);
  useEffect(() => switchLanguage(resolveLocale(officeLocale)), [officeLocale, switchLanguage]);
  const strings = SHELL_STRINGS[locale];
  const forced = useSyncExternalStore(subscribeForcedColors, prefersForcedColors, () => false);
  const fluent = useFluentTheme(officeThemeKind(theme, forced));
  const styles = useStyles();
  const session = useSession();

  const waiting = (label: string) => (
    <div className={styles.center}>
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
  return (
    <ShellStringsContext.Provider value={strings}>
      <FocusOutlines />
      <FluentProvider theme={fluent} lang={LANG_TAG[locale]}>
        {/* Layout goes on a div of our own: the provider's class also lands on its portal node. */}
        <div className={styles.provider}>
          <div className={styles.root}>
            {session.module ? (
              <session.module.ReviewSession
                host={host}
                locale={locale}
                onSwitchLanguage={switchLanguage}
                waiting={waiting}
                centerClassName={styles.center}
                {...(idleMs !== undefined ? { idleMs } : {})}
                {...(changeDelayMs !== undefined ? { changeDelayMs } : {})}
                {...(props.initialStep ? { initialStep: props.initialStep } : {})}
                {...(props.keepSteps !== undefined ? { keepSteps: props.keepSteps } : {})}
              />
            ) : (
              <>
                <PaneHeader isPreview={host.capabilities.isPreview} saving={false} saved={false} unsaved={0} hideStatus onSwitchLanguage={switchLanguage} />
                {session.failed ? (
                  <FailedPart className={styles.center} message={strings.loadFailed} action={strings.tryAgain} onAction={session.retry} />
                ) : (
                  waiting(strings.checking)
                )}
              </>
            )}
          </div>
        </div>
      </FluentProvider>
    </ShellStringsContext.Provider>
  );
}
