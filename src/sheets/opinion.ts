/**
 * 初審意見表: the official one-page form (附件二 of the 113 letter), laid out
 * as printed and filled only by formulas over the input names, so it stays
 * live when the inputs change and refreshing it never touches input.
 */
import type { Rubric } from '../rubric/types.ts';
import { cellAddress } from './address.ts';
import { FORM_BOX as BOX } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { YES, NO } from './fields.ts';
import { A4_MARGINS, FORM_FONT, PRINT_SHEET_NAMES, SHEETS, wrappedHeight } from './layout.ts';
import type { Borders, CellStyle, DefinedNameDescription, SheetDescription } from './types.ts';

/** Texts printed on the form, verbatim from the source. */
export const OPINION_TEXT = {
  titleTail: '年推行職業安全衛生優良單位初審意見表',
  unitName: '受評單位名稱',
  reviewUnit: '初審單位',
  confirm: '初審確認事項',
  qualification: '確認參選單位資格：',
  itemHeader: '確認項目',
  resultHeader: '審查結果',
  industry: '事業單位行業別',
  industryCorrect: '正確。',
  industryFix: '修正為：',
  industryFixTail: '小類',
  workers: '事業單位勞工人數，是否已加計承攬人資料',
  eligible: '具參選資格：',
  noContractors: '事業單位未有承攬人。',
  contractorsGiven: '事業單位有承攬人，且已提供加計承攬人之失能傷害頻率及嚴重率等數據。',
  notEligible: '未具參選資格：',
  contractorsMissing: '事業單位有承攬人，但未提供加計承攬人之失能傷害頻率及嚴重率等數據。',
  oshms: '依職業安全衛生管理辦法第十二條之二規定建置職業安全衛生管理系統者',
  toshms: '通過臺灣職業安全衛生管理系統(TOSHMS)驗證，仍於有效期間內。',
  performance: '通過本部職業安全衛生管理系統績效審查，仍於有效期間內。',
  oshmsNotEligible: '未具參選資格。',
  comments: '評鑑人員綜合意見',
  strengths: '優點：',
  suggestions: '建議：',
  remarks: '※備註：',
  remark1:
    '1. 擬參選本次選拔之事業單位，如未配合勞動部職業安全衛生署推動職場安全健康週活動並提出佐證資料，或勞動條件不佳(如曾發生勞工過勞案件、責任制爭議、影響勞工身心健康事件或重大勞資爭議)者，建議初審單位不予推薦之。',
  remark2: '2. 初審意見表應明列優點及建議事項。',
} as const;

/**
 * Shown after 具參選資格 when the unit is not one that 第十二條之二 obliges to
 * build a management system: the row does not apply, so no sub-box is ticked.
 * Not on the official form.
 */
export const OSHMS_NOT_REQUIRED_NOTE = '（非屬應建置者）';

/**
 * Column widths: 確認項目, 審查結果. The page is bound by its height, so the
 * table is as wide as the page allows at that scale (about 80 %).
 */
const WIDTHS = [26, 92] as const;
const TOTAL_WIDTH = WIDTHS[0] + WIDTHS[1];
const BODY = 12;
const OPINION = 11;

/** Heights (points) of the two opinion boxes: room for about 13 and 9 lines of 55 characters at 11 pt. */
export const STRENGTHS_HEIGHT = 220;
export const SUGGESTIONS_HEIGHT = 150;

/**
 * A row height for wrapped text with a margin: renderers wrap before a
 * closing punctuation mark and pad cells, so a line more may be needed.
 */
function fit(text: string, columns: number, size = BODY): number {
  const height = wrappedHeight(text, columns - 3, size);
  return height > wrappedHeight('', columns, size) ? height + 4 : height;
}

/** A formula string literal. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** "☑"/"☐" by `condition`, then `text`. */
export function tick(condition: string, text: string): string {
  return `IF(${condition},"☑","☐")&${str(` ${text}`)}`;
}

/** Text of a name, "" for a blank cell (a bare reference to a blank shows 0). */
export const textOf = (name: string): string => `${name}&""`;

const yes = (name: string) => `${name}=${str(YES)}`;
const no = (name: string) => `${name}=${str(NO)}`;

