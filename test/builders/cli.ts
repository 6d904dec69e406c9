/**
 * Running the CLI in tests: in-process through `main(argv, streams)` with
 * fake streams, or as a real process (`node bin/osh-review.js`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/osh-review.js');
export const EXAMPLE = join(ROOT, 'examples/review-113.json');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Calls `main` with streams that collect what is written. */
export async function runMain(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

/** Runs `node bin/osh-review.js …` as a child process. */
export function runBin(argv: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir: string | undefined;

/** Writes `content` (an object as JSON, or raw text) to a fresh temp file and returns its path. */
export function tempFile(name: string, content: unknown): string {
  dir ??= mkdtempSync(join(tmpdir(), 'osh-review-test-'));
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** A fresh, empty temp directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'osh-review-dir-'));
}

/** The non-empty lines of a stream's text. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}
