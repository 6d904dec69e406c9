/**
 * Where the .xlsx for new sheets is written: in a worker (xlsx.worker.ts)
 * when the webview can start one, so the pane's thread stays free for the
 * reviewer's input while ExcelJS works; else on the pane's thread, as
 * before. A worker that cannot load (no Worker, a blocked script) is tried
 * once; what was asked of it is then written here instead.
 */
import type { SheetDescription } from '../sheets/types.ts';
import { loadWriter, writeSheetsBase64 } from './xlsx-file.ts';

/**
 * The sheets go as their JSON text, which the caller has already (it keys the last file by it): a string crosses to
 * the worker as one copy, where the structured clone of a review's sheets took 15 ms at 1× CPU on the pane's thread.
 * They are plain data, the same through JSON as through a structured clone.
 */
export type XlsxRequest = { readonly id: number; readonly json: string } | { readonly warm: true };
export type XlsxReply = { readonly id: number; readonly base64: string } | { readonly id: number; readonly error: string };

interface Waiting {
  readonly sheets: readonly SheetDescription[];
  readonly resolve: (base64: string) => void;
  readonly reject: (error: unknown) => void;
}

let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 1;

/** The worker's failure to load or run: what it had not answered is written on this thread. */
function giveUp(): void {
  worker?.terminate();
  worker = null;
  const left = [...waiting.values()];
  waiting.clear();
  for (const w of left) writeSheetsBase64(w.sheets).then(w.resolve, w.reject);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url));
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<XlsxReply>) => {
    const w = waiting.get(data.id);
    if (!w) return;
    waiting.delete(data.id);
    if ('base64' in data) w.resolve(data.base64);
    else w.reject(new Error(data.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp();
  };
  worker.onmessageerror = giveUp;
  return worker;
}

/** Loads what writing the file takes, ahead of 建立: the worker and its ExcelJS, or ExcelJS here where no worker starts. */
export function warmSheetsFile(): void {
  const w = startWorker();
  if (w) w.postMessage({ warm: true } satisfies XlsxRequest);
  else void loadWriter().catch(() => undefined);
}

/** `sheets` (whose JSON text is `json`) as a Base64 .xlsx without defined names, written in the worker where one runs. */
export function writeSheetsFile(sheets: readonly SheetDescription[], json: string): Promise<string> {
  const w = startWorker();
  if (!w) return writeSheetsBase64(sheets);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { sheets, resolve, reject });
    w.postMessage({ id, json } satisfies XlsxRequest);
  });
}
