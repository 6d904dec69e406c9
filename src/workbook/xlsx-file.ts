/**
 * Review workbooks as files: write a description, read a review back.
 */
import ExcelJS from 'exceljs';
import { readReview, type ReadResult } from '../sheets/reader.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import { exceljsLookup } from './exceljs-reader.ts';
import { writeXlsx } from './exceljs-writer.ts';

/** Raised when bytes are not a readable .xlsx; its message is one line for the user. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** Whether bytes look like a zip (every .xlsx is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Loads .xlsx bytes with ExcelJS. @throws NotAWorkbookError for anything else. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!looksLikeXlsx(bytes)) throw new NotAWorkbookError('不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbookError(`無法讀取 .xlsx 活頁簿（${(error as Error).message.split('\n')[0]}）`);
  }
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
