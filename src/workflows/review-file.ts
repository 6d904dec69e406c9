/**
 * Reading the files a person gives (a path on the command line, a file
 * picked in the task pane) as bytes: one reader of review files and one of
 * 附表二 files, so a file gets the same verdict and the same problems in
 * either tool. Review workbook (.xlsx) or JSON, told apart by content, not by
 * name; the name only says that a file named .xlsx is not one.
 */
import { personnelCapacityProblems, reviewCapacityProblems } from '../sheets/capacity.ts';
import { parsePersonnelReview, type PersonnelReview } from '../personnel/schema.ts';
import { evaluateReview, parseReview } from '../review/evaluate.ts';
import { parseJsonText } from '../review/json-text.ts';
import { reviewInputProblems, type Review } from '../review/schema.ts';
import type { Rubric } from '../rubric/types.ts';
import { readPersonnelEntry } from '../sheets/annex2.ts';
import { readReview, type NameLookup } from '../sheets/reader.ts';
import { exceljsLookup } from '../workbook/exceljs-reader.ts';
import { loadWorkbook, looksLikeXlsx, NotAWorkbookError, notXlsx, otherSpreadsheet } from '../workbook/xlsx-file.ts';
import { problem, wrapped, type Problem } from '../review/problem.ts';
import { capacityProblems, cellProblems, fieldProblems } from './problems.ts';

