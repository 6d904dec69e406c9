/**
 * Review workbooks as files: write a description, read a review back.
 */
import ExcelJS from 'exceljs';
import { problem, problemText, type Problem } from '../review/problem.ts';
import { PRINT_SHEET_NAMES } from '../sheets/layout.ts';
import { readReview, type ReadResult } from '../sheets/reader.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import { mergeLinearly } from './exceljs-merges.ts';
import { exceljsLookup, noteDateSystem, unreadSheetParts } from './exceljs-reader.ts';
import { writeXlsx } from './exceljs-writer.ts';
import { entryData, inflateBounded, zipEntries, zipEntryText } from './zip.ts';

// A review workbook's 600 merged ranges, checked for overlaps in linear time (exceljs-merges.ts).
mergeLinearly(ExcelJS);

/** Raised when bytes are not a readable .xlsx: `problem` says why; its message is that in zh-TW, one line for the user. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
  constructor(readonly problem: Problem) {
    super(problemText(problem));
  }
}

/** Whether bytes look like a zip (every .xlsx is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return looksLikeZip(bytes);
}

/**
 * The most a workbook may inflate to. A full review workbook unpacks to about
 * 0.4 MB; 64 MB leaves room for 100,000-row sheets while refusing archives
 * built to exhaust memory (a 0.6 MB file can state 161 MB).
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `bytes` contain `text` as UTF-16LE, as OLE directory entries name their streams. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Why bytes that are another kind of spreadsheet than .xlsx are refused, whatever the file is named: an encrypted workbook and an Excel
 * 97–2003 .xls (both OLE compound files, D0 CF 11 E0), or an OpenDocument
 * .ods; undefined for anything else.
 */
export function otherSpreadsheet(bytes: Uint8Array): Problem | undefined {
  if (bytes.length >= 512 && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // An encrypted .xlsx is an OLE file holding the streams EncryptionInfo and EncryptedPackage.
    return hasUtf16(bytes, 'EncryptedPackage') ? problem('xlsx-encrypted', {}) : problem('xlsx-legacy', {});
  }
  // An OpenDocument package starts with its stored "mimetype" entry (ODF 1.2 part 3, 3.3).
  if (looksLikeZip(bytes) && new TextDecoder('latin1').decode(bytes.subarray(30, 100)).startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) {
    return problem('xlsx-ods', {});
  }
  return undefined;
}

/** Why bytes are not an .xlsx: another kind of spreadsheet, or not a zip at all. */
export function notXlsx(bytes: Uint8Array): Problem {
  return otherSpreadsheet(bytes) ?? problem('xlsx-not-zip', {});
}

/** The same in zh-TW, one line. */
export function notXlsxMessage(bytes: Uint8Array): string {
  return problemText(notXlsx(bytes));
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The uncompressed size the zip's central directory states for all entries,
 * read before anything is inflated; undefined when there is no directory.
 */
export function statedUnpackedSize(bytes: Uint8Array): number | undefined {
  return zipEntries(bytes)?.reduce((total, e) => total + e.statedSize, 0);
}

/**
 * Checks what a zip really inflates to, not what its directory says: a file
 * whose directory under-states its sizes passed a check of the stated sizes
 * (1.5 MB reached 1.75 GB in 9 s). The data is inflated and counted, chunk
 * by chunk, and dropped; counting stops at the limit, so memory stays near
 * one chunk's output whatever the file claims.
 * @throws NotAWorkbookError when it inflates past `limit`, or its data is corrupt
 */
export async function checkUnpackedSize(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<void> {
  const tooLarge = (stated?: number) => new NotAWorkbookError(problem('xlsx-too-large', { limit: Math.round(limit / 1024 / 1024), ...(stated !== undefined && { stated }) }));
  const broken = (why: 'no-local-header' | 'truncated' | 'corrupt') => new NotAWorkbookError(problem('xlsx-broken', { why }));
  const entries = zipEntries(bytes);
  // No directory: the zip reader refuses it with its own message, before inflating anything.
  if (entries === undefined) return;
  const stated = entries.reduce((total, e) => total + e.statedSize, 0);
  if (stated > limit) throw tooLarge(Math.round(stated / 1024 / 1024));
  // Without DecompressionStream (an old host) only the stated sizes can be checked.
  if (typeof DecompressionStream === 'undefined') return;
  let total = 0;
  for (const e of entries) {
    const data = entryData(bytes, e);
    if (data === 'no-local-header' || data === 'truncated') throw broken(data);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += await inflateBounded(data, limit - total);
      } catch {
        throw broken('corrupt');
      }
    } else throw new NotAWorkbookError(problem('xlsx-broken', { why: 'method', method: e.method }));
    if (total > limit) throw tooLarge();
  }
}

