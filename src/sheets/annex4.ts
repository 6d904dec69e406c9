/**
 * 附表四 職業安全衛生優良單位五星獎自評表, as a sheet to append to a review
 * workbook: the nine areas × 規劃/執行/檢討與改進 rows with their 評核標準 and
 * 檢核資料 verbatim (src/fivestar/osh-fivestar-113.ts), each row's 佐證資料檔名編號, and
 * 檢核結果 / 檢核日期 / 檢核人員 inputs. The header block is filled by formulas
 * from the review's cand_* names, so the sheet only works beside 基本資料:
 * append it with `withAnnex4`.
 */
import { ANNEX4, ANNEX4_HEADER_FIELDS, ANNEX4_TITLE, CATEGORIES, CHECK_ROWS, NUMBERING_EXAMPLE, NUMBERING_RULE, type CheckRow } from '../fivestar/osh-fivestar-113.ts';
import { problem } from '../review/problem.ts';
import { cellAddress } from './address.ts';
import { FORM_SIZE as SIZE, formCentred as centred, formFit as fit, formFont as font, formStyle as style } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { fromCell, toCell } from './fields.ts';
import { inputStyle, a4Page } from './layout.ts';
import { textOf } from './formula-text.ts';
import { cellProblem, type CellProblem, type NameLookup } from './reader.ts';
import type { Borders, CellStyle, CellValue, DefinedNameDescription, SheetDescription, WorkbookDescription } from './types.ts';

export const ANNEX4_SHEET = { key: 'annex4', name: '附表四(五星獎自評)' } as const;

