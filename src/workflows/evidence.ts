/**
 * 五星獎 evidence against 附表四: the file names of an evidence folder
 * checked against the rows the review's 附表四 marks 已辦理, and 附表四 as a
 * sheet (prefilled from the review workbook's own 附表四). The CLI's
 * `evidence` and the pane's 附表四 render this result.
 */
import { checkEvidence, requiredRows, type EvidenceCheck, type MissingRow } from '../fivestar/evidence.ts';
import { DEFAULT_RUBRIC } from '../rubric/registry.ts';
import { ANNEX4_SHEET, annex4Sheet, readAnnex4, withAnnex4, type Annex4Read } from '../sheets/annex4.ts';
import { reviewCapacityProblems } from '../sheets/capacity.ts';
import { readReview } from '../sheets/reader.ts';
import type { DefinedNameDescription, SheetDescription, WorkbookDescription } from '../sheets/types.ts';
import { reviewWorkbook } from '../sheets/workbook.ts';
import { looksLikeXlsx } from '../workbook/xlsx-file.ts';
import { ofFile, problem, type Problem } from '../review/problem.ts';
import { capacityProblems, cellProblems, readFittingReviewFile, workbookLookup } from './review-file.ts';

/** What the evidence check finds, as `osh-review evidence --json` prints it. */
export interface EvidenceReport {
  readonly files: number;
  /** Why these rows are required (zh-TW). */
  readonly basis: string;
  readonly required: readonly string[];
  readonly matched: EvidenceCheck['matched'];
  /** Required rows with no file. */
  readonly missing: readonly MissingRow[];
  readonly unmatched: EvidenceCheck['unmatched'];
  /** Rows with a file that are not required. */
  readonly extra: readonly string[];
}

/** Checks evidence file names (paths inside the folder) against the rows 附表四 requires. */
export function checkEvidenceFiles(fileNames: readonly string[], annex4: Annex4Read | undefined): EvidenceReport {
  const required = requiredRows(annex4);
  const check = checkEvidence(fileNames);
  const needed = new Set(required.numbers);
  return {
    files: fileNames.length,
    basis: required.basis,
    required: required.numbers,
    matched: check.matched,
    missing: check.missing.filter((m) => needed.has(m.number)),
    unmatched: check.unmatched,
    extra: check.matched.filter((m) => !needed.has(m.number)).map((m) => m.number),
  };
}

/** A review file as the evidence check reads it: its 附表四 (a workbook's), and the review workbook to add 附表四 to. */
export interface EvidenceReview {
  readonly annex4?: Annex4Read;
  /** The review workbook with 附表四 added (from the file, or blank). */
  readonly workbook: WorkbookDescription;
  /** 附表四 alone, as the pane adds it to an open review. */
  readonly form: { readonly sheet: SheetDescription; readonly names: readonly DefinedNameDescription[]; readonly show: string };
}

/**
 * Reads a review file for the evidence check: a workbook's 附表四 (its
 * 檢核結果 decide the rows required) and its review; a JSON review has no
 * 附表四. Without a file, a blank review workbook and a blank 附表四.
 * @param needReview whether the review itself must be valid (it is written out); a workbook read only for its 附表四 may hold an unfinished review
 */
export async function readEvidenceReview(file: { readonly name: string; readonly bytes: Uint8Array } | undefined, needReview: boolean): Promise<{ readonly ok: true; readonly value: EvidenceReview } | { readonly ok: false; readonly problems: readonly Problem[] }> {
  let annex4: Annex4Read | undefined;
  let workbook = reviewWorkbook(DEFAULT_RUBRIC);
  if (file && looksLikeXlsx(file.bytes)) {
    const opened = await workbookLookup(file.bytes);
    if (!opened.ok) return opened;
    annex4 = readAnnex4(opened.lookup);
    if (annex4.problems.length > 0) return { ok: false, problems: cellProblems(annex4.problems) };
    if (needReview) {
      const read = readReview(opened.lookup);
      if (read.problems.length > 0 || !read.review) return { ok: false, problems: cellProblems(read.problems) };
      const unfit = capacityProblems(reviewCapacityProblems(read.review));
      if (unfit.length > 0) return { ok: false, problems: unfit };
      workbook = reviewWorkbook(read.rubric, read.review);
    }
  } else if (file && needReview) {
    const read = await readFittingReviewFile(file.bytes, file.name);
    if (!read.ok) return read;
    workbook = reviewWorkbook(read.rubric, read.review);
  }
  const values = annex4?.values ?? {};
  return { ok: true, value: { ...(annex4 && { annex4 }), workbook: withAnnex4(workbook, values), form: annex4Form(values) } };
}

/** 附表四 alone, blank or with the 檢核結果 read from a workbook. */
export function annex4Form(values: Annex4Read['values'] = {}): EvidenceReview['form'] {
  const { sheet, names } = annex4Sheet(values);
  return { sheet, names, show: ANNEX4_SHEET.key };
}

/** 附表四 prefilled from a file, with how many of its rows the file fills. */
export type Annex4FromFile = { readonly ok: true; readonly form: EvidenceReview['form']; readonly rows: number } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * 附表四 prefilled from a workbook's own 附表四 (the pane's 附表四 from a
 * file). Unlike the evidence check, which goes on with a blank 附表四, a file
 * that holds no 附表四 (a JSON review, another workbook) is a problem here:
 * the reviewer asked for its 檢核結果, and a blank form would hide that there
 * were none.
 */
export async function annex4FormFrom(file: { readonly name: string; readonly bytes: Uint8Array }): Promise<Annex4FromFile> {
  if (file.bytes.length === 0) return { ok: false, problems: [problem('file-empty', {}, { file: file.name })] };
  const read = await readEvidenceReview(file, false);
  if (!read.ok) return { ok: false, problems: ofFile(read.problems, file.name) };
  const annex4 = read.value.annex4;
  if (!annex4?.present) return { ok: false, problems: [problem('annex4-absent', {}, { file: file.name })] };
  return { ok: true, form: read.value.form, rows: Object.keys(annex4.values).length };
}
