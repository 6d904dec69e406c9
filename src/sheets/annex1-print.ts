/**
 * 附表一(列印): the 推行職業安全衛生優良單位推薦表 as sent to the final review,
 * with the 初審 column filled. Every value comes from a formula over the input
 * and scoring names, so the print stays live and refreshing it never touches
 * input. Criteria are the rubric's verbatim text.
 */
import type { Item, Rubric } from '../rubric/types.ts';
import { bandsOf, formatPoints, type Band } from '../scoring/band.ts';
import { cellAddress } from './address.ts';
import { formBlocks, LONG_TEXT_ROW, pieceFormula, textPieces, FORM_BOX as BOX, FORM_FRAME as BLACK, FORM_SIZE as SIZE, formCentred as centred, formFit as fit, formFont as font, formStyle as style } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { AWARD_FIELDS, AWARDS_NONE_FIELD, PANEL_FIELDS, RATE_YEARS, RESULT_DECISIONS, YES } from './fields.ts';
import { displayWidth, PRINT_SHEET_NAMES, SHEETS, wrappedHeight, a4Page } from './layout.ts';
import { str, textOf, tick } from './formula-text.ts';
import { hasPointsInput, itemNames, NOT_APPLICABLE, sectionNames, TOTAL_NAME } from './scoring.ts';
import type { Prefill } from './form-input.ts';
import type { Borders, CellStyle, DefinedNameDescription, SheetDescription } from './types.ts';

/** Texts printed on the form, verbatim from 附表一 of the source. */
export const ANNEX1_TEXT = {
  caption: '附表一',
  titleTail: '年推行職業安全衛生優良單位推薦表',
  unitName: '單位名稱',
  address: '地址',
  representative: '負責人',
  classificationNo: '事業單位\n分類號碼',
  phone: '電話',
  workers: '勞工人數',
  workersOwn: '原事業單位：',
  workersContractors: '承攬人：',
  insuranceNo: '保險證\n字號',
  ubn: '統一編號',
  industry: '行業別',
  safetyStaff: '安全衛生\n管理人員',
  item: '項目',
  levelAndCriteria: '給分等第及給分標準',
  level: '給分\n等第',
  criteria: '給分標準',
  self: '自薦單位自評意見\n(依實際情形,就每項之可、良、優欄內打V)',
  review: '初審(含現場評鑑)\n評分',
  total: '總計實得分數(一至七項之總和)',
  image: '企業形象',
  imageSharing: '是否提供安全衛生技術、管理等經驗予社會，以協助政府推動安全衛生之發展。(勾選者請詳填活動名稱及日期等)',
  imageWelfare: '工安公益(含家庭、社區工安知識傳播)',
  imageOther: '其他：',
  deeds: '具體事蹟：',
  category: '類別',
  yearHeader: '年別',
  year: '年',
  average: '同行業三年平均值',
  check: '審查',
  frequency: '災害頻率',
  severity: '嚴重率',
  ratesOwn: '原事業單位：',
  ratesWithContractors: '加計承攬人：',
  awards: '備註',
  nationalAward: '曾獲國家職業安全衛生獎(或國家工安獎)(打勾者填寫獲獎',
  awardYearTail: '年度)',
  unitAward: '曾獲優良單位表揚',
  fiveStar: '五星獎(打勾者填寫獲獎',
  excellence: '優良獎(打勾者填寫獲獎',
  neverAwarded: '未曾獲優良單位。',
  other: '其他：',
  result: '初審結果',
  resultPass: '初審通過，建議進行決審',
  resultFail: '初審不通過，建議不納入決審。',
  resultOther: '其他：',
  panel: '現場評鑑人員資料及簽名',
  panelName: '姓名',
  panelOrg: '在職單位',
  panelTitle: '職稱',
  panelSign: '簽名',
  reviewUnit: '初審單位：',
  seal: '初審單位\n印信',
  remark: '備註：優良事蹟請具體、量化、簡明予以陳述，黑框部分請審查單位確實填寫',
} as const;

/**
 * Columns. Three tables share the grid, each merging what it needs:
 *   items:  項目 A:B | 等第 C | 給分標準 D:H | 自評 I | 初審 V J | 初審分 K
 *   header: label A:B | value C:E | label F | value G:H | label I | value J:K
 *   rates:  類別 A:B | three years C:D E:F G:H | 平均值 I | 審查 J:K
 */
