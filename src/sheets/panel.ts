/**
 * 小組合議: several 評鑑人員's copies of one candidate's review side by side,
 * for the panel's discussion, in front of the merged review's own sheets so
 * the panel workbook is itself a review workbook (`osh-review score` reads it).
 *
 * Decisions:
 * - Each member's points are input cells; the member's level, the panel's
 *   mean, points, level and spread are live formulas that give what
 *   `mergeReviews` gives, so a chair who corrects a member's points sees the
 *   panel's points move. The rounding rule (2 decimals, or the nearest value
 *   the item allows, half up) is written out as nested IFs over constants
 *   computed from the rubric here, so no helper column is needed.
 * - The 評分 sheet keeps the merged answers as plain values: it is the review
 *   of record, and formulas there would not be read back (a file written
 *   without cached results reads as blank). The 評分表得分 column shows what
 *   評分 holds and is highlighted where it differs from the panel's points, so
 *   the chair knows what to carry over after the discussion.
 * - 優點 and 建議 are listed one line per cell for editing; a formula joins the
 *   kept lines for pasting into 基本資料, which is prefilled with them already.
 */
import type { ItemFlag, ItemMerge, MemberAnswer, PanelMerge } from '../panel/merge-reviews.ts';
import type { Review } from '../review/schema.ts';
import { findRubric, itemsOf } from '../rubric/registry.ts';
import type { Item, Rubric } from '../rubric/types.ts';
import { bandsOf, formatPoints, type Band } from '../scoring/band.ts';
import { absolute, cellAddress } from './address.ts';
import { reviewerPointsFormula } from './annex1-print.ts';
import { SheetBuilder } from './builder.ts';
import { signOffRows } from './blocks.ts';
import { BASIC_FIELDS, CONCERN_FIELDS, CONSTRUCTION_FIELDS, ELIGIBILITY_FIELDS, IMAGE_FIELDS, OPINION_FIELDS } from './fields.ts';
import { BODY_FONT, COLORS, computedStyle, inputStyle, labelStyle, textStyle, titleStyle, wrappedHeight, a4Page } from './layout.ts';
import { str } from './formula-text.ts';
import { itemKey, NOT_APPLICABLE, NOT_MET, TOTAL_NAME } from './scoring.ts';
import type { CellStyle, DefinedNameDescription, SheetDescription, WorkbookDescription } from './types.ts';
import { reviewWorkbook } from './workbook.ts';

export const PANEL_SHEET = { key: 'panel', name: '小組合議' } as const;

/** Shown as a member's or the panel's level when points fit no level of the item. */
export const INVALID_POINTS = '分數不符';
/** A member who left the item blank. */
export const NOT_SCORED = '未評';
export const PENDING_SUFFIX = '（待填分數）';

/** Tolerance of every points comparison, as POINTS_EPSILON in the engine. */
const EPS = '0.000000001';

/** Defined names of one item on 小組合議. */
export function panelNames(item: Item | string) {
  const key = itemKey(item);
  return {
    mean: `merge_${key}_mean`,
    points: `merge_${key}_points`,
    level: `merge_${key}_level`,
    spread: `merge_${key}_spread`,
    /** The points input of member `i` (1-based). */
    member: (i: number) => `merge_${key}_m${i}_points`,
  };
}

export const PANEL_TOTAL_NAME = 'merge_total';

const num = (n: number) => String(n);

function pointsTest(band: Band, p: string): string {
  return band.fixed ? `ABS(${p}-${num(band.max)})<=${EPS}` : `AND(${p}>${num(band.min)}+${EPS},${p}<=${num(band.max)}+${EPS})`;
}

/**
 * The level that points `p` (a number) are worth on `item`, as
 * `resolveAnswer` decides for points alone: 未達 for 0, the band holding
 * them, or INVALID_POINTS; a counted item also needs whole steps.
 */
