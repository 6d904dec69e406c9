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
 * A one-line message for bytes that are another kind of spreadsheet than
 * .xlsx, whatever the file is named: an encrypted workbook and an Excel
 * 97–2003 .xls (both OLE compound files, D0 CF 11 E0), or an OpenDocument
 * .ods; undefined for anything else.
 */
export function otherSpreadsheetMessage(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 512 && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // An encrypted .xlsx is an OLE file holding the streams EncryptionInfo and EncryptedPackage.
    if (hasUtf16(bytes, 'EncryptedPackage')) {
      return '這是設有開啟密碼（加密）的活頁簿，無法讀取；請在 Excel 以「檔案 > 資訊 > 保護活頁簿 > 以密碼加密」清除密碼後另存為 .xlsx';
    }
    return '這是舊版 Excel 97-2003 活頁簿（.xls）或其他 OLE 格式檔案，不是 .xlsx；請在 Excel 另存為「Excel 活頁簿（.xlsx）」';
  }
  // An OpenDocument package starts with its stored "mimetype" entry (ODF 1.2 part 3, 3.3).
  if (looksLikeZip(bytes) && new TextDecoder('latin1').decode(bytes.subarray(30, 100)).startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) {
    return '這是 OpenDocument 試算表（.ods），不是 .xlsx（副檔名與內容不符）；請以 LibreOffice 或 Excel 開啟後另存為「Excel 活頁簿（.xlsx）」';
  }
  return undefined;
}

/** Why bytes are not an .xlsx, in one line: another kind of spreadsheet, or not a zip at all. */
export function notXlsxMessage(bytes: Uint8Array): string {
  return otherSpreadsheetMessage(bytes) ?? '不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）';
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** One entry of a zip's central directory: where its data is and how it is stored. */
interface ZipEntry {
  readonly method: number;
  readonly compressedSize: number;
  readonly statedSize: number;
  readonly localOffset: number;
}

const MAX32 = 0xffffffff;

/**
 * The entries of a zip's central directory (zip64 included), read before
 * anything is inflated; undefined when there is no directory to read.
 */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || at === MAX32) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z64 = u64(eocd - 12);
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== 0x06064b50) return undefined;
    count = u64(z64 + 32);
    at = u64(z64 + 48);
  }
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    let compressedSize = view.getUint32(at + 20, true);
    let statedSize = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    // Sizes too large for 32 bits are in the zip64 extra field, in this order, where the 32-bit field is all ones.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength && e + 4 <= bytes.length; ) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let f = e + 4;
        if (statedSize === MAX32 && f + 8 <= bytes.length) {
          statedSize = u64(f);
          f += 8;
        }
        if (compressedSize === MAX32 && f + 8 <= bytes.length) {
          compressedSize = u64(f);
          f += 8;
        }
        if (localOffset === MAX32 && f + 8 <= bytes.length) localOffset = u64(f);
      }
      e += 4 + size;
    }
    entries.push({ method: view.getUint16(at + 10, true), compressedSize, statedSize, localOffset });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The uncompressed size the zip's central directory states for all entries,
 * read before anything is inflated; undefined when there is no directory.
 */
export function statedUnpackedSize(bytes: Uint8Array): number | undefined {
  return zipEntries(bytes)?.reduce((total, e) => total + e.statedSize, 0);
}

/** Bytes that deflated data inflates to, counted while inflating and never past `limit` (+ one chunk). */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Small pieces: one piece of deflate can inflate about 1,000-fold before the count can stop it.
  const CHUNK = 16 * 1024;
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += CHUNK) await writer.write(data.subarray(i, i + CHUNK) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  feeding.catch(() => undefined);
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  if (total <= limit) await feeding;
  return total;
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
  const tooLarge = (size: string) => new NotAWorkbookError(`活頁簿解壓後${size}，超過上限 ${Math.round(limit / 1024 / 1024)} MB，不予讀取`);
  const entries = zipEntries(bytes);
  // No directory: the zip reader refuses it with its own message, before inflating anything.
  if (entries === undefined) return;
  const stated = entries.reduce((total, e) => total + e.statedSize, 0);
  if (stated > limit) throw tooLarge(`達 ${Math.round(stated / 1024 / 1024)} MB`);
  // Without DecompressionStream (an old host) only the stated sizes can be checked.
  if (typeof DecompressionStream === 'undefined') return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    const local = e.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new NotAWorkbookError('無法讀取 .xlsx 活頁簿（壓縮檔目錄指向的位置沒有檔案）');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + e.compressedSize > bytes.length) throw new NotAWorkbookError('無法讀取 .xlsx 活頁簿（壓縮檔的資料不完整）');
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += await inflatedSize(data, limit - total);
      } catch {
        throw new NotAWorkbookError('無法讀取 .xlsx 活頁簿（壓縮資料損毀）');
      }
    } else throw new NotAWorkbookError(`無法讀取 .xlsx 活頁簿（不支援的壓縮方式 ${e.method}）`);
    if (total > limit) throw tooLarge('超過其目錄所記載的大小');
  }
}

/** Loads .xlsx bytes with ExcelJS. @throws NotAWorkbookError for anything else. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const other = otherSpreadsheetMessage(bytes);
  if (other !== undefined) throw new NotAWorkbookError(other);
  if (!looksLikeXlsx(bytes)) throw new NotAWorkbookError(notXlsxMessage(bytes));
  await checkUnpackedSize(bytes);
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