const WIDTHS = [10, 5, 5, 12, 9, 9, 8, 9, 11, 4, 9] as const;
export const ANNEX1_COLUMNS = { item: 1, level: 3, criteria: 4, criteriaEnd: 8, self: 9, mark: 10, points: 11 } as const;
const COL = ANNEX1_COLUMNS;
const LAST = WIDTHS.length;
/** One box drawn over the rows a long text is split into: sides on every row, top on the first, bottom on the last. */
const pieceBorder = (first: boolean, last: boolean): Borders => ({ left: 'thin', right: 'thin', ...(first ? { top: 'thin' } : {}), ...(last ? { bottom: 'thin' } : {}) });

const width = (from: number, to: number) => WIDTHS.slice(from - 1, to).reduce((a, w) => a + w, 0);
const ITEM_WIDTH = width(1, 2);
const CRITERIA_WIDTH = width(COL.criteria, COL.criteriaEnd);


/** The header rows repeated on every printed page. */
export const ANNEX1_TITLE_ROWS = { first: 7, last: 8 } as const;


const n2 = (n: number) => n.toFixed(2);


/** "1. 安全衛生政策…。\n(3.0分)", as the item column prints it. */
export function itemTitle(item: Item): string {
  return `${item.id.split('.')[1]}. ${item.title}\n(${formatPoints(item.points)}分)`;
}

/** The section's line "可評得點數(x) ÷ 可評總點數(y) × 總點數(100) × 0.08 = (z)", live. */
export function sectionLineFormula(sectionId: string, weight: number): string {
  const s = sectionNames(sectionId);
  return `"可評得點數("&TEXT(${s.earned},"0.0#")&") ÷ 可評總點數("&TEXT(${s.applicable},"0.0#")&") × 總點數(100) × ${n2(weight)} = ("&TEXT(${s.weighted},"0.00")&")"`;
}

/** Whether earned points `e` fall in `band` (exact for a fixed level). */
function earnedIn(band: Band, e: string): string {
  return band.fixed ? `${e}=${band.max}` : `AND(${e}>${band.min},${e}<=${band.max})`;
}

/**
 * "V" on a level row when it is the reviewer's level: the chosen level, or,
 * with no level chosen, the level whose band holds the earned points (items
 * scored by typed points or by count).
 */
export function reviewerMarkFormula(item: Item, band: Band): string {
  const n = itemNames(item);
  const chosen = `${n.level}=${str(band.label)}`;
  if (!hasPointsInput(item) && !item.count) return `IF(${chosen},"V","")`;
  return `IF(OR(${chosen},AND(${n.level}="",${n.earned}>0,${earnedIn(band, n.earned)})),"V","")`;
}

/** The item's 初審 points: earned, "不適用", or blank while unscored. */
export function reviewerPointsFormula(item: Item): string {
  const n = itemNames(item);
  const unscored = [`${n.level}=""`];
  if (hasPointsInput(item)) unscored.push(`NOT(ISNUMBER(${n.points}))`);
  if (item.count) unscored.push(`NOT(ISNUMBER(${n.count}))`);
  return `IF(${n.level}=${str(NOT_APPLICABLE)},${str(NOT_APPLICABLE)},IF(AND(${unscored.join(',')}),"",${n.earned}))`;
}

/** "、110、112" pieces of the award rows of `type`; MID(…,2,…) drops the first "、". */
function awardYears(type: string): string {
  const parts = AWARD_FIELDS.map((a) => `IF(AND(${a.type.name}=${str(type)},ISNUMBER(${a.year.name})),"、"&${a.year.name},"")`);
  return `MID(${parts.join('&')},2,200)`;
}
function hasAward(type: string): string {
  return `OR(${AWARD_FIELDS.map((a) => `${a.type.name}=${str(type)}`).join(',')})`;
}
/** "☐ 五星獎(打勾者填寫獲獎 110、112 年度)", years live from the award rows. */
function awardLine(prefix: string, type: string, text: string): string {
  const years = awardYears(type);
  return `${str(prefix)}&${tick(hasAward(type), `${text} `)}&IF(${years}="","\u3000\u3000\u3000",${years})&${str(` ${ANNEX1_TEXT.awardYearTail}`)}`;
}

/**
 * Builds 附表一(列印) for `rubric`.
 * @returns the sheet and the name it defines (print_annex1, by which the add-in finds it)
 */
