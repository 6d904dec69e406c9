/**
 * LibreOffice, headless, as the real spreadsheet program the tests check
 * formulas and printing with (scripts/lo-render).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasLibreOffice, LO_RENDER } from '../../src/cli/render.ts';
import { PROFILE_SETTINGS } from '../../src/cli/libreoffice.ts';

export const LIBREOFFICE = hasLibreOffice();
/** In CI the LibreOffice checks must run, never skip. */
export const MUST_RUN = process.env.CI === 'true' || process.env.CI === '1';

if (!LIBREOFFICE && !MUST_RUN) {
  console.warn('LibreOffice (soffice) is missing: the formula and print checks that need it are skipped. Install libreoffice-calc-nogui fonts-noto-cjk poppler-utils to run them.');
}

export interface Page {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly a4: boolean;
  readonly firstLine: string;
}

export interface Rendered {
  readonly dir: string;
  readonly pages: readonly Page[];
  /** Recalculated values of a sheet, rows of cells, by tab name. */
  csv(sheetName: string): string[][];
  /** The non-blank text lines of one printed page (1-based), top to bottom. */
  pageLines(page: number): string[];
}

/** Renders .xlsx bytes with lo-render into a fresh folder. */
export function render(bytes: Uint8Array, name = 'book'): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'lo-'));
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  const out = join(dir, 'out');
  const run = spawnSync(LO_RENDER, [file, out], { encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`lo-render failed (${run.status}): ${run.stderr}`);
  const pages = readFileSync(join(out, 'pages.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [n, size, first] = line.split('\t');
      const m = /([\d.]+) x ([\d.]+) pts/.exec(size ?? '')!;
      return { number: Number(n), width: Number(m[1]), height: Number(m[2]), a4: /\(A4\)/.test(size ?? ''), firstLine: (first ?? '').trim() };
    });
  const pdf = join(out, `${name}.pdf`);
  return {
    dir: out,
    pages,
    pageLines(page) {
      const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      return text.split('\n').map((l) => l.trim()).filter(Boolean);
    },
    csv(sheetName) {
      const file = readdirSync(out).find((f) => f === `${name}-${sheetName}.csv`);
      if (!file) throw new Error(`No CSV for sheet ${sheetName} in ${out}: ${readdirSync(out).join(', ')}`);
      return parseCsv(readFileSync(join(out, file), 'utf8'));
    },
  };
}

/** A workbook printed to PDF by LibreOffice: its pages, and each page's text. */
export interface Printed {
  readonly pages: readonly Page[];
  /** The non-blank text lines of one printed page (1-based), top to bottom. */
  pageLines(page: number): string[];
}

/**
 * Prints .xlsx bytes to PDF as lo-render does (same profile, same
 * LibreOffice export) but only that: one soffice run, no CSVs and no page
 * pictures, the pages read with one pdfinfo and one pdftotext. For tests that
 * check printing; `render` when the CSVs or PNGs are wanted too.
 */
