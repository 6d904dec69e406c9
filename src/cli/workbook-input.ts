/**
 * Opening a workbook given on the command line: the one place that turns
 * unreadable bytes into a one-line message, for the commands that change a
 * workbook (finalise, unfinalise).
 */
import type ExcelJS from 'exceljs';
import { loadWorkbook, NotAWorkbookError } from '../workbook/xlsx-file.ts';
import { UserError } from './io.ts';

/** A .xlsx file as an ExcelJS workbook. @throws UserError when the bytes are not a readable workbook */
export async function openWorkbook(path: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw new UserError(`${path}：${error.message}`);
    throw error;
  }
}
