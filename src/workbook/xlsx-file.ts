/**
 * Review workbooks as files: write a description, read a review back.
 */
import ExcelJS from 'exceljs';
import { readReview, type ReadResult } from '../sheets/reader.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import { exceljsLookup, noteDateSystem } from './exceljs-reader.ts';
import { writeXlsx } from './exceljs-writer.ts';

/** Raised when bytes are not a readable .xlsx; its message is one line for the user. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** Whether bytes look like a zip (every .xlsx is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The most a workbook may inflate to. A full review workbook unpacks to about
 * 0.4 MB; 64 MB leaves room for 100,000-row sheets while refusing archives
 * built to exhaust memory (a 0.6 MB file can state 161 MB).
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * The uncompressed size the zip's central directory states for all entries,
 * read before anything is inflated; undefined when there is no directory.
 */
export function statedUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Loads .xlsx bytes with ExcelJS. @throws NotAWorkbookError for anything else. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!looksLikeXlsx(bytes)) throw new NotAWorkbookError('不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）');
  const unpacked = statedUnpackedSize(bytes);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
    throw new NotAWorkbookError(`活頁簿解壓後達 ${Math.round(unpacked / 1024 / 1024)} MB，超過上限 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB，不予讀取`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbookError(`無法讀取 .xlsx 活頁簿（${(error as Error).message.split('\n')[0]}）`);
  }
  await noteDateSystem(wb, bytes);
  return wb;
}

/** Reads the review held by .xlsx bytes. */
export async function readReviewXlsx(bytes: Uint8Array): Promise<ReadResult> {
  return readReview(exceljsLookup(await loadWorkbook(bytes)));
}

/** Writes a workbook description as .xlsx bytes. */
export function writeReviewXlsx(description: WorkbookDescription): Promise<Uint8Array> {
  return writeXlsx(ExcelJS, description);
}
