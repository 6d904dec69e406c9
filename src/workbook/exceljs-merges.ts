/**
 * Merging cells in ExcelJS in time proportional to the cells merged.
 *
 * ExcelJS checks each new merged range against every range merged before it
 * on the sheet (`Worksheet._mergeCellsInternal`), so a sheet with n merges
 * costs n²/2 checks, when it loads a file as when it writes one. A review
 * workbook has about 300 merges on 評分 and on 附表一(列印): the check was 15%
 * of the CPU of loading one (`score`), more than parsing its cells.
 *
 * The replacement refuses exactly what ExcelJS refuses, with its message
 * ("Cannot merge already merged cells"): two ranges overlap when they share a
 * cell, and a cell in a merged range is that range's top-left cell (a key of
 * `_merges`) or merged into it (type Merge). It looks at the cells of the new
 * range only, which the merge visits anyway. Then it merges as ExcelJS does.
 */
import type ExcelJS from 'exceljs';

/** What the replacement uses of ExcelJS's worksheet, cell and range (private members included). */
interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
interface Cell {
  readonly address: string;
  readonly type: number;
  merge(master: Cell, ignoreStyle?: boolean): void;
}
interface Sheet {
  _merges: Record<string, Range>;
  findCell(row: number, column: number): Cell | undefined;
  getCell(row: number, column: number): Cell;
  _mergeCellsInternal(dimensions: Range, ignoreStyle?: boolean): void;
}

const PATCHED = Symbol.for('osh-review.exceljs-linear-merges');

/**
 * Replaces `_mergeCellsInternal` on the worksheets of this copy of ExcelJS
 * (once; the package and its browser bundle are separate copies).
 */
export function mergeLinearly(excel: typeof ExcelJS): void {
  const proto = Object.getPrototypeOf(new excel.Workbook().addWorksheet('probe')) as Sheet & { [PATCHED]?: true };
  if (proto[PATCHED] || typeof proto._mergeCellsInternal !== 'function') return;
  const merge = excel.ValueType.Merge as number;
  proto._mergeCellsInternal = function (this: Sheet, dimensions: Range, ignoreStyle?: boolean): void {
    const { top, left, bottom, right } = dimensions;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = this.findCell(r, c);
        if (cell && (cell.type === merge || Object.hasOwn(this._merges, cell.address))) throw new Error('Cannot merge already merged cells');
      }
    }
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r > top || c > left) this.getCell(r, c).merge(master, ignoreStyle);
      }
    }
    this._merges[master.address] = dimensions;
  };
  proto[PATCHED] = true;
}
