/**
 * 附表二 and 附表四 as sheets to add to the open workbook: blank forms, the
 * same ones `osh-review personnel` and `osh-review evidence -o` write. Loaded
 * with `import()` when the user asks for one.
 */
import { ANNEX2_SHEETS, annex2Workbook } from '../../sheets/annex2.ts';
import { ANNEX4_SHEET, annex4Sheet } from '../../sheets/annex4.ts';
import type { WorkbookDescription } from '../../sheets/types.ts';

/** What to add, and the sheet (by key) to show afterwards. */
export interface FormSheets {
  readonly description: WorkbookDescription;
  readonly show: string;
}

/** 附表二 優良人員推薦表: the entry sheet and the print form. */
export function annex2Sheets(): FormSheets {
  return { description: annex2Workbook(), show: ANNEX2_SHEETS.entry.key };
}

/** 附表四 五星獎自評表. */
export function annex4Sheets(): FormSheets {
  const { sheet, names } = annex4Sheet();
  return { description: { sheets: [sheet], names }, show: ANNEX4_SHEET.key };
}
