/**
 * The review workbook's layout holds together: names are unique and point at
 * described cells, every name a formula uses exists, merges and validations do
 * not overlap, inputs are unlocked, and the documented names are the real ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import { parseRange } from '../../src/sheets/address.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { namesDoc } from '../../scripts/names-doc.ts';

const book = reviewWorkbook(oshUnit113);
const names = new Set(book.names.map((n) => n.name));

function overlaps(ranges: readonly string[]): [string, string] | undefined {
  const rects = ranges.map((r) => ({ r, ...parseRange(r) }));
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      if (a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column) return [a.r, b.r];
    }
  }
  return undefined;
}

describe('review workbook layout', () => {
  it('has the names the issue fixes for items and totals', () => {
    const expected = ['item_2_3_level', 'item_2_3_points', 'item_7_2_count', 'item_7_3_count', 'section_1_weighted', 'section_7_weighted', 'total_score'];
    for (const name of expected) expect(names.has(name), name).toBe(true);
    for (const item of itemsOf(oshUnit113)) expect(names.has(`item_${item.id.replace('.', '_')}_level`), item.id).toBe(true);
    expect(names.has('item_1_1_points')).toBe(false); // fixed levels only: no points input
  });

  it('defines each name once, on a described sheet', () => {
    expect(book.names.length).toBe(names.size);
    const keys = new Set(book.sheets.map((s) => s.key));
    for (const n of book.names) expect(keys.has(n.sheet), n.name).toBe(true);
  });

  it('uses only defined names in formulas', () => {
    const builtins = /^(IF|AND|OR|NOT|SUM|ISNUMBER|INT|MIN|MAX|ROUND|TEXT|COUNTIF|COUNTIFS|YEAR|MONTH|DAY|N|TRUE|FALSE|AVERAGE|LEN|TEXTJOIN|CONCATENATE|IFERROR|ISBLANK|MID|LEFT|RIGHT|SUBSTITUTE|REPT|VALUE|FIND|TRIM|CHAR|UPPER|LOWER|ABS|FIXED)$/i;
    for (const sheet of book.sheets) {
      for (const cell of sheet.cells) {
        if (cell.formula === undefined) continue;
        const bare = cell.formula.replace(/"(?:[^"]|"")*"/g, '""');
        for (const token of bare.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? []) {
          if (builtins.test(token) || /^\$?[A-Z]{1,3}\$?\d+$/.test(token)) continue;
          expect(names.has(token), `${sheet.name}!${cell.address} uses ${token}`).toBe(true);
        }
      }
    }
  });

  it('has no overlapping merges or validation ranges on any sheet', () => {
    for (const sheet of book.sheets) {
      expect(overlaps(sheet.merges), `${sheet.name} merges`).toBeUndefined();
      expect(overlaps(sheet.validations.map((v) => v.range)), `${sheet.name} validations`).toBeUndefined();
    }
  });

  it('leaves every named input cell unlocked and every formula locked', () => {
    const inputs = book.names.filter((n) => /^(item_.*_(level|points|count|self)|cand_|elig_(?!result|status|has|year|five|toshms_valid|perf_valid|award_types|award_years|concerns)|review_|opinion_|result_|panel_)/.test(n.name));
    expect(inputs.length).toBeGreaterThan(100);
    for (const n of inputs) {
      const sheet = book.sheets.find((s) => s.key === n.sheet)!;
      const cell = sheet.cells.find((c) => c.address === n.address);
      expect(cell?.style?.locked, `${n.name} at ${n.address}`).toBe(false);
      expect(cell?.formula, n.name).toBeUndefined();
    }
    for (const sheet of book.sheets) for (const cell of sheet.cells) if (cell.formula !== undefined) expect(cell.style?.locked, `${sheet.name}!${cell.address}`).not.toBe(false);
  });

  it('is documented in docs/workbook-names.md as it is', () => {
    const doc = readFileSync(new URL('../../docs/workbook-names.md', import.meta.url), 'utf8');
    expect(doc).toBe(namesDoc());
  });
});
