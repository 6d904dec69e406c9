/**
 * 附表二 推行職業安全衛生優良人員自薦(推薦)表: an entry sheet of named input
 * cells, and the official form for printing, filled only by formulas over
 * those names (so it stays live and refreshing it never touches input). The
 * texts printed are those of src/personnel/osh-person-113.ts, verbatim.
 *
 * The entry sheet reads back to the personnel review JSON with
 * `readPersonnelEntry`, through the same host-neutral lookup as the unit
 * review, reporting every bad cell by sheet, address and name.
 */
import {
  ANNEX2_NOTE,
  CRITERIA,
  HEADER_FIELDS,
  NOMINATION_ROUTES,
  PANEL_COLUMNS,
  PERSON_AWARDS,
  PERSONNEL_FORM_ID,
  PRIOR_AWARD_OPTIONS,
  RESULT_AWARD_LINES,
  RESULT_OPTIONS,
  SEAL_LABEL,
  type HeaderKey,
  type PersonAward,
  type PersonDecision,
  type PriorAwardStatus,
} from '../personnel/osh-person-113.ts';
import { parsePersonnelReview, type PersonnelReview } from '../personnel/schema.ts';
import { problem as coded, type Problem } from '../review/problem.ts';
import { cellAddress } from './address.ts';
import { formBlocks, pieceFormula, textPieces, type TextPiece, FORM_FRAME as BLACK, FORM_SIZE as SIZE, formCentred as centred, formFit as fit, formFont as font, formStyle as style } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { at, fromCell, multiline, panelMemberFields, text, toCell, type FieldKind, type InputField } from './fields.ts';
import { fieldRow, headingRow, inputSheetHeading, panelMemberRows, type Prefill } from './form-input.ts';
import { A4_MARGINS, BODY_FONT, inputStyle, labelStyle, wrappedHeight, PAGES_TALL, a4Page } from './layout.ts';
import { getPath } from './prefill.ts';
import { str, textOf, tick } from './formula-text.ts';
import { about, cellProblem, pathProblem, setPath, type CellProblem, type NameLookup, type NamedCell } from './reader.ts';
import type { Borders, CellValue, DefinedNameDescription, SheetDescription, WorkbookDescription } from './types.ts';

export const ANNEX2_SHEETS = {
  entry: { key: 'annex2_entry', name: '附表二(填寫)' },
  print: { key: 'annex2_print', name: '附表二(列印)' },
} as const;

/** Rows for earlier awards and for panel members on the entry sheet. */
export const PRIOR_AWARD_ROWS = 3;
export const PERSON_PANEL_ROWS = 4;

/** The drop-down texts of 備註 and 初審結果: the printed options without their trailing "：". */
export const PRIOR_STATUS_CHOICES: Readonly<Record<PriorAwardStatus, string>> = {
  awarded: PRIOR_AWARD_OPTIONS.awarded.replace(/：$/, ''),
  never: PRIOR_AWARD_OPTIONS.never,
  other: PRIOR_AWARD_OPTIONS.other.replace(/：$/, ''),
};
export const DECISION_CHOICES: Readonly<Record<PersonDecision, string>> = {
  pass: RESULT_OPTIONS.pass,
  fail: RESULT_OPTIONS.fail,
  other: RESULT_OPTIONS.other.replace(/：$/, ''),
};


const HEADER_KINDS: Readonly<Record<HeaderKey, FieldKind>> = {
  unit: text,
  location: text,
  name: text,
  title: text,
  phone: { type: 'code' },
  gender: text,
  age: { type: 'integer' },
  address: text,
};

/** 選拔與初審: the year, 初審單位, date and id. */
export const PERSON_REVIEW_FIELDS: readonly InputField[] = [
  { name: 'person_year', label: '選拔年度（民國）', kind: { type: 'rocYear' }, path: at('selectionYear') },
  { name: 'person_review_unit', label: '初審單位', kind: text, path: at('reviewUnit') },
  { name: 'person_review_date', label: '評鑑日期', kind: { type: 'date' }, path: at('reviewDate') },
  { name: 'person_review_id', label: '評審編號', kind: text, path: at('reviewId') },
];