export function levelOfPointsFormula(item: Item, p: string): string {
  let expr = str(INVALID_POINTS);
  for (const band of [...bandsOf(item)].reverse()) expr = `IF(${pointsTest(band, p)},${str(band.label)},${expr})`;
  if (item.count) {
    const { step, max } = item.count;
    expr = `IF(AND(ABS(${p}/${num(step)}-ROUND(${p}/${num(step)},0))<=${EPS},${p}<=${num(max)}+${EPS}),${expr},${str(INVALID_POINTS)})`;
  }
  return `IF(ABS(${p})<=${EPS},${str(NOT_MET)},${expr})`;
}

/** The values a mean is moved to when its rounding is not allowed (as `settlePoints`). */
export function snapValues(item: Item): number[] {
  if (item.count) {
    const { step, max } = item.count;
    return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  }
  return [...new Set([0, ...bandsOf(item).map((b) => b.max)])].sort((a, b) => a - b);
}

/** The nearest of `snapValues` to mean `m`, an exact half going up. */
export function snapFormula(item: Item, m: string): string {
  const values = snapValues(item);
  let expr = num(values[0]!);
  for (let i = 1; i < values.length; i++) {
    const mid = (values[i - 1]! + values[i]!) / 2;
    expr = `IF(${m}>=${num(mid)}-${EPS},${num(values[i]!)},${expr})`;
  }
  return expr;
}

/**
 * The panel's points from the mean cell `m`: the mean to 2 decimals when the
 * item allows that, else the nearest allowed value; 不適用 when every member
 * said so (`naCount` of `members`), blank when nobody scored.
 */
export function panelPointsFormula(item: Item, m: string, naCount: string, members: number): string {
  const rounded = `ROUND(${m},2)`;
  return `IF(ISNUMBER(${m}),IF(${levelOfPointsFormula(item, rounded)}<>${str(INVALID_POINTS)},${rounded},${snapFormula(item, m)}),IF(${naCount}=${members},${str(NOT_APPLICABLE)},""))`;
}

/** What a member's level cell shows when the member gave no points. */
function memberText(m: MemberAnswer): string {
  switch (m.state) {
    case 'na':
      return NOT_APPLICABLE;
    case 'pending':
      return `${m.level}${PENDING_SUFFIX}`;
    case 'unscored':
      return NOT_SCORED;
    case 'scored':
      // A scored member always has points; the formula shows their level.
      return m.level ?? NOT_MET;
  }
}

const FLAG_FILL = 'FFFFF4CE';
const DIFFERS_FONT = COLORS.bad;

const WIDTH = { id: 6, title: 26, level: 9, points: 7, mean: 7, panel: 8, panelLevel: 8, spread: 7, sheet: 9, notes: 40 } as const;

/** Column layout for `members` members. */
export function panelColumns(members: number) {
  const memberLevel = (i: number) => 3 + 2 * (i - 1);
  const memberPoints = (i: number) => 4 + 2 * (i - 1);
  const after = 3 + 2 * members;
  return {
    id: 1,
    title: 2,
    memberLevel,
    memberPoints,
    mean: after,
    points: after + 1,
    level: after + 2,
    spread: after + 3,
    sheet: after + 4,
    notes: after + 5,
    last: after + 5,
  };
}

/**
 * A fact's label as the workbook shows it ("candidate.safetyWeek.resultsCertified"
 * → its 資格審查 label), for a merge's JSON path in `year`; the path itself
 * when no field holds it.
 */
export function factLabel(path: string, year: number): string {
  const fields = [...BASIC_FIELDS, ...CONSTRUCTION_FIELDS, ...IMAGE_FIELDS, ...ELIGIBILITY_FIELDS, ...CONCERN_FIELDS, ...OPINION_FIELDS];
  const labels = new Map(fields.map((f) => [f.path(year).join('.'), f.label]));
  return labels.get(path) ?? labels.get(path.replace(/\.\d+$/, '')) ?? path;
}

/**
 * Column heads for the members: each file's first 現場評鑑人員, or its
 * source label when the file names none or two files name the same person.
 */
