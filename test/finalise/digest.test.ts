/**
 * The 定稿 digest: the same across an ExcelJS save and load and a LibreOffice
 * re-save; changed by any single input (and by the meta sheet's identity and
 * the recorded time); unchanged by every cell that is not an input.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCell, canonicalText, DIGEST_PATTERN, displayDateTime, inputsDigest, localDateTime, readFinalisation } from '../../src/finalise/digest.ts';
import { parseReview } from '../../src/review/evaluate.ts';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { parseRange, cellAddress } from '../../src/sheets/address.ts';
import { inputArea, inputCells, reviewInputNames } from '../../src/sheets/finalise.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { META_NAMES } from '../../src/sheets/meta.ts';
import type { NamedCell, NameLookup } from '../../src/sheets/reader.ts';
import type { CellValue } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { finaliseWorkbook, unfinaliseWorkbook } from '../../src/workbook/finalise.ts';
import { loadWorkbook, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { LIBREOFFICE, MUST_RUN, resaveWithLibreOffice } from '../support/libreoffice.ts';

const demo = (() => {
  const parsed = parseReview(JSON.parse(readFileSync(new URL('../../examples/demo-113.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('examples/demo-113.json is invalid');
  return parsed.review;
})();

const NOW = new Date(2024, 3, 20, 15, 30, 5);
const description = reviewWorkbook(DEFAULT_RUBRIC, demo);
const INPUTS = reviewInputNames(DEFAULT_RUBRIC);

/** Every one-cell name of the demo workbook with its literal value (formulas as their last result: null). */
function cellsOfDemo(): Map<string, { sheet: string; address: string; value: CellValue | Date }> {
  const cells = new Map<string, { sheet: string; address: string; value: CellValue | Date }>();
  for (const n of description.names) {
    if (n.address.includes(':')) continue;
    const sheet = description.sheets.find((s) => s.key === n.sheet)!;
    const cell = sheet.cells.find((c) => c.address === n.address);
    cells.set(n.name, { sheet: sheet.name, address: n.address, value: cell && cell.formula === undefined ? (cell.value ?? null) : null });
  }
  return cells;
}

function lookupOf(cells: ReadonlyMap<string, { sheet: string; address: string; value: CellValue | Date }>): NameLookup {
  return (name) => {
    const c = cells.get(name);
    return c ? ({ sheet: c.sheet, address: c.address, value: c.value } as NamedCell) : undefined;
  };
}

/** A value different from `old`, of any kind a cell holds. */
const otherValue = (old: unknown) =>
  fc
    .oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constantFrom('優', '良', '可', '是', '否'))
    .filter((v) => canonicalCell(v) !== canonicalCell(old as CellValue) && JSON.stringify(canonicalCell(v)) !== JSON.stringify(canonicalCell(old as CellValue)));

async function finalisedDemo(): Promise<Uint8Array> {
  const wb = await loadWorkbook(await writeReviewXlsx(description));
  await finaliseWorkbook(wb, DEFAULT_RUBRIC, NOW);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('canonical cells', () => {
  it.each([
    ['blank text is blank', '', null],
    ['undefined is blank', undefined, null],
    ["ExcelJS's Date is Office.js's serial", new Date(Date.UTC(2024, 3, 15)), 45397],
    ['a date with a time', new Date(Date.UTC(2024, 3, 15, 12)), 45397.5],
    ['numbers to 15 significant digits', 0.1 + 0.2, 0.3],
    ['-0 is 0', -0, 0],
    ['errors keep their code', { error: '#N/A' }, { error: '#N/A' }],
    ['text stays text, spaces and all', ' 113 ', ' 113 '],
  ])('%s', (_, raw, expected) => {
    expect(canonicalCell(raw as never)).toEqual(expected);
  });
});

describe('what the digest covers', () => {
  it('every input the layout leaves unlocked, and nothing else unlocked is left out', () => {
    const unlockedNamed = description.names
      .filter((n) => description.sheets.find((s) => s.key === n.sheet)!.cells.find((c) => c.address === n.address)?.style?.locked === false)
      .map((n) => n.name)
      .sort();
    expect([...INPUTS].sort()).toEqual(unlockedNamed);
  });

  it('the areas 定稿 locks are exactly the unlocked cells of the input sheets', () => {
    const areas = new Set(
      inputCells(DEFAULT_RUBRIC).flatMap((i) => {
        const { start, end } = parseRange(inputArea(i, i.address));
        const out: string[] = [];
        for (let r = start.row; r <= end.row; r++) for (let c = start.column; c <= end.column; c++) out.push(`${i.sheet}!${cellAddress(r, c)}`);
        return out;
      }),
    );
    const unlocked = description.sheets.flatMap((s) => s.cells.filter((c) => c.style?.locked === false).map((c) => `${s.key}!${c.address}`));
    expect([...areas].sort()).toEqual([...new Set(unlocked)].sort());
  });

  it('changes when any single input changes', async () => {
    const cells = cellsOfDemo();
    const base = await inputsDigest(lookupOf(cells));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INPUTS, META_NAMES.rubric, META_NAMES.layout, META_NAMES.app, META_NAMES.finalAt).chain((name) => fc.tuple(fc.constant(name), otherValue(cells.get(name)!.value))),
        async ([name, value]) => {
          const changed = new Map(cells);
          changed.set(name, { ...cells.get(name)!, value });
          expect(await inputsDigest(lookupOf(changed))).not.toBe(base);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('changes when an input name is deleted', async () => {
    const cells = cellsOfDemo();
    const base = await inputsDigest(lookupOf(cells));
    for (const name of ['cand_name', 'item_7_3_count', 'item_1_1_self']) {
      const fewer = new Map(cells);
      fewer.delete(name);
      expect(await inputsDigest(lookupOf(fewer)), name).not.toBe(base);
    }
  });

  it('does not change when a cell that is not an input changes (formulas, print sheets, the record itself)', async () => {
    const cells = cellsOfDemo();
    const base = await inputsDigest(lookupOf(cells));
    const others = [...cells.keys()].filter((n) => !INPUTS.includes(n) && ![META_NAMES.rubric, META_NAMES.layout, META_NAMES.app, META_NAMES.finalAt].includes(n as never));
    expect(others).toContain('total_score');
    expect(others).toContain(META_NAMES.finalDigest);
    expect(others).toContain('item_1_1_earned');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...others), fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.constant(null)), async (name, value) => {
        const changed = new Map(cells);
        changed.set(name, { ...cells.get(name)!, value });
        expect(await inputsDigest(lookupOf(changed))).toBe(base);
      }),
      { numRuns: 100 },
    );
  });

  it('is SHA-256 of the canonical text, written as sha256:hex', async () => {
    const lookup = lookupOf(cellsOfDemo());
    const digest = await inputsDigest(lookup);
    expect(digest).toMatch(DIGEST_PATTERN);
    const { createHash } = await import('node:crypto');
    expect(digest).toBe(`sha256:${createHash('sha256').update(canonicalText(lookup)).digest('hex')}`);
    expect(JSON.parse(canonicalText(lookup)).cells.cand_name).toBe(demo.candidate.name);
  });
});

