/**
 * The formulas are part of the record (issue 15 item 2): a total typed over
 * its formula, or an `earned` formula edited, is refused naming the cell on
 * a draft and reported as 定稿後已被修改 on a finalised workbook; a finalised
 * workbook stays finalised when its 定稿 record is deleted; a LibreOffice
 * re-save raises no false alarm. Real .xlsx files, changed with ExcelJS as a
 * colleague's script (or Excel) would.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFinalisation } from '../../src/finalise/digest.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { FINAL_CELLS, FORMULA_DIGEST_CELL, META_NAMES } from '../../src/sheets/meta.ts';
import { readReview, type NameLookup } from '../../src/sheets/reader.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook } from '../../src/workbook/xlsx-file.ts';
import { EXAMPLE, linesOf, ROOT, runMain, tempDir } from '../builders/cli.ts';
import { LIBREOFFICE, MUST_RUN, resaveWithLibreOffice } from '../support/libreoffice.ts';

/** Where the layout puts the total and item 1-1's earned points (docs/workbook-names.md). */
const TOTAL = { sheet: SHEETS.scoring, address: 'K117', name: 'total_score' };
const EARNED = 'item_1_1_earned';

/** One draft and one finalised workbook, made once; each test edits its own copy. */
const made = { draft: '', final: '' };
beforeAll(async () => {
  const dir = tempDir();
  made.draft = join(dir, 'review.xlsx');
  made.final = join(dir, 'final.xlsx');
  const r = await runMain(['new', '--review', EXAMPLE, '-o', made.draft]);
  expect(r.code, r.stderr).toBe(0);
  const f = await runMain(['finalise', made.draft, '-o', made.final]);
  expect(f.code, f.stderr).toBe(0);
}, 60_000);

function copyOf(which: keyof typeof made, dir = tempDir()): string {
  const file = join(dir, `${which}.xlsx`);
  copyFileSync(made[which], file);
  return file;
}

const newWorkbook = (dir?: string) => copyOf('draft', dir);
const finalised = () => copyOf('final');

/** Opens a workbook file, lets `change` edit it with ExcelJS, and saves it back. */
async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await loadWorkbook(readFileSync(file));
  change(wb);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The cell a defined name points to. */
function named(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref!)!;
  return wb.getWorksheet(m[1]!)!.getCell(`${m[2]}${m[3]}`);
}

const overwriteTotal = (wb: ExcelJS.Workbook) => (wb.getWorksheet(TOTAL.sheet)!.getCell(TOTAL.address).value = 95.5);
const editEarned = (wb: ExcelJS.Workbook) => (named(wb, EARNED).value = { formula: '9', result: 9 } as ExcelJS.CellFormulaValue);

async function finalisation(file: string): Promise<unknown> {
  return (JSON.parse((await runMain(['score', file, '--json'])).stdout) as { finalisation: unknown }).finalisation;
}