/**
 * What a sheet holds that reading a review never looks at (exceljs-reader.ts reads names, values, formulas,
 * merges and cell protection): its data validations (drop-down lists), conditional formats and their
 * extensions. ExcelJS models each validation for every cell of its range; a load that skips them, for
 * reading, takes about a fifth less CPU.
 */
export const NOT_READ: readonly string[] = ['dataValidations', 'conditionalFormatting', 'extLst'];

/**
 * The print forms' one-cell names, by which the add-in finds those sheets to
 * rebuild them; a review is never read from them.
 */
const PRINT_ANCHORS: readonly string[] = Object.values(PRINT_SHEET_NAMES);

/**
 * Leaves the worksheet parts `unread` out of what `wb.xlsx.load` parses: each
 * is still inflated (ExcelJS inflates every entry), not parsed, and the
 * workbook has no such sheet, as ExcelJS treats a chart sheet. ExcelJS 4.4
 * has no option for it; this replaces its per-sheet step on this one loader.
 */
function skipSheetParts(wb: ExcelJS.Workbook, unread: ReadonlySet<string>): void {
  type SheetStep = (stream: unknown, model: unknown, sheetNo: unknown, options: unknown, path: string) => Promise<void>;
  const xlsx = wb.xlsx as unknown as { _processWorksheetEntry?: SheetStep };
  if (unread.size === 0 || typeof xlsx._processWorksheetEntry !== 'function') return;
  const parse = xlsx._processWorksheetEntry.bind(xlsx);
  xlsx._processWorksheetEntry = (stream, model, sheetNo, options, path) => (unread.has(path) ? Promise.resolve() : parse(stream, model, sheetNo, options, path));
}

/**
 * Loads .xlsx bytes with ExcelJS; `forReading` skips what reading never looks at, for a workbook that is read
 * and not written back: the sheets no name it reads points into (unreadSheetParts) and, on the others, NOT_READ.
 * @throws NotAWorkbookError for anything that is not a readable .xlsx
 */
export async function loadWorkbook(bytes: Uint8Array, { forReading = false }: { readonly forReading?: boolean } = {}): Promise<ExcelJS.Workbook> {
  const other = otherSpreadsheet(bytes);
  if (other !== undefined) throw new NotAWorkbookError(other);
  if (!looksLikeXlsx(bytes)) throw new NotAWorkbookError(notXlsx(bytes));
  await checkUnpackedSize(bytes);
  const wb = new ExcelJS.Workbook();
  // Read once: for the sheets a reading skips, and for the date system.
  const workbookXml = await zipEntryText(bytes, 'xl/workbook.xml');
  if (forReading) skipSheetParts(wb, await unreadSheetParts(bytes, workbookXml, PRINT_ANCHORS));
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, forReading ? { ignoreNodes: [...NOT_READ] } : {});
  } catch (error) {
    throw new NotAWorkbookError(problem('xlsx-broken', { why: 'reader', reader: (error as Error).message.split('\n')[0] ?? '' }));
  }
  noteDateSystem(wb, workbookXml);
  return wb;
}

/** Reads the review held by .xlsx bytes. */
export async function readReviewXlsx(bytes: Uint8Array): Promise<ReadResult> {
  return readReview(exceljsLookup(await loadWorkbook(bytes, { forReading: true })));
}

/** Writes a workbook description as .xlsx bytes. */
export function writeReviewXlsx(description: WorkbookDescription): Promise<Uint8Array> {
  return writeXlsx(ExcelJS, description);
}
