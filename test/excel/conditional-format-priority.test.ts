/**
 * Conditional-format priorities (issue 11): unique within each sheet and in
 * the order the sheet description lists the rules (the first listed is
 * priority 1), in both writers. 資格審查 B46:B54 carries two rules on the same
 * cell (不符合 red, 不予推薦 amber), which both writers once gave priority 1.
 * Office.js adds each rule at the top priority (its reference says so), so
 * the adapter adds them last to first.
 */
import { describe, expect, it } from 'vitest';
import { createDouble } from '../../src/office-double/index.ts';
import { findSheetByName } from '../../src/office-double/state.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { SheetDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { readZipEntry } from '../office-double/zip.ts';
import { hostOver } from '../support/excel-host.ts';

const layout = reviewWorkbook(oshUnit113);
const withRules = layout.sheets.filter((s) => s.conditionalFormats.length > 0);
const eligibility = layout.sheets.find((s) => s.key === 'eligibility')!;
const expected = (sheet: SheetDescription) => sheet.conditionalFormats.map((cf) => `${cf.range} ${cf.formula}`);

describe('conditional formats keep their order with unique priorities', () => {
  it('the layout has two rules on one cell of 資格審查 (so order matters)', () => {
    const ranges = eligibility.conditionalFormats.map((cf) => cf.range);
    expect(ranges.length).toBeGreaterThan(new Set(ranges).size);
    expect(withRules.length).toBeGreaterThan(1);
  });

  it('ExcelJS writer: priority 1, 2, … in the description\'s order, on every sheet', async () => {
    const bytes = await writeReviewXlsx(layout);
    for (const sheet of withRules) {
      const xml = readZipEntry(bytes, `xl/worksheets/sheet${layout.sheets.indexOf(sheet) + 1}.xml`)!;
      const rules = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">\s*<cfRule[^>]*priority="(\d+)"[^>]*>\s*<formula>([^<]*)<\/formula>/g)].map((m) => ({
        rule: `${m[1]} ${m[3]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')}`,
        priority: Number(m[2]),
      }));
      expect(rules.length, sheet.name).toBe(sheet.conditionalFormats.length);
      // Lower number first: sorted by priority, the rules read as described.
      const byPriority = [...rules].sort((a, b) => a.priority - b.priority);
      expect(byPriority.map((r) => r.rule), sheet.name).toEqual(expected(sheet));
      expect(new Set(rules.map((r) => r.priority)).size, sheet.name).toBe(rules.length);
    }
  });

  it('Office.js adapter: the rules stand in the description\'s order (first = top priority) on every sheet it creates', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.17' } });
    const host = hostOver(double);
    expect((await host.createReview({ candidateName: '○○實業', reviewUnit: '臺北市', selectionYear: 113, reviewDate: '2024-04-15' })).ok).toBe(true);
    for (const sheet of withRules) {
      const state = findSheetByName(double.workbookState, sheet.name)!;
      const order = state.conditionalFormats.map((cf) => `${cf.rects.length === 1 ? rangeOf(cf.rects[0]!) : '?'} ${cf.formula.replace(/^=/, '')}`);
      expect(order, sheet.name).toEqual(expected(sheet));
    }
    // As Office.js reports it: priorities 0, 1, … for the two rules on 資格審查's first result cell.
    const first = eligibility.conditionalFormats[0]!.range;
    const priorities = await double.run(async (context) => {
      const formats = context.workbook.worksheets.getItem(eligibility.name).getRange(first).conditionalFormats.load('items/priority,items/custom/rule/formula');
      await context.sync();
      return formats.items.map((f) => [f.priority, f.custom.rule.formula]);
    });
    expect(priorities.map(([p]) => p)).toEqual([...priorities.map(([p]) => p)].sort((a, b) => Number(a) - Number(b)));
    expect(priorities.map(([, f]) => f)).toEqual(eligibility.conditionalFormats.filter((cf) => cf.range === first).map((cf) => `=${cf.formula}`));
  });
});

/** "B46" or "A1:C3" for a rectangle of the double. */
function rangeOf(rect: { r1: number; c1: number; r2: number; c2: number }): string {
  const col = (c: number): string => (c > 26 ? col(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  const a = `${col(rect.c1)}${rect.r1}`;
  const b = `${col(rect.c2)}${rect.r2}`;
  return a === b ? a : `${a}:${b}`;
}
