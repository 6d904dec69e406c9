/**
 * Where the .xlsx for new sheets is written: in a worker (xlsx.worker.ts)
 * when the webview can start one, so the pane's thread stays free for the
 * reviewer's input while ExcelJS works; else on the pane's thread, as
 * before (worker-calls.ts).
 */
import type { SheetDescription } from '../sheets/types.ts';
import { workerCalls } from './worker-calls.ts';
import { loadWriter, writeSheetsBase64 } from './xlsx-file.ts';

/**
 * The sheets go as their JSON text, which the caller has already (it keys the last file by it): a string crosses to
 * the worker as one copy, where the structured clone of a review's sheets took 15 ms at 1× CPU on the pane's thread.
 * They are plain data, the same through JSON as through a structured clone.
 */
export type XlsxRequest = { readonly id: number; readonly json: string } | { readonly warm: true };
const calls = workerCalls<readonly SheetDescription[], string>(() => new Worker(new URL('./xlsx.worker.ts', import.meta.url)), writeSheetsBase64);

/** Loads what writing the file takes, ahead of 建立: the worker and its ExcelJS, or ExcelJS here where no worker starts. */
export function warmSheetsFile(): void {
  const w = calls.start();
  if (w) w.postMessage({ warm: true } satisfies XlsxRequest);
  else void loadWriter().catch(() => undefined);
}

/** `sheets` (whose JSON text is `json`) as a Base64 .xlsx without defined names, written in the worker where one runs. */
export function writeSheetsFile(sheets: readonly SheetDescription[], json: string): Promise<string> {
  return calls.call(sheets, { json });
}
