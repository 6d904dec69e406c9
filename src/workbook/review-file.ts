/**
 * One member's or candidate's review from a file's bytes: a review workbook
 * (.xlsx) or review JSON, told apart by content, not by name. The CLI (files
 * on disk) and the task pane (files picked in the browser) both read reviews
 * through here, so a file gets the same verdict and the same messages in
 * either. No Node or DOM imports: bytes in, a result out.
 */
import { parseReview } from '../review/evaluate.ts';
import { parseJsonText } from '../review/json-text.ts';
import { reviewInputProblems, type Review } from '../review/schema.ts';
import type { Rubric } from '../rubric/types.ts';
import { readReview, type CellProblem } from '../sheets/reader.ts';
import { exceljsLookup } from './exceljs-reader.ts';
import { loadWorkbook, looksLikeXlsx, NotAWorkbookError, notXlsxMessage, otherSpreadsheetMessage } from './xlsx-file.ts';

/** A problem line: where (JSON path, or sheet!cell（name）) and what is allowed. */
export type Problem = { readonly path: string; readonly message: string };

export type ReviewFileResult =
  | { readonly ok: true; readonly review: Review; readonly rubric: Rubric }
  /** Not a workbook or JSON at all (empty, corrupt, too large when unpacked): one line, without the file name. */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly message: string }
  /** A workbook or JSON whose review is not valid: every problem, by cell or JSON path. */
  | { readonly ok: false; readonly reason: 'invalid'; readonly problems: readonly Problem[] };

/** Cell problems as problem lines, located by sheet, cell and name. */
export function cellProblems(problems: readonly CellProblem[]): Problem[] {
  return problems.map((p) => ({ path: p.where ? (p.name ? `${p.where}（${p.name}）` : p.where) : p.name, message: p.message }));
}

/** A problem as one line after the file name, as the CLI prints it ("A.xlsx：'評分'!F7（item_1_1_level）：…"). */
export function problemText(p: Problem): string {
  return p.message.startsWith(p.path) || p.path === '' ? p.message : `${p.path}：${p.message}`;
}

/** Why a file is left out of a ranking, in one line: how many problems and the first. */
export function invalidSummary(problems: readonly Problem[]): string {
  const first = problems[0];
  return `不是有效的評分表（${problems.length} 個問題${first ? `，例如 ${first.message}` : ''}）`;
}

/** A valid review, or its input problems (a date outside its year, text too long for a cell). */
function checked(result: Extract<ReviewFileResult, { ok: true }>): ReviewFileResult {
  const problems = reviewInputProblems(result.review);
  return problems.length > 0 ? { ok: false, reason: 'invalid', problems } : result;
}

/**
 * Reads the review held by a file.
 * @param bytes the file's content
 * @param name the file's name, only to say that a file named .xlsx is not one
 * @example await readReviewFile(new Uint8Array(await file.arrayBuffer()), file.name)
 */
export async function readReviewFile(bytes: Uint8Array, name: string): Promise<ReviewFileResult> {
  if (bytes.length === 0) return { ok: false, reason: 'unreadable', message: '檔案是空的' };
  if (looksLikeXlsx(bytes)) {
    let lookup;
    try {
      lookup = exceljsLookup(await loadWorkbook(bytes));
    } catch (error) {
      if (error instanceof NotAWorkbookError) return { ok: false, reason: 'unreadable', message: error.message };
      throw error;
    }
    const read = readReview(lookup);
    if (read.problems.length > 0 || !read.review) return { ok: false, reason: 'invalid', problems: cellProblems(read.problems) };
    return checked({ ok: true, review: read.review, rubric: read.rubric });
  }
  if (/\.xlsx?$/i.test(name) || otherSpreadsheetMessage(bytes)) return { ok: false, reason: 'unreadable', message: notXlsxMessage(bytes) };
  const text = parseJsonText(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  if (!text.ok) return { ok: false, reason: 'unreadable', message: text.message };
  const parsed = parseReview(text.value);
  return parsed.ok ? checked({ ok: true, review: parsed.review, rubric: parsed.rubric }) : { ok: false, reason: 'invalid', problems: parsed.problems };
}
