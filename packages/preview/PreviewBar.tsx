/**
 * The strip above the preview: says plainly this is not Excel, and offers the
 * workbook the pane wrote as a download.
 */
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';

export interface PreviewBarProps {
  /** Builds the .xlsx of the in-memory workbook. */
  readonly download: () => Promise<Blob>;
  /** The ExcelApi version the double pretends to be. */
  readonly apiVersion: string;
}

const useStyles = makeStyles({
  bar: { padding: tokens.spacingHorizontalS, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function PreviewBar({ download, apiVersion }: PreviewBarProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onDownload = async () => {
    setBusy(true);
    setError(null);
    try {
      const blob = await download();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = '初審評分-預覽.xlsx';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(`無法產生活頁簿：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.bar}>
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>預覽（非 Excel）</MessageBarTitle>
            此頁以記憶體中的活頁簿模擬 Excel（ExcelApi {apiVersion}），所寫內容可下載為 .xlsx，以 Excel 或 osh-review 開啟。
          </MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={() => void onDownload()} disabled={busy} data-testid="download-xlsx">
          {busy ? '產生中…' : '下載活頁簿 (.xlsx)'}
        </Button>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </FluentProvider>
  );
}
