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
  // No undo history: nothing here undoes, and with HyperFormula's default of 20 undo steps every `set` walked
  // the kept history (UndoRedo.clearRedoStack), two thirds of the parity test's CPU.
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false, undoLimit: 0 });
  const ids = new Map<string, number>();
  const names = new Map<string, { sheet: string; address: string }>();
  hf.batch(() => {
    for (const sheet of description.sheets) {
      hf.addSheet(sheet.name);
      ids.set(sheet.key, hf.getSheetId(sheet.name)!);
    }
    for (const n of description.names) {
      const sheet = description.sheets.find((s) => s.key === n.sheet)!;
      hf.addNamedExpression(n.name, `=${quoteSheet(sheet.name)}!${absolute(n.address)}`);
      names.set(n.name, { sheet: n.sheet, address: n.address });
    }
    for (const sheet of description.sheets) {
      const id = ids.get(sheet.key)!;
      for (const cell of sheet.cells) {
        const { row, column } = parseCell(cell.address);
        let content: RawCellContent;
        if (cell.formula !== undefined) content = `=${cell.formula}`;
        else if (typeof cell.value === 'string') content = cell.value.startsWith('=') ? `'${cell.value}` : cell.value;
        else content = cell.value ?? null;
        hf.setCellContents({ sheet: id, row: row - 1, col: column - 1 }, [[content]]);
      }
    }
  });
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
