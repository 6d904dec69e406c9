/**
 * The task pane's entry point: the only place that knows about Office.js.
 * It waits for Office, builds the Excel host and renders the pane into #root
 * (nothing when unsupported.js found an old IE/EdgeHTML webview; Office.onReady
 * is still called, as on every path: some hosts show the pane only after it).
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/adapter.ts';
import { App, preloadAppearance, preloadSession } from './App.tsx';

const unsupported = (window as Window & { oshReviewUnsupported?: boolean }).oshReviewUnsupported === true;
const container = document.getElementById('root');

if (container && !unsupported) {
  // The session's chunk downloads while Office.js starts; the first paint does not wait for it.
  preloadSession();
  Office.onReady(async () => {
    const host = createExcelHost({
      run: (batch) => Excel.run(batch),
      runIn: (context, batch) => Excel.run(context, batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    });
    // The theme is read at load; Office reloads add-in panes when the Office theme changes.
    const theme = Office.context.officeTheme;
    // A dark or high-contrast Office gets its theme, and an English one its strings, before the first paint.
    await preloadAppearance(Office.context.displayLanguage, theme);
    createRoot(container).render(<App host={host} locale={Office.context.displayLanguage} theme={theme} />);
  });
} else if (typeof Office !== 'undefined') {
  // The message shows instead of the pane (unsupported.js has called it too; a second call is harmless).
  void Office.onReady();
}
