/**
 * 評分: the 34 items with their verbatim criteria, the reviewer's inputs and
 * live formulas that give exactly what the engine gives.
 */
import type { Item, Rubric, Section } from '../rubric/types.ts';
import { bandsOf, describeBand, formatPoints, maxPoints, POINTS_EPSILON, type Band } from '../scoring/band.ts';
import { absolute, cellAddress } from './address.ts';
import { SheetBuilder } from './builder.ts';
import { BODY_FONT, COLORS, computedStyle, inputStyle, labelStyle, SHEETS, textStyle, titleStyle, wrappedHeight, a4Page } from './layout.ts';
import type { CellValue, SheetDescription, DefinedNameDescription } from './types.ts';

/** The workbook's word for N/A, in the level drop-down. */
export const NOT_APPLICABLE = '不適用';
/** "Scored, no level met": 0 points. */
export const NOT_MET = '未達';

/** Column of each part of an item row. */
export const SCORING_COLUMNS = {
  item: 1,
  label: 2,
  criterion: 3,
  levelPoints: 4,
  self: 5,
  level: 6,
  points: 7,
  count: 8,
  earned: 9,
  applicable: 10,
  check: 11,
  remaining: 12,
} as const;

const WIDTHS: Record<keyof typeof SCORING_COLUMNS, number> = {
  item: 20,
  label: 5,
  criterion: 55,
  levelPoints: 11,
  self: 6,
  level: 9,
  points: 8,
  count: 7,
  earned: 9,
  applicable: 9,
  check: 23,
  remaining: 6,
};

/** "2.3" → "item_2_3". */
export function itemKey(item: Item | string): string {
  const id = typeof item === 'string' ? item : item.id;
  return `item_${id.replace('.', '_')}`;
}

/** Defined names of one item. */
export function itemNames(item: Item | string) {
  const key = itemKey(item);
  return {
    level: `${key}_level`,
    points: `${key}_points`,
    count: `${key}_count`,
    self: `${key}_self`,
    earned: `${key}_earned`,
    applicable: `${key}_applicable`,
  };
}

export function sectionNames(section: Section | string) {
  const id = typeof section === 'string' ? section : section.id;
  return { earned: `section_${id}_earned`, applicable: `section_${id}_applicable`, weighted: `section_${id}_weighted` };
}

export const TOTAL_NAME = 'total_score';
export const REMAINING_NAME = 'items_remaining';

/** Whether an item has a points input (some level is a band). */
export function hasPointsInput(item: Item): boolean {
  return item.levels.some((l) => l.scoring.kind === 'band');
}

/** The drop-down values of an item's level cell. */
export function levelChoices(item: Item): string[] {
  return [...item.levels.map((l) => l.label), NOT_APPLICABLE, NOT_MET];
}

const num = (n: number) => String(n);

/** The engine's POINTS_EPSILON as a formula literal: both sides compare points with the same tolerance. */
const EPS = POINTS_EPSILON.toFixed(9);

/**
 * Whether `pts` lies in `band`, exactly as `inBand` decides it; on count
 * items typed points must also be whole steps, as `resolveAnswer` requires.
 */
function bandTest(band: Band, pts: string, step?: number): string {
  if (band.fixed) return `ABS(${pts}-${num(band.max)})<=${EPS}`;
  const whole = step === undefined ? '' : `,ABS(${pts}/${num(step)}-ROUND(${pts}/${num(step)},0))<=${EPS}`;
  return `AND(${pts}>${num(band.min)}+${EPS},${pts}<=${num(band.max)}+${EPS}${whole})`;
}

/** Points of a chosen band level: the level's points, or the typed points when inside the band. */
function levelExpr(band: Band, pts: string, step?: number): string {
  return band.fixed ? num(band.max) : `IF(AND(ISNUMBER(${pts}),${bandTest(band, pts, step)}),${pts},0)`;
}

