/**
 * Opening a workbook given on the command line: the one place that turns
 * unreadable bytes into a one-line message and cell problems into the CLI's
 * problem lines, for every command that reads workbooks.
 */
import type ExcelJS from 'exceljs';
import type { NameLookup } from '../sheets/reader.ts';
import { exceljsLookup } from '../workbook/exceljs-reader.ts';
import { loadWorkbook, NotAWorkbookError } from '../workbook/xlsx-file.ts';
import { UserError } from './io.ts';

// Shared with the task pane, which reads the same files picked in the browser.
export { cellProblems, type Problem } from '../workbook/review-file.ts';

/** A .xlsx file as an ExcelJS workbook. @throws UserError when the bytes are not a readable workbook */
export async function openWorkbook(path: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw new UserError(`${path}：${error.message}`);
    throw error;
  }
}

/** The named cells of a .xlsx file. @throws UserError when the bytes are not a readable workbook */
export async function workbookLookup(path: string, bytes: Uint8Array): Promise<NameLookup> {
  return exceljsLookup(await openWorkbook(path, bytes));
}
