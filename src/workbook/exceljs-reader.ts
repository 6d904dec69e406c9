/**
 * Reads defined names and cell values out of an ExcelJS workbook into the
 * host-neutral lookup the review reader uses.
 */
import type ExcelJS from 'exceljs';
import type { RawCell } from '../sheets/fields.ts';
import type { NameLookup, NamedCell } from '../sheets/reader.ts';

/** ExcelJS's many cell-value shapes, reduced to what a reader can judge. */
export function rawValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { error: String(result.error) };
      return result as RawCell;
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return { error: '#VALUE!' };
}

/** "'評分'!$F$7" → { sheet: "評分", address: "F7" }; undefined for ranges, #REF! and the like. */
export function parseReference(ref: string): { sheet: string; address: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}

/** A lookup over the workbook's one-cell defined names. */
export function exceljsLookup(wb: ExcelJS.Workbook): NameLookup {
  const refs = new Map<string, { sheet: string; address: string }>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    if (ranges.length !== 1) continue;
    const ref = parseReference(ranges[0]!);
    if (ref) refs.set(name, ref);
  }
  return (name: string): NamedCell | undefined => {
    const ref = refs.get(name);
    if (!ref) return undefined;
    const ws = wb.getWorksheet(ref.sheet);
    if (!ws) return undefined;
    return { sheet: ref.sheet, address: ref.address, value: rawValue(ws.getCell(ref.address).value) };
  };
}