/**
 * The earned-points formula of an item, mirroring `resolveAnswer`: N/A and
 * 未達 give 0; a level gives its points (a band level, the typed points when
 * they lie in its band); points alone count when they lie in some band; a
 * count gives one step per `per`, capped.
 */
export function earnedFormula(item: Item): string {
  const n = itemNames(item);
  const bands = bandsOf(item);
  const lvl = n.level;
  const pts = n.points;
  const step = item.count?.step;
  let tail: string;
  if (hasPointsInput(item)) {
    const anyBand = bands.length === 1 ? bandTest(bands[0]!, pts, step) : `OR(${bands.map((b) => bandTest(b, pts, step)).join(',')})`;
    tail = `IF(AND(${lvl}="",ISNUMBER(${pts})),IF(${anyBand},${pts},0),0)`;
  } else {
    tail = '0';
  }
  let expr = tail;
  for (const band of [...bands].reverse()) expr = `IF(${lvl}="${band.label}",${levelExpr(band, pts, step)},${expr})`;
  if (item.count) {
    const { per, step, max } = item.count;
    const cnt = n.count;
    expr = `IF(ISNUMBER(${cnt}),IF(AND(${cnt}>=0,${cnt}=INT(${cnt})),MIN(INT(${cnt}/${per})*${num(step)},${num(max)}),0),${expr})`;
  }
  return `IF(${lvl}="${NOT_APPLICABLE}",0,${expr})`;
}

/** 可評點數 of an item: its header points unless N/A. */
export function applicableFormula(item: Item): string {
  return `IF(${itemNames(item).level}="${NOT_APPLICABLE}",0,${num(item.points)})`;
}

/** 1 while the item still needs an answer (unscored, or a band level without points). */
export function remainingFormula(item: Item): string {
  const n = itemNames(item);
  const done = [`${n.level}="${NOT_APPLICABLE}"`, `${n.level}="${NOT_MET}"`];
  for (const band of bandsOf(item)) if (band.fixed) done.push(`${n.level}="${band.label}"`);
  if (hasPointsInput(item)) done.push(`ISNUMBER(${n.points})`);
  if (item.count) done.push(`ISNUMBER(${n.count})`);
  return `IF(OR(${done.join(',')}),0,1)`;
}

/** A message when the inputs are not valid for the item, else the item's source note (or ""). */
export function checkFormula(item: Item): string {
  const n = itemNames(item);
  const allowed = levelChoices(item);
  const parts: string[] = [
    `IF(OR(${n.level}="",${allowed.map((a) => `${n.level}="${a}"`).join(',')}),"","等第應為 ${allowed.join('、')}；")`,
  ];
  if (hasPointsInput(item)) {
    for (const band of bandsOf(item)) {
      if (band.fixed) continue;
      parts.push(
        `IF(AND(${n.level}="${band.label}",ISNUMBER(${n.points}),NOT(${bandTest(band, n.points, item.count?.step)})),"「${band.label}」得分應${describeBand(band)}${item.count ? `且為 ${formatPoints(item.count.step)} 的倍數` : ''}；","")`,
      );
    }
    parts.push(
      `IF(AND(ISNUMBER(${n.points}),OR(${n.level}="${NOT_APPLICABLE}",${n.level}="${NOT_MET}")),"已選${'「'}不適用／未達${'」'}，得分請留空；","")`,
    );
  }
  if (item.count) {
    parts.push(`IF(AND(ISNUMBER(${n.count}),OR(${n.count}<0,${n.count}<>INT(${n.count}))),"數量應為 0 以上的整數；","")`);
  }
  const problems = parts.join('&');
  const note = item.sourceNote ? `"※${item.sourceNote}"` : '""';
  return `IF(${problems}="",${note},${problems})`;
}

function levelPointsText(band: Band): string {
  return band.fixed ? `${formatPoints(band.max)} 分` : `${formatPoints(band.min)}＜分≦${formatPoints(band.max)}`;
}

