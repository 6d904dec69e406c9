/**
 * What 定稿 (finalisation) covers on the sheets: every input cell of a review
 * by defined name, and the area each one takes (an input merged across
 * columns is locked across all of them). The digest itself is in
 * src/finalise/; the writers lock and unlock these cells.
 */
import type { Rubric } from '../rubric/types.ts';
import { cellAddress, parseCell, parseRange } from './address.ts';
import type { SheetKey } from './layout.ts';
import { reviewInputNames } from './prefill.ts';
import { reviewWorkbook } from './workbook.ts';

/** The sheets a reviewer types into: 定稿 locks their inputs. */
export const INPUT_SHEETS: readonly SheetKey[] = ['basic', 'eligibility', 'scoring'];

export { reviewInputNames };

/** One input as laid out: its name, sheet and cell, and how many rows and columns of input cells it heads. */
export interface InputCell {
  readonly name: string;
  readonly sheet: SheetKey;
  readonly address: string;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The inputs of `rubric`'s review workbook, each with the unlocked part of
 * the merged area it heads: 基本資料's inputs span three unlocked columns, 評分's
 * merged level cells have only their first cell unlocked. 定稿 locks exactly
 * what the layout leaves unlocked, and 取消定稿 unlocks exactly that again.
 */
export function inputCells(rubric: Rubric): InputCell[] {
  const book = reviewWorkbook(rubric);
  const byName = new Map(book.names.map((n) => [n.name, n]));
  return reviewInputNames(rubric).map((name) => {
    const n = byName.get(name);
    if (!n) throw new RangeError(`Input ${name} has no defined name in the layout`);
    const sheet = book.sheets.find((s) => s.key === n.sheet)!;
    const at = parseCell(n.address);
    const merge = sheet.merges.map(parseRange).find((m) => m.start.row === at.row && m.start.column === at.column);
    const unlocked = new Set(sheet.cells.filter((c) => c.style?.locked === false).map((c) => c.address));
    let rows = 1;
    let columns = 1;
    while (merge && at.row + rows <= merge.end.row && unlocked.has(cellAddress(at.row + rows, at.column))) rows++;
    while (merge && at.column + columns <= merge.end.column && unlocked.has(cellAddress(at.row, at.column + columns))) columns++;
    return { name, sheet: n.sheet as SheetKey, address: n.address, rows, columns };
  });
}

/**
 * The area an input takes where its name now points: the layout's merged
 * size anchored at `address` (rows inserted by hand move the name, not the
 * size). "B4" with 1 × 3 → "B4:D4".
 */
export function inputArea(cell: Pick<InputCell, 'rows' | 'columns'>, address: string): string {
  if (cell.rows === 1 && cell.columns === 1) return address;
  const { row, column } = parseCell(address);
  return `${address}:${cellAddress(row + cell.rows - 1, column + cell.columns - 1)}`;
}