/** The header of 附表二, in printed order. */
export const PERSON_HEADER_FIELDS: readonly InputField[] = HEADER_FIELDS.map((f) => ({
  name: `person_${f.key}`,
  label: f.label,
  kind: HEADER_KINDS[f.key],
  path: at('person', f.key),
}));

/** 要點 六(二): 推薦 or 自薦. */
export const NOMINATION_FIELDS: readonly InputField[] = [
  { name: 'person_route', label: '推薦方式', kind: { type: 'choice', values: NOMINATION_ROUTES }, path: at('nomination', 'route') },
  { name: 'person_nominator', label: '推薦單位', kind: text, path: at('nomination', 'nominator') },
  { name: 'person_consent', label: '事業單位同意自薦', kind: { type: 'yesNo' }, path: at('nomination', 'employerConsent') },
];

/** 優良事蹟 and 初審評語 of each 要點 五 condition. */
export const ACHIEVEMENT_FIELDS: readonly { readonly text: InputField; readonly comment: InputField }[] = CRITERIA.map((c) => ({
  text: { name: `person_ach_${c.id}`, label: `優良事蹟（${c.clause}）`, kind: multiline, path: at('achievements', c.id, 'text') },
  comment: { name: `person_comment_${c.id}`, label: `初審評語（${c.clause}）`, kind: multiline, path: at('achievements', c.id, 'comment') },
}));

export const PRIOR_STATUS_FIELD: InputField = {
  name: 'person_prior_status',
  label: '備註：曾獲獎情形',
  kind: { type: 'choice', values: Object.values(PRIOR_STATUS_CHOICES) },
  path: at('priorAwards', 'status'),
};
export const PRIOR_AWARD_FIELDS: readonly { readonly type: InputField; readonly year: InputField }[] = Array.from({ length: PRIOR_AWARD_ROWS }, (_, i) => ({
  type: { name: `person_prior_type_${i + 1}`, label: `曾獲獎項 ${i + 1}`, kind: { type: 'choice', values: PERSON_AWARDS }, path: at('priorAwards', 'awards', i, 'type') },
  year: { name: `person_prior_year_${i + 1}`, label: `曾獲獎項 ${i + 1} 年度（民國）`, kind: { type: 'rocYear' }, path: at('priorAwards', 'awards', i, 'year') },
}));
export const PRIOR_OTHER_FIELD: InputField = { name: 'person_prior_other', label: '備註：其他', kind: text, path: at('priorAwards', 'otherText') };

export const RESULT_FIELDS: readonly InputField[] = [
  { name: 'person_result_decision', label: '初審結果', kind: { type: 'choice', values: Object.values(DECISION_CHOICES) }, path: at('result', 'decision') },
  { name: 'person_result_award', label: '建議參加決審之獎項', kind: { type: 'choice', values: PERSON_AWARDS }, path: at('result', 'award') },
  { name: 'person_result_other', label: '初審結果（其他）', kind: text, path: at('result', 'otherText') },
];

export const PERSON_PANEL_FIELDS = panelMemberFields('person_panel', PERSON_PANEL_ROWS, '任職單位');

/** Every field read back one cell at a time (lists and choices mapped to keys are handled apart). */
const SIMPLE: readonly InputField[] = [
  ...PERSON_REVIEW_FIELDS,
  ...PERSON_HEADER_FIELDS,
  ...NOMINATION_FIELDS,
  ...ACHIEVEMENT_FIELDS.flatMap((a) => [a.text, a.comment]),
  PRIOR_OTHER_FIELD,
  RESULT_FIELDS[1]!,
  RESULT_FIELDS[2]!,
];