export function annex1PrintSheet(rubric: Rubric, prefill: Prefill = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('annex1', SHEETS.annex1);
  const T = ANNEX1_TEXT;
  WIDTHS.forEach((w, i) => b.column(i + 1, w));
  const addr = cellAddress;
  // Stacked rows, so a page break never cuts a block's text; put takes rows: 'merge' for the header rows that always print whole.
  const { put, frame: blackFrame } = formBlocks(b, BLACK);
  // Caption and title, as the official form.
  put(1, 1, LAST, { value: T.caption }, { font: font(11), alignment: { horizontal: 'left', vertical: 'bottom' } });
  b.row(1, 18);
  put(2, 1, LAST, { formula: `IF(ISNUMBER(review_year),review_year,"○○○")&${str(` ${T.titleTail}`)}` }, {
    font: font(16, true),
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  b.row(2, 36);

  // Header block.
  const label = centred({ font: font(SIZE, true) });
  const value = style({ font: font(11), alignment: { horizontal: 'left', indent: 1 } });
  put(3, 1, 2, { value: T.unitName }, label);
  put(3, 3, 5, { formula: textOf('cand_name') }, value);
  put(3, 6, 6, { value: T.address }, label);
  put(3, 7, LAST, { formula: textOf('cand_address') }, value);
  b.row(3, 32);
  put(4, 1, 2, { value: T.representative }, label);
  put(4, 3, 5, { formula: textOf('cand_representative') }, value);
  put(4, 6, 6, { value: T.classificationNo }, label);
  put(4, 7, 8, { formula: textOf('cand_classification_no') }, value);
  put(4, 9, 9, { value: T.phone }, label);
  put(4, 10, LAST, { formula: textOf('cand_phone') }, style({ font: font(11) }));
  b.row(4, 32);
  const count = (name: string) => `IF(ISNUMBER(${name}),${name},"\u3000")&"人"`;
  put(5, 1, 2, { value: T.workers }, label);
  put(5, 3, 5, { formula: `${str(T.workersOwn)}&${count('cand_workers_own')}&CHAR(10)&${str(T.workersContractors)}&${count('cand_workers_contractors')}` }, value);
  put(5, 6, 6, { value: T.insuranceNo }, label);
  put(5, 7, 8, { formula: textOf('cand_insurance_no') }, value);
  put(5, 9, 9, { value: T.ubn }, label);
  put(5, 10, LAST, { formula: textOf('cand_ubn') }, style({ font: font(11) }));
  b.row(5, 36);
  put(6, 1, 2, { value: T.industry }, label);
  put(6, 3, 5, { formula: `cand_industry_name&IF(TRIM(cand_industry_code&"")="","","("&cand_industry_code&")")` }, value);
  put(6, 6, 6, { value: T.safetyStaff }, label);
  put(6, 7, LAST, { formula: textOf('cand_safety_staff') }, style({ font: font(11), alignment: { horizontal: 'left', indent: 1 } }));
  b.row(6, 56);

  // Column headers, repeated on every page.
  const { first: h1, last: h2 } = ANNEX1_TITLE_ROWS;
  const head = centred({ font: font(SIZE, true) });
  put(h1, 1, 2, { value: T.item }, head, h2, 'merge');
  put(h1, COL.level, COL.criteriaEnd, { value: T.levelAndCriteria }, head);
  put(h2, COL.level, COL.level, { value: T.level }, head);
  put(h2, COL.criteria, COL.criteriaEnd, { value: T.criteria }, head);
  put(h1, COL.self, COL.self, { value: T.self }, centred({ font: font(9, true) }), h2, 'merge');
  put(h1, COL.mark, COL.points, { value: T.review }, head, h2, 'merge');
  blackFrame(h1, COL.mark, h2, COL.points);
  b.row(h1, 24).row(h2, 44);

  // Sections and items.
  let row = h2 + 1;
  let lastItemTop = row;
  for (const section of rubric.sections) {
    put(row, 1, LAST, { value: `${section.numeral}、${section.title}` }, style({ font: font(11, true), alignment: { horizontal: 'left', indent: 1 } }));
    b.row(row, 22);
    row++;
    put(row, 1, LAST, { formula: sectionLineFormula(section.id, section.weight) }, style({ font: font(SIZE), alignment: { horizontal: 'center' } }));
    b.row(row, 22);
    row++;
    // A section's heading goes with its first item.
    b.keep(row - 2, row + section.items[0]!.levels.length - 1);
    for (const item of section.items) {
      lastItemTop = row;
      row = itemRows(b, item, row, put, blackFrame);
    }
  }

  // 總計實得分數, kept with the last item and the start of 企業形象.
  const totalRow = row;
  b.keep(lastItemTop, row);
  put(row, 1, COL.self, { value: T.total }, style({ font: font(11, true), alignment: { horizontal: 'left', indent: 1 } }));
  put(row, COL.mark, COL.points, { formula: `ROUND(${TOTAL_NAME},2)` }, centred({ font: font(12, true), numberFormat: '0.00' }));
  blackFrame(row, COL.mark, row, COL.points);
  b.row(row, 28);
  row++;

  // 企業形象: three ticked lines, each with its 具體事蹟.
  const imageTop = row;
  const line = style({ alignment: { horizontal: 'left', indent: 1 } });
  const deeds = style({ alignment: { vertical: 'top', horizontal: 'left', indent: 3 } });
  const content = width(3, LAST);
  for (const [name, text] of [
    ['cand_image_sharing', T.imageSharing],
    ['cand_image_welfare', T.imageWelfare],
    ['cand_image_other', T.imageOther],
  ] as const) {
    put(row, 3, LAST, { formula: tick(`${name}=${str(YES)}`, text) }, line);
    b.row(row, Math.max(22, fit(`☐ ${text}`, content - 2)));
    row++;
    // 具體事蹟 as long as it was typed: split over rows when it outgrows one (Excel's rows stop at 409 pt).
    const expression = `${str(T.deeds)}&${textOf(`${name}_text`)}`;
    const pieces = textPieces(`${T.deeds}${String(prefill[`${name}_text`] ?? '')}`, content, SIZE, LONG_TEXT_ROW, 3);
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const border = pieceBorder(i === 0, last);
      put(row, 3, LAST, { formula: pieceFormula(expression, piece, last) }, { ...deeds, border });
      b.row(row, piece.height);
      row++;
    });
  }
  put(imageTop, 1, 2, { value: T.image }, label, row - 1);
  b.keep(totalRow, Math.min(row - 1, imageTop + 3));
  b.keep(imageTop, row - 1);

  // 失能傷害頻率 / 嚴重率, with and without contractors, as the filled example.
  const ratesTop = row;
  put(row, 1, 2, { value: T.category }, head, row + 1);
  put(row, 3, 8, { value: T.yearHeader }, head);
  put(row, 9, 9, { value: T.average }, head, row + 1);
  put(row, 10, LAST, { value: T.check }, head, row + 1);
  b.row(row, fit(T.average, WIDTHS[8]!));
  row++;
  RATE_YEARS.forEach((n, i) => {
    put(row, 3 + 2 * i, 4 + 2 * i, { formula: `IF(ISNUMBER(elig_year_${n}),elig_year_${n}&${str(T.year)},${str(`\u3000\u3000${T.year}`)})` }, head);
  });
  b.row(row, 22);
  row++;
  const figure = (name: string) => `IF(ISNUMBER(${name}),${name},"")`;
  for (const [measure, text, avg] of [
    ['fr', T.frequency, 'elig_avg_fr'],
    ['sr', T.severity, 'elig_avg_sr'],
  ] as const) {
    put(row, 1, 2, { value: text }, label);
    RATE_YEARS.forEach((n, i) => {
      put(
        row,
        3 + 2 * i,
        4 + 2 * i,
        { formula: `${str(T.ratesOwn)}&${figure(`elig_own_${measure}_${n}`)}&CHAR(10)&${str(T.ratesWithContractors)}&${figure(`elig_con_${measure}_${n}`)}` },
        style({ font: font(9), alignment: { horizontal: 'left' } }),
      );
    });
    put(row, 9, 9, { formula: figure(avg) }, centred());
    b.row(row, Math.max(34, fit(`${T.ratesOwn}1234.56\n${T.ratesWithContractors}1234.56`, width(3, 4) + 2, 9)));
    row++;
  }
  // 符合 or 不符 only: a check still 未確認 leaves the box blank, as on the official blank form.
  put(row - 2, 10, LAST, { formula: `IF(OR(elig_result_injury_rates="符合",elig_result_injury_rates="不符"),elig_result_injury_rates,"")` }, centred({ font: font(11, true) }), row - 1);
  blackFrame(ratesTop, 10, row - 1, LAST);
  b.keep(ratesTop, row - 1);

  // 備註: awards history.
  const awardsTop = row;
  const awardLines: string[] = [
    awardLine('', '國家職業安全衛生獎', T.nationalAward),
    tick(`OR(${hasAward('五星獎')},${hasAward('優良獎')})`, T.unitAward),
    awardLine('1. ', '五星獎', T.fiveStar),
    awardLine('2. ', '優良獎', T.excellence),
    // Ticked only on a known history (rows typed, or none confirmed): blank rows are not 未曾獲.
    tick(`AND(NOT(OR(${hasAward('五星獎')},${hasAward('優良獎')})),OR(${AWARDS_NONE_FIELD.name}=${str(YES)},${hasAward('國家職業安全衛生獎')}))`, T.neverAwarded),
    `"☐ "&${str(T.other)}`,
  ];
  awardLines.forEach((formula, i) => {
    put(row, 3, LAST, { formula }, style({ alignment: { horizontal: 'left', indent: i === 2 || i === 3 ? 3 : 1 } }));
    b.row(row, 22);
    row++;
  });
  put(awardsTop, 1, 2, { value: T.awards }, label, row - 1);
  b.keep(awardsTop, row - 1);

  // 初審結果 (a 黑框 part).
  const resultTop = row;
  put(row, 1, LAST, { value: T.result }, head);
  b.row(row, 22);
  row++;
  const resultLine = style({ alignment: { horizontal: 'left', indent: 1 } });
  for (const formula of [tick(`result_decision=${str(RESULT_DECISIONS.pass)}`, T.resultPass), tick(`result_decision=${str(RESULT_DECISIONS.fail)}`, T.resultFail)]) {
    put(row, 1, LAST, { formula }, resultLine);
    b.row(row, 24);
    row++;
  }
  // 其他 with its explanation as long as it was typed, over rows as 具體事蹟 (a row stops at 409 pt).
  const other = `${tick(`result_decision=${str(RESULT_DECISIONS.other)}`, T.resultOther)}&${textOf('result_other')}`;
  const otherPieces = textPieces(`☐ ${T.resultOther}${String(prefill.result_other ?? '')}`, width(1, LAST), SIZE, LONG_TEXT_ROW);
  otherPieces.forEach((piece, i) => {
    const last = i === otherPieces.length - 1;
    const alone = otherPieces.length === 1;
    const border = pieceBorder(i === 0, last);
    put(row, 1, LAST, { formula: pieceFormula(other, piece, last) }, alone ? resultLine : { ...resultLine, border, alignment: { ...resultLine.alignment, vertical: 'top' } });
    b.row(row, Math.max(24, piece.height));
    row++;
  });
  blackFrame(resultTop, 1, row - 1, LAST);

  // 現場評鑑人員資料及簽名 (a 黑框 part): the signature column left blank, tall enough to sign.
  const panelTop = row;
  const panelCols = [
    [3, 4, T.panelName],
    [5, 6, T.panelOrg],
    [7, 8, T.panelTitle],
    [9, LAST, T.panelSign],
  ] as const;
  for (const [from, to, text] of panelCols) put(row, from, to, { value: text }, head);
  b.row(row, Math.max(22, fit(T.panel, width(1, 2))));
  row++;
  PANEL_FIELDS.forEach((p) => {
    put(row, 3, 4, { formula: textOf(p.name.name) }, centred({ font: font(11) }));
    put(row, 5, 6, { formula: textOf(p.organisation.name) }, centred());
    put(row, 7, 8, { formula: textOf(p.title.name) }, centred());
    put(row, 9, LAST, { value: null }, centred());
    b.row(row, 48);
    row++;
  });
  put(panelTop, 1, 2, { value: T.panel }, label, row - 1);
  blackFrame(panelTop, 1, row - 1, LAST);

  // 初審單位 and the box for its seal.
  b.row(row++, 10);
  const sealTop = row;
  const plain: CellStyle = { font: font(12, true), alignment: { vertical: 'top', wrapText: true } };
  put(row, 1, 6, { formula: `${str(T.reviewUnit)}&${textOf('review_unit')}` }, plain);
  put(row, 8, LAST, { value: T.seal }, { font: font(SIZE), border: BOX, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } }, row + 4);
  for (let r = row; r <= row + 4; r++) b.row(r, 24);
  b.row(row, Math.max(fit(T.seal, width(8, LAST)), fit(`${T.reviewUnit}${'臺'.repeat(20)}`, width(1, 6), 12)));
  blackFrame(sealTop, 8, row + 4, LAST);
  row += 5;
  b.row(row++, 8);
  put(row, 1, LAST, { value: T.remark }, { font: font(SIZE), alignment: { vertical: 'top', wrapText: true } });
  b.row(row, fit(T.remark, width(1, LAST)));
  // 初審結果, the members' signatures, 初審單位 and its seal on one page, with the closing remark.
  b.keep(resultTop, row);

  b.pageSetup = a4Page('portrait', `A1:${addr(row, LAST)}`, { printTitleRows: `${h1}:${h2}`, horizontalCentered: true });
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FF7030A0';
  b.name(PRINT_SHEET_NAMES.annex1, 'A1', '附表一列印（增益集依此名稱找到並重建此工作表）');
  return { sheet: b.build(), names: b.names };
}

