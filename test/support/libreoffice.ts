/**
 * LibreOffice, headless, as the real spreadsheet program the tests check
 * formulas and printing with (scripts/lo-render).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasLibreOffice, LO_RENDER } from '../../src/cli/render.ts';

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

/** Forced recalculation on load for OOXML and ODF, as scripts/lo-render sets it. */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates many .xlsx files with LibreOffice and returns each file's
 * sheets as CSV rows of full-precision values (not as shown), by tab name.
 * One soffice process converts a whole batch (starting it costs about as much
 * as three files), and `processes` batches run side by side, each with its
 * own private profile.
 * @param files .xlsx bytes, one per case
 */
export async function recalculateAll(files: readonly Uint8Array[], processes = 2): Promise<Map<string, string[][]>[]> {
  const { spawn } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'lo-batch-'));
  const names = files.map((bytes, i) => {
    const file = join(dir, `case${i}.xlsx`);
    writeFileSync(file, bytes);
    return file;
  });
  const batches = Array.from({ length: processes }, (_, p) => names.filter((_, i) => i % processes === p)).filter((b) => b.length > 0);
  // Token 9 "false": values in full precision, not as their number format shows them; token 12 "-1": every sheet.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  await Promise.all(
    batches.map(
      (batch, p) =>
        new Promise<void>((resolve, reject) => {
          const profile = join(dir, `profile${p}`);
          spawnSync('mkdir', ['-p', join(profile, 'user')]);
          writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
          const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', join(dir, 'out'), ...batch], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`soffice exited ${code}: ${stderr}`))));
        }),
    ),
  );
  const out = join(dir, 'out');
  const written = readdirSync(out);
  return files.map((_, i) => {
    const sheets = new Map<string, string[][]>();
    const prefix = `case${i}-`;
    for (const f of written) if (f.startsWith(prefix) && f.endsWith('.csv')) sheets.set(f.slice(prefix.length, -4), parseCsv(readFileSync(join(out, f), 'utf8')));
    return sheets;
  });
}