/** The cell values of a personnel review, by defined name. */
export function personnelPrefill(review: PersonnelReview): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  const put = (field: InputField, value: unknown) => {
    const cell = toCell(field.kind, value);
    if (cell !== null) out[field.name] = cell;
  };
  for (const field of SIMPLE) put(field, getPath(review, field.path(review.selectionYear)));
  if (review.priorAwards) out[PRIOR_STATUS_FIELD.name] = PRIOR_STATUS_CHOICES[review.priorAwards.status];
  (review.priorAwards?.awards ?? []).slice(0, PRIOR_AWARD_ROWS).forEach((a, i) => {
    put(PRIOR_AWARD_FIELDS[i]!.type, a.type);
    put(PRIOR_AWARD_FIELDS[i]!.year, a.year);
  });
  if (review.result?.decision) out[RESULT_FIELDS[0]!.name] = DECISION_CHOICES[review.result.decision];
  (review.panel ?? []).slice(0, PERSON_PANEL_ROWS).forEach((m, i) => {
    const f = PERSON_PANEL_FIELDS[i]!;
    put(f.name, m.name);
    put(f.organisation, m.organisation);
    put(f.title, m.title);
  });
  return out;
}

const HINTS: Readonly<Record<string, string>> = {
  person_year: '民國年，例如 113',
  person_review_date: '西元日期，例如 2024/04/15',
  person_nominator: '推薦者：機關、團體或事業單位（要點 六(二)1）',
  person_consent: '自薦者須經其事業單位同意（要點 六(二)2）',
  person_result_award: '初審通過時勾選：功績獎或技術獎（要點 七(一)2(2)）',
};

const ENTRY_WIDTHS = { label: 30, input: 66 } as const;

/**
 * The entry sheet: every input of 附表二 as a named cell, prefilled from `prefill`.
 * @returns the sheet and the names it defines
 */
export function annex2EntrySheet(prefill: Prefill = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const { key, name } = ANNEX2_SHEETS.entry;
  const b = new SheetBuilder(key, name);
  b.column(1, ENTRY_WIDTHS.label).column(2, 22).column(3, 22).column(4, 22).column(5, 34);
  inputSheetHeading(b, '附表二 推行職業安全衛生優良人員自薦(推薦)表：填寫', '黃底欄位為輸入欄；「附表二(列印)」由本頁各欄以公式帶入，請勿在列印頁填寫。');

  let row = 3;
  const fields = (title: string, list: readonly InputField[]) => {
    headingRow(b, row++, title);
    for (const field of list) fieldRow(b, row++, field, prefill, ENTRY_WIDTHS, 'D', HINTS[field.name]);
  };
  fields('選拔與初審', PERSON_REVIEW_FIELDS);
  row++;
  fields('受推薦人員（附表二 表頭）', PERSON_HEADER_FIELDS);
  row++;
  fields('推薦方式（要點 六(二)）', NOMINATION_FIELDS);
  row++;

  headingRow(b, row++, '優良事蹟及初審評語（要點 五：優良人員至少應符合下列條件之一）');
  CRITERIA.forEach((c, i) => {
    const criterion = `${c.clause}\u3000${c.text}`;
    b.value(`A${row}`, criterion, { font: { name: BODY_FONT, size: 10, bold: true }, alignment: { wrapText: true, vertical: 'middle' } });
    b.merge(`A${row}:E${row}`).row(row, Math.max(20, wrappedHeight(criterion, 134, 10)));
    row++;
    const pair = ACHIEVEMENT_FIELDS[i]!;
    fieldRow(b, row++, pair.text, prefill, ENTRY_WIDTHS, 'D', i === 0 ? '請具體、量化、簡明陳述（附表二 註）' : undefined);
    fieldRow(b, row++, pair.comment, prefill, ENTRY_WIDTHS, 'D', i === 0 ? '初審單位填寫（黑框部分）' : undefined);
  });
  row++;

  headingRow(b, row++, '備註：曾獲本部(含前勞委會)優良人員');
  fieldRow(b, row++, PRIOR_STATUS_FIELD, prefill, ENTRY_WIDTHS, 'D');
  b.value(`B${row}`, '獎項', labelStyle({ alignment: { horizontal: 'center' } }));
  b.value(`C${row}`, '年度（民國）', labelStyle({ alignment: { horizontal: 'center' } }));
  b.value(`A${row}`, '', labelStyle());
  row++;
  PRIOR_AWARD_FIELDS.forEach((f, i) => {
    b.value(`A${row}`, `曾獲獎項 ${i + 1}`, labelStyle());
    b.value(`B${row}`, prefill[f.type.name] ?? null, inputStyle());
    b.name(f.type.name, `B${row}`, f.type.label);
    b.validate({ range: `B${row}`, type: 'list', values: PERSON_AWARDS, error: `獎項應為 ${PERSON_AWARDS.join('、')}` });
    b.value(`C${row}`, prefill[f.year.name] ?? null, inputStyle({ numberFormat: '0' }));
    b.name(f.year.name, `C${row}`, f.year.label);
    b.validate({ range: `C${row}`, type: 'whole', min: 1, max: 299, error: '年度應為民國年，例如 110' });
    b.row(row++, 20);
  });
  fieldRow(b, row++, PRIOR_OTHER_FIELD, prefill, ENTRY_WIDTHS, 'D');
  row++;

  fields('初審結果（初審單位填寫）', RESULT_FIELDS);
  row++;
  row = panelMemberRows(b, row, '現場評鑑人員資料（簽名於列印後親簽）', PANEL_COLUMNS, PERSON_PANEL_FIELDS, prefill);

  b.pageSetup = a4Page('portrait', `A1:E${row - 1}`);
  b.protect = true;
  b.tabColor = 'FF70AD47';
  return { sheet: b.build(), names: b.names };
}

