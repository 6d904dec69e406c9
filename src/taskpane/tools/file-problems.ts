/**
 * A workflow's coded problems worded for the pane: grouped by the file they
 * are of, in the pane's language. Small and free of readers, so every tool
 * (合併, 排序, 附表二, 附表四) words its problems the same way.
 */
import { problemMessage, type Problem, type ProblemWords } from '../../review/problem.ts';

/** What is wrong with one file, as lines the user can act on. */
export interface FileReport {
  /** The file's label (its name; "名 (2)" for a second file of the same name). */
  readonly file: string;
  /** One line each: a cell or JSON path and what is allowed, or why the file cannot be read at all. */
  readonly lines: readonly string[];
}

/** Problems worded from a catalog: each file's lines, and the lines that are of no one file. */
export function wordProblems(problems: readonly Problem[], words: ProblemWords): { readonly files: FileReport[]; readonly general: string[] } {
  const files: FileReport[] = [];
  const general: string[] = [];
  for (const p of problems) {
    const line = problemMessage(p, words);
    if (p.file === undefined) {
      general.push(line);
      continue;
    }
    const report = files.find((f) => f.file === p.file);
    if (report) (report.lines as string[]).push(line);
    else files.push({ file: p.file, lines: [line] });
  }
  return { files, general };
}
