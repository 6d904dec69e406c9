/**
 * The built pages the browser tests load: dist-preview/ (the add-in's pages
 * plus the preview page over the Office double; `npm run build`'s dist/ has no
 * preview), built with webpack when it is missing or older than the sources,
 * so several browser tests share one build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
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

/**
 * Builds dist-preview/ when preview.html is missing or older than the sources, then
 * marks it built now (webpack leaves unchanged output files untouched).
 */
export function ensureDist(): void {
  const preview = join(DIST, 'preview.html');
  if (existsSync(preview) && statSync(preview).mtimeMs >= Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'packages')))) return;
  const run = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'preview'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0 || !existsSync(preview)) throw new Error(`webpack failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout).slice(-2000)}`);
  const now = new Date();
  utimesSync(preview, now, now);
}
