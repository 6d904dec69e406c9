/**
 * `osh-review score FILE` on files that are broken, wrong, empty, missing,
 * enormous or not files at all, run as the real program (`node
 * bin/osh-review.js`) with a 1 GiB heap and a time limit: each must end with
 * exit code 2 and one readable line (or 0 for the huge but valid workbook),
 * never a stack trace, a crash, a hang or an out-of-memory abort.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReview } from '../../src/review/evaluate.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { toExcelJs } from '../../src/workbook/exceljs-writer.ts';
import { readReviewFile } from '../../src/workflows/review-file.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { BIN, EXAMPLE, ROOT, runMain } from '../builders/cli.ts';

const HEAP_MB = 1024;
const TIME_LIMIT_MS = 60_000;
const STACK_LINE = /^ {4}at /m;

let dir: string;

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the child, in MiB (from process.resourceUsage at exit). */
  readonly maxRssMb: number | undefined;
  readonly error: Error | undefined;
}

/** Writes the child's peak RSS to $OSH_RSS_FILE at exit, without touching its stdout or stderr. */
const RSS_PRELOAD =
  "data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>{try{writeFileSync(process.env.OSH_RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}});";

function score(file: string): Outcome {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, `--import=${RSS_PRELOAD}`, BIN, 'score', file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, OSH_RSS_FILE: rssFile, NODE_OPTIONS: '' },
  });
  let maxRssMb: number | undefined;
  try {
    maxRssMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
  } catch {
    maxRssMb = undefined;
  }
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Math.round(performance.now() - started), maxRssMb, error: r.error };
}

function describeRun(o: Outcome): string {
  return `exit ${o.code} signal ${o.signal} in ${o.ms} ms, peak RSS ${o.maxRssMb ?? '?'} MiB\nstderr: ${o.stderr.slice(0, 2000)}\nstdout: ${o.stdout.slice(0, 500)}`;
}

/** Finished by itself, in time, without a crash. */
function expectFinished(o: Outcome): void {
  expect(o.error, describeRun(o)).toBeUndefined();
  expect(o.signal, describeRun(o)).toBeNull();
  expect(o.stderr, describeRun(o)).not.toMatch(/heap out of memory|Allocation failed|FATAL ERROR/i);
  expect(o.stderr, describeRun(o)).not.toMatch(STACK_LINE);
  expect(o.stdout, describeRun(o)).not.toMatch(STACK_LINE);
}

/** Exit 2 with exactly one non-blank line on stderr, naming the file. */
function expectOneLineRefusal(o: Outcome, file: string): void {
  expectFinished(o);
  expect(o.code, describeRun(o)).toBe(2);
  const lines = o.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, describeRun(o)).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(o.stdout).toBe('');
}

/** A deterministic byte stream (xorshift), so failures reproduce. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Data deflated beforehand, with the uncompressed size the zip's headers will state (true or not). */
interface Deflated {
  readonly deflated: Buffer;
  readonly statedSize: number;
}

/** A minimal .zip holding `files`, stored or deflated: for valid zips that are no workbook, and for zip bombs. */
function zipOf(files: Readonly<Record<string, string | Buffer | Deflated>>, deflate = false): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const given = typeof content === 'object' && 'deflated' in content ? content : undefined;
    const data = given ? Buffer.alloc(given.statedSize) : typeof content === 'string' ? Buffer.from(content, 'utf8') : (content as Buffer);
    const stored = given ? given.deflated : deflate ? deflateRawSync(data, { level: 9 }) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate || given ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate || given ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, stored);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + stored.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** The smallest .xlsx ExcelJS reads: one sheet with `sheetXml`. */
function minimalXlsx(sheetXml: Buffer | Deflated): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  return zipOf(
    {
      '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': sheetXml,
    },
    true,
  );
}

