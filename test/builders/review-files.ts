/**
 * Members' and candidates' review files as the pane's tools receive them:
 * real .xlsx bytes made by the project's writer, named like files a user
 * picks, and broken ones (not a zip, a bad cell).
 */
import type { Answer, Candidate, Review } from '../../src/review/schema.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { CellValue, WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { SourceFile } from '../../src/taskpane/tools/review-files.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { ELIGIBLE_CANDIDATE as CANDIDATE, fullMarks } from './review.ts';

export { fullMarks };


/** A 113 review of `candidate` (○○實業 by default) with these answers. */
export function unitReview(items: Record<string, Answer>, candidate: Partial<Candidate> = {}, extra: Partial<Review> = {}): Review {
  return { rubric: 'osh-unit-113', selectionYear: 113, reviewDate: '2024-04-15', reviewUnit: '臺北市', candidate: { ...CANDIDATE, ...candidate }, items, ...extra };
}


/** The review workbook of `review`, as .xlsx bytes. */
export function xlsxOf(review: Review): Promise<Uint8Array> {
  return writeReviewXlsx(reviewWorkbook(oshUnit113, review));
}

/** The review workbook with one named cell overwritten, as a hand edit would leave it. */
export function xlsxWithCell(review: Review, name: string, value: CellValue): Promise<Uint8Array> {
  const wb = reviewWorkbook(oshUnit113, review);
  const target = wb.names.find((n) => n.name === name);
  if (!target) throw new Error(`No defined name ${name}`);
  const edited: WorkbookDescription = {
    names: wb.names,
    sheets: wb.sheets.map((s) =>
      s.key !== target.sheet ? s : { ...s, cells: s.cells.map((c) => (c.address === target.address ? { ...c, value, formula: undefined } : c)) },
    ),
  };
  return writeReviewXlsx(edited);
}

/** A picked file holding `bytes`. */
export function fileOf(name: string, bytes: Uint8Array | string): SourceFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, read: async () => data };
}

/** Bytes that start like a zip and are not one. */
export const CORRUPT_ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]);