describe('finalised workbooks as files', () => {
  it('reads as intact after an ExcelJS save and load, with the time recorded', async () => {
    const wb = await loadWorkbook(await finalisedDemo());
    const f = await readFinalisation(exceljsLookup(wb));
    expect(f).toEqual({ state: 'intact', at: localDateTime(NOW) });
    expect(displayDateTime(localDateTime(NOW))).toBe('2024-04-20 15:30');
  });

  it('locks every input and protects its sheet; 取消定稿 unlocks them and clears the record', async () => {
    const wb = await loadWorkbook(await finalisedDemo());
    const locked = (sheet: string, address: string) => wb.getWorksheet(sheet)!.getCell(address).protection?.locked !== false;
    for (const i of inputCells(DEFAULT_RUBRIC)) expect(locked(SHEETS[i.sheet], i.address), i.name).toBe(true);
    expect(locked(SHEETS.basic, 'D4')).toBe(true);
    for (const key of ['basic', 'eligibility', 'scoring'] as const) {
      expect((wb.getWorksheet(SHEETS[key]) as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
    }
    await unfinaliseWorkbook(wb, DEFAULT_RUBRIC);
    const again = await loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const unlocked = (sheet: string, address: string) => again.getWorksheet(sheet)!.getCell(address).protection?.locked === false;
    for (const i of inputCells(DEFAULT_RUBRIC)) expect(unlocked(SHEETS[i.sheet], i.address), i.name).toBe(true);
    expect(await readFinalisation(exceljsLookup(again))).toEqual({ state: 'draft' });
  });

  it('an edit to a print sheet leaves it intact; an edit to an input does not', async () => {
    const wb = await loadWorkbook(await finalisedDemo());
    wb.getWorksheet(SHEETS.opinion)!.getCell('A1').value = '改過的標題';
    wb.getWorksheet(SHEETS.annex1)!.getCell('B5').value = 42;
    expect((await readFinalisation(exceljsLookup(wb))).state).toBe('intact');
    wb.getWorksheet(SHEETS.eligibility)!.getCell(description.names.find((n) => n.name === 'elig_avg_fr')!.address).value = 5.62;
    expect(await readFinalisation(exceljsLookup(wb))).toEqual({ state: 'edited', at: localDateTime(NOW), reason: 'changed' });
  });

  it('a digest cell this tool did not write is reported, not trusted', async () => {
    const wb = await loadWorkbook(await finalisedDemo());
    const at = exceljsLookup(wb)(META_NAMES.finalDigest)!;
    wb.getWorksheet(at.sheet)!.getCell(at.address).value = 'OK';
    expect((await readFinalisation(exceljsLookup(wb))).state).toBe('edited');
    expect(await readFinalisation(exceljsLookup(wb))).toMatchObject({ reason: 'unreadable' });
  });
});

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('LibreOffice', { timeout: 300_000 }, () => {
  it('a finalised workbook re-saved by LibreOffice still reads as intact', async () => {
    const saved = resaveWithLibreOffice(await finalisedDemo());
    const wb = await new ExcelJS.Workbook().xlsx.load(saved as unknown as ArrayBuffer);
    expect(await readFinalisation(exceljsLookup(wb))).toEqual({ state: 'intact', at: localDateTime(NOW) });
  });
});
