/**
 * Just enough zip to rewrite a few parts of an .xlsx LibreOffice wrote:
 * entries are read by the one directory reader (workbook/zip.ts), and those
 * not rewritten are copied as they are (still compressed). It writes no
 * zip64 and no encryption: neither occurs in the workbooks LibreOffice
 * writes for us. Node only (sync deflate), unlike the reader.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { entryData, zipEntries } from '../workbook/zip.ts';

/** A zip entry as written: its data as stored (deflated for method 8, as is for method 0). */
export interface Entry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Uint8Array;
}

/** The entries of a zip, with their stored data. @throws Error when there is no central directory */
function readEntries(zip: Uint8Array): Entry[] {
  const entries = zipEntries(zip);
  if (!entries) throw new Error('not a zip: no central directory');
  return entries.map((e) => {
    const compressed = entryData(zip, e);
    if (typeof compressed === 'string') throw new Error(`not a zip: ${e.name}: ${compressed}`);
    return { name: e.name, method: e.method, crc: e.crc, size: e.statedSize, compressed };
  });
}

/** A zip of `entries`, in order, with their data as given (no zip64, no encryption). */
export function writeEntries(entries: readonly Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.compressed.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.compressed.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, e.compressed);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.compressed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/**
 * A zip with the text of some entries rewritten.
 * @param rewrite the new text of an entry, or undefined to keep it as it is
 */
export function rewriteZipText(zip: Uint8Array, rewrite: (name: string, text: () => string) => string | undefined): Uint8Array {
  let changed = false;
  const entries = readEntries(zip).map((e) => {
    const text = () => new TextDecoder().decode(e.method === 0 ? e.compressed : inflateRawSync(e.compressed));
    const next = rewrite(e.name, text);
    if (next === undefined) return e;
    changed = true;
    const data = new TextEncoder().encode(next);
    return { name: e.name, method: 8, crc: crc32(data), size: data.length, compressed: new Uint8Array(deflateRawSync(data)) };
  });
  return changed ? writeEntries(entries) : zip;
}