export function memberLabels(inputs: readonly { readonly source: string; readonly review: Review }[]): string[] {
  const names = inputs.map((i) => i.review.panel?.find((p) => p.name.trim() !== '')?.name.trim());
  return inputs.map((input, i) => {
    const name = names[i];
    return name && names.filter((n) => n === name).length === 1 ? name : input.source;
  });
}

function describeValue(value: unknown): string {
  if (value === undefined) return '（未填）';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const RESOLUTION_TEXT = {
  omitted: '合併後此欄不填，請小組確認後補填',
  union: '合併後取各份之聯集，請小組確認',
  latest: '合併後採最晚之日期（有效期限以較嚴之日檢核）',
} as const;

function flagText(flags: readonly ItemFlag[]): string {
  return flags.map((f) => `• ${f.message}`).join('\n');
}

/**
 * Builds 小組合議 for a merge.
 * @param labels the members' column heads, in the merge's order (`memberLabels`). @default the source file names
 * @returns the sheet and the names it defines
 */
export function panelSheet(merged: PanelMerge, rubric: Rubric, labels: readonly string[] = merged.sources): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder(PANEL_SHEET.key, PANEL_SHEET.name);
  const n = merged.sources.length;
  const label = (i: number) => labels[i]?.trim() || merged.sources[i]!;
  const C = panelColumns(n);
  const addr = cellAddress;
  b.column(C.id, WIDTH.id).column(C.title, WIDTH.title);
  for (let i = 1; i <= n; i++) b.column(C.memberLevel(i), WIDTH.level).column(C.memberPoints(i), WIDTH.points);
  b.column(C.mean, WIDTH.mean).column(C.points, WIDTH.panel).column(C.level, WIDTH.panelLevel).column(C.spread, WIDTH.spread);
  b.column(C.sheet, WIDTH.sheet).column(C.notes, WIDTH.notes);
  const totalWidth = WIDTH.id + WIDTH.title + n * (WIDTH.level + WIDTH.points) + WIDTH.mean + WIDTH.panel + WIDTH.panelLevel + WIDTH.spread + WIDTH.sheet + WIDTH.notes;
  const across = (row: number, from = 1, to = C.last) => b.merge(`${addr(row, from)}:${addr(row, to)}`);

  const review = merged.review;
  const name = review.candidate.name?.trim() || '（未填單位名稱）';
  b.value('A1', `小組合議：${name}（${review.selectionYear} 年推行職業安全衛生優良單位 初審）`, titleStyle(15));
  across(1).row(1, 30);
  const info = [
    `評鑑人員評分表 ${n} 份：${merged.sources.map((src, i) => (label(i) === src ? src : `${label(i)}（${src}）`)).join('、')}`,
    `待討論項目 ${merged.discuss.length} 項${merged.discuss.length > 0 ? `：${merged.discuss.join('、')}` : ''}`,
    `資料不一致 ${merged.factConflicts.length} 項`,
  ].join('；');
  b.value('A2', info, { font: { name: BODY_FONT, size: 10 }, alignment: { wrapText: true, vertical: 'middle' } });
  across(2).row(2, wrappedHeight(info, totalWidth, 10));
  const help =
    '各委員之得分（黃底）可修改，平均、小組得分、等第與差距隨之重算。小組得分為各委員得分之平均（不適用、未評或待填分數者不計），取至小數 2 位；本項不能給該分數時，取最接近之可給分數（恰在中間者取高）。「評分表得分」為「評分」工作表現值（總分依此計算），與小組得分不同時以紅字標示，合議後請將定案分數填入「評分」工作表。委員等第不同之項目整列以底色標示。';
  b.value('A3', help, { font: { name: BODY_FONT, size: 10, color: COLORS.muted }, alignment: { wrapText: true, vertical: 'middle' } });
  across(3).row(3, wrappedHeight(help, totalWidth, 10));

  // Two header rows: the member's file over 等第 and 得分.
  const head = labelStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
  const h1 = 4;
  const h2 = 5;
  const twoRows = (col: number, text: string) => {
    b.value(addr(h1, col), text, head).style(addr(h2, col), head).merge(`${addr(h1, col)}:${addr(h2, col)}`);
  };
  twoRows(C.id, '項目');
  twoRows(C.title, '項目名稱');
  merged.sources.forEach((_, i) => {
    const lc = C.memberLevel(i + 1);
    const pc = C.memberPoints(i + 1);
    b.value(addr(h1, lc), label(i), head).style(addr(h1, pc), head).merge(`${addr(h1, lc)}:${addr(h1, pc)}`);
    b.value(addr(h2, lc), '等第', head).value(addr(h2, pc), '得分', head);
  });
  twoRows(C.mean, '平均');
  twoRows(C.points, '小組得分');
  twoRows(C.level, '小組等第');
  twoRows(C.spread, '差距');
  twoRows(C.sheet, '評分表得分');
  twoRows(C.notes, '待討論事項');
  const longestSource = Math.max(...merged.sources.map((_, i) => wrappedHeight(label(i), WIDTH.level + WIDTH.points - 1, 11)));
  b.row(h1, Math.max(22, longestSource)).row(h2, 20);
  b.freeze = { rows: h2, columns: C.title };

  const byId = new Map(merged.items.map((m) => [m.id, m]));
  let row = h2 + 1;
  const sectionTerms: string[] = [];
  for (const section of rubric.sections) {
    // A section's heading goes with its first item.
    b.keep(row, row + 1);
    b.value(addr(row, 1), `${section.numeral}、${section.title}（權重 ${section.weight}）`, labelStyle({ fill: COLORS.section }));
    b.styleRange(row, 2, row, C.last, labelStyle({ fill: COLORS.section }));
    across(row).row(row, 22);
    row++;
    const earned: string[] = [];
    const applicable: string[] = [];
    for (const item of section.items) {
      const m = byId.get(item.id);
      if (!m) throw new RangeError(`The merge has no item ${item.id} of rubric ${rubric.id}`);
      itemRow(b, item, m, row, n);
      const pp = addr(row, C.points);
      earned.push(pp);
      applicable.push(`IF(${pp}=${str(NOT_APPLICABLE)},0,${num(item.points)})`);
      row++;
    }
    const e = `SUM(${earned.join(',')})`;
    const a = `(${applicable.join('+')})`;
    sectionTerms.push(`IF(${a}>0,${e}/${a}*100*${num(section.weight)},0)`);
  }

  // Totals: the panel's live total and the one 評分 holds.
  const totalLabel = labelStyle({ fill: COLORS.section });
  const bold: CellStyle = computedStyle({ font: { name: BODY_FONT, size: 12, bold: true }, numberFormat: '0.00' });
  b.value(addr(row, 1), '小組總分（依上列小組得分即時計算，取至小數 2 位）', totalLabel);
  b.styleRange(row, 2, row, C.spread, totalLabel).merge(`${addr(row, 1)}:${addr(row, C.spread)}`);
  b.formula(addr(row, C.sheet), `ROUND(${sectionTerms.join('+')},2)`, bold);
  b.name(PANEL_TOTAL_NAME, addr(row, C.sheet), '小組總分（小組合議，即時計算）');
  b.row(row, 24);
  row++;
  b.value(addr(row, 1), '評分表總分（「評分」工作表）', totalLabel);
  b.styleRange(row, 2, row, C.spread, totalLabel).merge(`${addr(row, 1)}:${addr(row, C.spread)}`);
  b.formula(addr(row, C.sheet), `ROUND(${TOTAL_NAME},2)`, bold);
  b.highlight({ range: addr(row, C.sheet), formula: `ABS(${absolute(addr(row, C.sheet))}-${absolute(addr(row - 1, C.sheet))})>0.000001`, fontColor: DIFFERS_FONT });
  b.row(row, 24);
  row += 2;

  row = conflictRows(b, merged, row, C, label);
  row = opinionRows(b, '優點', merged.strengths, row, C.last, totalWidth);
  row = opinionRows(b, '建議', merged.suggestions, row, C.last, totalWidth);
  row = signOffRows(b, row, C.last, merged.sources.map((_, i) => label(i)), `${merged.review.reviewUnit ?? ''}`.trim());

  b.pageSetup = a4Page('landscape', `A1:${addr(row - 1, C.last)}`, { printTitleRows: `${h1}:${h2}` });
  b.protect = true;
  b.tabColor = 'FFBF8F00';
  return { sheet: b.build(), names: b.names };
}