type Put = (row: number, from: number, to: number, content: { value?: string | null; formula?: string }, style: CellStyle, bottom?: number) => void;
type Frame = (top: number, left: number, bottom: number, right: number) => void;

/**
 * The item title cut into explicit lines narrow enough for the 項目 column
 * in any renderer, and dealt out to the item's level rows: each row takes the
 * lines its height holds, the last row the rest (its height grows to fit).
 * `heights` are the rows' heights and may be raised.
 */
export function titleChunks(item: Item, heights: number[]): string[] {
  // One column less than wrappedHeight's estimate, so no line wraps again.
  const capacity = Math.floor((ITEM_WIDTH * 11) / SIZE) - 2;
  const lines: string[] = [];
  for (const paragraph of itemTitle(item).split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      if (line && displayWidth(line + ch) > capacity) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    lines.push(line);
  }
  const lineHeight = SIZE * 1.45;
  let next = 0;
  return heights.map((height, i) => {
    const room = Math.max(1, Math.floor((height - 4) / lineHeight));
    const take = i === heights.length - 1 ? lines.length - next : Math.min(room, lines.length - next);
    if (take > room) heights[i] = wrappedHeight('', ITEM_WIDTH, SIZE, take) + 4;
    const chunk = lines.slice(next, next + take).join('\n');
    next += take;
    return chunk;
  });
}

