/**
 * The one reader of a zip's central directory, for every place that looks
 * inside an .xlsx without ExcelJS: the inflation limit (xlsx-file.ts), the
 * date system (exceljs-reader.ts) and the CLI's rewrite of LibreOffice's
 * files (cli/zip.ts). It reads zip64 directories, inflates through the
 * platform's DecompressionStream (Node 18+, every browser the pane runs in)
 * and counts what it inflates as it goes, so no entry is ever inflated past
 * the limit it is given, whatever its directory states. No Node imports: the
 * task pane reads workbooks too.
 */

/** One entry of a zip's central directory: its name, how it is stored and where its data is. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory states (a hostile file may under-state it). */
  readonly statedSize: number;
  readonly localOffset: number;
}

const MAX32 = 0xffffffff;

/**
 * The entries of a zip's central directory (zip64 included), read before
 * anything is inflated; undefined when there is no directory to read.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
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
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    let compressedSize = view.getUint32(at + 20, true);
    let statedSize = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
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
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      statedSize,
      localOffset,
    });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Why an entry's data cannot be found. */
export type EntryDataProblem = 'no-local-header' | 'truncated';

/** An entry's data as stored (still compressed for method 8), found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | EntryDataProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return 'no-local-header';
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) return 'truncated';
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates deflated data in small pieces, handing each piece of output to
 * `take`, and stops once `limit` bytes have come out (one piece of deflate
 * can inflate about 1,000-fold before the count can stop it, so memory stays
 * near one piece's output). Returns the bytes counted (more than `limit` when
 * it stopped). @throws when the data is corrupt
 */
export async function inflateBounded(data: Uint8Array, limit: number, take: (piece: Uint8Array) => void = () => undefined): Promise<number> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
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
    take(value);
  }
  if (total <= limit) await feeding;
  return total;
}

/**
 * The text of one entry, inflated and never past `limit` bytes; undefined
 * when the entry is missing, larger than the limit, or cannot be read.
 */
export async function zipEntryText(bytes: Uint8Array, path: string, limit = 4 * 1024 * 1024): Promise<string | undefined> {
  const entry = zipEntries(bytes)?.find((e) => e.name === path);
  if (!entry) return undefined;
  const data = entryData(bytes, entry);
  if (typeof data === 'string') return undefined;
  if (entry.method === 0) return data.length > limit ? undefined : new TextDecoder().decode(data);
  if (entry.method !== 8) return undefined;
  const pieces: Uint8Array[] = [];
  try {
    const size = await inflateBounded(data, limit, (piece) => pieces.push(piece));
    if (size > limit) return undefined;
  } catch {
    return undefined;
  }
  const whole = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    whole.set(p, at);
    at += p.length;
  }
  return new TextDecoder().decode(whole);
}
