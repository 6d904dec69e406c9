/**
 * `osh-review finalise | unfinalise`: 定稿 and 取消定稿 of a review workbook.
 * Like the other commands, each returns its exit code (0 done, 2 invalid
 * input or usage), and the input file is never modified: the result goes to
 * `-o`, which may not name the input.
 */
import { parseArgs } from 'node:util';
import { displayDateTime, type Finalisation } from '../finalise/digest.ts';
import { evaluateReview } from '../review/evaluate.ts';
import { checkFinalise, checkUnfinalise } from '../workflows/finalise.ts';
import { exceljsLookup } from '../workbook/exceljs-reader.ts';
import { finaliseWorkbook, unfinaliseWorkbook } from '../workbook/finalise.ts';
import { looksLikeXlsx, notXlsxMessage } from '../workbook/xlsx-file.ts';
import { guardOutput, readInput, UserError, writeOutput, type Streams } from './io.ts';
import { reportProblems } from './problems.ts';
import { openWorkbook } from './workbook-input.ts';

/** One line on where a workbook stands with 定稿, for `score` and these commands. */
export function finalisationText(f: Finalisation): string {
  switch (f.state) {
    case 'draft':
      return '定稿：未定稿';
    case 'intact':
      return `定稿：已於 ${displayDateTime(f.at)} 定稿，內容與定稿時相同`;
    case 'edited':
      if (f.reason === 'changed') return `定稿：已於 ${displayDateTime(f.at)} 定稿，但定稿後已被修改（內容與定稿時不同）`;
      if (f.reason === 'removed') return `定稿：此活頁簿${f.at ? `已於 ${displayDateTime(f.at)} ` : '曾'}定稿，但定稿後已被修改（定稿紀錄 meta_final_digest 已被刪除）`;
      return '定稿：定稿紀錄（meta_final_digest）不是本工具寫入的摘要，無法確認內容是否與定稿時相同';
  }
}

async function open(command: string, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1 || !values.out) throw new UserError(`${command} 需要一個工作簿與輸出檔：osh-review ${command} FILE.xlsx -o OUT.xlsx`);
  const path = positionals[0]!;
  await guardOutput(values.out, [path], values.force);
  const bytes = await readInput(path);
  if (!looksLikeXlsx(bytes)) throw new UserError(`${path}：${notXlsxMessage(bytes)}`);
  const wb = await openWorkbook(path, bytes);
  return { path, out: values.out, force: values.force, wb };
}

/** `finalise FILE.xlsx -o OUT.xlsx`: refuses what the 定稿 policy refuses (cells with problems, a review already finalised). */
export async function finalise(args: string[], io: Streams): Promise<number> {
  const { path, out, force, wb } = await open('finalise', args);
  const check = await checkFinalise(exceljsLookup(wb));
  if (!check.ok) {
    reportProblems(io, check.problems, { file: path });
    if (check.finalisation) io.stderr.write(`${path}：如需重新定稿，請先 osh-review unfinalise ${path} -o 另一個檔案，確認內容後再定稿。\n`);
    return 2;
  }
  const record = await finaliseWorkbook(wb, check.rubric, new Date());
  await writeOutput(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), force);
  io.stdout.write(`已定稿並寫入 ${out}（定稿時間 ${displayDateTime(record.at)}，摘要 ${record.digest}）\n`);
  const evaluation = evaluateReview(check.review);
  if (evaluation.ok && !evaluation.evaluation.score.complete) {
    const s = evaluation.evaluation.score;
    io.stdout.write(`注意：尚有 ${s.unscored.length + s.pending.length} 項未評完，定稿的分數並不完整。\n`);
  }
  return 0;
}

/** `unfinalise FILE.xlsx -o OUT.xlsx`: inputs unlocked, record cleared (a workbook not finalised is written unchanged). */
export async function unfinalise(args: string[], io: Streams): Promise<number> {
  const { path, out, force, wb } = await open('unfinalise', args);
  const check = await checkUnfinalise(exceljsLookup(wb));
  if (!check.ok) return reportProblems(io, check.problems, { file: path });
  await unfinaliseWorkbook(wb, check.rubric);
  await writeOutput(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), force);
  io.stdout.write(check.before.state === 'draft' ? `${path} 尚未定稿；已照原樣寫入 ${out}\n` : `已取消定稿並寫入 ${out}（原${finalisationText(check.before)}）\n`);
  return 0;
}
