/**
 * 附表二 優良人員推薦表: the entry sheet and the print form, blank or
 * prefilled from a personnel file (JSON or a 附表二 workbook), with what the
 * checks find. The CLI's `personnel` and the pane's 附表二 render this result.
 */
import { checkPersonnel, type PersonnelFinding } from '../personnel/check.ts';
import type { PersonnelReview } from '../personnel/schema.ts';
import { ANNEX2_SHEETS, annex2Workbook } from '../sheets/annex2.ts';
import type { WorkbookDescription } from '../sheets/types.ts';
import type { Problem } from '../review/problem.ts';
import { readPersonnelFile } from './review-file.ts';

export interface Annex2Done {
  readonly ok: true;
  readonly review?: PersonnelReview;
  readonly description: WorkbookDescription;
  readonly show: string;
  /** What the checks find in the prefilled review; none for a blank form. */
  readonly findings: readonly PersonnelFinding[];
}

export type Annex2Result = Annex2Done | { readonly ok: false; readonly problems: readonly Problem[] };

/** 附表二, blank or prefilled from a personnel review already read. */
export function annex2FormOf(review?: PersonnelReview): Annex2Done {
  return { ok: true, ...(review && { review }), description: annex2Workbook(review), show: ANNEX2_SHEETS.entry.key, findings: review ? checkPersonnel(review) : [] };
}

/** 附表二, prefilled from `file` when one is given. */
export async function annex2Form(file?: { readonly name: string; readonly bytes: Uint8Array }): Promise<Annex2Result> {
  if (!file) return annex2FormOf();
  const read = await readPersonnelFile(file.bytes, file.name);
  return read.ok ? annex2FormOf(read.review) : { ok: false, problems: read.problems.map((p) => ({ ...p, file: file.name })) };
}