/** The 檢核結果 drop-down. */
export const CHECK_RESULTS = ['已辦理', '未辦理', '不適用'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** 填表說明 2 names the column the numbers go in. */
export const NUMBER_HEADER = '佐證資料檔名編號';

/**
 * 填表說明 of 附表四, verbatim. Item 3(1) refers to a figure ("如下圖所示")
 * that the source text does not carry; the words are kept as printed.
 */
export const ANNEX4_INSTRUCTIONS = {
  heading: '填表說明：',
  one: '1. 參選單位應依現有執行狀況，針對「自評項目」逐一檢視，並於「自評結果」之欄位以「V」註記結果。',
  two: '2. 對於自評「已辦理」項目，請依據「佐證資料」欄位之說明，提供相關資料。並對於提供之「佐證資料」，依據以下方式編號後，填列於自評表「佐證資料檔名編號」欄位。另請於各項「佐證資料」紙本文件的右上角註明編號。',
  numbering: `※ ${NUMBERING_RULE}，範例如下：`,
  exampleResult: `此項目佐證資料檔名編號為：${NUMBERING_EXAMPLE.number}`,
  three: '3. 提出資料時，對於「自評表、各達成項目之佐證資料」，請分別提供一份「紙本資料」與「電子檔光碟」，檢附方式說明如下：',
  paper: '(1) 紙本資料',
  paperText: '自評表請置於最前面，之後放置佐證資料。佐證資料放置順序為依據資料檔名編號排序，並於佐證資料上註明資料檔名（如下圖所示）。',
  disc: '(2) 電子檔光碟',
  discA: 'A. 職業安全衛生優良單位五星獎自評表：請檢附 word 格式一份。',
  discB: 'B. 各項目佐證資料：檢附 PDF 格式之電子檔，檔名請依據「佐證資料資料檔名編號」編輯。',
} as const;

/** "4-3-1" → the defined names of that row's inputs. */
export function annex4Names(number: string) {
  const key = number.replace(/-/g, '_');
  return { result: `fivestar_result_${key}`, date: `fivestar_date_${key}`, checker: `fivestar_checker_${key}` };
}

/** One row's inputs, as typed. */
export interface Annex4Values {
  readonly result?: CheckResult;
  /** ISO date, "2024-04-15". */
  readonly date?: string;
  readonly checker?: string;
}

/**
 * Columns: 大項 A | 類別 B | 編號 C | 評核標準 D:E | 檢核資料 F:G | 檢核結果 H |
 * 檢核日期 I | 檢核人員 J. The header block shares the grid:
 *   label A:B | value C:E | label F | value G (or G:J) | label H | value I:J
 */
const WIDTHS = [12, 8, 9, 21, 21, 21, 21, 9, 11, 10] as const;
const LAST = WIDTHS.length;
const span = (from: number, to: number) => WIDTHS.slice(from - 1, to).reduce((a, w) => a + w, 0);
export const ANNEX4_COLUMNS_AT = { area: 1, category: 2, number: 3, criterion: 4, evidence: 6, result: 8, date: 9, checker: 10 } as const;
const C = ANNEX4_COLUMNS_AT;
/** The table header, repeated on every printed page. */
export const ANNEX4_HEADER_ROW = 7;


/** "1.訂有…", the criterion with its item number as printed. */
export function criterionText(row: CheckRow): string {
  return `${row.item}.${row.criterion}`;
}

/**
 * Builds 附表四, its inputs prefilled from `values` by evidence number.
 * @returns the sheet and the names it defines (three per row)
 */
export function annex4Sheet(values: Readonly<Record<string, Annex4Values>> = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder(ANNEX4_SHEET.key, ANNEX4_SHEET.name);
  WIDTHS.forEach((w, i) => b.column(i + 1, w));
  const addr = cellAddress;
  const put = (row: number, from: number, to: number, content: { value?: CellValue; formula?: string }, cellStyle: CellStyle) => {
    b.styleRange(row, from, row, to, cellStyle);
    if (content.formula !== undefined) b.formula(addr(row, from), content.formula, cellStyle);
    else b.value(addr(row, from), content.value ?? null, cellStyle);
    if (to > from) b.merge(`${addr(row, from)}:${addr(row, to)}`);
  };

  put(1, 1, LAST, { value: `附表四 ${ANNEX4_TITLE}` }, { font: font(16, true), alignment: { horizontal: 'center', vertical: 'middle' } });
  b.row(1, 32);

  // The unit's particulars, live from 基本資料.
  const [unitName, address, representative, classification, phone, workers, insurance, ubn, industry, staff] = ANNEX4_HEADER_FIELDS;
  const label = centred({ font: font(SIZE, true) });
  const value = style({ font: font(11), alignment: { horizontal: 'left', indent: 1 } });
  const count = (name: string) => `IF(ISNUMBER(${name}),${name},"\u3000")&"人"`;
  put(2, 1, 2, { value: unitName! }, label);
  put(2, 3, 5, { formula: textOf('cand_name') }, value);
  put(2, 6, 6, { value: address! }, label);
  put(2, 7, LAST, { formula: textOf('cand_address') }, value);
  b.row(2, 28);
  put(3, 1, 2, { value: representative! }, label);
  put(3, 3, 5, { formula: textOf('cand_representative') }, value);
  put(3, 6, 6, { value: classification! }, label);
  put(3, 7, 7, { formula: textOf('cand_classification_no') }, value);
  put(3, 8, 8, { value: phone! }, label);
  put(3, 9, LAST, { formula: textOf('cand_phone') }, value);
  b.row(3, 28);
  put(4, 1, 2, { value: workers! }, label);
  put(4, 3, 5, { formula: `"原事業單位："&${count('cand_workers_own')}&"\u3000承攬人："&${count('cand_workers_contractors')}` }, value);
  put(4, 6, 6, { value: insurance! }, label);
  put(4, 7, 7, { formula: textOf('cand_insurance_no') }, value);
  put(4, 8, 8, { value: ubn! }, label);
  put(4, 9, LAST, { formula: textOf('cand_ubn') }, value);
  b.row(4, 28);
  put(5, 1, 2, { value: industry! }, label);
  put(5, 3, 5, { formula: `cand_industry_name&IF(TRIM(cand_industry_code&"")="","","("&cand_industry_code&")")` }, value);
  put(5, 6, 6, { value: staff! }, label);
  put(5, 7, LAST, { formula: textOf('cand_safety_staff') }, value);
  b.row(5, 48);
  b.row(6, 8);

  // Table header.
  const h = ANNEX4_HEADER_ROW;
  const head = centred({ font: font(SIZE, true) });
  put(h, 1, 2, { value: null }, head);
  put(h, C.number, C.number, { value: '佐證資料\n檔名編號' }, head);
  put(h, C.criterion, C.criterion + 1, { value: '評核標準' }, head);
  put(h, C.evidence, C.evidence + 1, { value: '檢核資料' }, head);
  put(h, C.result, C.result, { value: '檢核結果' }, head);
  put(h, C.date, C.date, { value: '檢核日期' }, head);
  put(h, C.checker, C.checker, { value: '檢核人員' }, head);
  b.row(h, 34);

  // Rows. Areas and categories are stacked (text in the first row, no inner
  // lines), not merged, so a page break cannot cut their text; shared
  // 檢核資料 cells are drawn the same way.
  let row = h + 1;
  const top = (extra: Omit<CellStyle, 'alignment'> = {}) => style({ ...extra, alignment: { vertical: 'top', horizontal: 'left' } });
  const names: DefinedNameDescription[] = [];
  const firstInput = row;
  for (const area of ANNEX4) {
    const areaTop = row;
    const areaLabel = `${area.numeral}、${area.title}`;
    for (const category of CATEGORIES) {
      const rows = area.rows.filter((r) => r.category === category.id);
      if (rows.length === 0) continue;
      const categoryTop = row;
      const categoryLabel = `${category.numeral}\n${category.title}`;
      rows.forEach((r, i) => {
        const shared = r.evidenceSharedWith !== undefined;
        // Shared cells are always the next row of the same category in 附表四.
        const nextShares = rows[i + 1]?.evidenceSharedWith !== undefined;
        const criterion = criterionText(r);
        const evidence = r.evidence.join('\n');
        b.value(addr(row, C.number), r.number, centred());
        put(row, C.criterion, C.criterion + 1, { value: criterion }, top());
        const evidenceBorder: Borders = { left: 'thin', right: 'thin', ...(shared ? {} : { top: 'thin' }), ...(nextShares ? {} : { bottom: 'thin' }) };
        put(row, C.evidence, C.evidence + 1, { value: evidence || null }, top({ border: evidenceBorder }));
        const v = values[r.number] ?? {};
        const n = annex4Names(r.number);
        b.value(addr(row, C.result), v.result ?? null, inputStyle({ font: font(SIZE), alignment: { horizontal: 'center', vertical: 'middle' } }));
        b.value(addr(row, C.date), toCell({ type: 'date' }, v.date), inputStyle({ font: font(SIZE), numberFormat: 'yyyy/mm/dd', alignment: { horizontal: 'center', vertical: 'middle' } }));
        b.value(addr(row, C.checker), v.checker ?? null, inputStyle({ font: font(SIZE), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
        names.push(
          { name: n.result, sheet: ANNEX4_SHEET.key, address: addr(row, C.result), comment: `附表四 ${r.number} 檢核結果` },
          { name: n.date, sheet: ANNEX4_SHEET.key, address: addr(row, C.date), comment: `附表四 ${r.number} 檢核日期` },
          { name: n.checker, sheet: ANNEX4_SHEET.key, address: addr(row, C.checker), comment: `附表四 ${r.number} 檢核人員` },
        );
        let height = Math.max(24, fit(criterion, span(C.criterion, C.criterion + 1)), fit(evidence, span(C.evidence, C.evidence + 1)));
        if (row === areaTop) height = Math.max(height, fit(areaLabel, span(1, 1), SIZE));
        if (row === categoryTop) height = Math.max(height, fit(categoryLabel, span(2, 2), SIZE));
        b.row(row, height);
        // A shared 檢核資料 cell goes with the row it is shared with.
        if (nextShares) b.keep(row, row + 1);
        row++;
      });
      // A category's label goes with its first two rows.
      b.keep(categoryTop, Math.min(categoryTop + 1, row - 1));
      stack(b, categoryTop, row - 1, C.category, categoryLabel, centred({ font: font(SIZE) }));
    }
    stack(b, areaTop, row - 1, C.area, areaLabel, top({ font: font(SIZE, true) }));
  }
  const lastInput = row - 1;
  b.validate({
    range: `${addr(firstInput, C.result)}:${addr(lastInput, C.result)}`,
    type: 'list',
    values: CHECK_RESULTS,
    error: `檢核結果請選 ${CHECK_RESULTS.join('、')}`,
  });
  b.validate({
    range: `${addr(firstInput, C.date)}:${addr(lastInput, C.date)}`,
    type: 'decimal',
    min: 36526, // 2000-01-01
    max: 73051, // 2099-12-31
    error: '檢核日期請填日期，例如 2024/04/15',
  });

  // 填表說明, verbatim, with its numbering example as a small table.
  const T = ANNEX4_INSTRUCTIONS;
  row++;
  const instructionsTop = row;
  const note = (content: string, indent = 0, bold = false) => {
    put(row, 1, LAST, { value: content }, { font: font(SIZE, bold), alignment: { vertical: 'top', wrapText: true, horizontal: 'left', ...(indent ? { indent } : {}) } });
    b.row(row, Math.max(18, fit(content, span(1, LAST) - indent * 2)));
    row++;
  };
  note(T.heading, 0, true);
  note(T.one, 1);
  note(T.two, 1);
  note(T.numbering, 2);
  const example: [string, string, string, string][] = [
    ['', '大項', '類別', '項目'],
    ['項目', NUMBERING_EXAMPLE.area, NUMBERING_EXAMPLE.category, '項目編號'],
    ['編號', ...(NUMBERING_EXAMPLE.number.split('-') as [string, string, string])],
  ];
  for (const cells of example) {
    put(row, 3, 3, { value: cells[0] }, centred());
    put(row, 4, 4, { value: cells[1] }, centred());
    put(row, 5, 5, { value: cells[2] }, centred());
    put(row, 6, 6, { value: cells[3] }, centred());
    b.row(row++, 20);
  }
  put(row, 3, 6, { value: T.exampleResult }, centred());
  b.row(row++, 20);
  note(T.three, 1);
  note(T.paper, 2);
  note(T.paperText, 3);
  note(T.disc, 2);
  note(T.discA, 3);
  note(T.discB, 3);
  // 填表說明 prints whole, on one page.
  b.keep(instructionsTop, row - 1);

  b.pageSetup = a4Page('landscape', `A1:${addr(row - 1, LAST)}`, { printTitleRows: `${h}:${h}`, horizontalCentered: true });
  b.freeze = { rows: h, columns: 0 };
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FFC00000';
  return { sheet: b.build(), names };
}

/** Writes `text` in the first of rows top…bottom of one column, with only the outer lines. */
function stack(b: SheetBuilder, top: number, bottom: number, col: number, text: string, cellStyle: CellStyle): void {
  for (let r = top; r <= bottom; r++) {
    const border: Borders = { left: 'thin', right: 'thin', ...(r === top ? { top: 'thin' } : {}), ...(r === bottom ? { bottom: 'thin' } : {}) };
    const address = cellAddress(r, col);
    if (r === top) b.value(address, text, { ...cellStyle, border });
    else b.style(address, { ...cellStyle, border });
  }
}

/**
 * A review workbook with 附表四 added before its hidden meta sheet.
 * @example withAnnex4(reviewWorkbook(rubric, review))
 */
export function withAnnex4(description: WorkbookDescription, values: Readonly<Record<string, Annex4Values>> = {}): WorkbookDescription {
  const { sheet, names } = annex4Sheet(values);
  const sheets = [...description.sheets];
  const meta = sheets.findIndex((s) => s.state === 'hidden' || s.state === 'veryHidden');
  sheets.splice(meta < 0 ? sheets.length : meta, 0, sheet);
  return { sheets, names: [...description.names, ...names] };
}

export interface Annex4Read {
  /** Whether the workbook holds 附表四's inputs at all. */
  readonly present: boolean;
  /** The rows with anything typed, by evidence number. */
  readonly values: Readonly<Record<string, Annex4Values>>;
  readonly problems: readonly CellProblem[];
}

/** Reads 附表四's inputs through a name lookup; bad cells are reported by sheet, address and name. */
export function readAnnex4(lookup: NameLookup): Annex4Read {
  const values: Record<string, Annex4Values> = {};
  const problems: CellProblem[] = [];
  let present = false;
  for (const row of CHECK_ROWS) {
    const n = annex4Names(row.number);
    const read = (name: string, kind: Parameters<typeof fromCell>[0], part: 'result' | 'date' | 'checker'): unknown => {
      const cell = lookup(name);
      if (!cell) return undefined;
      present = true;
      const parsed = fromCell(kind, typeof cell.value === 'string' ? cell.value.trim() : cell.value);
      if (parsed.ok) return parsed.value;
      problems.push(cellProblem(name, cell, problem('annex4-cell', { row: row.number, part, reason: parsed.problem })));
      return undefined;
    };
    const result = read(n.result, { type: 'choice', values: CHECK_RESULTS }, 'result') as CheckResult | undefined;
    const date = read(n.date, { type: 'date' }, 'date') as string | undefined;
    const checker = read(n.checker, { type: 'text' }, 'checker') as string | undefined;
    if (result !== undefined || date !== undefined || checker !== undefined) {
      values[row.number] = { ...(result !== undefined && { result }), ...(date !== undefined && { date }), ...(checker !== undefined && { checker }) };
    }
  }
  return { present, values, problems };
}