describe('the formulas are part of the record', () => {
  it('a total overwritten with 95.5 is refused, naming the cell and its formula (exit 2), and is not finalised', async () => {
    const dir = tempDir();
    const file = newWorkbook(dir);
    await edit(file, overwriteTotal);
    const r = await runMain(['score', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`'${TOTAL.sheet}'!${TOTAL.address}（${TOTAL.name}） 的公式已被刪除或改成數值（應為 =`);
    const f = await runMain(['finalise', file, '-o', join(dir, 'out.xlsx')]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain(`'${TOTAL.sheet}'!${TOTAL.address}`);
  });

  it('an edited earned formula is refused, naming the cell, what it holds and what it should hold', async () => {
    const file = newWorkbook();
    await edit(file, editEarned);
    const r = await runMain(['score', file, '--json']);
    expect(r.code).toBe(2);
    const errors = (JSON.parse(r.stdout) as { problems: { code: string; where: string; message: string }[] }).problems;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(new RegExp(`^'${SHEETS.scoring}'!\\w+\\d+（${EARNED}） 的公式已被改動（現為 =9）（應為 =IF\\(`));
  });

  it('after 定稿, a total overwritten with 95.5 is 定稿後已被修改 (exit 0, the cell named), not 內容與定稿時相同', async () => {
    const out = finalised();
    await edit(out, overwriteTotal);
    const r = await runMain(['score', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('但定稿後已被修改（內容與定稿時不同）');
    expect(r.stdout).not.toContain('內容與定稿時相同');
    expect(r.stderr).toContain(`'${TOTAL.sheet}'!${TOTAL.address}（${TOTAL.name}）`);
  });

  it('after 定稿, an edited earned formula is 定稿後已被修改', async () => {
    const out = finalised();
    await edit(out, editEarned);
    expect(await finalisation(out)).toMatchObject({ state: 'edited', reason: 'changed' });
  });

  describe('an edited finalised workbook whose 定稿 record is deleted is still 已被修改, never 未定稿', () => {
    const cases: [string, (wb: ExcelJS.Workbook) => void][] = [
      ['the digest cell cleared', (wb) => (named(wb, META_NAMES.finalDigest).value = null)],
      ['the digest name deleted', (wb) => wb.definedNames.remove(`${SHEETS.meta}!$${FINAL_CELLS[META_NAMES.finalDigest].replace(/(\d+)/, '$$$1')}`, META_NAMES.finalDigest)],
      [
        'the digest and time cleared and their names deleted',
        (wb) => {
          for (const name of [META_NAMES.finalDigest, META_NAMES.finalAt] as const) {
            named(wb, name).value = null;
            wb.definedNames.remove(`${SHEETS.meta}!$${FINAL_CELLS[name].replace(/(\d+)/, '$$$1')}`, name);
          }
        },
      ],
      ['the meta sheet deleted', (wb) => wb.removeWorksheet(wb.getWorksheet(SHEETS.meta)!.id)],
    ];
    it.each(cases)('%s', async (_, remove) => {
      const out = finalised();
      await edit(out, (wb) => {
        wb.getWorksheet(SHEETS.basic)!.getCell('B5').value = '新地址';
        remove(wb);
      });
      const r = await runMain(['score', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('定稿後已被修改');
      expect(r.stdout).not.toContain('未定稿');
    });
  });

  it('one read lists the record formulas once, for the formula check and the 定稿 digest alike', async () => {
    const read = exceljsLookup(await loadWorkbook(readFileSync(finalised())));
    const listed: string[] = [];
    const lookup: NameLookup = Object.assign((name: string) => read(name), {
      ...read,
      formulaCells: (sheet: string) => {
        listed.push(sheet);
        return read.formulaCells!(sheet);
      },
    });
    // What `score` does with a finalised workbook: the review (its formula check), then the 定稿 state (digest and check).
    expect(readReview(lookup).problems).toEqual([]);
    expect(await readFinalisation(lookup)).toMatchObject({ state: 'intact' });
    expect(listed.sort()).toEqual([SHEETS.basic, SHEETS.eligibility, SHEETS.scoring].sort());
  });

  it('a draft stays a draft: a new workbook, and one with a few inputs pasted over with a locked format', async () => {
    const file = newWorkbook();
    expect(await finalisation(file)).toEqual({ state: 'draft' });
    await edit(file, (wb) => {
      const cell = wb.getWorksheet(SHEETS.basic)!.getCell('B5');
      cell.style = { ...cell.style, protection: { locked: true } };
    });
    expect(await finalisation(file)).toEqual({ state: 'draft' });
  });

  it('a workbook made before the fingerprint (no meta_formula_digest) is read, and still checked cell by cell', async () => {
    const file = newWorkbook();
    await edit(file, (wb) => {
      wb.definedNames.remove(`${SHEETS.meta}!$B$${FORMULA_DIGEST_CELL.slice(1)}`, META_NAMES.formulas);
      wb.getWorksheet(SHEETS.meta)!.getCell(FORMULA_DIGEST_CELL).value = null;
    });
    expect((await runMain(['score', file])).code).toBe(0);
    await edit(file, overwriteTotal);
    const r = await runMain(['score', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`'${TOTAL.sheet}'!${TOTAL.address}（${TOTAL.name}）`);
  });

  it('a workbook finalised by the previous version (no fingerprint, TRUE/FALSE helpers) is intact; its total overwritten is caught', async () => {
    const file = join(tempDir(), 'old.xlsx');
    copyFileSync(join(ROOT, 'test/fixtures/finalised-before-formula-record.xlsx'), file);
    const intact = await runMain(['score', file]);
    expect(intact.stderr).toBe('');
    expect(intact.stdout).toContain('內容與定稿時相同');
    await edit(file, overwriteTotal);
    const r = await runMain(['score', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('但定稿後已被修改');
    expect(linesOf(r.stderr)).toEqual([expect.stringContaining(`'${TOTAL.sheet}'!${TOTAL.address}（${TOTAL.name}）`)]);
  });

  it.skipIf(!LIBREOFFICE && !MUST_RUN)(
    'a finalised workbook re-saved by LibreOffice is still 內容與定稿時相同; a total overwritten afterwards is still caught',
    async () => {
      const dir = tempDir();
      const out = finalised();
      const resaved = join(dir, 'resaved.xlsx');
      writeFileSync(resaved, resaveWithLibreOffice(readFileSync(out)));
      const r = await runMain(['score', resaved]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('內容與定稿時相同');
      await edit(resaved, overwriteTotal);
      expect(await finalisation(resaved)).toMatchObject({ state: 'edited', reason: 'changed' });
    },
    120_000,
  );
});
