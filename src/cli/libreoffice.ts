/**
 * LibreOffice, headless, as the CLI's ODF writer and reader and its printer:
 * the one place that finds `soffice`, says how to install it, and runs it with
 * a private profile (never the user's own), bounded in time.
 *
 * LibreOffice is the reference implementation of ODF (CNS 15251, ISO/IEC
 * 26300) and the program Taiwan's agencies are trained on, so `.ods` files
 * are written and read by it rather than by a writer of our own.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './io.ts';
import { rewriteZipText } from './zip.ts';

/** One line for a person without LibreOffice. */
export const INSTALL_HINT =
  '找不到 LibreOffice（soffice）。請安裝 LibreOffice（Debian/Ubuntu：apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk；Windows/macOS：https://www.libreoffice.org/），或以環境變數 OSH_REVIEW_SOFFICE 指定 soffice 的路徑';

/** How long one LibreOffice run may take before it is stopped (a batch of files gets more). */
export const SOFFICE_TIMEOUT_MS = 120_000;

const PLACES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `soffice` to run: $OSH_REVIEW_SOFFICE, else the first on PATH, else a
 * usual install location; undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, places: readonly string[] = PLACES): string | undefined {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  const candidates = [
    ...(env.OSH_REVIEW_SOFFICE ? [env.OSH_REVIEW_SOFFICE] : []),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => names.map((n) => join(dir, n))),
    ...places,
  ];
  return candidates.find((c) => existsSync(c) && executable(c));
}

/** The soffice to run. @throws UserError with the install hint when there is none */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) throw new UserError(INSTALL_HINT);
  return soffice;
}

// Recalculate every formula on load, OOXML and ODF alike, so what LibreOffice
// writes holds its own results (the one truth is what LibreOffice computes from
// the file), and Traditional Chinese glyph forms for CJK text. The last-started
// version, 99.9, is one no LibreOffice exceeds: without it every start counts as
// the first after an upgrade and runs LibreOffice's graphics self-test, about a
// second of CPU per conversion.
export const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-TW</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>99.9</value></prop></item>
</oor:items>
`;

/** LibreOffice's export filters by target, as `--convert-to` takes them. */
export const FILTERS = {
  ods: 'ods:calc8',
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  // Every font embedded, the standard 14 too, so the PDF looks the same wherever it is opened.
  pdf: 'pdf:calc_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}',
} as const;

export type Target = keyof typeof FILTERS;

/**
 * Converts files with one LibreOffice run into `outDir`, each as its own name
 * with the target's extension; returns the paths written, in input order.
 * @param options another soffice or time limit (tests)
 * @throws UserError when LibreOffice is missing, fails, times out or writes nothing for a file
 */
export async function convertFiles(files: readonly string[], target: Target, outDir: string, options: { readonly soffice?: string; readonly timeoutMs?: number } = {}): Promise<string[]> {
  const soffice = options.soffice ?? requireSoffice();
  if (files.length === 0) return [];
  const profile = await mkdtemp(join(tmpdir(), 'osh-review-lo-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nologo',
      '--nodefault',
      '--convert-to',
      FILTERS[target],
      '--outdir',
      outDir,
      ...files,
    ];
    const timeout = options.timeoutMs ?? SOFFICE_TIMEOUT_MS + 5_000 * files.length;
    const run = await runBounded(soffice, args, timeout);
    const outputs = files.map((f) => join(outDir, `${basename(f, extname(f))}.${target}`));
    const missing = outputs.filter((o) => !existsSync(o));
    if (run.timedOut) throw new UserError(`LibreOffice 在 ${Math.round(timeout / 1000)} 秒內未完成轉檔，已停止`);
    if (missing.length > 0) {
      const why = (run.stderr.split('\n').find((l) => /error|Error/.test(l)) ?? run.stderr.trim().split('\n').at(-1) ?? '').trim();
      throw new UserError(`LibreOffice 無法轉為 .${target}：${missing.map((m) => basename(m)).join('、')}${why ? `（${why}）` : ''}`);
    }
    if (target === 'xlsx') for (const o of outputs) await writeFile(o, normaliseBooleans(await readFile(o)));
    return outputs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * LibreOffice's .xlsx spelled the way ExcelJS reads it: LibreOffice writes
 * boolean attributes as "true"/"false" (valid OOXML), but ExcelJS takes only
 * "1" as true for several of them (fitToPage, horizontalCentered, …), so a
 * form read and written again would lose its fit-to-one-page-wide and print
 * clipped over twice the pages.
 */
export function normaliseBooleans(xlsx: Uint8Array): Uint8Array {
  return rewriteZipText(xlsx, (name, text) => {
    if (!/^xl\/.*\.xml$/.test(name)) return undefined;
    const before = text();
    // Any attribute but a name (a sheet may be called "true").
    const after = before.replace(/(\s(?!name=)[\w:]+)="(true|false)"/g, (_, attr: string, v: string) => `${attr}="${v === 'true' ? '1' : '0'}"`);
    return after === before ? undefined : after;
  });
}

/** Runs a program, stopping it (and what it started) after `timeoutMs`. */
function runBounded(program: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops soffice.bin as well as the soffice script.
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const stop = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    // Its own process group does not get the terminal's Ctrl-C: stop it with us.
    const interrupted = (signal: NodeJS.Signals) => {
      stop();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    const done = () => {
      clearTimeout(timer);
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
    };
    child.on('error', (error) => {
      done();
      reject(new UserError(`無法執行 LibreOffice（${program}）：${error.message}`));
    });
    child.on('close', (code) => {
      done();
      resolve({ code, stderr, timedOut });
    });
  });
}

/** A fresh private temp folder, removed by the returned function. */
export async function tempFolder(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
