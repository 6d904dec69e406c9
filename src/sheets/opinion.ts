/**
 * 初審意見表: the official one-page form (附件二 of the 113 letter), laid out
 * as printed and filled only by formulas over the input names, so it stays
 * live when the inputs change and refreshing it never touches input.
 */
import { cellAddress } from './address.ts';
import { FORM_BOX as BOX } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { YES, NO } from './fields.ts';
import { str, textOf, tick } from './formula-text.ts';
import { a4Page, FORM_FONT, PRINT_SHEET_NAMES, SHEETS, wrappedHeight } from './layout.ts';
import { printableBox, printedPages, printScale } from './paging.ts';
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

/** Texts of a long opinion's further pages, not on the official one-page form. */
export const OPINION_CONTINUATION = {
  /** Heads each further page. */
  continued: '初審意見表（續）',
  /** Ends a box whose text runs past its lines: the workbook was built for a shorter text. */
  cutNotice: '（以下文字超出本欄，請重建列印工作表）',
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

/**
 * Lines of the two opinion boxes on a blank form: what fills the one page.
 * A longer text adds lines, and pages headed 初審意見表（續）.
 */
export const STRENGTHS_LINES = 10;
export const SUGGESTIONS_LINES = 7;
/** Characters per printed line of 優點 and 建議: 11 pt type in the 627-pt-wide box, with room to spare for wider faces. */
export const OPINION_LINE_CHARS = 50;
/** One printed line of 優點 or 建議 (11 pt type), in points. */
const LINE_HEIGHT = 16.5;
/** The share of a page the layout fills, leaving room for renderers whose rows come out taller. */
const PAGE_FILL = 0.96;
/** The hidden column that holds where each printed line starts in its text. */
const HELPER = 'C';
const HELPER_STYLE: CellStyle = { font: { name: FORM_FONT, size: 9 } };

/** The length of the line starting at `at` in `text`, with its line break: up to the break, or OPINION_LINE_CHARS. */
const advance = (text: string, at: string): string =>
  `IFERROR(FIND(CHAR(10),MID(${text},${at},${OPINION_LINE_CHARS + 1})),${OPINION_LINE_CHARS})`;
/** The printed line starting at `at`, without its line break. */
const lineFormula = (text: string, at: string): string =>
  `IFERROR(LEFT(MID(${text},${at},${OPINION_LINE_CHARS + 1}),FIND(CHAR(10),MID(${text},${at},${OPINION_LINE_CHARS + 1}))-1),MID(${text},${at},${OPINION_LINE_CHARS}))`;

/**
 * The printed lines of an opinion text, as the form's formulas cut it: at
 * each line break, and every OPINION_LINE_CHARS characters within a line.
 * @example opinionLines('優點一\n優點二') // ['優點一', '優點二']
 */
export function opinionLines(text: string): string[] {
  const chars = [...text.replace(/\r\n?/g, '\n')];
  const lines: string[] = [];
  let at = 0;
  while (at < chars.length) {
    const window = chars.slice(at, at + OPINION_LINE_CHARS + 1);
    const nl = window.indexOf('\n');
    if (nl >= 0) {
      lines.push(window.slice(0, nl).join(''));
      at += nl + 1;
    } else {
      lines.push(chars.slice(at, at + OPINION_LINE_CHARS).join(''));
      at += OPINION_LINE_CHARS;
    }
  }
  return lines;
}

/** The opinion texts the layout sizes its boxes for; the printed lines stay live formulas over the inputs. */
export interface OpinionTexts {
  readonly strengths?: string;
  readonly suggestions?: string;
}

/** The opinion texts of a prefill (the review's inputs by name). */
export function opinionTexts(prefill: Readonly<Record<string, unknown>>): OpinionTexts {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { strengths: text(prefill.opinion_strengths), suggestions: text(prefill.opinion_suggestions) };
}

/** Heights of the parts of 優點 and 建議 the layout places, in points. */
const BOX_LABEL_HEIGHT = 24;
const CONTINUED_HEAD_HEIGHT = 30;

/** The page room the opinion boxes start in: what the rows above them use, the page's room, the 備註 under them. */
interface BoxFrame {
  readonly used: number;
  readonly room: number;
  readonly tail: number;
}

/** Where one box's label and rows fall: the label's page, whether it opens a 續 page, and each row's page (1-based). */
interface BoxPlacement {
  readonly labelPage: number;
  readonly labelContinues: boolean;
  readonly rowPages: readonly number[];
}

/**
 * Places the rows of 優點 and 建議 on pages: the one decision opinionSheet
 * draws and opinionFit counts from. A label goes with at least two of its
 * lines; the last box's last two lines stay with the 備註 under the table.
 */
function placeBoxes(frame: BoxFrame, rows: readonly [number, number]): { boxes: [BoxPlacement, BoxPlacement]; pages: number } {
  let used = frame.used;
  let page = 1;
  const place = (count: number, last: boolean): BoxPlacement => {
    let labelContinues = false;
    if (used + BOX_LABEL_HEIGHT + 2 * LINE_HEIGHT > frame.room) {
      page++;
      used = CONTINUED_HEAD_HEIGHT + BOX_LABEL_HEIGHT;
      labelContinues = true;
    } else used += BOX_LABEL_HEIGHT;
    const labelPage = page;
    const rowPages: number[] = [];
    for (let i = 0; i < count; i++) {
      const need = LINE_HEIGHT + (last && i >= count - 2 ? (count - 1 - i) * LINE_HEIGHT + frame.tail : 0);
      if (used + need > frame.room) {
        page++;
        used = CONTINUED_HEAD_HEIGHT + BOX_LABEL_HEIGHT;
      }
      rowPages.push(page);
      used += LINE_HEIGHT;
    }
    return { labelPage, labelContinues, rowPages };
  };
  const boxes: [BoxPlacement, BoxPlacement] = [place(rows[0], false), place(rows[1], true)];
  return { boxes, pages: page };
}

/** Rows of each box: its printed lines, at least the blank form's. */
const boxRows = (texts: OpinionTexts): [number, number] => [
  Math.max(STRENGTHS_LINES, opinionLines(texts.strengths ?? '').length),
  Math.max(SUGGESTIONS_LINES, opinionLines(texts.suggestions ?? '').length),
];

/** How 初審意見表 prints: A4 portrait, one page wide, its own page numbers. */
function opinionPageSetup(lastRow: number) {
  return a4Page('portrait', `A1:${cellAddress(lastRow, 2)}`, { horizontalCentered: true, firstPageNumber: 1 });
}

/**
 * A row height for wrapped text with a margin: renderers wrap before a
 * closing punctuation mark and pad cells, so a line more may be needed.
 */
function fit(text: string, columns: number, size = BODY): number {
  const height = wrappedHeight(text, columns - 3, size);
  return height > wrappedHeight('', columns, size) ? height + 4 : height;
}

const yes = (name: string) => `${name}=${str(YES)}`;
const no = (name: string) => `${name}=${str(NO)}`;

/** The conditions behind each tick of the form, as formulas over the input names. */
export const OPINION_CONDITIONS = (() => {
  const code = 'TRIM(cand_industry_code&"")';
  const corrected = 'TRIM(elig_industry_code_corrected&"")';
  // The 資格審查 helper cells show 是/否 (blank while unknown); a blank never ticks a box.
  const has = yes('elig_has_contractors');
  const given = 'elig_result_contractor_rates_missing="符合"';
  const missing = 'elig_result_contractor_rates_missing="不符"';
  const toshms = yes('elig_toshms_valid');
  const perf = yes('elig_perf_valid');
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
    // 不符 only as 資格審查 finds it: an expiry date typed and none valid; no date is 未確認, an unticked box.
    oshmsNotEligible: 'elig_result_oshms="不符"',
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
 * a uniform builder signature. `texts` size the 優點 and 建議 boxes so they
 * print whole, onto pages headed 初審意見表（續） when they are long.
 * @returns the sheet and the name it defines (print_opinion, by which the add-in finds it)
 */
export function opinionSheet(texts: OpinionTexts = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const { sheet, names } = layOut(texts);
  return { sheet, names };
}

/** The sheet, and the room its opinion boxes start in (the same for every text). */
function layOut(texts: OpinionTexts): { sheet: SheetDescription; names: DefinedNameDescription[]; frame: BoxFrame } {
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
  const lineStyle = (bottom: boolean, top = false): CellStyle => ({
    font: font(OPINION),
    alignment: { vertical: 'middle', horizontal: 'left', indent: 1 },
    border: { left: OUTER, ...(bottom ? { bottom: OUTER } : {}), ...(top ? { top: 'thin' } : {}) },
  });

  // The page the form prints on, at the scale fit-to-width gives it.
  const probe = { ...b.build(), pageSetup: opinionPageSetup(1) };
  const room = (printableBox(probe.pageSetup).height / printScale(probe)) * PAGE_FILL;
  const remarkHeights = [8, 22, fit(T.remark1, TOTAL_WIDTH - 2), fit(T.remark2, TOTAL_WIDTH - 2)];
  const tail = remarkHeights.reduce((a, h) => a + h, 0);
  let used = 0;
  for (let r = 1; r < row; r++) used += probe.rows.find((x) => x.index === r)?.height ?? 0;
  const placed = placeBoxes({ used, room, tail }, boxRows(texts));

  /** Draws the box's bottom edge on the page's last row. */
  const closePage = () => {
    b.style(`A${row - 1}`, { border: { left: OUTER, bottom: OUTER } }).style(`B${row - 1}`, { border: { right: OUTER, bottom: OUTER } });
  };
  /** Breaks the page after the last row and opens 初審意見表（續） with the unit's name and the box's label. */
  const continuation = (label: string) => {
    b.breakAfter(row - 1);
    b.formula(`A${row}`, `${str(OPINION_CONTINUATION.continued)}&IF(TRIM(cand_name&"")="","",${str(`\u3000${T.unitName}：`)}&cand_name)`, {
      font: font(BODY, true),
      alignment: { horizontal: 'left', vertical: 'middle' },
    });
    b.merge(`A${row}:B${row}`).row(row, CONTINUED_HEAD_HEIGHT);
    row++;
    wide(row, { value: label }, cell(frame({}, false, false), { font: font(BODY, true), alignment: { vertical: 'bottom', horizontal: 'left', indent: 1 } }), BOX_LABEL_HEIGHT);
    b.style(`A${row}`, { border: { left: OUTER, right: OUTER, top: OUTER } }).style(`B${row}`, { border: { left: OUTER, right: OUTER, top: OUTER } });
    row++;
  };

  /**
   * One box of the opinion: a row per printed line, each cut from the text
   * by formulas (hidden column C holds where each line starts), so the text
   * stays live and a page break falls between lines, never through one.
   * Its pages are placeBoxes'; its last row says what did not fit.
   */
  const box = (label: string, nameRef: string, placement: BoxPlacement, last: boolean) => {
    if (placement.labelContinues) {
      closePage();
      continuation(label);
    } else {
      wide(row, { value: label }, boxLabel, BOX_LABEL_HEIGHT);
      row++;
    }
    const text = textOf(nameRef);
    const lines = placement.rowPages.length;
    b.value(`${HELPER}${row}`, 1, HELPER_STYLE);
    for (let i = 0; i < lines; i++) {
      const closing = i === lines - 1;
      if (placement.rowPages[i]! > (i === 0 ? placement.labelPage : placement.rowPages[i - 1]!)) {
        const start = `${HELPER}${row}`;
        closePage();
        continuation(`${label.replace(/：$/, '')}（續）：`);
        b.formula(`${HELPER}${row}`, start, HELPER_STYLE);
      }
      const at = `${HELPER}${row}`;
      const shown = lineFormula(text, at);
      b.formula(`A${row}`, closing ? `${shown}&IF(${at}+${advance(text, at)}<=LEN(${text}),${str(` …${OPINION_CONTINUATION.cutNotice}`)},"")` : shown, lineStyle(closing && last));
      b.style(`B${row}`, { font: font(OPINION), border: { right: OUTER, ...(closing && last ? { bottom: OUTER } : {}) } });
      b.row(row, LINE_HEIGHT);
      if (!closing) b.formula(`${HELPER}${row + 1}`, `${at}+${advance(text, at)}`, HELPER_STYLE);
      row++;
    }
  };
  box(T.strengths, 'opinion_strengths', placed.boxes[0], false);
  box(T.suggestions, 'opinion_suggestions', placed.boxes[1], true);
  b.column(3, 6, true);

  // ※備註, under the table.
  const note = (text: string, height: number, indent = 0): void => {
    b.value(`A${row}`, text, { font: font(BODY), alignment: { vertical: 'top', wrapText: true, ...(indent ? { horizontal: 'left', indent } : {}) } });
    b.merge(`A${row}:B${row}`).row(row, height);
    row++;
  };
  b.row(row++, remarkHeights[0]!);
  note(T.remarks, remarkHeights[1]!);
  note(T.remark1, remarkHeights[2]!, 1);
  note(T.remark2, remarkHeights[3]!, 1);

  const lastRow = row - 1;
  b.pageSetup = opinionPageSetup(lastRow);
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FF7030A0';
  b.name(PRINT_SHEET_NAMES.opinion, 'A1', '初審意見表（增益集依此名稱找到並重建此工作表）');
  return { sheet: b.build(), names: b.names, frame: { used, room, tail } };
}

/**
 * How many pages 初審意見表 prints for these texts: 1 is the official
 * one-page form; more means 優點 and 建議 run on to pages headed 初審意見表（續）.
 * @example opinionPages({ strengths: '● 優點' }) // 1
 */
export function opinionPages(texts: OpinionTexts): number {
  return printedPages(opinionSheet(texts).sheet).length;
}

/** How much of the one-page 初審意見表 one opinion box uses, and where the rest prints. */
export interface OpinionBoxFit {
  /** Printed lines of the text (opinionLines). */
  readonly lines: number;
  /**
   * The most lines this box can have with the form on one page, the other
   * box as it is; 0 when the other box alone already runs past page 1.
   */
  readonly capacity: number;
  /** The pages the box's lines print on (1 is the official form), first and last. */
  readonly pages: readonly [number, number];
  /** Lines of the text printed past page 1, on pages headed 初審意見表（續）. */
  readonly over: number;
  /** The first page those lines print on (2 or later); 0 when none do. */
  readonly overFrom: number;
}

/** 優點 and 建議 against the printed form: each box's lines and room, and the form's pages. */
export interface OpinionFit {
  /** Pages 初審意見表 prints (opinionPages). */
  readonly pages: number;
  readonly strengths: OpinionBoxFit;
  readonly suggestions: OpinionBoxFit;
}

let FRAME: BoxFrame | undefined;

/**
 * How 優點 and 建議 fill the printed 初審意見表, from the same line cutting
 * (opinionLines) and page placing as opinionSheet, without building it: cheap
 * enough to follow typing.
 * @example opinionFit({ strengths: '● 優點' }).strengths // { lines: 1, capacity: 10, pages: [1, 1], over: 0, overFrom: 0 }
 */
export function opinionFit(texts: OpinionTexts): OpinionFit {
  const frame = (FRAME ??= layOut({}).frame);
  const lines: [number, number] = [opinionLines(texts.strengths ?? '').length, opinionLines(texts.suggestions ?? '').length];
  const rows = boxRows(texts);
  const placed = placeBoxes(frame, rows);
  const capacity = (k: 0 | 1): number => {
    const minimum = k === 0 ? STRENGTHS_LINES : SUGGESTIONS_LINES;
    const trial = (n: number): [number, number] => (k === 0 ? [Math.max(minimum, n), rows[1]] : [rows[0], Math.max(minimum, n)]);
    if (placeBoxes(frame, trial(0)).pages > 1) return 0;
    let n = minimum;
    while (placeBoxes(frame, trial(n + 1)).pages === 1) n++;
    return n;
  };
  const box = (k: 0 | 1): OpinionBoxFit => {
    const p = placed.boxes[k];
    const used = p.rowPages.slice(0, Math.max(lines[k], 1));
    const overPages = p.rowPages.slice(0, lines[k]).filter((page) => page > 1);
    return {
      lines: lines[k],
      capacity: capacity(k),
      pages: [lines[k] > 0 ? used[0]! : p.labelPage, used.at(-1)!],
      over: overPages.length,
      overFrom: overPages[0] ?? 0,
    };
  };
  return { pages: placed.pages, strengths: box(0), suggestions: box(1) };
}