/** The conditions behind each tick of the form, as formulas over the input names. */
export const OPINION_CONDITIONS = (() => {
  const code = 'TRIM(cand_industry_code&"")';
  const corrected = 'TRIM(elig_industry_code_corrected&"")';
  // "=TRUE()" rather than a bare TRUE, which HyperFormula does not parse; a
  // text or blank cell then gives FALSE, never an error.
  const has = 'elig_has_contractors=TRUE()';
  const given = 'elig_result_contractor_rates_missing="符合"';
  const missing = 'elig_result_contractor_rates_missing="不符"';
  const toshms = 'elig_toshms_valid=TRUE()';
  const perf = 'elig_perf_valid=TRUE()';
  const required = yes('elig_oshms_required');
  const notRequired = no('elig_oshms_required');
  return {
    industryCorrect: `AND(${code}<>"",OR(${corrected}="",${corrected}=${code}))`,
    industryFix: `AND(${corrected}<>"",${corrected}<>${code})`,
    industryCode: corrected,
    workersEligible: given,
    noContractors: `AND(${given},NOT(${has}))`,
    contractorsGiven: `AND(${given},${has})`,
    workersNotEligible: missing,
    contractorsMissing: `AND(${missing},${has})`,
    oshmsEligible: `OR(${notRequired},AND(${required},OR(${toshms},${perf})))`,
    oshmsNotRequired: notRequired,
    toshms: `AND(${required},${toshms})`,
    performance: `AND(${required},${perf})`,
    oshmsNotEligible: `AND(${required},NOT(OR(${toshms},${perf})))`,
  };
})();

const font = (size = BODY, bold = false): CellStyle['font'] => ({ name: FORM_FONT, size, ...(bold ? { bold: true } : {}) });

function cell(border: Borders, extra: Omit<CellStyle, 'border'> = {}): CellStyle {
  return { font: font(), border, alignment: { vertical: 'middle', wrapText: true }, ...extra };
}

/** The table's outer frame is medium, as on the printed form. */
const OUTER = 'medium' as const;

/**
 * Builds 初審意見表. The rubric is not printed on this form; it is taken for
 * a uniform builder signature.
 * @returns the sheet and the name it defines (print_opinion, by which the add-in finds it)
 */
