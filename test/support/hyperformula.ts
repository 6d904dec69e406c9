/**
 * Evaluates a workbook description's formulas with HyperFormula, an engine
 * that is not ours, so formula parity is checked independently of our code.
 * Test-only: HyperFormula is GPL-3.0.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { absolute, parseCell, quoteSheet } from '../../src/sheets/address.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';

export interface Evaluated {
  readonly hf: HyperFormula;
  /** The value of a one-cell defined name. */
  value(name: string): unknown;
  /** Replaces the contents of named input cells (null clears), recalculating once. */
  set(values: Readonly<Record<string, string | number | boolean | null>>): void;
}

export function evaluate(description: WorkbookDescription): Evaluated {
  const names = new Map<string, { sheet: string; address: string }>();
  const named: { name: string; expression: string }[] = [];
  for (const n of description.names) {
    const sheet = description.sheets.find((s) => s.key === n.sheet)!;
    named.push({ name: n.name, expression: `=${quoteSheet(sheet.name)}!${absolute(n.address)}` });
    names.set(n.name, { sheet: n.sheet, address: n.address });
  }
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of description.sheets) {
    const rows: RawCellContent[][] = (sheets[sheet.name] = []);
    for (const cell of sheet.cells) {
      const { row, column } = parseCell(cell.address);
      let content: RawCellContent;
      if (cell.formula !== undefined) content = `=${cell.formula}`;
      else if (typeof cell.value === 'string') content = cell.value.startsWith('=') ? `'${cell.value}` : cell.value;
      else content = cell.value ?? null;
      (rows[row - 1] ??= [])[column - 1] = content;
    }
    // HyperFormula reads the arrays as rows of cells: no holes.
    for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  }
  // Built from the whole workbook at once, with no undo history: nothing here undoes. Setting the cells one by
  // one in a batch took twice as long (HyperFormula's redo bookkeeping walks the batch's growing undo entry on
  // every cell), and its default of 20 undo steps made every later `set` walk them (two thirds of the parity
  // test's CPU).
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false, undoLimit: 0 }, named);
  const ids = new Map(description.sheets.map((s) => [s.key, hf.getSheetId(s.name)!]));
  const at = (name: string) => {
    const n = names.get(name);
    if (!n) throw new Error(`No defined name ${name}`);
    const { row, column } = parseCell(n.address);
    return { sheet: ids.get(n.sheet)!, row: row - 1, col: column - 1 };
  };
  return {
    hf,
    value: (name) => hf.getCellValue(at(name)),
    set(values) {
      hf.batch(() => {
        for (const [name, value] of Object.entries(values)) {
          const content = typeof value === 'string' && value.startsWith('=') ? `'${value}` : value;
          hf.setCellContents(at(name), [[content]]);
        }
      });
    },
  };
}
