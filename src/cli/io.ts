/**
 * What the CLI reads and writes, with one-line messages for the failures a
 * person can fix (a missing file, malformed JSON), never a stack trace.
 */
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseJsonText } from '../review/json-text.ts';

export interface Streams {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

/** A failure to tell the user in one line; the CLI exits 2 with it. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Reads a file as bytes, or throws a UserError saying why not. */
export async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '找不到檔案' : code === 'EISDIR' ? '這是資料夾，不是檔案' : code === 'EACCES' ? '沒有讀取權限' : `無法讀取（${code ?? String(error)}）`;
    throw new UserError(`${path}：${why}`);
  }
}

/** Parses JSON text, or throws a UserError with the parser's position or the duplicate or `__proto__` key. */
export function parseJson(path: string, bytes: Buffer): unknown {
  const parsed = parseJsonText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new UserError(`${path}：${parsed.message}`);
  return parsed.value;
}

/** Why a write failed, in words, from Node's error code. */
function writeFailure(code: string | undefined, error: unknown): string {
  switch (code) {
    case 'ENOENT':
      return '資料夾不存在';
    case 'ENOTDIR':
      return '路徑中有一段不是資料夾';
    case 'EISDIR':
      return '這是資料夾，不是檔案';
    case 'EACCES':
    case 'EPERM':
      return '沒有寫入權限';
    case 'EROFS':
      return '位於唯讀的磁碟';
    case 'ENOSPC':
      return '磁碟空間不足';
    default:
      return `無法寫入（${code ?? (error as Error).message.split('\n')[0]}）`;
  }
}

/** The identity of a file (device and inode), following links; undefined when it does not exist. */
async function identity(path: string): Promise<{ dev: number; ino: number; dir: boolean } | undefined> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino, dir: s.isDirectory() };
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output that is one of the inputs (by device and inode, so
 * through symbolic and hard links), a folder, or, without `force`, any file
 * that already exists. Call before the work, so nothing is computed in vain.
 * @throws UserError naming the output and what to do
 */
export async function guardOutput(out: string, inputs: readonly string[], force: boolean): Promise<void> {
  const target = await identity(out);
  if (target === undefined) {
    // Say now, not after the work, that the folder cannot take the file.
    try {
      if (!(await stat(dirname(out))).isDirectory()) throw new UserError(`${out}：${writeFailure('ENOTDIR', undefined)}`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`${out}：${writeFailure((error as NodeJS.ErrnoException).code, error)}`);
    }
    return;
  }
  if (target.dir) throw new UserError(`${out}：這是資料夾，不是檔案；請指定輸出檔名`);
  for (const input of inputs) {
    const id = await identity(input);
    if (id && id.dev === target.dev && id.ino === target.ino) {
      throw new UserError(`${out}：與輸入檔相同（${input}，同一個檔案或其連結）；本工具不修改輸入檔，請另指定輸出檔名`);
    }
  }
  if (!force) throw new UserError(`${out}：檔案已存在，未覆寫；要取代它請加 --force，或另指定輸出檔名`);
}

/**
 * Writes `bytes` to `out` through a temporary file in the same folder,
 * renamed into place, so a failure never leaves half a file; without
 * `force`, a file that appeared meanwhile is not replaced.
 * @throws UserError with one line for any failure (missing folder, a folder, no permission)
 */
export async function writeOutput(out: string, bytes: Uint8Array | string, force: boolean): Promise<void> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    if (force) await rename(temp, out);
    else {
      try {
        // link() fails if `out` exists, where rename() would replace it.
        await link(temp, out);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UserError(`${out}：檔案已存在，未覆寫；要取代它請加 --force，或另指定輸出檔名`);
        // A file system without hard links: the guard before the work checked that `out` was free.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        await rename(temp, out);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${out}：${writeFailure((error as NodeJS.ErrnoException).code, error)}`);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Refuses a file given twice: the same path, another spelling of it
 * (`X.json ./X.json`) or a link to it; one member's copy counted twice
 * would change the panel's points, one unit twice would take two places.
 * @throws UserError naming both arguments
 */
export async function refuseRepeatedFiles(paths: readonly string[]): Promise<void> {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const id = await identity(path);
    if (id === undefined) continue;
    const key = `${id.dev}:${id.ino}`;
    const first = seen.get(key);
    if (first !== undefined) throw new UserError(`${path}：與 ${first} 是同一個檔案；每個檔案只能列一次`);
    seen.set(key, path);
  }
}