// ---------------------------------------------------------------- print

/**
 * Columns of the form. The tables share the grid:
 *   header:  label A | value B:D | label E | value F:H (or B | C | D for three pairs)
 *   deeds:   項目 A:C | 優良事蹟 D:F | 初審評語 G:H
 *   備註:    label A | lines B:E | 用印 F | box G:H
 */
const PRINT_WIDTHS = [12, 16, 12, 13, 7, 12, 12, 14] as const;
const LAST = PRINT_WIDTHS.length;
const span = (from: number, to: number) => PRINT_WIDTHS.slice(from - 1, to).reduce((a, w) => a + w, 0);

/**
 * Narrower top and bottom margins than the other forms: the blank form then
 * fits one page at 90 % (its 10 pt type at 9 pt), as the official one-page form.
 */
const ANNEX2_MARGINS = { ...A4_MARGINS, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 };
/** The height (points) an A4 portrait page holds inside ANNEX2_MARGINS. */
const PAGE_BODY = 841.89 - (ANNEX2_MARGINS.top + ANNEX2_MARGINS.bottom) * 72;
/**
 * The form prints on one page when that needs no more shrinking than this
 * (its 10 pt type stays at 9 pt or more); longer texts run on to more pages
 * at full size instead.
 */
export const ANNEX2_MIN_SCALE = 0.9;

/** 現場評鑑人員資料及簽名, in the three lines the narrow label column prints. */
const PANEL_LABEL = '現場評鑑\n人員資料\n及簽名';

/** The printed title, live from the year and the route. */
export const ANNEX2_TITLE_FORMULA = `IF(ISNUMBER(person_year),person_year,"○○○")&${str(' 年推行職業安全衛生優良人員')}&IF(person_route="自薦","自薦表",IF(person_route="推薦","推薦表","自薦(推薦)表"))`;

/**
 * The official form, every value by formula from the entry sheet's names.
 * Texts that depend on what was typed (優良事蹟) size their rows from
 * `prefill`, so a form built from a review prints whole.
 * @returns the sheet and the names it defines (none)
 */
