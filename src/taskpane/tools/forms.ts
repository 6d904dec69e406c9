/**
 * 附表二 and 附表四 as sheets to add to the open workbook, blank or from a
 * file the user picks: the forms of src/workflows, the same ones `osh-review
 * personnel` and `osh-review evidence -o` write. Loaded with `import()` when
 * the user asks for one (a file brings ExcelJS with it).
 */
import type { PersonnelFinding } from '../../personnel/check.ts';
import type { WorkbookDescription } from '../../sheets/types.ts';
import { annex4Form, annex4FormFrom } from '../../workflows/evidence.ts';
import { annex2Form, annex2FormOf } from '../../workflows/personnel.ts';
import type { Problem } from '../../review/problem.ts';
import { readFailed, type SourceFile } from '../../workflows/review-file.ts';

/** What to add, and the sheet (by key) to show afterwards. */
export interface FormSheets {
  readonly description: WorkbookDescription;
  readonly show: string;
}

/** 附表二 優良人員推薦表: the entry sheet and the print form, blank. */
export function annex2Sheets(): FormSheets {
  const { description, show } = annex2FormOf();
  return { description, show };
}

/** 附表四 五星獎自評表, blank. */
export function annex4Sheets(): FormSheets {
  const { sheet, names, show } = annex4Form();
  return { description: { sheets: [sheet], names: [...names] }, show };
}

/** 附表二 from a file, with what the 附表二 checks find in it (the same findings `osh-review personnel` prints). */
export type Annex2Outcome = ({ readonly ok: true; readonly findings: readonly PersonnelFinding[] } & FormSheets) | { readonly ok: false; readonly problems: readonly Problem[] };

/** 附表四 from a file, with how many of its rows the file fills. */
export type Annex4Outcome = ({ readonly ok: true; readonly rows: number } & FormSheets) | { readonly ok: false; readonly problems: readonly Problem[] };

/** The bytes of a picked file, or why they cannot be read. */
async function bytesOf(file: SourceFile): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problems: readonly Problem[] }> {
  try {
    return { ok: true, bytes: await file.read() };
  } catch (error) {
    return { ok: false, problems: [readFailed(error, file.name)] };
  }
}

/** 附表二 prefilled from a personnel file (JSON or a 附表二 workbook). */
export async function annex2SheetsFrom(file: SourceFile): Promise<Annex2Outcome> {
  const read = await bytesOf(file);
  if (!read.ok) return read;
  const form = await annex2Form({ name: file.name, bytes: read.bytes });
  return form.ok ? { ok: true, description: form.description, show: form.show, findings: form.findings } : form;
}

/** 附表四 prefilled from a workbook's own 附表四; a file without one is a problem. */
export async function annex4SheetsFrom(file: SourceFile): Promise<Annex4Outcome> {
  const read = await bytesOf(file);
  if (!read.ok) return read;
  const form = await annex4FormFrom({ name: file.name, bytes: read.bytes });
  if (!form.ok) return form;
  const { sheet, names, show } = form.form;
  return { ok: true, description: { sheets: [sheet], names: [...names] }, show, rows: form.rows };
}