/** A file given by a person: its name, and its bytes read when its turn comes (a `File` in the browser, a path in the CLI). */
export interface SourceFile {
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/** Labels for files: their names, numbered where two have the same name ("名 (2)"), in both tools. */
export function fileLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export { capacityProblems, cellProblems, fieldProblems };

export type LookupResult = { readonly ok: true; readonly lookup: NameLookup } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The named cells of .xlsx bytes, or why they cannot be read. */
export async function workbookLookup(bytes: Uint8Array): Promise<LookupResult> {
  try {
    return { ok: true, lookup: exceljsLookup(await loadWorkbook(bytes, { forReading: true })) };
  } catch (error) {
    if (error instanceof NotAWorkbookError) return { ok: false, problems: [wrapped('file-unreadable', error.problem)] };
    throw error;
  }
}

type Parsed = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

/** JSON text, or why the bytes are not JSON (an empty file, another spreadsheet, a syntax error). */
function jsonOf(bytes: Uint8Array, name: string): Parsed {
  if (/\.xlsx?$/i.test(name) || otherSpreadsheet(bytes)) return { ok: false, problems: [wrapped('file-unreadable', notXlsx(bytes))] };
  const text = parseJsonText(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  return text.ok ? { ok: true, json: text.value } : { ok: false, problems: [wrapped('file-unreadable', text.problem)] };
}

export type ReviewFileResult =
  | {
      readonly ok: true;
      readonly review: Review;
      readonly rubric: Rubric;
      /** A JSON file's value as given (export prints it back); a workbook's review. */
      readonly json: unknown;
      /** A workbook's named cells, for its 定稿 state. */
      readonly lookup?: NameLookup;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly lookup?: NameLookup;
      /** Only record formulas were changed: the review the inputs hold, which a finalised workbook still reports (as edited). */
      readonly formulasOnly?: { readonly review: unknown };
    };

/**
 * Reads the review held by a file: every problem by cell or JSON path,
 * including what the schema cannot say (a date outside its year, text too
 * long for a cell).
 * @param bytes the file's content
 * @param name the file's name
 * @example await readReviewFile(new Uint8Array(await file.arrayBuffer()), file.name)
 */
export async function readReviewFile(bytes: Uint8Array, name: string): Promise<ReviewFileResult> {
  if (bytes.length === 0) return { ok: false, problems: [problem('file-empty', {})] };
  let json: unknown;
  let lookup: NameLookup | undefined;
  if (looksLikeXlsx(bytes)) {
    const opened = await workbookLookup(bytes);
    if (!opened.ok) return opened;
    lookup = opened.lookup;
    const read = readReview(lookup);
    if (read.problems.length > 0 || !read.review) {
      const formulasOnly = read.review && read.problems.every((p) => p.kind === 'formula') ? { formulasOnly: { review: read.review } } : {};
      return { ok: false, problems: cellProblems(read.problems), lookup, ...formulasOnly };
    }
    json = read.review;
  } else {
    const parsed = jsonOf(bytes, name);
    if (!parsed.ok) return parsed;
    json = parsed.json;
  }
  const parsed = parseReview(json);
  if (!parsed.ok) {
    // evaluateReview lists the answers' problems too, where the schema refused the whole.
    const evaluated = evaluateReview(json);
    return { ok: false, problems: fieldProblems(evaluated.ok ? parsed.problems : evaluated.problems), ...(lookup && { lookup }) };
  }
  const problems = reviewInputProblems(parsed.review);
  if (problems.length > 0) return { ok: false, problems: fieldProblems(problems), ...(lookup && { lookup }) };
  return { ok: true, review: parsed.review, rubric: parsed.rubric, json, ...(lookup && { lookup }) };
}

/** A review file's review when it also fits the review workbook's rows. */
export async function readFittingReviewFile(bytes: Uint8Array, name: string): Promise<ReviewFileResult> {
  const read = await readReviewFile(bytes, name);
  if (!read.ok) return read;
  const unfit = capacityProblems(reviewCapacityProblems(read.review));
  return unfit.length > 0 ? { ok: false, problems: unfit, ...(read.lookup && { lookup: read.lookup }) } : read;
}

export type PersonnelFileResult = { readonly ok: true; readonly review: PersonnelReview } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads a 附表二 entry workbook or personnel JSON; JSON must also fit 附表二's rows. */
export async function readPersonnelFile(bytes: Uint8Array, name: string): Promise<PersonnelFileResult> {
  if (bytes.length === 0) return { ok: false, problems: [problem('file-empty', {})] };
  if (looksLikeXlsx(bytes)) {
    const opened = await workbookLookup(bytes);
    if (!opened.ok) return opened;
    const read = readPersonnelEntry(opened.lookup);
    if (read.problems.length > 0 || !read.review) return { ok: false, problems: cellProblems(read.problems) };
    return { ok: true, review: read.review };
  }
  const parsed = jsonOf(bytes, name);
  if (!parsed.ok) return parsed;
  const review = parsePersonnelReview(parsed.json);
  if (!review.ok) return { ok: false, problems: fieldProblems(review.problems) };
  const unfit = capacityProblems(personnelCapacityProblems(review.review));
  return unfit.length > 0 ? { ok: false, problems: unfit } : { ok: true, review: review.review };
}

/** One file read: its label and its review, or its problems (each with the label as its file). */
export type SourceRead = { readonly label: string; readonly name: string } & (
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  | { readonly ok: false; readonly problems: readonly Problem[] }
);

/** Called after each file is read, with what was read. */
export type OnRead = (progress: { readonly done: number; readonly total: number; readonly name: string; readonly read: SourceRead }) => void;

/** A file whose bytes could not be read (the host's reason, its first line). */
export function readFailed(error: unknown, label: string): Problem {
  return problem('file-read-failed', { detail: (error as Error)?.message?.split('\n')[0] ?? String(error) }, { file: label });
}

/** Reads each file in turn; a file that cannot be read is a problem of that file, never a throw. */
export async function readSources(files: readonly SourceFile[], onRead?: OnRead): Promise<SourceRead[]> {
  const labels = fileLabels(files.map((f) => f.name));
  const out: SourceRead[] = [];
  for (const [i, file] of files.entries()) {
    const label = labels[i]!;
    let read: SourceRead;
    try {
      const result = await readReviewFile(await file.read(), file.name);
      read = result.ok
        ? { label, name: file.name, ok: true, review: result.review, rubric: result.rubric }
        : { label, name: file.name, ok: false, problems: result.problems.map((p) => ({ ...p, file: label })) };
    } catch (error) {
      read = { label, name: file.name, ok: false, problems: [readFailed(error, label)] };
    }
    out.push(read);
    onRead?.({ done: i + 1, total: files.length, name: label, read });
  }
  return out;
}