export function opinionSheet(_rubric: Rubric): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('opinion', SHEETS.opinion);
  const T = OPINION_TEXT;
  const C = OPINION_CONDITIONS;
  b.column(1, WIDTHS[0]).column(2, WIDTHS[1]);

  /** A full-width row A:B with one style and outer frame sides. */
  const wide = (row: number, content: { value?: string; formula?: string }, style: CellStyle, height: number) => {
    if (content.formula !== undefined) b.formula(`A${row}`, content.formula, style);
    else b.value(`A${row}`, content.value ?? null, style);
    b.style(`B${row}`, style);
    b.merge(`A${row}:B${row}`).row(row, height);
  };
  const frame = (border: Borders, first: boolean, last: boolean): Borders => ({
    ...border,
    left: OUTER,
    right: OUTER,
    ...(first ? { top: OUTER } : {}),
    ...(last ? { bottom: OUTER } : {}),
  });

  // Title: "113 年推行…初審意見表", the year live from review_year.
  b.formula('A1', `IF(ISNUMBER(review_year),review_year,"○○○")&${str(` ${T.titleTail}`)}`, {
    font: font(16, true),
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  b.merge('A1:B1').row(1, 36);

  let row = 2;
  const labelled = (label: string, formula: string, first = false) => {
    const border = { ...BOX, left: OUTER, ...(first ? { top: OUTER } : {}) };
    b.value(`A${row}`, label, cell(border, { font: font(BODY, true), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
    b.formula(`B${row}`, formula, cell({ ...BOX, right: OUTER, ...(first ? { top: OUTER } : {}) }, { alignment: { vertical: 'middle', wrapText: true, horizontal: 'left', indent: 1 } }));
    b.row(row, 28);
    row++;
  };
  labelled(T.unitName, textOf('cand_name'), true);
  labelled(T.reviewUnit, textOf('review_unit'));

  const heading = cell(frame(BOX, false, false), { font: font(13, true), alignment: { horizontal: 'center', vertical: 'middle' } });
  wide(row++, { value: T.confirm }, heading, 26);
  wide(row++, { value: T.qualification }, cell(frame(BOX, false, false), { font: font(BODY, true), alignment: { vertical: 'middle', horizontal: 'left', indent: 1 } }), 24);
  const colHead = (col: number): CellStyle =>
    cell(col === 1 ? { ...BOX, left: OUTER } : { ...BOX, right: OUTER }, { font: font(BODY, true), alignment: { horizontal: 'center', vertical: 'middle' } });
  b.value(`A${row}`, T.itemHeader, colHead(1)).value(`B${row}`, T.resultHeader, colHead(2)).row(row, 24);
  row++;

  /**
   * One 確認項目 with its tick lines: the label merged down the left, the
   * lines boxed as one cell on the right. `indent` lines are the sub-boxes.
   */
  const confirmItem = (label: string, lines: readonly { formula: string; indent: boolean; text: string }[]) => {
    const top = row;
    const bottom = row + lines.length - 1;
    b.value(`A${top}`, label, cell({ ...BOX, left: OUTER }, { alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
    b.styleRange(top + 1, 1, bottom, 1, cell({ ...BOX, left: OUTER }));
    if (bottom > top) b.merge(`A${top}:A${bottom}`);
    const height = (line: (typeof lines)[number]) => Math.max(22, fit(`☐ ${line.text}`, WIDTHS[1] - (line.indent ? 4 : 1)));
    lines.forEach((line, i) => {
      const r = top + i;
      const border: Borders = { left: 'thin', right: OUTER, ...(i === 0 ? { top: 'thin' } : {}), ...(i === lines.length - 1 ? { bottom: 'thin' } : {}) };
      b.formula(`B${r}`, line.formula, cell(border, { alignment: { vertical: 'middle', wrapText: true, horizontal: 'left', indent: line.indent ? 3 : 1 } }));
      b.row(r, height(line));
    });
    // The label may need more room than its lines.
    const need = fit(label, WIDTHS[0]);
    const have = lines.reduce((h, l) => h + height(l), 0);
    if (need > have) b.row(bottom, height(lines.at(-1)!) + need - have);
    row = bottom + 1;
  };

  confirmItem(T.industry, [
    {
      formula: `${tick(C.industryCorrect, `${T.industryCorrect}\u3000\u3000`)}&${tick(C.industryFix, T.industryFix)}&IF(${C.industryFix},${C.industryCode},"○○○")&${str(T.industryFixTail)}`,
      indent: false,
      text: `${T.industryCorrect}\u3000\u3000☐ ${T.industryFix}○○○${T.industryFixTail}`,
    },
  ]);
  confirmItem(T.workers, [
    { formula: tick(C.workersEligible, T.eligible), indent: false, text: T.eligible },
    { formula: tick(C.noContractors, T.noContractors), indent: true, text: T.noContractors },
    { formula: tick(C.contractorsGiven, T.contractorsGiven), indent: true, text: T.contractorsGiven },
    { formula: tick(C.workersNotEligible, T.notEligible), indent: false, text: T.notEligible },
    { formula: tick(C.contractorsMissing, T.contractorsMissing), indent: true, text: T.contractorsMissing },
  ]);
  confirmItem(T.oshms, [
    {
      formula: `${tick(C.oshmsEligible, T.eligible)}&IF(${C.oshmsNotRequired},${str(OSHMS_NOT_REQUIRED_NOTE)},"")`,
      indent: false,
      text: T.eligible + OSHMS_NOT_REQUIRED_NOTE,
    },
    { formula: tick(C.toshms, T.toshms), indent: true, text: T.toshms },
    { formula: tick(C.performance, T.performance), indent: true, text: T.performance },
    { formula: tick(C.oshmsNotEligible, T.oshmsNotEligible), indent: false, text: T.oshmsNotEligible },
  ]);

  wide(row++, { value: T.comments }, heading, 26);
  const boxLabel = cell(frame({ top: 'thin' }, false, false), { font: font(BODY, true), alignment: { vertical: 'bottom', horizontal: 'left', indent: 1 } });
  const boxText = cell(frame({}, false, false), { font: font(OPINION), alignment: { vertical: 'top', wrapText: true, horizontal: 'left', indent: 2 } });
  wide(row++, { value: T.strengths }, boxLabel, 24);
  wide(row++, { formula: textOf('opinion_strengths') }, boxText, STRENGTHS_HEIGHT);
  wide(row++, { value: T.suggestions }, boxLabel, 24);
  wide(row++, { formula: textOf('opinion_suggestions') }, cell(frame({}, false, true), { font: font(OPINION), alignment: { vertical: 'top', wrapText: true, horizontal: 'left', indent: 2 } }), SUGGESTIONS_HEIGHT);

  // ※備註, under the table.
  const note = (text: string, height: number, indent = 0): void => {
    b.value(`A${row}`, text, { font: font(BODY), alignment: { vertical: 'top', wrapText: true, ...(indent ? { horizontal: 'left', indent } : {}) } });
    b.merge(`A${row}:B${row}`).row(row, height);
    row++;
  };
  b.row(row++, 8);
  note(T.remarks, 22);
  note(T.remark1, fit(T.remark1, TOTAL_WIDTH - 2), 1);
  note(T.remark2, fit(T.remark2, TOTAL_WIDTH - 2), 1);

  const lastRow = row - 1;
  b.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    margins: A4_MARGINS,
    fitToWidth: 1,
    fitToHeight: 1,
    printArea: `A1:${cellAddress(lastRow, 2)}`,
    horizontalCentered: true,
  };
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FF7030A0';
  b.name(PRINT_SHEET_NAMES.opinion, 'A1', '初審意見表（增益集依此名稱找到並重建此工作表）');
  return { sheet: b.build(), names: b.names };
}
