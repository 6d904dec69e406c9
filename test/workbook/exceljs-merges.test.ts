/**
 * The linear merge of src/workbook/exceljs-merges.ts merges and refuses
 * exactly as ExcelJS's own quadratic one: for random sequences of ranges
 * (overlapping, nested, repeated, single cells, adjacent), the patched copy
 * of ExcelJS and an untouched copy (its browser bundle, a separate copy of
 * the same version) refuse at the same range with the same message, and
 * leave the same merged areas and the same master for every cell.
 */
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLinearly } from '../../src/workbook/exceljs-merges.ts';

const untouched = createRequire(import.meta.url)('exceljs/dist/exceljs.min.js') as typeof ExcelJS;
mergeLinearly(ExcelJS);

type Ranges = readonly (readonly [number, number, number, number])[];

/** Merges the ranges in order on a fresh sheet: where it refused (or -1), its message, the areas and each cell's master. */
function outcome(excel: typeof ExcelJS, ranges: Ranges) {
  const ws = new excel.Workbook().addWorksheet('S');
  let refused = -1;
  let message = '';
  for (const [i, [top, left, bottom, right]] of ranges.entries()) {
    try {
      ws.mergeCells(top, left, bottom, right);
    } catch (error) {
      refused = i;
      message = (error as Error).message;
      break;
    }
  }
  const masters: string[] = [];
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= 6; c++) masters.push(`${ws.getCell(r, c).address}→${ws.getCell(r, c).master.address}`);
  const areas = Object.entries((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map(([k, v]) => `${k}=${v.range}`).sort();
  return { refused, message, areas, masters };
}

const range = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })).map(([r, c, h, w]) => [r, c, r + h, c + w] as const);

describe('merging cells in linear time', () => {
  it('is installed on the package, not on the untouched bundle', () => {
    const sheet = (excel: typeof ExcelJS) => Object.getPrototypeOf(new excel.Workbook().addWorksheet('x')) as { _mergeCellsInternal: () => void };
    expect(sheet(ExcelJS)._mergeCellsInternal).not.toBe(sheet(untouched)._mergeCellsInternal);
    expect(sheet(untouched)._mergeCellsInternal.toString()).not.toContain('findCell');
  });

  it('refuses and merges as ExcelJS does, for random sequences of ranges', () => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 8 }), (ranges) => {
        expect(outcome(ExcelJS, ranges)).toEqual(outcome(untouched, ranges));
      }),
      { numRuns: 500, seed: 6 },
    );
  });

  it('refuses each kind of overlap, and only overlaps', () => {
    const refusedAt = (ranges: Ranges) => outcome(ExcelJS, ranges);
    // A single-cell range is kept as an area of its own: covering it again is an overlap.
    expect(refusedAt([[2, 2, 2, 2], [1, 1, 3, 3]])).toMatchObject({ refused: 1, message: 'Cannot merge already merged cells' });
    expect(refusedAt([[1, 1, 2, 2], [2, 2, 3, 3]]).refused).toBe(1); // a shared corner
    expect(refusedAt([[1, 1, 3, 3], [2, 2, 2, 3]]).refused).toBe(1); // inside
    expect(refusedAt([[1, 1, 1, 2], [1, 1, 1, 2]]).refused).toBe(1); // the same range
    expect(refusedAt([[1, 1, 2, 2], [1, 3, 2, 4], [3, 1, 3, 4]]).refused).toBe(-1); // side by side
  });
});
