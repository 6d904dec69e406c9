/**
 * The built pages the browser tests load: dist-preview/ (the add-in's pages
 * plus the preview page over the Office double; `npm run build`'s dist/ has no
 * preview), built with webpack when it is missing or older than the sources
 * or webpack.config.js, so several browser tests share one build: test files
 * running side by side in other workers wait for the build one of them
 * started instead of running webpack again at the same time (two builds of
 * about a minute each, into the same folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist-preview');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Held while one test file builds dist-preview/ (a directory: creating it is atomic). */
const LOCK = join(ROOT, 'dist-preview.building');
/** A lock older than this was left by a killed run: webpack is given 240 s. */
const STALE_LOCK_MS = 300_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the build lock, waiting while another test file holds it. */
function lock(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(250);
    }
  }
}

// The build's own configuration counts as a source: it decides, for one, whether styles are extracted at build time.
const fresh = (preview: string) =>
  existsSync(preview) && statSync(preview).mtimeMs >= Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'packages')), statSync(join(ROOT, 'webpack.config.js')).mtimeMs);

/**
 * Builds dist-preview/ when preview.html is missing or older than the sources, then
 * marks it built now (webpack leaves unchanged output files untouched).
 */
export function ensureDist(): void {
  const preview = join(DIST, 'preview.html');
  if (fresh(preview)) return;
  lock();
  try {
    // Another file may have built it while this one waited.
    if (!fresh(preview)) build(preview);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(preview: string): void {
  const run = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'preview'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0 || !existsSync(preview)) throw new Error(`webpack failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout).slice(-2000)}`);
  const now = new Date();
  utimesSync(preview, now, now);
}
