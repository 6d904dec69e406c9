/**
 * 附表二 and 附表四 as sheets to add to the open workbook: the forms of
 * src/workflows, the same ones `osh-review personnel` and `osh-review
 * evidence -o` write. Loaded with `import()` when the user asks for one.
 */
import type { WorkbookDescription } from '../../sheets/types.ts';
import { annex4Form, readEvidenceReview } from '../../workflows/evidence.ts';
import { annex2Form, annex2FormOf } from '../../workflows/personnel.ts';
import type { Problem } from '../../review/problem.ts';

/** What to add, and the sheet (by key) to show afterwards. */
export interface FormSheets {
  readonly description: WorkbookDescription;
  readonly show: string;
}

export type FormOutcome = ({ readonly ok: true } & FormSheets) | { readonly ok: false; readonly problems: readonly Problem[] };

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

/** 附表二 prefilled from a personnel file (JSON or a 附表二 workbook). */
export async function annex2SheetsFrom(file: { readonly name: string; readonly bytes: Uint8Array }): Promise<FormOutcome> {
  const form = await annex2Form(file);
  return form.ok ? { ok: true, description: form.description, show: form.show } : form;
}

/** 附表四 prefilled from a review workbook's own 附表四. */
export async function annex4SheetsFrom(file: { readonly name: string; readonly bytes: Uint8Array }): Promise<FormOutcome> {
  const read = await readEvidenceReview(file, false);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ ...p, file: file.name })) };
  const { sheet, names, show } = read.value.form;
  return { ok: true, description: { sheets: [sheet], names: [...names] }, show };
}
