/**
 * ODF (.ods) both ways for every command, in one place: before a command
 * runs, each input file that is an ODF spreadsheet is converted to .xlsx by
 * LibreOffice (one run for all of them) and the command reads that; an output
 * named `.ods` is written as .xlsx by the command and converted by
 * LibreOffice afterwards. The commands themselves only ever see .xlsx, so an
 * .ods gets the same reader, the same checks and the same messages (naming
 * sheet, cell and defined name); the messages name the user's own files.
 *
 * LibreOffice recalculates on load (see libreoffice.ts), so what is read from
 * an .ods is what LibreOffice computes from it.
 */
import { copyFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { convertFiles, tempFolder } from './libreoffice.ts';
import { guardOutput, UserError, writeOutput, type Streams } from './io.ts';
import type { Checked } from './usage.ts';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Whether bytes are an ODF spreadsheet: a zip whose first entry is the
 * uncompressed `mimetype` file ODF requires, naming a spreadsheet.
 */
export function isOds(bytes: Uint8Array): boolean {
  if (bytes.length < 38 + ODS_MIMETYPE.length || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  const text = new TextDecoder('latin1');
  if (text.decode(bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return false;
  const start = 30 + nameLength + extraLength;
  return text.decode(bytes.subarray(start, start + ODS_MIMETYPE.length)) === ODS_MIMETYPE;
}

/** Whether the file at `path` is an ODF spreadsheet (false for folders and missing files). */
export async function isOdsFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(256);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return isOds(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Commands whose `-o` is a workbook, which may be written as .ods. */
const WORKBOOK_OUTPUTS = new Set(['new', 'export', 'merge', 'rank', 'evidence', 'personnel', 'finalise', 'unfinalise']);

/** Whether a command line asks for ODF output: an output named .ods (or `export --ods`). */
function wantsOds(command: string, out: string, args: readonly string[]): boolean {
  return WORKBOOK_OUTPUTS.has(command) && (/\.ods$/i.test(out) || (command === 'export' && args.includes('--ods')));
}

/** An argument with its path replaced, keeping an inline option's prefix (`--out=`, `-o`). */
function withPath(arg: string, inline: boolean, value: string, path: string): string {
  return inline ? arg.slice(0, arg.length - value.length) + path : path;
}

function valueOf(arg: string, inline: boolean): string {
  if (!inline) return arg;
  const eq = arg.indexOf('=');
  return eq >= 0 ? arg.slice(eq + 1) : arg.slice(2);
}

/** Streams that write the user's paths where the command wrote the temporary ones. */
function renaming(io: Streams, names: ReadonlyMap<string, string>): Streams {
  if (names.size === 0) return io;
  const rename = (chunk: string) => {
    let text = String(chunk);
    for (const [temp, given] of names) text = text.split(temp).join(given);
    return text;
  };
  return {
    stdout: { write: (chunk: string) => io.stdout.write(rename(chunk)), isTTY: (io.stdout as { isTTY?: boolean }).isTTY } as Streams['stdout'],
    stderr: { write: (chunk: string) => io.stderr.write(rename(chunk)) },
  };
}

/**
 * Runs a command with its .ods inputs read and its .ods output written
 * through LibreOffice; without either, just runs it.
 * @throws UserError when LibreOffice is missing or cannot convert a file
 */
export async function withOdf(
  command: string,
  args: readonly string[],
  checked: Checked,
  io: Streams,
  run: (args: string[], io: Streams) => Promise<number>,
): Promise<number> {
  const odsInputs: { index: number; inline: boolean; path: string }[] = [];
  for (const at of checked.inputs) {
    const path = valueOf(args[at.index]!, at.inline);
    if (await isOdsFile(path)) odsInputs.push({ ...at, path });
  }
  const outArg = checked.output ? valueOf(args[checked.output.index]!, checked.output.inline) : undefined;
  const odsOut = outArg !== undefined && wantsOds(command, outArg, args);
  if (odsOut && !/\.ods$/i.test(outArg)) throw new UserError(`${command} --ods 的輸出檔須以 .ods 結尾（收到 ${outArg}）`);
  if (odsInputs.length === 0 && !odsOut) return run([...args], io);

  // The commands guard their output, but they cannot see the real paths once they are replaced: guard them here.
  const force = args.includes('--force');
  if (outArg !== undefined) await guardOutput(outArg, checked.inputs.map((at) => valueOf(args[at.index]!, at.inline)), force);

  const temp = await tempFolder('osh-review-odf-');
  try {
    const newArgs = [...args];
    const names = new Map<string, string>();
    if (odsInputs.length > 0) {
      // Copies named by position, so two inputs of the same name cannot collide in LibreOffice's one output folder.
      const src = join(temp.dir, 'src');
      await mkdir(src);
      const copies = await Promise.all(
        odsInputs.map(async (input, k) => {
          const copy = join(src, `${k}.ods`);
          await copyFile(input.path, copy);
          return copy;
        }),
      );
      const converted = await convertFiles(copies, 'xlsx', join(temp.dir, 'xlsx'));
      for (const [k, input] of odsInputs.entries()) {
        // The converted workbook keeps the file's own name (readers tell .xlsx by content), so labels stay the user's.
        const dir = join(temp.dir, 'in', String(k));
        await mkdir(dir, { recursive: true });
        const path = join(dir, basename(input.path));
        await rename(converted[k]!, path);
        newArgs[input.index] = withPath(args[input.index]!, input.inline, input.path, path);
        names.set(path, input.path);
      }
    }
    let tempOut: string | undefined;
    if (odsOut && checked.output) {
      tempOut = join(temp.dir, 'out', `${basename(outArg!).replace(/\.ods$/i, '')}.xlsx`);
      await mkdir(join(temp.dir, 'out'));
      newArgs[checked.output.index] = withPath(args[checked.output.index]!, checked.output.inline, outArg!, tempOut);
      names.set(tempOut, outArg!);
    }
    const code = await run(newArgs, renaming(io, names));
    if (code === 0 && tempOut !== undefined && (await isFile(tempOut))) {
      const [ods] = await convertFiles([tempOut], 'ods', join(temp.dir, 'ods'));
      await writeOutput(outArg!, await readFile(ods!), force);
    }
    return code;
  } finally {
    await temp.remove();
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
