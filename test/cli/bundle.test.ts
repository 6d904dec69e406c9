/**
 * `bin/osh-review.js` runs the command line bundled from the sources
 * (bin/cli-bundle.js) while the bundle is newer than every file it was built
 * from, and the sources through tsx otherwise: both give the same output, and
 * a changed, deleted or added source is never run stale.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, run by node before any TypeScript loader
import { buildBundle, bundledCli, bundlePaths, upToDate } from '../../bin/cli-bundle.js';
import { BIN, EXAMPLE, ROOT, runBin } from '../builders/cli.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A tree shaped like the repository's, whose main returns what its helper says. */
function tree(answer: number): string {
  const root = mkdtempSync(join(tmpdir(), 'osh-cli-bundle-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  writeFileSync(join(root, 'tsconfig.json'), '{}');
  writeFileSync(join(root, 'src', 'cli', 'helper.ts'), `export const answer: number = ${answer};\n`);
  writeFileSync(join(root, 'src', 'cli', 'main.ts'), "import { answer } from './helper.ts';\nexport async function main(): Promise<number> {\n  return answer;\n}\n");
  return root;
}

/**
 * Dates the tree's sources a minute back and a bundle already built two minutes back: the sources were saved
 * after that bundle, and long before the next build, whose time then cannot fall in the same millisecond.
 */
function age(root: string): void {
  const files = ['tsconfig.json', 'src/cli/helper.ts', 'src/cli/main.ts', 'src/cli/other.ts'].map((file) => [join(root, file), 60_000] as const);
  for (const [file, ago] of [...files, [bundlePaths(root).bundle, 120_000] as const]) {
    const at = new Date(Date.now() - ago);
    try {
      utimesSync(file, at, at);
    } catch {
      // not in this tree (yet)
    }
  }
}

async function run(bundle: string): Promise<number> {
  const { main } = (await import(`${pathToFileURL(bundle).href}?${Math.random()}`)) as { main: () => Promise<number> };
  return main();
}

describe('the bundled command line', () => {
  it('is built from the sources, and is stale once one of them changes, is deleted or a new one is imported', async () => {
    const root = tree(7);
    age(root);
    expect(upToDate(root)).toBe(false);
    const bundle = (await bundledCli(root)) as string;
    expect(bundle).toBe(bundlePaths(root).bundle);
    expect(await run(bundle)).toBe(7);
    expect(upToDate(root)).toBe(true);

    writeFileSync(join(root, 'src', 'cli', 'helper.ts'), 'export const answer: number = 8;\n');
    expect(upToDate(root)).toBe(false);
    age(root);
    expect(await run(await bundledCli(root))).toBe(8);

    // A new module is imported by editing one that was there: the edit makes the bundle stale.
    writeFileSync(join(root, 'src', 'cli', 'other.ts'), 'export const answer: number = 9;\n');
    writeFileSync(join(root, 'src', 'cli', 'main.ts'), "import { answer } from './other.ts';\nexport async function main(): Promise<number> {\n  return answer;\n}\n");
    expect(upToDate(root)).toBe(false);
    age(root);
    expect(await run(await bundledCli(root))).toBe(9);
    expect(upToDate(root)).toBe(true);

    rmSync(join(root, 'src', 'cli', 'other.ts'));
    expect(upToDate(root)).toBe(false);
    // What cannot be built is not run: the caller falls back to the sources.
    expect(await bundledCli(root)).toBeUndefined();
  });

  it('is dated when its build began, so a source saved during the build is newer', async () => {
    const root = tree(1);
    // Before the build, by the file system's clock (Date.now() can run a few ms ahead of it).
    writeFileSync(join(root, 'stamp'), '');
    const before = statSync(join(root, 'stamp')).mtimeMs;
    await buildBundle(root);
    const { bundle, inputs } = bundlePaths(root);
    // Less a microsecond at most: utimes stores the date as seconds in a double, cut to whole microseconds.
    expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(Math.floor(before) - 0.001);
    // Written last, yet dated before the record of its inputs was written.
    expect(statSync(bundle).mtimeMs).toBeLessThanOrEqual(statSync(inputs).mtimeMs);
    // A source saved the moment after the build began is newer than the bundle.
    const during = new Date(Math.ceil(statSync(bundle).mtimeMs) + 1);
    utimesSync(join(root, 'src', 'cli', 'helper.ts'), during, during);
    expect(upToDate(root)).toBe(false);
  });

  it('prints what the sources print, and OSH_REVIEW_SOURCES=1 runs the sources', () => {
    const sources = spawnSync(process.execPath, [BIN, 'score', EXAMPLE, '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, OSH_REVIEW_SOURCES: '1' } });
    const bundled = runBin(['score', EXAMPLE, '--json']);
    expect(sources.status).toBe(0);
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));
    expect(JSON.parse(bundled.stdout).total).toBeGreaterThan(0);
    expect(upToDate(ROOT)).toBe(true);
  });
});