let validXlsx: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osh-hostile-'));
  const parsed = parseReview(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  if (!parsed.ok) throw new Error('examples/review-113.json is not a valid review');
  validXlsx = await writeReviewXlsx(reviewWorkbook(parsed.rubric, parsed.review));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('broken and wrong files: exit 2, one line, no stack trace', () => {
  it('random bytes after a ZIP header', () => {
    const bytes = pseudoRandomBytes(64 * 1024, 42);
    bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
    const path = file('random.xlsx', bytes);
    expectOneLineRefusal(score(path), path);
  });

  it('a valid workbook cut in half', () => {
    const path = file('truncated.xlsx', validXlsx.subarray(0, Math.floor(validXlsx.length / 2)));
    expectOneLineRefusal(score(path), path);
  });

  it('a valid workbook with its last 100 bytes (the zip directory) cut', () => {
    const path = file('no-directory.xlsx', validXlsx.subarray(0, validXlsx.length - 100));
    expectOneLineRefusal(score(path), path);
  });

  it('a valid zip that is not a workbook', () => {
    const path = file('not-a-workbook.xlsx', zipOf({ 'hello.txt': 'hello', '[Content_Types].xml': '<Types/>' }));
    expectOneLineRefusal(score(path), path);
  });

  it('a PDF named .xlsx', () => {
    const path = file('report.xlsx', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n');
    expectOneLineRefusal(score(path), path);
  });

  it('text starting with "PK" that is not a zip', () => {
    const path = file('pk.xlsx', 'PK is not a zip header on its own');
    expectOneLineRefusal(score(path), path);
  });

  it('an empty file', () => {
    const path = file('empty.xlsx', '');
    expectOneLineRefusal(score(path), path);
  });

  it('a directory', () => {
    const path = join(dir, 'folder.xlsx');
    mkdirSync(path);
    expectOneLineRefusal(score(path), path);
  });

  it('a missing file', () => {
    const path = join(dir, 'does-not-exist.xlsx');
    expectOneLineRefusal(score(path), path);
  });

  it('20 MB of nested arrays as JSON (10 million levels deep)', () => {
    const depth = 10_000_000;
    const path = file('deep.json', '['.repeat(depth) + ']'.repeat(depth));
    const o = score(path);
    expectOneLineRefusal(o, path);
    expect(o.maxRssMb ?? 0).toBeLessThan(2048);
  });

  it('20 MB of nested arrays as JSON (wide: a million small arrays)', () => {
    const path = file('wide.json', '[' + Array.from({ length: 1_000_000 }, () => '[[[[1]]]]').join(',').slice(0, 20_000_000) + ']');
    expectOneLineRefusal(score(path), path);
  });

  it('a review whose items hold 20 MB of nested arrays', () => {
    const depth = 10_000_000;
    const path = file('deep-items.json', `{"rubric":"osh-unit-113","selectionYear":113,"reviewDate":"2024-04-15","candidate":{},"items":{"1.1":${'['.repeat(depth)}${']'.repeat(depth)}}}`);
    const o = score(path);
    expectFinished(o);
    expect(o.code, describeRun(o)).toBe(2);
    // One problem, one line: items.1.1 nests too deep (refused before JSON.parse builds 10 million arrays).
    expect(o.stderr.split('\n').filter((l) => l.trim() !== ''), describeRun(o)).toHaveLength(1);
    expect(o.stderr).toContain('items.1.1');
  });
});

describe('a zip bomb', () => {
  it('a minimal workbook that is not a review is refused in one line', () => {
    const path = file('small.xlsx', minimalXlsx(Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>')));
    expectOneLineRefusal(score(path), path);
  });

  // Bug (report, not fixed here): nothing bounds what a .xlsx may inflate to.
  // This file is about 0.6 MB; its one sheet inflates to 161 MB of XML, 10 million
  // cells, and ExcelJS's in-memory model of them exhausts a 1 GiB heap: node
  // aborts with "FATAL ERROR: … JavaScript heap out of memory" and a native stack,
  // exit 134, after ~25 s. Fails until loadWorkbook refuses oversized entries
  // (the zip directory states each entry's uncompressed size before inflating).
  it(
    'a 0.6 MB .xlsx whose sheet inflates to 161 MB is refused in one line, not an out-of-memory abort',
    () => {
      const row = `<row>${'<c><v>1</v></c>'.repeat(10)}</row>`;
      const sheet = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(1_000_000)}</sheetData></worksheet>`);
      const path = file('bomb.xlsx', minimalXlsx(sheet));
      expect(readFileSync(path).length).toBeLessThan(1024 * 1024);
      const o = score(path);
      console.info(`zip bomb: ${describeRun(o).split('\n')[0]}`);
      expectOneLineRefusal(o, path);
    },
    120_000,
  );
});

describe('a huge but valid workbook', () => {
  it('100,000 filled rows on an extra sheet: scored (exit 0) within the time and heap limits', async () => {
    const parsed = parseReview(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    if (!parsed.ok) throw new Error('invalid example');
    const wb = toExcelJs(ExcelJS, reviewWorkbook(parsed.rubric, parsed.review));
    const extra = wb.addWorksheet('附件資料');
    for (let r = 1; r <= 100_000; r++) extra.addRow([r, `第 ${r} 筆佐證資料`, r * 1.5, r % 2 === 0 ? '是' : '否', new Date(Date.UTC(2024, 0, 1 + (r % 365)))]);
    const path = file('huge.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const o = score(path);
    expectFinished(o);
    expect(o.code, describeRun(o)).toBe(0);
    expect(o.stdout).toContain('總計實得分數');
    expect(o.stderr).toBe('');
    console.info(`huge workbook (${Math.round(readFileSync(path).length / 1024)} KiB): ${o.ms} ms, peak RSS ${o.maxRssMb} MiB`);
  }, 240_000);
});

/**
 * Raw deflate of `head`, then `body` `times` over, then `tail`, without ever
 * holding the whole: each piece ends on a full flush (byte-aligned, no
 * shared dictionary), so the pieces concatenate into one valid stream.
 */
function deflatedRepeat(head: string, body: string, times: number, tail: string): { deflated: Buffer; size: number } {
  const piece = (text: string) => deflateRawSync(Buffer.from(text), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const middle = piece(body);
  const deflated = Buffer.concat([piece(head), ...Array.from({ length: times }, () => middle), deflateRawSync(Buffer.from(tail), { level: 9 })]);
  return { deflated, size: Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail) };
}

describe('a zip whose directory under-states its sizes (issue 15: 1.5 MB reached 1.75 GB in 9 s)', () => {
  it(
    'is refused in one line, counting while inflating: peak memory grows by less than twice the 64 MB limit',
    () => {
      const row = `<row>${'<c><v>1</v></c>'.repeat(10)}</row>`;
      const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
      // 1 MiB of rows, 400 times: 400 MiB of XML in about 1.6 MB, stated as 4 KiB.
      const sheet = deflatedRepeat(`<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>`, row.repeat(Math.ceil((1 << 20) / row.length)), 400, '</sheetData></worksheet>');
      expect(sheet.size).toBeGreaterThan(400 * 1024 ** 2);
      const path = file('lying.xlsx', minimalXlsx({ deflated: sheet.deflated, statedSize: 4096 }));
      expect(readFileSync(path).length).toBeLessThan(2 * 1024 * 1024);
      const baseline = score(file('small-baseline.xlsx', minimalXlsx(Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${row}</sheetData></worksheet>`))));
      const o = score(path);
      console.info(`lying zip: ${describeRun(o).split('\n')[0]}; baseline peak RSS ${baseline.maxRssMb} MiB`);
      expectOneLineRefusal(o, path);
      expect(o.stderr).toContain('超過上限 64 MB');
      expect(o.maxRssMb! - baseline.maxRssMb!, describeRun(o)).toBeLessThan(2 * 64);
    },
    120_000,
  );
});

