/**
 * `osh-review print FILE.xlsx --form 初審意見表 -o OUT.pdf`: one form of a
 * workbook as a PDF to attach to a 公文 (non-editable documents go as PDF),
 * A4 as each form's own page setup says, every font embedded. LibreOffice
 * prints a copy of the workbook in which only the form's sheet is visible
 * (it leaves hidden sheets out of a PDF); the input is only read.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ANNEX2_SHEETS } from '../sheets/annex2.ts';
import { ANNEX4_SHEET } from '../sheets/annex4.ts';
import { SHEETS } from '../sheets/layout.ts';
import { PANEL_SHEET } from '../sheets/panel.ts';
import { RANKING_SHEET } from '../sheets/ranking.ts';
import { looksLikeXlsx } from '../workbook/xlsx-file.ts';
import { readInput, UserError, type Streams } from './io.ts';
import { convertFiles, requireSoffice, tempFolder } from './libreoffice.ts';
import { guardOutput } from './io.ts';
import { openWorkbook } from './workbook-input.ts';

/** The printable forms: the tab that holds each, and the command that makes a workbook with it. */
export const FORMS = {
  初審意見表: { sheet: SHEETS.opinion, madeBy: 'osh-review new' },
  附表一: { sheet: SHEETS.annex1, madeBy: 'osh-review new' },
  附表二: { sheet: ANNEX2_SHEETS.print.name, madeBy: 'osh-review personnel' },
  附表四: { sheet: ANNEX4_SHEET.name, madeBy: 'osh-review evidence … -o' },
  小組合議: { sheet: PANEL_SHEET.name, madeBy: 'osh-review merge' },
  排序: { sheet: RANKING_SHEET.name, madeBy: 'osh-review rank' },
} as const;

export type FormName = keyof typeof FORMS;

const FORM_LIST = `${Object.keys(FORMS).join('、')}，或 all（所有可列印的工作表）`;

/** The number of pages of a PDF LibreOffice wrote (one page object each; it writes no object streams). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** `print FILE.xlsx --form FORM -o OUT.pdf`. */
export async function print(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { form: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } }, allowPositionals: true });
  const usage = 'osh-review print FILE.xlsx --form 表單 -o OUT.pdf';
  if (positionals.length !== 1) throw new UserError(`print 需要一個工作簿：${usage}`);
  if (!values.form) throw new UserError(`print 需要 --form：${FORM_LIST}`);
  const form = values.form;
  if (form !== 'all' && !Object.hasOwn(FORMS, form)) throw new UserError(`print 不認得表單「${form}」；可用：${FORM_LIST}`);
  if (!values.out) throw new UserError(`print 需要輸出檔：${usage}`);
  if (!/\.pdf$/i.test(values.out)) throw new UserError(`print 的輸出檔須為 .pdf（收到 ${values.out}）`);
  const path = positionals[0]!;
  await guardOutput(values.out, [path], values.force);
  requireSoffice();

  const bytes = await readInput(path);
  if (!looksLikeXlsx(bytes)) throw new UserError(`${path}：不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）`);
  const wb = await openWorkbook(path, bytes);
  const sheets =
    form === 'all' ? wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined) : wb.worksheets.filter((ws) => ws.name === FORMS[form as FormName].sheet);
  if (sheets.length === 0) {
    const tabs = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => ws.name);
    if (form === 'all') throw new UserError(`${path}：沒有可列印的工作表（所有工作表皆已隱藏）`);
    const f = FORMS[form as FormName];
    throw new UserError(`${path}：沒有${form}（工作表「${f.sheet}」）；${form}由 ${f.madeBy} 建立。此工作簿的工作表：${tabs.join('、')}`);
  }
  const chosen = new Set(sheets);
  for (const ws of wb.worksheets) if (!chosen.has(ws)) ws.state = ws.state === 'veryHidden' ? 'veryHidden' : 'hidden';
  // The first printed sheet is the active one, as a hidden active sheet would be shown after all.
  const active = wb.worksheets.indexOf(sheets[0]!);
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  for (const ws of wb.worksheets) ws.views = ws.views.map((v) => ({ ...v, tabSelected: ws === sheets[0] }));

  const temp = await tempFolder('osh-review-print-');
  try {
    const name = basename(values.out).replace(/\.pdf$/i, '');
    const copy = join(temp.dir, `${name}.xlsx`);
    await writeFile(copy, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const [pdf] = await convertFiles([copy], 'pdf', join(temp.dir, 'pdf'));
    const pages = pdfPageCount(await readFile(pdf!));
    await copyFile(pdf!, values.out);
    io.stdout.write(`已列印${form === 'all' ? `（${sheets.map((ws) => ws.name).join('、')}）` : form}為 ${values.out}（${pages} 頁）\n`);
  } finally {
    await temp.remove();
  }
  return 0;
}
