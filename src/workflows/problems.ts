/**
 * The readers' and schemas' problems as the workflows report them. On their
 * own, without the file readers: 定稿's check (finalise.ts) runs in the pane
 * before any file is read, and needs no ExcelJS.
 */
import type { CapacityProblem } from '../sheets/capacity.ts';
import type { InputProblem } from '../review/schema.ts';
import type { CellProblem } from '../sheets/reader.ts';
import { problem, wrapped, type Problem } from '../review/problem.ts';

/** Cell problems of a reader, by sheet, cell and name. */
export function cellProblems(problems: readonly CellProblem[]): Problem[] {
  return problems.map((p) => wrapped('entry-invalid', p.problem, { where: p.where ? (p.name ? `${p.where}（${p.name}）` : p.where) : p.name }));
}

/** JSON-path problems of a schema. */
export function fieldProblems(problems: readonly InputProblem[]): Problem[] {
  return problems.map((p) => problem('entry-invalid', { detail: p.message, reason: p.problem }, { where: p.path }));
}

/** Lists too long for the workbook. */
export function capacityProblems(problems: readonly CapacityProblem[]): Problem[] {
  return problems.map((p) => problem('too-many-rows', { count: p.count, rows: p.rows, list: p.path, detail: p.message }, { where: p.path }));
}