function itemRow(b: SheetBuilder, item: Item, m: ItemMerge, row: number, n: number): void {
  const C = panelColumns(n);
  const addr = cellAddress;
  const names = panelNames(item);
  const centred = computedStyle({ fill: COLORS.white });
  b.value(addr(row, C.id), item.id, textStyle({ alignment: { horizontal: 'center', vertical: 'middle' } }));
  const title = `${item.title}（${formatPoints(item.points)}分）`;
  b.value(addr(row, C.title), title, textStyle({ alignment: { vertical: 'middle', wrapText: true } }));

  const levelCells: string[] = [];
  const pointCells: string[] = [];
  m.members.forEach((member, idx) => {
    const i = idx + 1;
    const lc = addr(row, C.memberLevel(i));
    const pc = addr(row, C.memberPoints(i));
    b.value(pc, member.points, inputStyle({ alignment: { horizontal: 'center', vertical: 'middle' }, numberFormat: '0.0#' }));
    b.name(names.member(i), pc, `${member.source}：項目 ${item.id} 得分`);
    b.formula(lc, `IF(ISNUMBER(${pc}),${levelOfPointsFormula(item, pc)},${str(memberText(member))})`, computedStyle());
    levelCells.push(lc);
    pointCells.push(pc);
  });
  b.validate({
    range: `${addr(row, C.memberPoints(1))}:${addr(row, C.memberPoints(n))}`,
    type: 'decimal',
    min: 0,
    max: Math.max(...bandsOf(item).map((band) => band.max)),
    error: `項目 ${item.id} 得分應在 0 至 ${formatPoints(Math.max(...bandsOf(item).map((band) => band.max)))} 之間`,
  });

  const mean = addr(row, C.mean);
  const points = addr(row, C.points);
  const ps = pointCells.join(',');
  b.formula(mean, `IF(COUNT(${ps})=0,"",AVERAGE(${ps}))`, computedStyle({ numberFormat: '0.00' }));
  b.name(names.mean, mean, `項目 ${item.id} 委員平均（未取捨）`);
  const naCount = levelCells.map((c) => `(${c}=${str(NOT_APPLICABLE)})`).join('+');
  b.formula(points, panelPointsFormula(item, mean, naCount, n), computedStyle({ font: { name: BODY_FONT, size: 11, bold: true }, numberFormat: '0.0#' }));
  b.name(names.points, points, `項目 ${item.id} 小組得分`);
  b.formula(addr(row, C.level), `IF(ISNUMBER(${points}),${levelOfPointsFormula(item, points)},${points}&"")`, centred);
  b.name(names.level, addr(row, C.level), `項目 ${item.id} 小組等第`);
  b.formula(addr(row, C.spread), `IF(ISNUMBER(${mean}),ROUND(MAX(${ps})-MIN(${ps}),2),"")`, computedStyle({ numberFormat: '0.0#' }));
  b.name(names.spread, addr(row, C.spread), `項目 ${item.id} 委員得分差距`);

  const sheet = addr(row, C.sheet);
  b.formula(sheet, reviewerPointsFormula(item), computedStyle({ numberFormat: '0.0#' }));
  b.highlight({
    range: sheet,
    formula: `IF(AND(ISNUMBER(${absolute(sheet)}),ISNUMBER(${absolute(points)})),ABS(${absolute(sheet)}-${absolute(points)})>0.000001,${absolute(sheet)}&""<>${absolute(points)}&"")`,
    fontColor: DIFFERS_FONT,
  });

  const notes = flagText(m.flags);
  b.value(addr(row, C.notes), notes, textStyle({ font: { name: BODY_FONT, size: 10 }, ...(notes ? { fill: FLAG_FILL } : {}) }));

  // The whole row is marked while scoring members' levels differ (the merge's level-disagreement).
  if (n > 1) {
    const pairs: string[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        pairs.push(`AND(ISNUMBER(${absolute(pointCells[i]!)}),ISNUMBER(${absolute(pointCells[j]!)}),${absolute(levelCells[i]!)}<>${absolute(levelCells[j]!)})`);
      }
    }
    b.highlight({ range: `${addr(row, 1)}:${addr(row, C.notes)}`, formula: `OR(${pairs.join(',')})`, fill: COLORS.differs });
  }
  b.row(row, Math.max(22, wrappedHeight(title, WIDTH.title, 10), wrappedHeight(notes, WIDTH.notes, 10)));
}

