/**
 * `osh-review`: the command line. Each command returns its exit code:
 * 0 for a valid input whatever its verdict, 2 for invalid input or usage.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateReview, parseReview } from '../review/evaluate.ts';
import { DEFAULT_RUBRIC } from '../rubric/registry.ts';
import { reviewInputProblems } from '../review/schema.ts';
import { reviewCapacityProblems } from '../sheets/capacity.ts';
import { reviewWorkbook } from '../sheets/workbook.ts';
import { looksLikeXlsx, writeReviewXlsx } from '../workbook/xlsx-file.ts';
import { problemMessage } from '../review/problem.ts';
import { capacityProblems, fieldProblems, readReviewFile, type ReviewFileResult } from '../workflows/review-file.ts';
import { guardOutput, parseJson, readInput, UserError, writeOutput, type Streams } from './io.ts';
import { problemLine, reportProblems } from './problems.ts';
import { evidence, merge, personnel, rank } from './panel-commands.ts';
import { finalisationText, finalise, unfinalise } from './finalise-commands.ts';
import { readFinalisation, type Finalisation } from '../finalise/digest.ts';
import { dispatch, type Command } from './dispatch.ts';
import { print } from './print.ts';
import { renderPdf } from './render.ts';
import { scoreJson, scoreText } from './summary.ts';

/**
 * Reads a review from .json or .xlsx (by content, not by name) through the
 * one reader the pane shares; a workbook's cells come with it, for its 定稿 state.
 * @throws UserError for a file that cannot be opened at all
 */
async function loadReview(path: string): Promise<ReviewFileResult> {
  const bytes = await readInput(path);
  const read = await readReviewFile(bytes, path);
  // An empty or unreadable file is one line, as every command says it.
  if (!read.ok && read.problems.length === 1 && !read.problems[0]!.where && read.problems[0]!.code !== 'entry-invalid') throw new UserError(`${path}：${problemMessage(read.problems[0]!)}`);
  return read;
}

async function score(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UserError('score 需要一個檔案：osh-review score FILE.xlsx|FILE.json [--json]');
  const path = positionals[0]!;
  const loaded = await loadReview(path);
  // A workbook's 定稿 state is reported whatever its verdict; it never changes the exit code.
  const final: Finalisation | undefined = loaded.lookup ? await readFinalisation(loaded.lookup) : undefined;
  let review: unknown;
  if (loaded.ok) review = loaded.review;
  else if (loaded.formulasOnly && final && final.state !== 'draft') {
    // A finalised workbook whose formulas were changed afterwards: 定稿後已被修改, each cell named, the inputs scored as finalised.
    for (const p of loaded.problems) io.stderr.write(problemLine(p, { file: path }) + '\n');
    review = loaded.formulasOnly.review;
  } else {
    if (final?.state === 'edited') io.stderr.write(`${path}：${finalisationText(final)}\n`);
    return reportProblems(io, loaded.problems, { json: values.json, file: path });
  }
  const result = evaluateReview(review);
  if (!result.ok) return reportProblems(io, fieldProblems(result.problems), { json: values.json, file: path });
  if (values.json) io.stdout.write(JSON.stringify({ ...scoreJson(result.evaluation), ...(final ? { finalisation: final } : {}) }, null, 2) + '\n');
  else io.stdout.write(scoreText(result.evaluation) + (final ? `${finalisationText(final)}\n` : ''));
  return 0;
}

async function create(args: string[], io: Streams): Promise<number> {
  const { values } = parseArgs({ args, options: { review: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } } });
  if (!values.out) throw new UserError('new 需要輸出檔：osh-review new [--review FILE.json] -o OUT.xlsx');
  await guardOutput(values.out, values.review ? [values.review] : [], values.force);
  let rubric = DEFAULT_RUBRIC;
  let review;
  if (values.review) {
    const parsed = parseReview(parseJson(values.review, await readInput(values.review)));
    if (!parsed.ok) return reportProblems(io, fieldProblems(parsed.problems), { file: values.review });
    ({ rubric, review } = parsed);
    const unfit = [...fieldProblems(reviewInputProblems(review)), ...capacityProblems(reviewCapacityProblems(review))];
    if (unfit.length > 0) return reportProblems(io, unfit, { file: values.review });
  }
  await writeOutput(values.out, await writeReviewXlsx(reviewWorkbook(rubric, review)), values.force);
  io.stdout.write(`已建立 ${values.out}\n`);
  return 0;
}

async function exportReview(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ods: { type: 'boolean', default: false }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UserError('export 需要一個工作簿：osh-review export FILE.xlsx');
  if (values.ods && !values.out) throw new UserError('export --ods 需要輸出檔：osh-review export FILE.xlsx --ods -o OUT.ods');
  const path = positionals[0]!;
  if (values.out) await guardOutput(values.out, [path], values.force);
  const loaded = await loadReview(path);
  if (!loaded.ok) return reportProblems(io, loaded.problems, { file: path });
  if (!values.out) {
    // JSON given to export is printed back only when it is a review (10^5 nested objects would overflow the printer): the reader has checked it is.
    io.stdout.write(JSON.stringify(loaded.json, null, 2) + '\n');
    return 0;
  }
  // A workbook is written as it is (every input, name, drop-down, protection and print setting kept); a JSON review is built into one.
  const bytes = await readInput(path);
  if (looksLikeXlsx(bytes)) await writeOutput(values.out, bytes, values.force);
  else await writeOutput(values.out, await writeReviewXlsx(reviewWorkbook(loaded.rubric, loaded.review)), values.force);
  io.stdout.write(`已建立 ${values.out}\n`);
  return 0;
}

async function demo(args: string[], io: Streams): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } } });
  if (!values.out) throw new UserError('demo 需要輸出資料夾：osh-review demo -o DIR');
  const source = new URL('../../examples/demo-113.json', import.meta.url);
  const parsed = parseReview(parseJson('examples/demo-113.json', await readInput(source.pathname)));
  if (!parsed.ok) throw new Error(`The bundled demo review is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
  try {
    await mkdir(values.out, { recursive: true });
  } catch (error) {
    throw new UserError(`${values.out}：無法建立資料夾（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  const xlsx = join(values.out, 'demo-113.xlsx');
  const json = join(values.out, 'demo-113.json');
  // The PDF is written by LibreOffice, not through writeOutput: it is guarded here with the others.
  for (const out of [xlsx, json, join(values.out, 'demo-113.pdf')]) await guardOutput(out, [], values.force);
  await writeOutput(xlsx, await writeReviewXlsx(reviewWorkbook(parsed.rubric, parsed.review)), values.force);
  await writeOutput(json, JSON.stringify(parsed.review, null, 2) + '\n', values.force);
  io.stdout.write(`已建立 ${xlsx}\n`);
  const evaluation = evaluateReview(parsed.review);
  if (evaluation.ok) io.stdout.write(scoreText(evaluation.evaluation));
  const pdf = await renderPdf(xlsx, values.out);
  io.stdout.write(pdf.ok ? `已列印為 ${pdf.pdf}\n` : `未產生 PDF：${pdf.reason}\n`);
  return 0;
}

const COMMANDS: Record<string, Command> = {
  score,
  new: create,
  export: exportReview,
  demo,
  print,
  merge,
  rank,
  evidence,
  personnel,
  finalise,
  unfinalise,
};

/** Runs one command line; never throws for a user's mistake. */
export function main(argv: string[], io: Streams): Promise<number> {
  return dispatch(argv, io, COMMANDS);
}
