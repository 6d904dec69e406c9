/**
 * PLACEHOLDER entry of the task pane (taskpane.html), written by the build
 * setup so webpack has something to bundle; the real pane replaces this file.
 * It renders into #root of src/taskpane/index.html, and renders nothing when
 * unsupported.js has found an old Internet Explorer / EdgeHTML webview.
 */
import { createRoot } from 'react-dom/client';

function Placeholder() {
  return (
    <main lang="zh-TW">
      <h1>職安衛優良單位初審</h1>
      <p>工作窗格建置中。</p>
      <p lang="en-US">The task pane is being built.</p>
    </main>
  );
}

const unsupported = (window as Window & { oshReviewUnsupported?: boolean }).oshReviewUnsupported === true;
const container = document.getElementById('root');
if (container && !unsupported) createRoot(container).render(<Placeholder />);