export function annex2PrintSheet(prefill: Prefill = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const { key, name } = ANNEX2_SHEETS.print;
  const b = new SheetBuilder(key, name);
  PRINT_WIDTHS.forEach((w, i) => b.column(i + 1, w));
  const addr = cellAddress;
  const typed = (n: string) => String(prefill[n] ?? '');
  const heights = new Map<number, number>();
  const setRow = (r: number, height: number) => {
    heights.set(r, height);
    b.row(r, height);
  };

  // Stacked rows, so a page break never cuts a block's text; blackFrame is 附表二's 黑框.
  const { put, frame: blackFrame } = formBlocks(b, BLACK);

  put(1, 1, LAST, { value: '附表二' }, { font: font(11), alignment: { horizontal: 'left', vertical: 'bottom' } });
  setRow(1, 16);
  put(2, 1, LAST, { formula: ANNEX2_TITLE_FORMULA }, { font: font(16, true), alignment: { horizontal: 'center', vertical: 'middle' } });
  setRow(2, 30);

  // Header.
  const label = centred({ font: font(SIZE, true) });
  const value = style({ alignment: { horizontal: 'left', indent: 1 } });
  const f = (k: HeaderKey) => `person_${k}`;
  put(3, 1, 1, { value: '單位' }, label);
  put(3, 2, 4, { formula: textOf(f('unit')) }, value);
  put(3, 5, 5, { value: '所在地' }, label);
  put(3, 6, LAST, { formula: textOf(f('location')) }, value);
  setRow(3, Math.max(24, fit(typed(f('unit')), span(2, 4)), fit(typed(f('location')), span(6, LAST))));
  put(4, 1, 1, { value: '姓名' }, label);
  put(4, 2, 2, { formula: textOf(f('name')) }, centred());
  put(4, 3, 3, { value: '職稱' }, label);
  put(4, 4, 4, { formula: textOf(f('title')) }, centred());
  put(4, 5, 5, { value: '電話' }, label);
  put(4, 6, LAST, { formula: textOf(f('phone')) }, value);
  setRow(4, Math.max(24, fit(typed(f('title')), span(4, 4))));
  put(5, 1, 1, { value: '性別' }, label);
  put(5, 2, 2, { formula: textOf(f('gender')) }, centred());
  put(5, 3, 3, { value: '年齡' }, label);
  put(5, 4, 4, { formula: `IF(ISNUMBER(${f('age')}),${f('age')},${textOf(f('age'))})` }, centred());
  put(5, 5, 5, { value: '地址' }, label);
  put(5, 6, LAST, { formula: textOf(f('address')) }, value);
  setRow(5, Math.max(24, fit(typed(f('address')), span(6, LAST))));

  // 項目 | 優良事蹟 | 初審評語 (the last column is a 黑框 part).
  const head = centred({ font: font(SIZE, true) });
  const deedsTop = 6;
  put(deedsTop, 1, 3, { value: '項目' }, head);
  put(deedsTop, 4, 6, { value: '優良事蹟' }, head);
  put(deedsTop, 7, LAST, { value: '初審評語' }, head);
  setRow(deedsTop, 20);
  let row = deedsTop + 1;
  const criterionRows: number[] = [];
  const top = style({ alignment: { vertical: 'top', horizontal: 'left' } });
  CRITERIA.forEach((c, i) => {
    const pair = ACHIEVEMENT_FIELDS[i]!;
    criterionRows.push(row);
    // 優良事蹟 and 初審評語 as long as they were typed: over as many rows as they need, each within Excel's 409 pt.
    const deeds = textPieces(typed(pair.text.name), span(4, 6));
    const comment = textPieces(typed(pair.comment.name), span(7, LAST));
    const rows = Math.max(deeds.length, comment.length);
    const first = row;
    for (let k = 0; k < rows; k++) {
      const border: Borders = { left: 'thin', right: 'thin', ...(k === 0 ? { top: 'thin' } : {}), ...(k === rows - 1 ? { bottom: 'thin' } : {}) };
      const piece = (pieces: TextPiece[], name: string) =>
        k < pieces.length ? { formula: pieceFormula(textOf(name), pieces[k]!, k === pieces.length - 1) } : { value: null };
      put(row, 1, 3, k === 0 ? { value: c.text } : { value: null }, { ...top, border });
      put(row, 4, 6, piece(deeds, pair.text.name), { ...top, border });
      put(row, 7, LAST, piece(comment, pair.comment.name), { ...top, border });
      setRow(row, Math.max(k === 0 ? fit(c.text, span(1, 3), SIZE, 2) : 0, deeds[k]?.height ?? 0, comment[k]?.height ?? 0, 20));
      row++;
    }
    b.keep(first, Math.min(row - 1, first + 1));
  });
  blackFrame(deedsTop, 7, row - 1, LAST);

  // 備註: earlier awards, and the box for the nominator's seal.
  const awardsTop = row;
  const has = (award: PersonAward) => `OR(${PRIOR_AWARD_FIELDS.map((p) => `${p.type.name}=${str(award)}`).join(',')})`;
  const years = (award: PersonAward) =>
    `MID(${PRIOR_AWARD_FIELDS.map((p) => `IF(AND(${p.type.name}=${str(award)},ISNUMBER(${p.year.name})),"、"&${p.year.name},"")`).join('&')},2,200)`;
  const yearLine = (n: string, award: PersonAward) =>
    `${str(`${n}. `)}&IF(${has(award)},"☑","☐")&${str(` ${award}(打勾者填寫獲獎 `)}&IF(${years(award)}="","\u3000\u3000",${years(award)})&${str(' 年度)')}`;
  const status = PRIOR_STATUS_FIELD.name;
  const lines = [
    tick(`${status}=${str(PRIOR_STATUS_CHOICES.awarded)}`, PRIOR_AWARD_OPTIONS.awarded),
    yearLine('1', '功績獎'),
    yearLine('2', '技術獎'),
    tick(`${status}=${str(PRIOR_STATUS_CHOICES.never)}`, PRIOR_AWARD_OPTIONS.never),
    `${tick(`${status}=${str(PRIOR_STATUS_CHOICES.other)}`, PRIOR_AWARD_OPTIONS.other)}&${textOf(PRIOR_OTHER_FIELD.name)}`,
  ];
  lines.forEach((formula, i) => {
    put(row, 2, 5, { formula }, style({ alignment: { horizontal: 'left', indent: i === 1 || i === 2 ? 2 : 0 } }));
    // The first row also holds the stacked 用印 label.
    setRow(row, Math.max(20, i === 0 ? fit(SEAL_LABEL, span(6, 6), SIZE) : 0, i === 4 ? fit(`☐ 其他：${typed(PRIOR_OTHER_FIELD.name)}`, span(2, 5)) : 0));
    row++;
  });
  put(awardsTop, 1, 1, { value: '備註' }, label, row - 1);
  put(awardsTop, 6, 6, { value: SEAL_LABEL }, centred({ font: font(10, true) }), row - 1);
  put(awardsTop, 7, LAST, { value: null }, style(), row - 1);
  b.keep(awardsTop, row - 1);

  // 初審結果 (a 黑框 part).
  const resultTop = row;
  put(row, 1, LAST, { value: '初審結果' }, head);
  setRow(row++, 20);
  const decision = RESULT_FIELDS[0]!.name;
  const award = RESULT_FIELDS[1]!.name;
  const awardTick = (a: PersonAward) => `IF(${award}=${str(a)},"☑","☐")&${str(` ${RESULT_AWARD_LINES[a].replace(/^\d\. /, '')}`)}`;
  const resultLines = [
    tick(`${decision}=${str(DECISION_CHOICES.pass)}`, RESULT_OPTIONS.pass),
    `"1. "&${awardTick('功績獎')}&"\u3000\u3000\u3000 2. "&${awardTick('技術獎')}`,
    tick(`${decision}=${str(DECISION_CHOICES.fail)}`, RESULT_OPTIONS.fail),
    `${tick(`${decision}=${str(DECISION_CHOICES.other)}`, RESULT_OPTIONS.other)}&${textOf(RESULT_FIELDS[2]!.name)}`,
  ];
  resultLines.forEach((formula, i) => {
    put(row, 1, LAST, { formula }, style({ alignment: { horizontal: 'left', indent: i === 1 ? 3 : 1 } }));
    setRow(row++, i === 3 ? Math.max(20, fit(`☐ 其他：${typed(RESULT_FIELDS[2]!.name)}`, span(1, LAST))) : 20);
  });
  blackFrame(resultTop, 1, row - 1, LAST);


  // 現場評鑑人員資料及簽名 (a 黑框 part): the signature column blank, tall enough to sign.
  const panelTop = row;
  const panelCols: [number, number, string][] = [
    [2, 2, PANEL_COLUMNS[0]],
    [3, 4, PANEL_COLUMNS[1]],
    [5, 6, PANEL_COLUMNS[2]],
    [7, LAST, PANEL_COLUMNS[3]],
  ];
  for (const [from, to, t] of panelCols) put(row, from, to, { value: t }, head);
  // The header row holds the three-line label of the block (stacked, see `put`).
  // Its lines are broken by hand and each fits the column: three lines, no wrapping.
  setRow(row++, Math.ceil(PANEL_LABEL.split('\n').length * SIZE * 1.35 + 9));
  PERSON_PANEL_FIELDS.forEach((m) => {
    put(row, 2, 2, { formula: textOf(m.name.name) }, centred());
    put(row, 3, 4, { formula: textOf(m.organisation.name) }, centred());
    put(row, 5, 6, { formula: textOf(m.title.name) }, centred());
    put(row, 7, LAST, { value: null }, centred());
    setRow(row++, Math.max(24, fit(typed(m.name.name), span(2, 2)), fit(typed(m.organisation.name), span(3, 4)), fit(typed(m.title.name), span(5, 6))));
  });
  put(panelTop, 1, 1, { value: PANEL_LABEL }, centred({ font: font(10, true) }), row - 1);
  blackFrame(panelTop, 1, row - 1, LAST);

  setRow(row++, 6);
  put(row, 1, LAST, { value: ANNEX2_NOTE }, { font: font(10), alignment: { vertical: 'top', wrapText: true } });
  setRow(row, fit(ANNEX2_NOTE, span(1, LAST), 10));
  row++;
  setRow(row++, 6);
  put(row, 1, LAST, { formula: `"初審單位："&${textOf('person_review_unit')}` }, { font: font(12, true), alignment: { vertical: 'top', wrapText: true } });
  setRow(row, 22);
  // 初審結果, the members' signatures and 初審單位 on one page.
  b.keep(resultTop, row);

  // One page when the texts are short enough, the blank boxes growing to fill it.
  const total = [...heights.values()].reduce((a, h) => a + h, 0);
  const onePage = total <= PAGE_BODY / ANNEX2_MIN_SCALE;
  const slack = PAGE_BODY - 16 - total;
  if (slack > 0) for (const r of criterionRows) setRow(r, heights.get(r)! + Math.floor(slack / criterionRows.length));

  b.pageSetup = a4Page('portrait', `A1:${addr(row, LAST)}`, { fitToHeight: onePage ? 1 : PAGES_TALL, horizontalCentered: true, margins: ANNEX2_MARGINS });
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FF7030A0';
  return { sheet: b.build(), names: b.names };
}

/** 附表二 as a workbook: the entry sheet and the print form, prefilled from `review`. */
export function annex2Workbook(review?: PersonnelReview): WorkbookDescription {
  const prefill = review ? personnelPrefill(review) : {};
  const parts = [annex2EntrySheet(prefill), annex2PrintSheet(prefill)];
  return { sheets: parts.map((p) => p.sheet), names: parts.flatMap((p) => p.names) };
}

// ---------------------------------------------------------------- reader

export interface PersonnelReadResult {
  /** The review as far as it could be read; undefined when nothing usable was found. */
  readonly review: PersonnelReview | undefined;
  readonly problems: readonly CellProblem[];
}

function keyOf<K extends string>(choices: Readonly<Record<K, string>>, text: string): K {
  return (Object.keys(choices) as K[]).find((k) => choices[k] === text)!;
}

/**
 * Reads a personnel review back from a workbook holding the entry sheet's
 * names; every bad cell is reported by sheet, address and name.
 * @example readPersonnelEntry(exceljsLookup(workbook))
 */
export function readPersonnelEntry(lookup: NameLookup): PersonnelReadResult {
  const problems: CellProblem[] = [];
  const problem = (name: string, cell: NamedCell | undefined, reason: Problem) => problems.push(cellProblem(name, cell, reason));
  const read = (field: InputField): unknown => {
    const cell = lookup(field.name);
    if (!cell) return undefined;
    const parsed = fromCell(field.kind, typeof cell.value === 'string' ? cell.value.trim() : cell.value);
    if (!parsed.ok) {
      problem(field.name, cell, about({ label: field.label }, parsed.problem));
      return undefined;
    }
    return parsed.value;
  };

  if (!lookup('person_year') && !lookup('person_name')) {
    problem('person_year', undefined, coded('no-person-names', {}));
    return { review: undefined, problems };
  }

  const draft: Record<string, unknown> = { form: PERSONNEL_FORM_ID, person: {}, achievements: {} };
  for (const field of SIMPLE) {
    const v = read(field);
    if (v !== undefined) setPath(draft, field.path(0), v);
  }
  if (draft.selectionYear === undefined && !problems.some((p) => p.name === 'person_year')) {
    problem('person_year', lookup('person_year'), coded('year-required', {}));
  }
  const nomination = draft.nomination as Record<string, unknown> | undefined;
  if (nomination && nomination.route === undefined) {
    problem('person_route', lookup('person_route'), coded('person-route-missing', { routes: NOMINATION_ROUTES }));
    delete draft.nomination;
  }

  const status = read(PRIOR_STATUS_FIELD) as string | undefined;
  const awards: { type: string; year: number }[] = [];
  for (const row of PRIOR_AWARD_FIELDS) {
    const type = read(row.type) as string | undefined;
    const year = read(row.year) as number | undefined;
    if (type !== undefined && year !== undefined) awards.push({ type, year });
    else if (type !== undefined || year !== undefined) {
      const gap = type === undefined ? row.type : row.year;
      problem(gap.name, lookup(gap.name), coded('award-pair', { label: gap.label }));
    }
  }
  const priorOther = (draft.priorAwards as Record<string, unknown> | undefined)?.otherText;
  if (status !== undefined) {
    draft.priorAwards = { status: keyOf(PRIOR_STATUS_CHOICES, status), ...(awards.length > 0 && { awards }), ...(priorOther !== undefined && { otherText: priorOther }) };
  } else if (awards.length > 0 || priorOther !== undefined) {
    problem(PRIOR_STATUS_FIELD.name, lookup(PRIOR_STATUS_FIELD.name), coded('prior-status-missing', { statuses: Object.values(PRIOR_STATUS_CHOICES) }));
    delete draft.priorAwards;
  }

  const decision = read(RESULT_FIELDS[0]!) as string | undefined;
  if (decision !== undefined) setPath(draft, ['result', 'decision'], keyOf(DECISION_CHOICES, decision));

  const panel: Record<string, string>[] = [];
  for (const m of PERSON_PANEL_FIELDS) {
    const [n, organisation, title] = [m.name, m.organisation, m.title].map((f) => read(f) as string | undefined);
    if (n !== undefined) panel.push({ name: n, ...(organisation !== undefined && { organisation }), ...(title !== undefined && { title }) });
    else if (organisation !== undefined || title !== undefined) problem(m.name.name, lookup(m.name.name), coded('panel-name-missing', { label: m.name.label, organisation: '任職單位' }));
  }
  if (panel.length > 0) draft.panel = panel;

  if (problems.length > 0) return { review: undefined, problems };
  const parsed = parsePersonnelReview(draft);
  if (!parsed.ok) return { review: undefined, problems: parsed.problems.map((p) => pathProblem(p.path, p.problem)) };
  return { review: parsed.review, problems };
}
