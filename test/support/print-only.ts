/**
 * A workbook description that LibreOffice prints as one sheet: that sheet
 * first (LibreOffice prints the active sheet even when hidden) and the only
 * one visible; the others hidden and without their print areas, since
 * LibreOffice prints a hidden sheet's print range (the product's print areas
 * are absolute, as Excel writes them, so LibreOffice takes them as ranges).
 */
import type { WorkbookDescription } from '../../src/sheets/types.ts';

export function printOnly(description: WorkbookDescription, key: string): WorkbookDescription {
  const target = description.sheets.filter((s) => s.key === key);
  if (target.length !== 1) throw new Error(`printOnly: no sheet ${key} in the description`);
  const rest = description.sheets
    .filter((s) => s.key !== key)
    .map((s) => {
      const { printArea: _dropped, ...pageSetup } = s.pageSetup ?? {};
      return { ...s, state: 'hidden' as const, pageSetup };
    });
  return { ...description, sheets: [...target, ...rest] };
}