function conflictRows(b: SheetBuilder, merged: PanelMerge, top: number, C: ReturnType<typeof panelColumns>, label: (i: number) => string): number {
  const addr = cellAddress;
  let row = top;
  b.value(addr(row, 1), `資料不一致（${merged.factConflicts.length} 項）：各份評分表填寫不同之事實，合併後之處理如下`, labelStyle({ fill: COLORS.section }));
  b.styleRange(row, 2, row, C.last, labelStyle({ fill: COLORS.section }));
  b.merge(`${addr(row, 1)}:${addr(row, C.last)}`).row(row, 22);
  row++;
  if (merged.factConflicts.length === 0) {
    b.value(addr(row, 1), '各份評分表之基本資料與資格事實一致。', textStyle());
    b.styleRange(row, 2, row, C.last, textStyle()).merge(`${addr(row, 1)}:${addr(row, C.last)}`).row(row, 20);
    return row + 2;
  }
  const head = labelStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
  b.value(addr(row, 1), '欄位', head).style(addr(row, 2), head).merge(`${addr(row, 1)}:${addr(row, 2)}`);
  merged.sources.forEach((_, i) => {
    b.value(addr(row, C.memberLevel(i + 1)), label(i), head).style(addr(row, C.memberPoints(i + 1)), head);
    b.merge(`${addr(row, C.memberLevel(i + 1))}:${addr(row, C.memberPoints(i + 1))}`);
  });
  b.value(addr(row, C.mean), '處理', head).styleRange(row, C.mean + 1, row, C.last, head).merge(`${addr(row, C.mean)}:${addr(row, C.last)}`);
  b.row(row, 22);
  row++;
  const memberWidth = WIDTH.level + WIDTH.points;
  const handlingWidth = WIDTH.mean + WIDTH.panel + WIDTH.panelLevel + WIDTH.spread + WIDTH.sheet + WIDTH.notes;
  for (const conflict of merged.factConflicts) {
    const text = textStyle({ alignment: { vertical: 'top', wrapText: true } });
    const field = factLabel(conflict.path, merged.review.selectionYear);
    b.value(addr(row, 1), field, text).style(addr(row, 2), text).merge(`${addr(row, 1)}:${addr(row, 2)}`);
    let height = wrappedHeight(field, WIDTH.id + WIDTH.title, 10);
    conflict.values.forEach((v, i) => {
      const shown = describeValue(v.value);
      b.value(addr(row, C.memberLevel(i + 1)), shown, text).style(addr(row, C.memberPoints(i + 1)), text);
      b.merge(`${addr(row, C.memberLevel(i + 1))}:${addr(row, C.memberPoints(i + 1))}`);
      height = Math.max(height, wrappedHeight(shown, memberWidth, 10));
    });
    const handling = RESOLUTION_TEXT[conflict.resolution];
    b.value(addr(row, C.mean), handling, text).styleRange(row, C.mean + 1, row, C.last, text).merge(`${addr(row, C.mean)}:${addr(row, C.last)}`);
    b.row(row, Math.max(20, height, wrappedHeight(handling, handlingWidth, 10)));
    row++;
  }
  return row + 1;
}

