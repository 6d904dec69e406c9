/**
 * `osh-review finalise | unfinalise`: 定稿 and 取消定稿 of a review workbook.
 * Like the other commands, each returns its exit code (0 done, 2 invalid
 * input or usage), and the input file is never modified: the result goes to
 * `-o`, which may not name the input.
 */
import { parseArgs } from 'node:util';
import { displayDateTime, readFinalisation, type Finalisation } from '../finalise/digest.ts';
import { evaluateReview } from '../review/evaluate.ts';
import { META_NAMES } from '../sheets/meta.ts';
import { readReview } from '../sheets/reader.ts';
import { exceljsLookup } from '../workbook/exceljs-reader.ts';
import { finaliseWorkbook, unfinaliseWorkbook } from '../workbook/finalise.ts';
import { looksLikeXlsx, notXlsxMessage } from '../workbook/xlsx-file.ts';
import { guardOutput, readInput, UserError, writeOutput, type Streams } from './io.ts';
import { cellProblems, openWorkbook } from './workbook-input.ts';

export const FINALISE_USAGE = `  osh-review finalise FILE.xlsx -o OUT.xlsx         定稿：鎖定各輸入欄並記錄輸入內容的摘要
  osh-review unfinalise FILE.xlsx -o OUT.xlsx       取消定稿：解除鎖定並清除定稿紀錄
`;

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

/** `finalise FILE.xlsx -o OUT.xlsx`: refuses a review with problems or one already finalised. */
export async function finalise(args: string[], io: Streams): Promise<number> {
  const { path, out, force, wb } = await open('finalise', args);
  const lookup = exceljsLookup(wb);
  const read = readReview(lookup);
  if (read.problems.length > 0 || !read.review) {
    for (const p of cellProblems(read.problems)) io.stderr.write(`${path}：${p.message.startsWith(p.path) ? p.message : `${p.path}：${p.message}`}\n`);
    io.stderr.write(`${path}：工作簿有問題，未定稿；請先更正上列儲存格。\n`);
    return 2;
  }
  const before = await readFinalisation(lookup);
  if (before.state !== 'draft') {
    throw new UserError(`${path}：${finalisationText(before)}。如需重新定稿，請先 osh-review unfinalise ${path} -o 另一個檔案，確認內容後再定稿。`);
  }
  const record = await finaliseWorkbook(wb, read.rubric, new Date());
  await writeOutput(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), force);
  io.stdout.write(`已定稿並寫入 ${out}（定稿時間 ${displayDateTime(record.at)}，摘要 ${record.digest}）\n`);
  const evaluation = evaluateReview(read.review);
  if (evaluation.ok && !evaluation.evaluation.score.complete) {
    const s = evaluation.evaluation.score;
    io.stdout.write(`注意：尚有 ${s.unscored.length + s.pending.length} 項未評完，定稿的分數並不完整。\n`);
  }
  return 0;
}

/** `unfinalise FILE.xlsx -o OUT.xlsx`: inputs unlocked, record cleared (a workbook not finalised is written unchanged). */
export async function unfinalise(args: string[], io: Streams): Promise<number> {
  const { path, out, force, wb } = await open('unfinalise', args);
  const lookup = exceljsLookup(wb);
  if (!lookup(META_NAMES.rubric)) throw new UserError(`${path}：這不是 osh-review 的評審工作簿（找不到定義名稱 ${META_NAMES.rubric}）。`);
  const read = readReview(lookup);
  const before = await readFinalisation(lookup);
  await unfinaliseWorkbook(wb, read.rubric);
  await writeOutput(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), force);
  io.stdout.write(before.state === 'draft' ? `${path} 尚未定稿；已照原樣寫入 ${out}\n` : `已取消定稿並寫入 ${out}（原${finalisationText(before)}）\n`);
  return 0;
}
