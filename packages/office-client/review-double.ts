/**
 * A double that reads the .xlsx files the adapter inserts
 * (`insertWorksheetsFromBase64`, ExcelApi 1.13+) with ExcelJS, as the tests,
 * the bench and the preview need it.
 */
import ExcelJS from 'exceljs';
import { xlsxDecoder } from '../office-double/export-xlsx.ts';
import { createDouble, type CreateDoubleOptions, type OfficeDouble, type WorkbookState } from '../office-double/index.ts';

const decode = xlsxDecoder(ExcelJS);
const decoded = new Map<string, Promise<WorkbookState>>();

/**
 * Reads an .xlsx for the double with ExcelJS, remembering the last few: the
 * adapter sends the same file for the same sheets, and reading it again
 * would only cost the tests time. (The double copies inserted sheets, so a
 * remembered workbook is never changed.)
 */
function decodeOnce(base64: string): Promise<WorkbookState> {
  let state = decoded.get(base64);
  if (!state) {
    state = decode(base64);
    decoded.set(base64, state);
    if (decoded.size > 8) decoded.delete(decoded.keys().next().value!);
  }
  return state;
}

/** A double that can take `insertWorksheetsFromBase64` (it reads the .xlsx with ExcelJS). */
export function reviewDouble(options: CreateDoubleOptions = {}): OfficeDouble {
  return createDouble({ decodeWorkbook: decodeOnce, ...options });
}

