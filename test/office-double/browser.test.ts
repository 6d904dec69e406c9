import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'packages/office-double');

describe('the double in the browser', () => {
  it('imports nothing from Node, Office.js or ExcelJS at load time', () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(DIR, file), 'utf8');
      const imports = [...source.matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)].map((m) => ({ typeOnly: !!m[1], from: m[2]! }));
      for (const i of imports) {
        expect(i.from.startsWith('node:'), `${file} imports ${i.from}`).toBe(false);
        if (!i.from.startsWith('.')) expect(i.typeOnly, `${file} imports ${i.from} at run time`).toBe(true);
      }
    }
  });

  it('bundles for the browser, with ExcelJS in its own chunk loaded on demand', async () => {
    const result = await build({
      stdin: {
        contents: `
          import { createDouble } from './index.ts';
          import { exportXlsx } from './export-xlsx.ts';
          export async function download() {
            const double = createDouble();
            const { default: ExcelJS } = await import('exceljs');
            return exportXlsx(double, ExcelJS);
          }`,
        resolveDir: DIR,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: join(ROOT, 'out/browser-check'),
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const outputs = Object.entries(result.metafile.outputs).filter(([name]) => name.endsWith('.js'));
    // esbuild lists dynamically imported chunks as entry points of their own.
    const entry = outputs.find(([, o]) => o.entryPoint === '<stdin>')!;
    const chunks = outputs.filter(([, o]) => o !== entry[1]);
    expect(Object.keys(entry[1].inputs).some((i) => i.includes('exceljs'))).toBe(false);
    expect(chunks.some(([, o]) => Object.keys(o.inputs).some((i) => i.includes('node_modules/exceljs/dist/exceljs.min.js')))).toBe(true);
    expect(Object.keys(result.metafile.inputs).some((i) => i.startsWith('node:'))).toBe(false);
  });
});
