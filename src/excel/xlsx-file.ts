/**
 * Sheets as the Base64 .xlsx that `insertWorksheetsFromBase64` takes, written
 * by the CLI's own ExcelJS writer. Runs in the xlsx worker (xlsx.worker.ts),
 * or on the pane's thread where a worker cannot start.
 */
import type { SheetDescription } from '../sheets/types.ts';

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** ExcelJS and the writer: loaded on first use (or ahead of 建立, by `warm`), as they are for the pane's tools. */
export function loadWriter() {
  return Promise.all([import('exceljs'), import('../workbook/exceljs-writer.ts')]);
}

/** `sheets` as a Base64 .xlsx without defined names. */
export async function writeSheetsBase64(sheets: readonly SheetDescription[]): Promise<string> {
  const [{ default: ExcelJS }, { writeXlsx }] = await loadWriter();
  return base64Of(await writeXlsx(ExcelJS, { sheets, names: [] }));
}
