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