/** One item: a row per level, the title dealt out to the rows, the 初審 points in the first row. */
function itemRows(b: SheetBuilder, item: Item, top: number, put: Put, blackFrame: Frame): number {
  const n = itemNames(item);
  const bands = bandsOf(item);
  const bottom = top + item.levels.length - 1;
  const heights = item.levels.map((l) => fit(l.text, CRITERIA_WIDTH));
  const chunks = titleChunks(item, heights);
  // The first piece sits on the bottom of its row and the second on the top
  // of the next, so the two read as one text.
  const split = chunks.filter((c) => c !== '').length > 1;
  chunks.forEach((chunk, i) => {
    // One cell per row with no line between them: it reads as one cell, and
    // a page break between two levels cuts no line of the title.
    const border = pieceBorder(i === 0, i === chunks.length - 1);
    const vertical = split && i === 0 ? 'bottom' : 'top';
    put(top + i, COL.item, COL.item + 1, { value: chunk || null }, style({ border, alignment: { vertical } }));
  });

  item.levels.forEach((level, i) => {
    const r = top + i;
    put(r, COL.level, COL.level, { value: level.label }, centred());
    put(r, COL.criteria, COL.criteriaEnd, { value: level.text }, style({ alignment: { vertical: 'top' } }));
    put(r, COL.self, COL.self, { formula: `IF(${n.self}=${str(level.label)},"V","")` }, centred({ font: font(12, true) }));
    put(r, COL.mark, COL.mark, { formula: reviewerMarkFormula(item, bands[i]!) }, centred({ font: font(12, true) }));
    b.row(r, heights[i]!);
  });
  put(top, COL.points, COL.points, { formula: reviewerPointsFormula(item) }, centred({ font: font(11, true), numberFormat: '0.0#' }), bottom);
  blackFrame(top, COL.mark, bottom, COL.points);
  // An item's levels never straddle a page.
  b.keep(top, bottom);
  return bottom + 1;
}
