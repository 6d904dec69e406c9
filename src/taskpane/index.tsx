/**
 * The task pane's entry point: the only place that knows about Office.js.
 * It waits for Office, builds the Excel host and renders the pane into #root
 * (nothing when unsupported.js found an old IE/EdgeHTML webview).
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/adapter.ts';
import { App } from './App.tsx';

const unsupported = (window as Window & { oshReviewUnsupported?: boolean }).oshReviewUnsupported === true;
const container = document.getElementById('root');

if (container && !unsupported) {
  Office.onReady(() => {
    const host = createExcelHost({
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    });
    // The theme is read at load; Office reloads add-in panes when the Office theme changes.
    createRoot(container).render(<App host={host} locale={Office.context.displayLanguage} theme={Office.context.officeTheme} />);
  });
}
