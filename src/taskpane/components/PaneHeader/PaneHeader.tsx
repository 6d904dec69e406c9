/**
 * The header: the pane's name as the page's h1, the candidate, the preview
 * badge, a polite live save status, and the language switch.
 */
import { Button, Text } from '@fluentui/react-components';
import { memo, Suspense } from 'react';
import { useShellStrings } from '../../i18n/useShellStrings.ts';
import { lazyLoaded } from '../../lazy-loaded.ts';
import { LoadBoundary } from '../LoadBoundary/LoadBoundary.tsx';
import type { PaneHeaderProps } from './PaneHeader.types.ts';
import { usePaneHeader } from './usePaneHeader.ts';
import { usePaneHeaderStyles } from './usePaneHeaderStyles.styles.ts';

// Rendered once: its tooltip's hooks cost more than the rest of the header. Where its download fails, the
// header goes on without it: the preview page says what it is in its own strip.
const { Component: PreviewBadge } = lazyLoaded(() => import('./PreviewBadge.tsx'), (m) => memo(m.PreviewBadge));

export function PaneHeader(props: PaneHeaderProps) {
  const strings = useShellStrings();
  const styles = usePaneHeaderStyles();
  const { status, warning } = usePaneHeader(props, strings);
  const other = strings.otherLanguage;
  return (
    <header className={styles.root}>
      <div className={styles.top}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <Button size="small" appearance="subtle" aria-label={strings.switchLanguage(other.name)} onClick={() => props.onSwitchLanguage(other.locale)}>
          <span lang={other.lang}>{other.name}</span>
        </Button>
      </div>
      <div className={styles.meta}>
        {props.isPreview && (
          <LoadBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <PreviewBadge />
            </Suspense>
          </LoadBoundary>
        )}
        {props.subtitle && <Text weight="semibold">{props.subtitle}</Text>}
        {!props.hideStatus && (
          <Text size={200} role="status" className={warning ? styles.warning : undefined}>
            {status}
          </Text>
        )}
      </div>
    </header>
  );
}
