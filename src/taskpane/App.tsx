/**
 * The task pane: a guided form over the review workbook, in the Office
 * theme and the reviewer's language. It knows the host only through the
 * ReviewHost interface; the entry point passes in Excel's (or the preview's).
 */
import { Button, FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { HostErrorBar } from './components/HostErrorBar/HostErrorBar.tsx';
import { PaneHeader } from './components/PaneHeader/PaneHeader.tsx';
import { ReviewPane } from './components/ReviewPane/ReviewPane.tsx';
import { StartPane } from './components/StartPane/StartPane.tsx';
import type { ReviewHost } from './host.ts';
import { LANG_TAG, resolveLocale, STRINGS, type Locale } from './i18n/strings.ts';
import { StringsContext } from './i18n/useStrings.ts';
import { useReviewStore } from './state/useReviewStore.ts';
import { fluentTheme, officeThemeKind, prefersForcedColors, subscribeForcedColors, type PaneTheme } from './theme.ts';

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

export function App(props: AppProps) {
  const { host, locale: officeLocale, theme, idleMs, changeDelayMs } = props;
  const [locale, setLocale] = useState<Locale>(() => resolveLocale(officeLocale));
  useEffect(() => setLocale(resolveLocale(officeLocale)), [officeLocale]);
  const strings = STRINGS[locale];
  const forced = useSyncExternalStore(subscribeForcedColors, prefersForcedColors, () => false);
  const fluent = useMemo(() => fluentTheme(officeThemeKind(theme, forced)), [theme, forced]);
  const { store, state } = useReviewStore(host, changeDelayMs !== undefined ? { changeDelayMs } : {});
  const actions = store.actions;
  const styles = useStyles();

  let body;
  switch (state.phase) {
    case 'checking':
    case 'loading':
      body = (
        <div className={styles.center}>
          <Spinner size="small" labelPosition="after" label={state.phase === 'checking' ? strings.checking : strings.loading} />
        </div>
      );
      break;
    case 'unavailable':
      body = (
        <div className={styles.center}>
          <Button appearance="primary" onClick={() => void actions.start()}>
            {strings.checkAgain}
          </Button>
        </div>
      );
      break;
    case 'start':
    case 'creating':
      body = (
        <StartPane capabilities={host.capabilities} creating={state.phase === 'creating'} onCreate={actions.create} onRecheck={() => void actions.start()} />
      );
      break;
    case 'ready':
      body = <ReviewPane state={state} actions={actions} {...(idleMs !== undefined ? { idleMs } : {})} {...(props.initialStep ? { initialStep: props.initialStep } : {})} />;
      break;
  }

  const name = state.phase === 'ready' ? state.values.cand_name : undefined;
  return (
    <StringsContext.Provider value={strings}>
      <FluentProvider theme={fluent} lang={LANG_TAG[locale]}>
        {/* Layout goes on a div of our own: the provider's class also lands on its portal node. */}
        <div className={styles.provider}>
        <div className={styles.root}>
          <PaneHeader
            subtitle={typeof name === 'string' ? name : undefined}
            isPreview={host.capabilities.isPreview}
            saving={state.saving}
            saved={state.saved}
            unsaved={state.unsaved.length}
            hideStatus={state.phase !== 'ready'}
            onSwitchLanguage={setLocale}
          />
          <HostErrorBar errors={state.errors} unsaved={state.unsaved.length} onRetry={actions.retryUnsaved} onDismiss={actions.dismissError} />
          {body}
        </div>
        </div>
      </FluentProvider>
    </StringsContext.Provider>
  );
}
