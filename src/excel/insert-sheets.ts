/**
 * How new sheets reach Excel. From ExcelApi 1.13 (Excel on the web,
 * Microsoft 365, Excel 2021 and 2024) they travel as one .xlsx written by
 * the CLI's own ExcelJS writer (in a worker where the webview has one:
 * xlsx-thread.ts) and inserted with
 * `workbook.insertWorksheetsFromBase64`: one writer for files and for the
 * add-in, and a request of a few hundred kilobytes instead of tens of
 * thousands of proxy calls. Below 1.13 each sheet is queued call by call
 * (apply-sheet.ts) in requests of at most STEPS_PER_SYNC steps, so that no
 * request comes near Excel on the web's 5 MB limit.
 *
 * The file carries no defined names: the caller adds them with
 * `names.add`, under whatever tab names were free, so a name that already
 * exists fails the way it always has instead of being renamed by Excel.
 */
import type { WorkbookDescription } from '../sheets/types.ts';
import { sheetSteps } from './apply-sheet.ts';
import { writeSheetsFile } from './xlsx-thread.ts';

/**
 * Below ExcelApi 1.13, at most this many sheet steps (a style run, a merge,
 * a validation…) go in one request: measured through Microsoft's client,
 * the largest request then stays under 1 MB, a fifth of Excel on the web's
 * limit (docs/performance.md).
 */
export const STEPS_PER_SYNC = 250;

/** The last file written: refreshing the print sheets again and again sends the same one. */
let lastFile: { key: string; base64: Promise<string> } | undefined;

/** The description's sheets, under the tab names chosen for them, as a Base64 .xlsx without defined names. */
export async function sheetsAsBase64(description: WorkbookDescription, names: ReadonlyMap<string, string>): Promise<string> {
  const sheets = description.sheets.map((s) => ({ ...s, name: names.get(s.key) ?? s.name }));
  const key = JSON.stringify(sheets);
  if (lastFile?.key !== key) {
    const base64 = writeSheetsFile(sheets, key);
    lastFile = { key, base64 };
    base64.catch(() => {
      if (lastFile?.base64 === base64) lastFile = undefined;
    });
  }
  return lastFile.base64;
}

/**
 * Queues the description's sheets at the end of the workbook, under `names`
 * (sheet key → tab name). With a file (1.13+) it is one call; otherwise the
 * sheets' steps, with a sync after every STEPS_PER_SYNC of them.
 */
export async function queueNewSheets(context: Excel.RequestContext, description: WorkbookDescription, names: ReadonlyMap<string, string>, asFile: boolean): Promise<void> {
  if (asFile) {
    context.workbook.insertWorksheetsFromBase64(await sheetsAsBase64(description, names), { positionType: 'End' });
    return;
  }
  let queued = 0;
  for (const sheet of description.sheets) {
    const name = names.get(sheet.key)!;
    let ws = context.workbook.worksheets.add(name);
    for (const step of sheetSteps(sheet, { pageLayout: true })) {
      if (queued === STEPS_PER_SYNC) {
        await context.sync();
        queued = 0;
        // By name again: what a request added is found the same way in the next one.
        ws = context.workbook.worksheets.getItem(name);
      }
      step(ws);
      queued++;
    }
  }
}
