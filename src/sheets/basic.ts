/**
 * 基本資料: the header of 附表一, the 初審's own facts, 營造業 project facts,
 * 企業形象, and the panel's opinion, result and members.
 */
import { SheetBuilder } from './builder.ts';
import { BASIC_FIELDS, CONSTRUCTION_FIELDS, IMAGE_FIELDS, OPINION_FIELDS, PANEL_FIELDS } from './fields.ts';
import { fieldRow, headingRow, inputSheetHeading, panelMemberRows, type Prefill } from './form-input.ts';
import { computedStyle, labelStyle, SHEETS, a4Page } from './layout.ts';
import type { DefinedNameDescription, SheetDescription } from './types.ts';

const WIDTHS = { label: 30, input: 60 } as const;

const HINTS: Readonly<Record<string, string>> = {
  cand_name: '依職災申報系統之資料填報（補充說明一）',
  cand_insurance_no: '依職災申報系統之資料填報（補充說明一）',
  cand_workers_contractors: '有交付承攬且適用職安法第27條第1項者填寫（補充說明二）',
  cand_ubn: '8 位數字',
  cand_industry_code: '第9次行業分類標準之小類（3碼），例如 410（補充說明四）',
  review_year: '民國年，例如 113',
  review_date: '西元日期，例如 2024/4/15（Excel 存成日期；文字不予採計）',
  cand_safety_staff: '每行一位，例如：職業安全衛生業務主管：陳○○',
};

export function basicSheet(prefill: Prefill = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('basic', SHEETS.basic);
  b.column(1, WIDTHS.label).column(2, 20).column(3, 20).column(4, 20).column(5, 34);
  inputSheetHeading(b, '推行職業安全衛生優良單位 初審：基本資料', '黃底欄位為輸入欄。本工作簿之公式不需增益集即可計算；增益集以定義名稱讀寫各欄。');

  let row = 3;
  const section = (title: string, fields: typeof BASIC_FIELDS) => {
    headingRow(b, row++, title);
    for (const field of fields) fieldRow(b, row++, field, prefill, WIDTHS, 'D', HINTS[field.name]);
  };
  section('受評單位（附表一 表頭）', BASIC_FIELDS.filter((f) => f.name.startsWith('cand_')));
  section(
    '初審',
    BASIC_FIELDS.filter((f) => !f.name.startsWith('cand_')),
  );
  // The review date as reviewers read it, in 民國.
  b.value(`A${row}`, '評鑑日期（民國）', labelStyle());
  b.formula(`B${row}`, 'IF(ISNUMBER(review_date),"民國"&(YEAR(review_date)-1911)&"年"&MONTH(review_date)&"月"&DAY(review_date)&"日","")', computedStyle({ alignment: { horizontal: 'left', vertical: 'middle' } }));
  b.merge(`B${row}:D${row}`).row(row++, 20);
  row++;
  section('營造業參選工址資料（填寫補充說明 註）', CONSTRUCTION_FIELDS);
  row++;
  section('企業形象（附表一）', IMAGE_FIELDS);
  row++;
  section('評鑑人員綜合意見與初審結果（初審意見表、附表一）', OPINION_FIELDS);
  row++;
  row = panelMemberRows(b, row, '現場評鑑人員資料（附表一；簽名於列印後親簽）', ['姓名', '在職單位', '職稱'], PANEL_FIELDS, prefill);

  b.pageSetup = a4Page('portrait', `A1:E${row - 1}`);
  b.protect = true;
  b.tabColor = 'FF70AD47';
  return { sheet: b.build(), names: b.names };
}