export interface ScoringValues {
  /** The level cell: 可/良/優, 不適用, 未達, or blank. */
  readonly level?: CellValue;
  readonly points?: CellValue;
  readonly count?: CellValue;
  readonly self?: CellValue;
}

/**
 * Builds 評分 for `rubric`, prefilled with `values` by item id.
 * @returns the sheet and the names it defines
 */
export function scoringSheet(
  rubric: Rubric,
  values: Readonly<Record<string, ScoringValues>> = {},
): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('scoring', SHEETS.scoring);
  const C = SCORING_COLUMNS;
  for (const [key, col] of Object.entries(C)) b.column(col, WIDTHS[key as keyof typeof C], key === 'remaining');
  const last = C.check;

  b.value('A1', '初審評分工作表（依附表一給分標準逐項評分；列印送審請用「附表一(列印)」）', titleStyle(16)).merge(`A1:${cellAddress(1, last)}`).row(1, 30);
  b.value('A2', '受評單位', labelStyle()).formula('B2', 'IF(cand_name="","（請於基本資料填寫單位名稱）",cand_name)', textStyle({ alignment: { vertical: 'middle' } }));
  b.merge('B2:D2');
  b.value('E2', '總計實得分數', labelStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } })).merge('E2:G2');
  b.formula('H2', 'ROUND(total_score,2)', computedStyle({ font: { name: BODY_FONT, size: 14, bold: true }, numberFormat: '0.00' })).merge('H2:I2');
  b.formula(
    'J2',
    `IF(${REMAINING_NAME}=0,"評分完成","尚有 "&${REMAINING_NAME}&" 項未評")`,
    computedStyle({ font: { name: BODY_FONT, size: 10, color: COLORS.warn } }),
  ).merge('J2:K2');
  b.row(2, 26);
  b.value(
    'A3',
    '填寫方式：於「初審等第」選擇等第（不適用、未達亦可選）；給分標準為「視狀況給分」之等第，請於「得分」填入該等第範圍內之分數；7.2、7.3 請填「數量」。黃底為輸入欄，其餘由公式計算。',
    { font: { name: BODY_FONT, size: 10, color: COLORS.muted }, alignment: { wrapText: true, vertical: 'middle' } },
  ).merge(`A3:${cellAddress(3, last)}`).row(3, 28);

  const headers: [number, string][] = [
    [C.item, '項目（配分）'],
    [C.label, '等第'],
    [C.criterion, '給分標準（照錄附表一）'],
    [C.levelPoints, '等第配分'],
    [C.self, '自評'],
    [C.level, '初審等第'],
    [C.points, '得分'],
    [C.count, '數量'],
    [C.earned, '計算得分'],
    [C.applicable, '可評點數'],
    [C.check, '檢查／來源註記'],
    [C.remaining, '未評'],
  ];
  for (const [col, text] of headers) b.value(cellAddress(4, col), text, labelStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
  b.row(4, 30);
  b.freeze = { rows: 4, columns: 0 };

  let row = 5;
  const sectionWeightedCells: string[] = [];
  const remainingCells: string[] = [];
  for (const section of rubric.sections) {
    const sn = sectionNames(section);
    b.value(cellAddress(row, 1), `${section.numeral}、${section.title}（權重 ${section.weight}）`, labelStyle({ fill: COLORS.section, font: { name: BODY_FONT, size: 12, bold: true } }));
    b.merge(`${cellAddress(row, 1)}:${cellAddress(row, last)}`).row(row, 22);
    row++;
    const firstItemRow = row;
    // A section's heading goes with its first item; an item's rows (merged down) never straddle a page.
    b.keep(row - 1, row + section.items[0]!.levels.length - 1);
    for (const item of section.items) {
      b.keep(row, row + item.levels.length - 1);
      row = itemRows(b, item, row, values[item.id] ?? {});
      remainingCells.push(cellAddress(row - item.levels.length, C.remaining));
    }
    const lastItemRow = row - 1;
    // 可評得點數() / 可評總點數() × 總點數(100) × weight = (), as printed on the form.
    const sumOf = (col: number) => `SUM(${cellAddress(firstItemRow, col)}:${cellAddress(lastItemRow, col)})`;
    b.value(cellAddress(row, C.item), '小計', labelStyle({ alignment: { horizontal: 'center', vertical: 'middle' } }));
    b.formula(
      cellAddress(row, C.criterion),
      `"可評得點數("&TEXT(${sn.earned},"0.0#")&") ÷ 可評總點數("&TEXT(${sn.applicable},"0.0#")&") × 總點數(100) × ${section.weight} = ("&TEXT(${sn.weighted},"0.00")&")"`,
      computedStyle({ alignment: { horizontal: 'left', vertical: 'middle' } }),
    );
    b.merge(`${cellAddress(row, C.criterion)}:${cellAddress(row, C.count)}`);
    b.formula(cellAddress(row, C.earned), sumOf(C.earned), computedStyle({ numberFormat: '0.0#', font: { name: BODY_FONT, size: 11, bold: true } }));
    b.formula(cellAddress(row, C.applicable), sumOf(C.applicable), computedStyle({ numberFormat: '0.0#', font: { name: BODY_FONT, size: 11, bold: true } }));
    b.formula(
      cellAddress(row, C.check),
      `IF(${sn.applicable}>0,${sn.earned}/${sn.applicable}*100*${section.weight},0)`,
      computedStyle({ numberFormat: '"加權 "0.00', font: { name: BODY_FONT, size: 11, bold: true } }),
    );
    b.name(sn.earned, cellAddress(row, C.earned), `${section.numeral} 可評得點數`);
    b.name(sn.applicable, cellAddress(row, C.applicable), `${section.numeral} 可評總點數`);
    b.name(sn.weighted, cellAddress(row, C.check), `${section.numeral} 加權分數`);
    sectionWeightedCells.push(cellAddress(row, C.check));
    b.row(row, 22);
    row += 2;
  }

  b.value(cellAddress(row, C.item), '總計實得分數（一至七項之總和）', labelStyle({ fill: COLORS.section }));
  b.merge(`${cellAddress(row, C.item)}:${cellAddress(row, C.applicable)}`);
  b.formula(cellAddress(row, C.check), `SUM(${sectionWeightedCells.join(',')})`, computedStyle({ numberFormat: '0.00', font: { name: BODY_FONT, size: 14, bold: true } }));
  b.name(TOTAL_NAME, cellAddress(row, C.check), '總計實得分數（一至七項加權分數之和）');
  b.row(row, 26);
  row++;
  b.formula(cellAddress(row, C.check), `SUM(${remainingCells.join(',')})`, computedStyle({ numberFormat: '0' }));
  b.value(cellAddress(row, C.item), '尚未評分項數', labelStyle());
  b.merge(`${cellAddress(row, C.item)}:${cellAddress(row, C.applicable)}`);
  b.name(REMAINING_NAME, cellAddress(row, C.check), '尚未評分（或待填得分）之項數');

  b.pageSetup = a4Page('landscape', `A1:${cellAddress(row, last)}`, { printTitleRows: '4:4' });
  b.protect = true;
  b.tabColor = 'FF2E75B6';
  return { sheet: b.build(), names: b.names };
}

