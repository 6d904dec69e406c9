/**
 * How the CLI runs LibreOffice, checked with a stand-in `soffice` (a shell
 * script) so no real LibreOffice starts: a private profile that is removed
 * afterwards (never the user's own), a time limit that stops it, and a
 * one-line install hint when there is none.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFiles, findSoffice, INSTALL_HINT, normaliseBooleans } from '../../src/cli/libreoffice.ts';
import { rewriteZipText } from '../../src/cli/zip.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { loadWorkbook, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { BIN, tempDir } from '../builders/cli.ts';

/** A stand-in soffice: records its arguments and profile, then runs `body`. */
function fakeSoffice(dir: string, body: string): string {
  const path = join(dir, 'soffice');
  writeFileSync(
    path,
    `#!/bin/sh
printf '%s\\n' "$@" > "${dir}/args"
echo $$ > "${dir}/pid"
for a in "$@"; do case "$a" in -env:UserInstallation=file://*) p="\${a#-env:UserInstallation=file://}"; cp "$p/user/registrymodifications.xcu" "${dir}/xcu";; esac; done
${body}
`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** Whether a process runs (a zombie, killed but not yet reaped by an orphan's new parent, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/\)\s+Z\s/.test(stat);
}

describe.skipIf(process.platform === 'win32')('running LibreOffice', () => {
  it('uses a private, temporary profile (recalculating on load), headless, and removes it afterwards', async () => {
    const dir = tempDir();
    const input = join(dir, 'book.xlsx');
    writeFileSync(input, 'x');
    // Writes the output LibreOffice would: OUTDIR/book.ods.
    const soffice = fakeSoffice(dir, 'while [ "$1" != "--outdir" ]; do shift; done; touch "$2/book.ods"');
    const [out] = await convertFiles([input], 'ods', join(dir, 'out'), { soffice });
    expect(out).toBe(join(dir, 'out', 'book.ods'));
    const args = readFileSync(join(dir, 'args'), 'utf8').split('\n');
    const profileArg = args.find((a) => a.startsWith('-env:UserInstallation=file://'))!;
    const profile = decodeURIComponent(profileArg.slice('-env:UserInstallation=file://'.length));
    expect(profile).toContain('osh-review-lo-');
    expect(profile.startsWith(process.env.HOME ?? '/nonexistent')).toBe(false);
    expect(existsSync(profile)).toBe(false);
    for (const flag of ['--headless', '--norestore', '--convert-to', 'ods:calc8']) expect(args).toContain(flag);
    const xcu = readFileSync(join(dir, 'xcu'), 'utf8');
    expect(xcu).toContain('<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value>');
    expect(xcu).toContain('<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value>');
  });

  it('stops LibreOffice at the time limit and says so', async () => {
    const dir = tempDir();
    const input = join(dir, 'book.xlsx');
    writeFileSync(input, 'x');
    const soffice = fakeSoffice(dir, 'sleep 30');
    const started = Date.now();
    await expect(convertFiles([input], 'pdf', join(dir, 'out'), { soffice, timeoutMs: 300 })).rejects.toThrow(/秒內未完成轉檔，已停止/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(alive(Number(readFileSync(join(dir, 'pid'), 'utf8')))).toBe(false);
  });

  it('Ctrl-C on the command stops LibreOffice too (it runs in its own process group)', async () => {
    const dir = tempDir();
    const soffice = fakeSoffice(dir, 'sleep 30');
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    const ods = join(dir, 'review.ods');
    const header = new Uint8Array(30 + 8 + mimetype.length);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    header[26] = 8;
    header.set(new TextEncoder().encode('mimetype' + mimetype), 30);
    writeFileSync(ods, header);
    const cli = spawn(process.execPath, [BIN, 'score', ods], { env: { ...process.env, OSH_REVIEW_SOFFICE: soffice }, stdio: 'ignore' });
    const pidFile = join(dir, 'pid');
    for (let waited = 0; !existsSync(pidFile) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const exited = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pid)).toBe(false);
  }, 60_000);

  it('names the files LibreOffice could not convert', async () => {
    const dir = tempDir();
    const input = join(dir, 'book.ods');
    writeFileSync(input, 'x');
    const soffice = fakeSoffice(dir, 'echo "Error: source file could not be loaded" >&2; exit 1');
    await expect(convertFiles([input], 'xlsx', join(dir, 'out'), { soffice })).rejects.toThrow(/LibreOffice 無法轉為 \.xlsx：book\.xlsx（Error: source file could not be loaded）/);
  });

  it('finds soffice on PATH or from OSH_REVIEW_SOFFICE, and nothing where there is none', () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const soffice = fakeSoffice(bin, 'true');
    expect(findSoffice({ PATH: bin }, [])).toBe(soffice);
    expect(findSoffice({ PATH: join(dir, 'empty'), OSH_REVIEW_SOFFICE: soffice }, [])).toBe(soffice);
    expect(findSoffice({ PATH: join(dir, 'empty') }, [])).toBeUndefined();
  });

  it('the install hint is one line with the Debian packages', () => {
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toContain('apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk');
  });
});

describe('an .xlsx LibreOffice wrote', () => {
  it('is read with its "true" booleans: fit to page and centring kept, a sheet named "true" left alone', async () => {
    const xlsx = await writeReviewXlsx(reviewWorkbook(oshUnit113));
    // Spelled the way LibreOffice writes it.
    const libre = rewriteZipText(xlsx, (name, text) => {
      if (name === 'xl/workbook.xml') return text().replace('name="基本資料"', 'name="true"');
      if (!name.startsWith('xl/worksheets/')) return undefined;
      return text().replace(/fitToPage="1"/g, 'fitToPage="true"').replace(/horizontalCentered="1"/g, 'horizontalCentered="true"');
    });
    const read = async (bytes: Uint8Array) => (await loadWorkbook(bytes)).worksheets.map((ws) => [ws.name, ws.pageSetup.fitToPage, ws.pageSetup.horizontalCentered === true]);
    const original = (await read(xlsx)).slice(1);
    expect(original.some(([, fit]) => fit)).toBe(true);
    // ExcelJS alone loses them (the bug), normalised they are back.
    expect((await read(libre)).slice(1)).not.toEqual(original);
    const normalised = await read(normaliseBooleans(libre));
    expect(normalised.slice(1)).toEqual(original);
    expect(normalised[0]![0]).toBe('true');
  });
});
