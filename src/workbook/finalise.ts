/**
 * 定稿 on an ExcelJS workbook (the CLI): lock every input and protect its
 * sheet, and record the time and the digest of the inputs on the meta sheet;
 * 取消定稿 unlocks the inputs and clears the record.
 */
import type ExcelJS from 'exceljs';
import { finalRecord } from '../finalise/digest.ts';
import { parseCell, parseRange, quoteSheet, absolute, cellAddress } from '../sheets/address.ts';
import { inputArea, inputCells } from '../sheets/finalise.ts';
import { FINAL_CELLS, META_NAMES } from '../sheets/meta.ts';
import type { NameLookup } from '../sheets/reader.ts';
import type { Rubric } from '../rubric/types.ts';
import { exceljsLookup } from './exceljs-reader.ts';
import { SHEET_PROTECTION } from './exceljs-writer.ts';

/** Sets (or clears) `locked` on every input of `rubric` found in the workbook; returns the sheets touched. */
function setInputsLocked(wb: ExcelJS.Workbook, rubric: Rubric, lookup: NameLookup, locked: boolean): Set<ExcelJS.Worksheet> {
  const sheets = new Set<ExcelJS.Worksheet>();
  for (const input of inputCells(rubric)) {
    const at = lookup(input.name);
    const ws = at && wb.getWorksheet(at.sheet);
    if (!at || !ws) continue;
    const { start, end } = parseRange(inputArea(input, at.address));
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) {
        const cell = ws.getCell(cellAddress(r, c));
        // A fresh style object: ExcelJS shares one between cells of the same style.
        cell.style = { ...cell.style, protection: { ...cell.style.protection, locked } };
      }
    }
    sheets.add(ws);
  }
  return sheets;
}

/** The meta cell of a 定稿 name, adding the name where a workbook made before 定稿 lacks it. */
function finalCell(wb: ExcelJS.Workbook, lookup: NameLookup, name: keyof typeof FINAL_CELLS): ExcelJS.Cell {
  const at = lookup(name);
  if (at) return wb.getWorksheet(at.sheet)!.getCell(at.address);
  const meta = lookup(META_NAMES.rubric);
  const ws = meta && wb.getWorksheet(meta.sheet);
  if (!ws) throw new RangeError(`The workbook has no ${META_NAMES.rubric}: not a review workbook`);
  const address = FINAL_CELLS[name];
  wb.definedNames.add(`${quoteSheet(ws.name)}!${absolute(address)}`, name);
  ws.getCell(`A${parseCell(address).row}`).value ??= name === META_NAMES.finalAt ? '定稿時間' : '定稿摘要（輸入內容的 SHA-256）';
  return ws.getCell(address);
}

/**
 * Finalises a review workbook in place: inputs locked, their sheets
 * protected without a password, the time and digest recorded.
 */
export async function finaliseWorkbook(wb: ExcelJS.Workbook, rubric: Rubric, now: Date): Promise<{ readonly at: string; readonly digest: string }> {
  let lookup = exceljsLookup(wb);
  for (const name of [META_NAMES.finalAt, META_NAMES.finalDigest] as const) finalCell(wb, lookup, name);
  lookup = exceljsLookup(wb);
  const record = await finalRecord(lookup, now);
  for (const [name, value] of [
    [META_NAMES.finalAt, record.at],
    [META_NAMES.finalDigest, record.digest],
  ] as const) {
    const cell = finalCell(wb, lookup, name);
    cell.numFmt = '@';
    cell.value = value;
  }
  for (const ws of setInputsLocked(wb, rubric, lookup, true)) await ws.protect('', SHEET_PROTECTION);
  return record;
}

/** Undoes 定稿: inputs unlocked (their sheets stay protected as usual), the record cleared. */
export async function unfinaliseWorkbook(wb: ExcelJS.Workbook, rubric: Rubric): Promise<void> {
  const lookup = exceljsLookup(wb);
  for (const name of [META_NAMES.finalAt, META_NAMES.finalDigest] as const) {
    const at = lookup(name);
    if (at) wb.getWorksheet(at.sheet)!.getCell(at.address).value = null;
  }
  for (const ws of setInputsLocked(wb, rubric, lookup, false)) await ws.protect('', SHEET_PROTECTION);
}
