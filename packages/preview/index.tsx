/**
 * The preview page: the same task pane and the same Office.js adapter, over
 * the in-memory double instead of Excel, so anyone can try the form without
 * Excel and download what it wrote as .xlsx. Clearly labelled as a preview.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../../src/excel/adapter.ts';
import { workerCalls } from '../../src/excel/worker-calls.ts';
import { afterPaintAndIdle } from '../../src/taskpane/state/after-paint.ts';
import { createDouble, type WorkbookState } from '../office-double/index.ts';
import { App, preloadAppearance, preloadSession } from '../../src/taskpane/App.tsx';
import type { PaneTheme } from '../../src/taskpane/theme.ts';

// As the add-in's entry does while Office.js starts: the session's chunk downloads while this one runs.
preloadSession();

const params = new URLSearchParams(window.location.search);
// ?api=1.7 shows how the pane behaves on Excel 2019 (no page layout: cannot build sheets).
const apiVersion = params.get('api') ?? '1.17';
// The adapter sends new sheets as an .xlsx (insertWorksheetsFromBase64); the double reads it with ExcelJS in a worker,
// as Excel reads it in its own process, or on this thread where no worker starts.
const decodeHere = async (base64: string) => {
  const [{ default: ExcelJS }, { xlsxDecoder }] = await Promise.all([import('exceljs'), import('../office-double/export-xlsx.ts')]);
  return xlsxDecoder(ExcelJS)(base64);
};
const decoder = workerCalls<string, WorkbookState>(() => new Worker(new URL('./decode.worker.ts', import.meta.url)), decodeHere);
const decodeWorkbook = (base64: string) => decoder.call(base64, { base64 });
const double = createDouble({ requirementSets: { ExcelApi: apiVersion }, sheets: ['工作表1'], decodeWorkbook });
/**
 * Excel runs a batch in its own process while the pane's thread goes on; the double runs it on the page's thread.
 * Waiting for the next frame, then for the page to be idle, lets the pane paint what an edit changed (the total
 * after a level's click) and finish the work of that input before the double does Excel's work, as in Excel, whose
 * answer comes back a round trip later. (A task right after the frame ran the double's 20–40 ms at 4× CPU inside
 * the click's own time to the next idle moment.)
 */
const host = createExcelHost({
  run: async (batch) => {
    // At most 50 ms for the idle moment: at start-up, when the page is rarely idle, the workbook's first read is not
    // held back long.
    await afterPaintAndIdle({ idleMs: 50, fallbackMs: 300 });
    return double.run(batch);
  },
  runIn: (context, batch) => double.run(context, batch),
  isSetSupported: (name, version) => double.office.context.requirements.isSetSupported(name, version),
  isPreview: true,
});

/** Writes the double's workbook as .xlsx; ExcelJS is loaded only when asked for. */
async function downloadXlsx(): Promise<Blob> {
  const [{ default: ExcelJS }, { exportXlsx }] = await Promise.all([import('exceljs'), import('../office-double/export-xlsx.ts')]);
  const bytes = await exportXlsx(double, ExcelJS);
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

// For the browser test: the workbook behind the pane, exported the way the download button does.
(window as Window & { oshPreview?: unknown }).oshPreview = {
  stats: double.stats,
  sheetNames: () => double.workbookState.sheets.map((s) => s.name),
  exportBase64: async () => {
    const buffer = new Uint8Array(await (await downloadXlsx()).arrayBuffer());
    let binary = '';
    for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
    return btoa(binary);
  },
};

/** The strip's button (its markup is in index.html): builds the .xlsx and offers it as a download. */
function wireDownload(bar: HTMLElement): void {
  const api = bar.querySelector<HTMLElement>('#preview-api');
  if (api) api.textContent = apiVersion;
  const button = bar.querySelector<HTMLButtonElement>('.preview-bar__download');
  const error = bar.querySelector<HTMLElement>('.preview-bar__error');
  if (!button || !error) return;
  const label = button.textContent;
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = '產生中…';
    error.textContent = '';
    try {
      const url = URL.createObjectURL(await downloadXlsx());
      const a = document.createElement('a');
      a.href = url;
      a.download = '初審評分-預覽.xlsx';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      error.textContent = `無法產生活頁簿：${(e as Error).message}`;
    } finally {
      button.disabled = false;
      button.textContent = label;
      button.focus();
    }
  });
}

const bar = document.getElementById('preview-bar');
if (bar) wireDownload(bar);
const container = document.getElementById('root');
if (container) {
  const locale = params.get('lang') ?? 'zh-TW';
  const theme = (params.get('theme') ?? 'light') as PaneTheme;
  // As in Excel: the theme and language are loaded before the first paint when they are not the defaults.
  void preloadAppearance(locale, theme).then(() => createRoot(container).render(<App host={host} locale={locale} theme={theme} />));
}