export function printPdf(bytes: Uint8Array, name = 'book'): Printed {
  const dir = mkdtempSync(join(tmpdir(), 'lo-print-'));
  try {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
    const pdf = join(dir, `${name}.pdf`);
    if (run.status !== 0 || !existsSync(pdf)) throw new Error(`soffice wrote no PDF (${run.status ?? run.signal}): ${run.stderr}`);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' }).stdout;
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.split('\f');
    const lines = (page: number) => (text[page - 1] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    const pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts(.*)$/gm)].map((m) => ({
      number: Number(m[1]),
      width: Number(m[2]),
      height: Number(m[3]),
      a4: /\(A4\)/.test(m[4]!),
      firstLine: lines(Number(m[1]))[0] ?? '',
    }));
    return { pages, pageLines: lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves .xlsx bytes through LibreOffice (open, save as .xlsx) and returns what it wrote. */
export function resaveWithLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-save-'));
  const input = join(dir, 'in', 'book.xlsx');
  spawnSync('mkdir', ['-p', join(dir, 'in'), join(dir, 'out')]);
  writeFileSync(input, bytes);
  const profile = join(dir, 'profile');
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return new Uint8Array(readFileSync(join(dir, 'out', 'book.xlsx')));
}

/** RFC 4180 CSV, with quoted fields holding commas and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Forced recalculation on load for OOXML and ODF, and no graphics self-test at start, as scripts/lo-render sets them. */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>99.9</value></prop></item>
</oor:items>
`;

/**
 * LibreOffice processes that recalculate batches of .xlsx files, at most
 * `processes` at a time, each slot reusing its own private profile: for
 * thousands of files, written, recalculated and deleted batch by batch so
 * that neither memory nor the temporary folder holds them all.
 */
export class RecalculationPool {
  private readonly root = mkdtempSync(join(tmpdir(), 'lo-pool-'));
  private readonly free: number[];
  private readonly waiting: (() => void)[] = [];
  private readonly watching: (() => void)[] = [];
  private queued = 0;
  private batches = 0;

  /**
   * @param sheets the tabs whose values are wanted (LibreOffice writes all, only these are read)
   * @param processes soffice processes side by side
   */
  constructor(
    private readonly sheets: readonly string[],
    processes = 2,
  ) {
    this.free = Array.from({ length: processes }, (_, p) => {
      const profile = join(this.root, `profile${p}`);
      mkdirSync(join(profile, 'user'), { recursive: true });
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
      return p;
    });
  }

  /** Resolves once fewer than `n` batches are written and not yet recalculated. */
  async backlogBelow(n: number): Promise<void> {
    while (this.queued >= n) await new Promise<void>((resolve) => this.watching.push(resolve));
  }

  /**
   * Writes `files` to disk now (the caller may drop them) and recalculates
   * them when a process is free: each file's wanted sheets as CSV rows of
   * full-precision values, by tab name; an empty map when LibreOffice wrote
   * nothing for a file.
   */
  recalculate(files: readonly Uint8Array[]): Promise<Map<string, string[][]>[]> {
    const dir = join(this.root, `batch${this.batches++}`);
    mkdirSync(join(dir, 'out'), { recursive: true });
    const names = files.map((bytes, i) => {
      const file = join(dir, `case${i}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    this.queued++;
    return this.slot().then(async (p) => {
      try {
        await this.convert(p, names, join(dir, 'out'));
      } finally {
        this.queued--;
        this.release(p);
        for (const w of this.watching.splice(0)) w();
      }
      const out = join(dir, 'out');
      const result = files.map((_, i) => {
        const sheets = new Map<string, string[][]>();
        for (const sheet of this.sheets) {
          const csv = join(out, `case${i}-${sheet}.csv`);
          if (existsSync(csv)) sheets.set(sheet, parseCsv(readFileSync(csv, 'utf8')));
        }
        return sheets;
      });
      rmSync(dir, { recursive: true, force: true });
      return result;
    });
  }

  /** Removes the profiles; call once every batch has come back. */
  close(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private slot(): Promise<number> {
    const p = this.free.pop();
    if (p !== undefined) return Promise.resolve(p);
    return new Promise((resolve) => this.waiting.push(() => resolve(this.free.pop()!)));
  }

  private release(p: number): void {
    this.free.push(p);
    this.waiting.shift()?.();
  }

  private async convert(p: number, files: readonly string[], out: string): Promise<void> {
    const { spawn } = await import('node:child_process');
    // Token 9 "false": values in full precision, not as their number format shows them; token 12 "-1": every sheet.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const profile = join(this.root, `profile${p}`);
    await new Promise<void>((resolve, reject) => {
      const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, ...files], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // Against a hang, not a speed check: a batch of 200 files takes about a minute on a busy machine.
      const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited ${code}: ${stderr}`));
      });
    });
  }
}
