/**
 * Opening a workbook given on the command line: the one place that turns
 * unreadable bytes into a one-line message and cell problems into the CLI's
 * problem lines, for every command that reads workbooks.
 */
import type ExcelJS from 'exceljs';
import type { CellProblem, NameLookup } from '../sheets/reader.ts';
import { exceljsLookup } from '../workbook/exceljs-reader.ts';
import { loadWorkbook, NotAWorkbookError } from '../workbook/xlsx-file.ts';
import { UserError } from './io.ts';

/** A problem line: where (JSON path, or sheet!cell（name）) and what is allowed. */
export type Problem = { readonly path: string; readonly message: string };

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

/** Cell problems as problem lines, located by sheet, cell and name. */
export function cellProblems(problems: readonly CellProblem[]): Problem[] {
  return problems.map((p) => ({ path: p.where ? `${p.where}（${p.name}）` : p.name, message: p.message }));
}
