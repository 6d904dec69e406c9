/**
 * The xlsx worker: writes the sheets that 建立 and the print refresh insert
 * (ExcelJS, and the writer's evaluation of every formula for its cached
 * result) off the pane's thread: 0.5–1.2 s tasks at 4× CPU, in which the pane
 * could take no keystroke and no click.
 *
 * Message in: `{ id, json }` (the sheets' JSON text), answered with `{ id, value }` (the Base64 file) or `{ id, error }`; or `{ warm: true }`, which
 * loads ExcelJS and the writer ahead of 建立 and is not answered.
 */
import type { SheetDescription } from '../sheets/types.ts';
import { answer, type WorkerReply } from './worker-calls.ts';
import type { XlsxRequest } from './xlsx-thread.ts';
import { loadWriter, writeSheetsBase64 } from './xlsx-file.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<XlsxRequest>) => void) | null; postMessage(reply: WorkerReply<string>): void };

scope.onmessage = ({ data }) => {
  if ('warm' in data) {
    void loadWriter().catch(() => undefined);
    return;
  }
  answer((reply) => scope.postMessage(reply), data.id, writeSheetsBase64(JSON.parse(data.json) as SheetDescription[]));
};
