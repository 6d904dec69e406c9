/**
 * What the CLI reads and writes, with one-line messages for the failures a
 * person can fix (a missing file, malformed JSON), never a stack trace.
 */
import { readFile } from 'node:fs/promises';

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

/** Parses JSON text, or throws a UserError with the parser's position. */
export function parseJson(path: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${path}：不是有效的 JSON（${(error as Error).message.replace(/\s+/g, ' ').trim()}）`);
  }
}
