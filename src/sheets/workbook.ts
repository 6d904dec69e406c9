/**
 * One candidate's review workbook, described from the rubric and (optionally)
 * a review to prefill it with.
 */
import type { Review } from '../review/schema.ts';
import type { Rubric } from '../rubric/types.ts';
import { annex1PrintSheet } from './annex1-print.ts';
import { basicSheet } from './basic.ts';
import { eligibilitySheet } from './eligibility.ts';
import type { Prefill } from './form-input.ts';
import { formulaFingerprint, recordFormulas } from './formula-record.ts';
import { metaSheet } from './meta.ts';
import { opinionSheet, opinionTexts } from './opinion.ts';
import { reviewPrefill, reviewScoringValues } from './prefill.ts';
import { scoringSheet } from './scoring.ts';
import type { DefinedNameDescription, SheetDescription, WorkbookDescription } from './types.ts';

/**
 * The whole review workbook: 基本資料, 資格審查, 評分, 初審意見表, 附表一(列印)
 * and the hidden meta sheet, with every defined name.
 */
export function reviewWorkbook(rubric: Rubric, review?: Review): WorkbookDescription {
  const prefill: Prefill = review ? reviewPrefill(review) : {};
  const parts: { sheet: SheetDescription; names: DefinedNameDescription[] }[] = [
    basicSheet(prefill),
    eligibilitySheet(prefill),
    scoringSheet(rubric, review ? reviewScoringValues(rubric, review) : {}),
    opinionSheet(opinionTexts(prefill)),
    annex1PrintSheet(rubric, prefill),
  ];
  parts.push(metaSheet(rubric.id, formulaFingerprint(recordFormulas(parts.map((p) => p.sheet)))));
  return { sheets: parts.map((p) => p.sheet), names: parts.flatMap((p) => p.names) };
}