function itemRows(b: SheetBuilder, item: Item, top: number, values: ScoringValues): number {
  const C = SCORING_COLUMNS;
  const n = itemNames(item);
  const bands = bandsOf(item);
  const bottom = top + item.levels.length - 1;
  const span = (col: number) => (bottom > top ? b.merge(`${cellAddress(top, col)}:${cellAddress(bottom, col)}`) : b);

  const title = `${item.id} ${item.title}\n（${formatPoints(item.points)}分）`;
  b.value(cellAddress(top, C.item), title, textStyle({ font: { name: BODY_FONT, size: 10, bold: true } }));
  span(C.item);
  // Rows hold their criterion; the item's title and source note (merged over
  // the rows) may need more, which goes to the last row.
  const levelHeights = item.levels.map((level) => wrappedHeight(level.text, WIDTHS.criterion, 10));
  const needed = Math.max(wrappedHeight(title, WIDTHS.item, 10), item.sourceNote ? wrappedHeight(`※${item.sourceNote}`, WIDTHS.check, 10) : 0);
  const shortfall = needed - levelHeights.reduce((a, h) => a + h, 0);
  if (shortfall > 0) levelHeights[levelHeights.length - 1]! += shortfall;
  item.levels.forEach((level, i) => {
    const r = top + i;
    const band = bands[i]!;
    b.value(cellAddress(r, C.label), level.label, textStyle({ alignment: { horizontal: 'center', vertical: 'middle' } }));
    b.value(cellAddress(r, C.criterion), level.text, textStyle());
    const countNote = item.count ? `每${item.count.per}${item.count.unit === '事業單位' ? '家' : '項'} ${formatPoints(item.count.step)} 分，最高 ${formatPoints(item.count.max)}` : levelPointsText(band);
    b.value(cellAddress(r, C.levelPoints), countNote, textStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }));
    b.row(r, levelHeights[i]!);
  });

  const input = (col: number, value: CellValue | undefined, name: string, extra = {}) => {
    b.value(cellAddress(top, col), value ?? null, inputStyle({ alignment: { horizontal: 'center', vertical: 'middle' }, ...extra }));
    b.name(name, cellAddress(top, col));
    span(col);
  };
  const blank = (col: number) => {
    b.value(cellAddress(top, col), null, computedStyle({ fill: COLORS.computed }));
    span(col);
  };

  input(C.self, values.self, n.self);
  b.validate({ range: cellAddress(top, C.self), type: 'list', values: item.levels.map((l) => l.label), error: `自評應為 ${item.levels.map((l) => l.label).join('、')}` });
  input(C.level, values.level, n.level);
  b.validate({ range: cellAddress(top, C.level), type: 'list', values: levelChoices(item), error: `項目 ${item.id} 等第應為 ${levelChoices(item).join('、')}` });
  b.highlight({
    range: cellAddress(top, C.level),
    formula: `AND(${absolute(cellAddress(top, C.self))}<>"",${absolute(cellAddress(top, C.level))}<>"",${absolute(cellAddress(top, C.self))}<>${absolute(cellAddress(top, C.level))})`,
    fill: COLORS.differs,
  });

  if (hasPointsInput(item)) {
    input(C.points, values.points, n.points, { numberFormat: '0.0#' });
    b.validate({
      range: cellAddress(top, C.points),
      type: 'decimal',
      min: 0,
      max: maxPoints(item),
      error: `項目 ${item.id} 得分應在 0 至 ${formatPoints(maxPoints(item))} 之間，並落在所選等第的範圍內`,
    });
  } else blank(C.points);

  if (item.count) {
    input(C.count, values.count, n.count, { numberFormat: '0' });
    b.validate({ range: cellAddress(top, C.count), type: 'whole', min: 0, max: 100000, error: `項目 ${item.id} 數量應為 0 以上的整數（${item.count.unit}數）` });
  } else blank(C.count);

  b.formula(cellAddress(top, C.earned), earnedFormula(item), computedStyle({ numberFormat: '0.0#' }));
  b.name(n.earned, cellAddress(top, C.earned));
  span(C.earned);
  b.formula(cellAddress(top, C.applicable), applicableFormula(item), computedStyle({ numberFormat: '0.0#' }));
  b.name(n.applicable, cellAddress(top, C.applicable));
  span(C.applicable);
  b.formula(cellAddress(top, C.check), checkFormula(item), textStyle({ font: { name: BODY_FONT, size: 10, color: COLORS.bad }, alignment: { vertical: 'middle', wrapText: true } }));
  span(C.check);
  b.formula(cellAddress(top, C.remaining), remainingFormula(item), computedStyle({ numberFormat: '0' }));
  span(C.remaining);
  return bottom + 1;
}
