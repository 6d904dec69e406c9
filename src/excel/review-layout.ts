/**
 * The review workbook's layout as the adapter needs it: the sheet
 * builders, the reader, and which names are inputs. A chunk of its own in
 * the task pane, loaded on the first read or write rather than before the
 * pane's first paint.
 */
// First: zod must know it runs without eval before any schema is built (see src/review/zod-config.ts).
import '../review/zod-config.ts';
import type { Rubric } from '../rubric/types.ts';
import { reviewWorkbook } from '../sheets/workbook.ts';
import type { WorkbookDescription } from '../sheets/types.ts';

export { DEFAULT_RUBRIC } from '../rubric/registry.ts';
export { annex1PrintSheet } from '../sheets/annex1-print.ts';
export { opinionSheet } from '../sheets/opinion.ts';
/** The inputs 初審意見表 prints in boxes sized to their text. */
export const OPINION_INPUTS = ['opinion_strengths', 'opinion_suggestions'] as const;
export { readReview } from '../sheets/reader.ts';
export { FORMULA_CHECK } from '../sheets/formula-check.ts';
export { reviewWorkbook };
export { basicSheet } from '../sheets/basic.ts';
export { reviewPrefill } from '../sheets/prefill.ts';
export { asCellInput, SHEET_PROTECTION } from './apply-sheet.ts';
export { queueNewSheets } from './insert-sheets.ts';
export { finalRecord, readFinalisation } from '../finalise/digest.ts';
export { checkFinalise, checkUnfinalise } from '../workflows/finalise.ts';
export { problemMessage } from '../review/problem.ts';
export { inputArea, inputCells } from '../sheets/finalise.ts';

export interface LayoutInfo {
  /** The review workbook as created, with no facts filled in. */
  readonly layout: WorkbookDescription;
  /** Names of single cells: the only names `writeCells` accepts. */
  readonly cellNames: ReadonlySet<string>;
  /** Inputs formatted as text ("@"): they keep whatever is typed as text; others need Excel's quote prefix. */
  readonly textInputs: ReadonlySet<string>;
}

export function layoutInfo(rubric: Rubric): LayoutInfo {
  const layout = reviewWorkbook(rubric);
  const cellNames = new Set(layout.names.filter((n) => !n.address.includes(':')).map((n) => n.name));
  const textInputs = new Set(
    layout.names
      .filter((n) => layout.sheets.find((s) => s.key === n.sheet)?.cells.find((c) => c.address === n.address)?.style?.numberFormat === '@')
      .map((n) => n.name),
  );
  return { layout, cellNames, textInputs };
}
