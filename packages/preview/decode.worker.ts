/**
 * The preview's reading of an inserted .xlsx (`insertWorksheetsFromBase64`), off the page's thread: in Excel that
 * work is Excel's, in its own process, and the pane's thread goes on meanwhile. Message in: `{ id, base64 }`;
 * out: `{ id, value }` (a WorkbookState: plain data and Maps, which the structured clone carries) or `{ id, error }`.
 */
import ExcelJS from 'exceljs';
import { answer } from '../../src/excel/worker-calls.ts';
import { xlsxDecoder } from '../office-double/export-xlsx.ts';

const decode = xlsxDecoder(ExcelJS);
const scope = self as unknown as { onmessage: ((event: MessageEvent<{ id: number; base64: string }>) => void) | null; postMessage(reply: unknown): void };

scope.onmessage = ({ data: { id, base64 } }) => answer((reply) => scope.postMessage(reply), id, decode(base64));
