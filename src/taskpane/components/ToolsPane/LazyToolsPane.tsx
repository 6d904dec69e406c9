/**
 * The tools (彙整與其他表單) where the start form and the review form open
 * them: their code is downloaded when first opened, with ExcelJS and the rest
 * behind it. A failed download says so, and 再試一次 downloads it again.
 */
import { Button, Spinner, Text } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { lazyLoaded } from '../../lazy-loaded.ts';
import { LoadBoundary } from '../LoadBoundary/LoadBoundary.tsx';
import type { ToolsPaneProps } from './ToolsPane.types.ts';
import { useToolsPaneStyles } from './useToolsPaneStyles.styles.ts';

const { Component: ToolsPane } = lazyLoaded(() => import(/* webpackChunkName: "tools" */ './ToolsPane.tsx'), (m) => m.ToolsPane);

export function LazyToolsPane(props: ToolsPaneProps) {
  const strings = useStrings();
  const styles = useToolsPaneStyles();
  return (
    <LoadBoundary
      fallback={(retry) => (
        <div className={styles.section}>
          <Text block role="alert">
            {strings.toolsLoadFailed}
          </Text>
          <Button className={styles.button} onClick={retry}>
            {strings.tryAgain}
          </Button>
        </div>
      )}
    >
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={strings.toolsLoading} />}>
        <ToolsPane {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
