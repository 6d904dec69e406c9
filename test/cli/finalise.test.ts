/**
 * `osh-review finalise | unfinalise` and what `score` says about 定稿: intact
 * after finalise, edited after one cell is changed with ExcelJS, never a
 * different exit code for it; inputs are never modified.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/sheets/layout.ts';
import { loadWorkbook } from '../../src/workbook/xlsx-file.ts';
import { EXAMPLE, linesOf, runBin, runMain, tempDir } from '../builders/cli.ts';

async function newWorkbook(dir: string): Promise<string> {
  const file = join(dir, 'review.xlsx');
  const made = await runMain(['new', '--review', EXAMPLE, '-o', file]);
  expect(made.code, made.stderr).toBe(0);
  return file;
}

/** Changes one cell of a workbook file with ExcelJS, as a colleague's script might. */
async function editCell(file: string, sheet: string, address: string, value: string | number): Promise<void> {
  const wb = await loadWorkbook(readFileSync(file));
  wb.getWorksheet(sheet)!.getCell(address).value = value;
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('osh-review finalise', () => {
  it('finalise → score says 已定稿, unchanged; an edit with ExcelJS → score says 定稿後已被修改; exit 0 throughout', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    const before = await runMain(['score', file]);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('定稿：未定稿');

    const out = join(dir, 'final.xlsx');
    const fin = await runMain(['finalise', file, '-o', out]);
    expect(fin.code, fin.stderr).toBe(0);
    expect(fin.stdout).toMatch(/^已定稿並寫入 .*final\.xlsx（定稿時間 \d{4}-\d{2}-\d{2} \d{2}:\d{2}，摘要 sha256:[0-9a-f]{64}）/);

    const intact = await runMain(['score', out]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/定稿：已於 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 定稿，內容與定稿時相同/);
    // The verdict is the same as before 定稿.
    expect(intact.stdout.replace(/定稿：.*\n/, '')).toBe(before.stdout.replace(/定稿：.*\n/, ''));
    const json = JSON.parse((await runMain(['score', out, '--json'])).stdout) as { finalisation: { state: string; at: string } };
    expect(json.finalisation).toEqual({ state: 'intact', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/) });

    await editCell(out, SHEETS.basic, 'B5', '新地址');
    const edited = await runMain(['score', out]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('但定稿後已被修改（內容與定稿時不同）');
    const editedJson = JSON.parse((await runMain(['score', out, '--json'])).stdout) as { finalisation: unknown };
    expect(editedJson.finalisation).toEqual({ state: 'edited', at: json.finalisation.at, reason: 'changed' });
  });

  it('never modifies its input: an output naming the input is refused, and the file is left as it was', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    const bytes = readFileSync(file);
    const r = await runMain(['finalise', file, '-o', join(dir, '.', 'review.xlsx')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('與輸入檔相同');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a workbook already finalised, naming how to undo it; unfinalise → 未定稿, and it can be finalised again', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    const first = join(dir, 'first.xlsx');
    expect((await runMain(['finalise', file, '-o', first])).code).toBe(0);
    const again = await runMain(['finalise', first, '-o', join(dir, 'again.xlsx')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('osh-review unfinalise');

    const open = join(dir, 'open.xlsx');
    const un = await runMain(['unfinalise', first, '-o', open]);
    expect(un.code, un.stderr).toBe(0);
    expect(un.stdout).toContain('已取消定稿');
    expect((await runMain(['score', open])).stdout).toContain('定稿：未定稿');
    const wb = await loadWorkbook(readFileSync(open));
    expect(wb.getWorksheet(SHEETS.basic)!.getCell('B4').protection?.locked).toBe(false);
    expect((await runMain(['finalise', open, '-o', join(dir, 'second.xlsx')])).code).toBe(0);
  });

  it('refuses a workbook whose cells cannot be read, naming the cell', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    await editCell(file, SHEETS.basic, 'B9', '很多人');
    const r = await runMain(['finalise', file, '-o', join(dir, 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'基本資料'!B9");
    expect(r.stderr).toContain('未定稿');
  });

  it('says what it needs, and is listed in the usage', async () => {
    const r = await runMain(['finalise', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('osh-review finalise FILE.xlsx -o OUT.xlsx');
    const help = await runMain(['--help']);
    expect(help.stdout).toContain('osh-review finalise FILE.xlsx -o OUT.xlsx');
    expect(help.stdout).toContain('osh-review unfinalise FILE.xlsx -o OUT.xlsx');
  });

  it('runs as a real process', async () => {
    const dir = tempDir();
    const file = await newWorkbook(dir);
    const out = join(dir, 'final.xlsx');
    const r = runBin(['finalise', file, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(runBin(['score', out]).stdout).toContain('內容與定稿時相同');
  });
});