/** Extra blank lines under each list, for the chair's own additions. */
export const OPINION_SPARE_LINES = 3;

function opinionRows(b: SheetBuilder, label: '優點' | '建議', lines: readonly string[], top: number, last: number, totalWidth: number): number {
  const addr = cellAddress;
  let row = top;
  const key = label === '優點' ? 'strengths' : 'suggestions';
  const head = `${label}（各委員所填，逐行彙整、重複者只列一次；主席可逐行修改或刪除）`;
  b.value(addr(row, 1), head, labelStyle({ fill: COLORS.section }));
  b.styleRange(row, 2, row, last, labelStyle({ fill: COLORS.section }));
  b.merge(`${addr(row, 1)}:${addr(row, last)}`).row(row, 22);
  row++;
  const cells: string[] = [];
  const all = [...lines, ...Array.from({ length: OPINION_SPARE_LINES }, () => '')];
  all.forEach((line, i) => {
    b.value(addr(row, 1), i + 1, textStyle({ alignment: { horizontal: 'center', vertical: 'top' } }));
    b.value(addr(row, 2), line || null, inputStyle({ alignment: { vertical: 'top', wrapText: true } }));
    b.styleRange(row, 3, row, last, inputStyle({ alignment: { vertical: 'top', wrapText: true } }));
    b.merge(`${addr(row, 2)}:${addr(row, last)}`);
    b.name(`merge_${key}_${i + 1}`, addr(row, 2), `${label}第 ${i + 1} 行`);
    b.row(row, Math.max(20, wrappedHeight(line, totalWidth - WIDTH.id, 11)));
    cells.push(addr(row, 2));
    row++;
  });
  // MID(…,2,…) drops the leading line break of the first kept line.
  const joined = `MID(${cells.map((c) => `IF(TRIM(${c}&"")="","",CHAR(10)&${c})`).join('&')},2,32000)`;
  b.value(addr(row, 1), '彙整', labelStyle({ alignment: { horizontal: 'center', vertical: 'top', wrapText: true } }));
  b.formula(addr(row, 2), joined, computedStyle({ alignment: { horizontal: 'left', vertical: 'top', wrapText: true } }));
  b.styleRange(row, 3, row, last, computedStyle()).merge(`${addr(row, 2)}:${addr(row, last)}`);
  b.name(`merge_${key}_joined`, addr(row, 2), `${label}（彙整，貼至基本資料）`);
  b.row(row, Math.max(40, wrappedHeight(lines.join('\n'), totalWidth - WIDTH.id, 11)));
  row++;
  const note = `上列${label}定稿後，請複製「彙整」格貼至「基本資料」之${label}欄（初審意見表由該欄列印；本工作簿已預先填入各委員之${label}）。`;
  b.value(addr(row, 1), note, { font: { name: BODY_FONT, size: 10, color: COLORS.muted }, alignment: { wrapText: true, vertical: 'top' } });
  b.merge(`${addr(row, 1)}:${addr(row, last)}`).row(row, Math.max(18, wrappedHeight(note, totalWidth, 10)));
  // The heading goes with the first lines.
  b.keep(top, top + 2);
  return row + 2;
}



/**
 * The panel workbook: 小組合議, then the merged review's own sheets
 * (基本資料, 資格審查, 評分, 初審意見表, 附表一(列印)), so the file is a review
 * workbook the reader and `osh-review score` accept.
 * @throws RangeError when the merged review names an unknown rubric (a merge never does)
 */
export function panelWorkbook(merged: PanelMerge, labels?: readonly string[]): WorkbookDescription {
  const rubric = findRubric(merged.review.rubric);
  if (!rubric) throw new RangeError(`Unknown rubric "${merged.review.rubric}"`);
  const review = reviewWorkbook(rubric, merged.review);
  const panel = panelSheet(merged, rubric, labels);
  if (itemsOf(rubric).length !== merged.items.length) throw new RangeError('The merge does not cover every item of its rubric');
  return { sheets: [panel.sheet, ...review.sheets], names: [...panel.names, ...review.names] };
}