describe('other spreadsheets named .xlsx: each its own accurate line, not "not a workbook"', () => {
  /** An OLE compound file (D0 CF 11 E0 …) whose directory names these streams, as UTF-16LE. */
  function oleFile(streams: readonly string[]): Uint8Array {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const directory = Buffer.concat(streams.map((s) => {
      const entry = Buffer.alloc(128);
      Buffer.from(s, 'utf16le').copy(entry);
      entry.writeUInt16LE((s.length + 1) * 2, 64);
      return entry;
    }));
    return new Uint8Array(Buffer.concat([header, directory]));
  }

  // In-process (main with collected streams): the messages, not the process, are under test here.
  const run = async (path: string) => ({ ...(await runMain(['score', path])), signal: null, ms: 0, maxRssMb: undefined, error: undefined });

  it('an encrypted workbook (EncryptionInfo, EncryptedPackage)', async () => {
    const path = file('encrypted.xlsx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    const o = await run(path);
    expectOneLineRefusal(o, path);
    expect(o.stderr).toContain('密碼');
    expect(o.stderr).not.toContain('.xls）');
  });

  it('an Excel 97-2003 .xls', async () => {
    const path = file('old.xlsx', oleFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']));
    const o = await run(path);
    expectOneLineRefusal(o, path);
    expect(o.stderr).toContain('Excel 97-2003');
    expect(o.stderr).not.toContain('密碼');
  });

  // The CLI converts an .ods (by content, whatever its name) through LibreOffice (src/cli/odf.ts); the reader the
  // pane shares cannot, and says what the file is.
  it('an OpenDocument spreadsheet (.ods) renamed .xlsx, in the reader the pane shares', async () => {
    const read = await readReviewFile(zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }), 'renamed.xlsx');
    expect(read).toMatchObject({ ok: false, problems: [{ code: 'file-unreadable', params: { detail: expect.stringContaining('OpenDocument') } }] });
    expect(read.ok ? '' : JSON.stringify(read.problems)).not.toMatch(/不是 osh-review|Excel 97-2003|密碼/);
  });
});
