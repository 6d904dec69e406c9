/**
 * V8's compile hint (webpack.config.js's CompileHintPlugin): the first line of every chunk the pane runs on its way
 * to the review form, so that Chromium compiles those scripts as they load rather than a function at a time on the
 * pane's thread; and of no chunk loaded only when asked for. The source maps count the added line: the profiles of
 * bench/ and any stack trace read through them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { COMPILE_HINT } from '../../webpack.config.js';
import { DIST, ensureDist } from './dist.ts';

beforeAll(() => ensureDist(), 300_000);

const scripts = () => readdirSync(DIST).filter((f) => f.endsWith('.js'));
const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
const hinted = (file: string) => text(file).startsWith(`${COMPILE_HINT}\n`);

/** The scripts a page loads from this build, in its order. */
function pageScripts(page: string): string[] {
  return [...text(page).matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+\.js)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
}

test("taskpane.html's scripts, the session, the start form and the review form are hinted; unsupported.js is not", () => {
  const loaded = pageScripts('taskpane.html');
  expect(loaded[0]).toMatch(/^unsupported\./);
  expect(hinted(loaded[0]!)).toBe(false);
  expect(loaded.length).toBeGreaterThan(1);
  for (const file of loaded.slice(1)) expect(hinted(file), file).toBe(true);
  for (const group of ['session.', 'start-pane.', 'review-pane.']) {
    const file = scripts().find((f) => f.startsWith(group));
    expect(file, `a chunk named ${group}*.js`).toBeDefined();
    expect(hinted(file!), file).toBe(true);
  }
});

test('ExcelJS, the largest chunk, loaded only to read or write a file, is not hinted, and neither are all the others', () => {
  const files = scripts();
  const largest = files.reduce((a, b) => (statSync(join(DIST, a)).size >= statSync(join(DIST, b)).size ? a : b));
  expect(text(largest)).toContain('exceljs');
  expect(hinted(largest)).toBe(false);
  expect(files.filter((f) => !hinted(f)).length).toBeGreaterThan(files.length / 3);
});

test("a hinted chunk's source map counts the hint: a line of its own that maps to nothing, then the code's lines", () => {
  const hintedFiles = scripts().filter(hinted);
  expect(hintedFiles.length).toBeGreaterThan(3);
  for (const file of hintedFiles) {
    const map = JSON.parse(text(`${file}.map`)) as { mappings: string };
    const code = text(file).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '').split('\n');
    const lines = map.mappings.split(';');
    expect(lines[0], file).toBe('');
    expect(lines.length, file).toBe(code.length);
    expect(lines.slice(1).some((line) => line !== ''), file).toBe(true);
  }
});
