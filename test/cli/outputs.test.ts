/**
 * Every command that writes a file: it never replaces an existing file
 * without --force, never writes over one of its inputs (by device and inode,
 * so through symbolic and hard links too), and turns a write that fails
 * (missing folder, a folder, a file used as a folder) into one line and
 * exit 2. Regression tests for issue 15 item 4: `new -o filled.xlsx` replaced
 * a scored review with a blank one, `new --review r.json -o r.json` wrote
 * over its input, and a link to an input passed the path comparison.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, linesOf, runMain, tempDir, type Run } from '../builders/cli.ts';

const STACK_LINE = /^ {4}at /m;
const PRECIOUS = 'a file someone needs\n';

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = tempDir();
  copyFileSync(EXAMPLE, join(dir, 'a.json'));
  copyFileSync(EXAMPLE, join(dir, 'b.json'));
  workbook = join(dir, 'review.xlsx');
  const made = await runMain(['new', '--review', join(dir, 'a.json'), '-o', workbook]);
  expect(made.code, made.stderr).toBe(0);
});

/** A writing command: its arguments for an output path, and the inputs it reads. */
interface Writer {
  readonly name: string;
  readonly args: (out: string) => string[];
  readonly inputs: () => string[];
}

const WRITERS: readonly Writer[] = [
  { name: 'new', args: (o) => ['new', '-o', o], inputs: () => [] },
  { name: 'new --review', args: (o) => ['new', '--review', join(dir, 'a.json'), '-o', o], inputs: () => [join(dir, 'a.json')] },
  { name: 'export -o', args: (o) => ['export', workbook, '-o', o], inputs: () => [workbook] },
  { name: 'merge', args: (o) => ['merge', join(dir, 'a.json'), join(dir, 'b.json'), '-o', o], inputs: () => [join(dir, 'a.json'), join(dir, 'b.json')] },
  { name: 'rank', args: (o) => ['rank', join(dir, 'a.json'), '--unit', '臺北市', '-o', o], inputs: () => [join(dir, 'a.json')] },
  { name: 'personnel', args: (o) => ['personnel', '-o', o], inputs: () => [] },
  { name: 'evidence -o', args: (o) => ['evidence', '--review', workbook, '-o', o], inputs: () => [workbook] },
  { name: 'finalise', args: (o) => ['finalise', workbook, '-o', o], inputs: () => [workbook] },
  { name: 'unfinalise', args: (o) => ['unfinalise', workbook, '-o', o], inputs: () => [workbook] },
];

/** Exit 2, one line on stderr naming `file`, no stack trace. */
function expectRefused(r: Run, file: string, words: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = linesOf(r.stderr);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(words);
  expect(r.stderr + r.stdout).not.toMatch(STACK_LINE);
}

let n = 0;
function fresh(): string {
  const d = join(dir, `case-${++n}`);
  mkdirSync(d);
  return d;
}

/** No temporary file is left behind in `folder`. */
function expectNoLeftovers(folder: string): void {
  expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe.each(WRITERS)('$name', (w) => {
  it('refuses an existing output without --force and leaves it as it was; replaces it with --force', async () => {
    const out = join(fresh(), 'out.xlsx');
    writeFileSync(out, PRECIOUS);
    expectRefused(await runMain(w.args(out)), out, /已存在.*--force/);
    expect(readFileSync(out, 'utf8')).toBe(PRECIOUS);
    const forced = await runMain([...w.args(out), '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expectNoLeftovers(join(out, '..'));
  });

  it.runIf(w.name === 'new' || w.name === 'finalise')('writes a new output (exit 0), leaving no temporary file', async () => {
    const folder = fresh();
    const r = await runMain(w.args(join(folder, 'out.xlsx')));
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it.each([
    ['a missing folder', () => join(dir, 'no-such-folder', 'out.xlsx'), /資料夾不存在/],
    ['a folder', () => fresh(), /資料夾/],
    ['a path through a file', () => join(w.inputs()[0] ?? EXAMPLE, 'out.xlsx'), /不是資料夾/],
  ] as const)('an unwritable output (%s): one line, exit 2, even with --force', async (_, path, words) => {
    const out = path();
    expectRefused(await runMain(w.args(out)), out, words);
    expectRefused(await runMain([...w.args(out), '--force']), out, words);
  });

  it.skipIf(w.name === 'new' || w.name === 'personnel')('refuses an output that is an input: the same path, ./path, a symbolic link, a hard link, even with --force', async () => {
    for (const input of w.inputs()) {
      const before = readFileSync(input);
      const folder = fresh();
      const symlink = join(folder, 'symlink.xlsx');
      const hardlink = join(folder, 'hardlink.xlsx');
      symlinkSync(input, symlink);
      linkSync(input, hardlink);
      const dotted = join(input, '..', '.', input.split('/').at(-1)!);
      for (const out of [input, dotted, symlink, hardlink]) {
        for (const force of [[], ['--force']]) {
          expectRefused(await runMain([...w.args(out), ...force]), out, /輸入檔/);
        }
      }
      expect(readFileSync(input).equals(before)).toBe(true);
    }
  });
});

describe('demo', () => {
  it('refuses to replace an existing demo-113.xlsx without --force, before any work', async () => {
    const folder = fresh();
    const xlsx = join(folder, 'demo-113.xlsx');
    writeFileSync(xlsx, PRECIOUS);
    expectRefused(await runMain(['demo', '-o', folder]), xlsx, /已存在.*--force/);
    expect(readFileSync(xlsx, 'utf8')).toBe(PRECIOUS);
    expect(existsSync(join(folder, 'demo-113.json'))).toBe(false);
  });

  it('an output folder that cannot be made: one line, exit 2', async () => {
    const out = join(EXAMPLE, 'demo');
    expectRefused(await runMain(['demo', '-o', out]), out, /無法建立資料夾/);
  });
});
