/**
 * 排序: one 初審單位's order of candidate units (補充說明 五「擬定初審單位之
 * 優良單位順序」) against its 附表三 quota, as a printable report. Values only:
 * the ranking is computed by `rankCandidates` from the review files, and the
 * report records that computation.
 *
 * One column grid serves every table (名次, 單位名稱, 統一編號, 總分, 勞工人數,
 * 說明, 檔案), so the header repeated on each printed page fits the ranked
 * list and the lists set apart alike.
 */
import type { Finding } from '../eligibility/eligibility.ts';
import { ANNEX3, ANNEX3_NOTE_1, ANNEX3_NOTE_2, ANNEX3_TITLE } from '../ranking/quota.ts';
import type { Incomplete, RankedCandidate, Ranking, SetAsideCandidate, TieGroup } from '../ranking/ranking.ts';
import { cellAddress } from './address.ts';
import { FORM_BOX as BOX } from './blocks.ts';
import { SheetBuilder } from './builder.ts';
import { signOffRows } from './blocks.ts';
import { BODY_FONT, COLORS, labelStyle, textStyle, titleStyle, wrappedHeight, a4Page } from './layout.ts';
import type { CellStyle, SheetDescription, WorkbookDescription } from './types.ts';

export const RANKING_SHEET = { key: 'ranking', name: '排序' } as const;

/** The label row under the last recommended candidate. */
export const CUT_LABEL = '以上推薦';

export const RANKING_COLUMNS = { rank: 1, name: 2, ubn: 3, total: 4, workers: 5, notes: 6, file: 7 } as const;
const WIDTHS = [7, 30, 11, 9, 11, 62, 24] as const;
const LAST = WIDTHS.length;
const TOTAL_WIDTH = WIDTHS.reduce((a, w) => a + w, 0);
const width = (col: number): number => WIDTHS[col - 1]!;
const NOTES_WIDTH = width(RANKING_COLUMNS.notes);

/** The title rows repeated on every printed page. */
export const RANKING_TITLE_ROWS = { first: 1, last: 3 } as const;

/** A file that could not be read or was not a valid review, reported in the workbook. */
export interface UnreadableFile {
  readonly file: string;
  readonly message: string;
}

export interface RankingOptions {
  /** The selection year (民國), for the title, when every review gives the same one. */
  readonly selectionYear?: number;
  readonly unreadable?: readonly UnreadableFile[];
}

const FILL = {
  recommended: 'FFE2EFDA',
  tie: 'FFFFE699',
  cut: 'FFC6E0B4',
  setAside: 'FFF2F2F2',
} as const;

function incompleteText(inc: Incomplete): string {
  const left = [...inc.unscored.map((id) => `${id}（未評）`), ...inc.pending.map((id) => `${id}（待填分數）`)];
  return `評分未完成，尚有 ${left.length} 項：${left.join('、')}；總分僅計已評項目`;
}

function findingText(f: Finding): string {
  return `［${f.clause}］${f.message}`;
}

function workersText(c: { readonly ownWorkers?: number }): string {
  return c.ownWorkers === undefined ? '未填' : String(c.ownWorkers);
}

/** The 說明 of a ranked candidate: size, ties, incomplete review, unchecked facts. */
export function rankedNotes(c: RankedCandidate, ranking: Ranking): string[] {
  const notes: string[] = [];
  const nameOf = (source: string) => ranking.ranked.find((r) => r.source === source)?.name ?? source;
  if (c.tiedAcrossCut) {
    notes.push(`⚠ 同分跨越推薦線：與 ${c.tiedWith.map(nameOf).join('、')} 同為 ${c.rounded.toFixed(2)} 分，請依說明三擇定推薦順序（見下方同分處理）`);
  } else if (c.tiedWith.length > 0) {
    notes.push(`同分：與 ${c.tiedWith.map(nameOf).join('、')} 同為 ${c.rounded.toFixed(2)} 分`);
  }
  if (c.size === 'small') notes.push(`勞工未滿 100 人（附表三 註二，應將事業規模及性質納入綜合考量）`);
  if (c.size === 'unknown') notes.push('原事業單位勞工人數未填，無法判斷是否未滿 100 人');
  if (c.incomplete) notes.push(`⚠ ${incompleteText(c.incomplete)}`);
  if (c.unconfirmed.length > 0) notes.push(`資格尚有 ${c.unconfirmed.length} 項未確認：${c.unconfirmed.map((u) => `［${u.clause}］${u.message}`).join('')}`);
  if (c.fiveStarPath) notes.push('前二年度連續獲優良獎，本年度如再獲優良獎得參加五星獎評選（要點 八）');
  return notes;
}

/** The 說明 of a candidate set apart: its findings with their clauses, and an incomplete review. */
export function setAsideNotes(c: SetAsideCandidate): string[] {
  return [...c.findings.map(findingText), ...(c.incomplete ? [`⚠ ${incompleteText(c.incomplete)}`] : [])];
}

const cellStyle = (extra: CellStyle = {}): CellStyle => textStyle({ alignment: { vertical: 'top', wrapText: true }, border: BOX, ...extra });

/**
 * Builds the ranking report of one 初審單位.
 * @example rankingWorkbook(result.ranking, { selectionYear: 113, unreadable: [{ file: 'x.xlsx', message: '不是 .xlsx 活頁簿' }] })
 */
export function rankingSheet(ranking: Ranking, options: RankingOptions = {}): SheetDescription {
  const b = new SheetBuilder(RANKING_SHEET.key, RANKING_SHEET.name);
  WIDTHS.forEach((w, i) => b.column(i + 1, w));
  const addr = cellAddress;
  const C = RANKING_COLUMNS;
  const across = (row: number, style: CellStyle, text: string | number | null, height?: number) => {
    b.value(addr(row, 1), text, style);
    b.styleRange(row, 2, row, LAST, style);
    b.merge(`${addr(row, 1)}:${addr(row, LAST)}`);
    b.row(row, height ?? Math.max(20, wrappedHeight(String(text ?? ''), TOTAL_WIDTH - 2, style.font?.size ?? 10)));
  };

  const year = options.selectionYear === undefined ? '' : `${options.selectionYear} 年`;
  across(1, titleStyle(16), `${ranking.unit} ${year}推行職業安全衛生優良單位 初審排序`, 30);
  const quota = `依附表三「${ANNEX3_TITLE}」，${ranking.unit}屬${ranking.level}：推薦優良單位額度 ${ranking.unitQuota}、推薦優良人員額度 ${ranking.personQuota}。符合參選資格 ${ranking.ranked.length} 家，推薦 ${ranking.cut.recommendedCount} 家；總分取至小數 2 位比較，同分者名次相同。`;
  across(2, { font: { name: BODY_FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, quota);

  const header = labelStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
  const headers: [number, string][] = [
    [C.rank, '名次'],
    [C.name, '單位名稱'],
    [C.ubn, '統一編號'],
    [C.total, '總分'],
    [C.workers, '勞工人數\n(原事業單位)'],
    [C.notes, '說明'],
    [C.file, '檔案'],
  ];
  for (const [col, text] of headers) b.value(addr(3, col), text, header);
  b.row(3, 30);

  let row = 4;
  const candidateRow = (
    r: number,
    cells: { rank: string | number; name: string; ubn?: string; total: number; workers: string; notes: string[]; file: string },
    extra: CellStyle = {},
  ) => {
    const base = cellStyle(extra);
    const centred = cellStyle({ ...extra, alignment: { horizontal: 'center', vertical: 'top', wrapText: true } });
    b.value(addr(r, C.rank), cells.rank, centred);
    b.value(addr(r, C.name), cells.name, base);
    b.value(addr(r, C.ubn), cells.ubn ?? '', centred);
    b.value(addr(r, C.total), cells.total, cellStyle({ ...extra, numberFormat: '0.00', alignment: { horizontal: 'right', vertical: 'top' } }));
    b.value(addr(r, C.workers), cells.workers, centred);
    const notes = cells.notes.join('\n');
    b.value(addr(r, C.notes), notes, cellStyle({ ...extra, font: { name: BODY_FONT, size: 10 } }));
    b.value(addr(r, C.file), cells.file, cellStyle({ ...extra, font: { name: BODY_FONT, size: 10 } }));
    b.row(
      r,
      Math.max(
        20,
        wrappedHeight(cells.name, width(C.name) - 1, 10),
        wrappedHeight(notes, NOTES_WIDTH - 1, 10),
        wrappedHeight(cells.file, width(C.file) - 1, 10),
      ),
    );
  };

  // The ranked list and its cut line.
  const { recommendedCount } = ranking.cut;
  if (ranking.ranked.length === 0) {
    across(row++, cellStyle(), '（無符合參選資格之單位）');
  }
  ranking.ranked.forEach((c, i) => {
    const fill = c.tiedAcrossCut ? FILL.tie : c.recommended ? FILL.recommended : undefined;
    const extra: CellStyle = fill ? { fill } : {};
    candidateRow(row, { rank: c.rank, name: c.name, ...(c.ubn !== undefined && { ubn: c.ubn }), total: c.rounded, workers: workersText(c), notes: rankedNotes(c, ranking), file: c.source }, extra);
    row++;
    if (i === recommendedCount - 1) {
      // The cut line: a thick rule under the last recommended candidate and a label row.
      b.styleRange(row - 1, 1, row - 1, LAST, { border: { ...BOX, bottom: 'thick' } });
      const tie = ranking.cut.tie ? `；⚠ 總分 ${ranking.cut.tie.rounded.toFixed(2)} 分同分者跨越推薦線，依說明三擇定後再定推薦名單` : '';
      const label = `▲ ${CUT_LABEL}（推薦優良單位額度 ${ranking.unitQuota} 家，推薦 ${recommendedCount} 家${recommendedCount < ranking.unitQuota ? '，符合參選資格者不足額度' : ''}）${tie}`;
      across(row, { font: { name: BODY_FONT, size: 11, bold: true }, fill: FILL.cut, border: { top: 'thick', bottom: 'thin', left: 'thin', right: 'thin' }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, label);
      b.row(row, Math.max(24, wrappedHeight(label, TOTAL_WIDTH - 2, 11)));
      row++;
    }
  });
  row++;

  const section = (text: string) => {
    across(row++, labelStyle({ fill: COLORS.section, font: { name: BODY_FONT, size: 12, bold: true }, alignment: { vertical: 'middle', wrapText: true } }), text, 24);
  };
  const paragraph = (text: string, style: CellStyle = {}) => {
    across(row++, { font: { name: BODY_FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true, horizontal: 'left' }, ...style }, text);
  };

  // The tie across the cut line first: 說明三 verbatim and each tied candidate's 企業形象.
  const cutTie = ranking.cut.tie;
  if (cutTie) {
    section('同分跨越推薦線之處理（勞動部函 說明三）');
    paragraph(`${cutTie.guidanceSource}：「${cutTie.guidance}」`, { font: { name: BODY_FONT, size: 10, italic: true } });
    row = tieRows(cutTie, row, across, true);
    row++;
  }
  const setAsideTable = (title: string, list: readonly SetAsideCandidate[]) => {
    section(`${title}（${list.length} 家）`);
    if (list.length === 0) {
      paragraph('無');
      return;
    }
    for (const c of list) {
      candidateRow(row++, { rank: '—', name: c.name, ...(c.ubn !== undefined && { ubn: c.ubn }), total: c.rounded, workers: '', notes: setAsideNotes(c), file: c.source }, { fill: FILL.setAside });
    }
  };
  setAsideTable('不符參選資格，不列入排序（要點 三）', ranking.ineligible);
  row++;
  setAsideTable('建議不予推薦，不列入排序（初審意見表 備註1）', ranking.notRecommended);
  row++;

  // 附表三 註二 and the small units on the list.
  section('事業規模（附表三 註二）');
  paragraph(`註二：${ANNEX3_NOTE_2}`);
  const nameOf = (source: string) => ranking.ranked.find((r) => r.source === source)?.name ?? source;
  paragraph(`${ranking.sizeConsideration.basis}列入排序者中，勞工未滿 100 人：${ranking.sizeConsideration.smallUnits.map(nameOf).join('、') || '無'}${ranking.sizeConsideration.unknownSize.length > 0 ? `；勞工人數未填：${ranking.sizeConsideration.unknownSize.map(nameOf).join('、')}` : ''}。`);
  row++;

  // Other ties only order the list; one line each.
  const otherTies = ranking.ties.filter((t) => !t.acrossCut);
  if (otherTies.length > 0) {
    section(`其他同分（未跨越推薦線，僅影響名次先後；${otherTies.length} 組）`);
    for (const tie of otherTies) row = tieRows(tie, row, across, false);
    row++;
  }

  if (ranking.warnings.length > 0) {
    section(`注意事項（${ranking.warnings.length} 則）`);
    for (const w of ranking.warnings) paragraph(`• ${w.message}`, { font: { name: BODY_FONT, size: 10, color: w.code === 'incomplete-review' ? COLORS.warn : COLORS.black } });
    row++;
  }

  const unreadable = options.unreadable ?? [];
  if (unreadable.length > 0) {
    section(`無法讀取之檔案，未列入排序（${unreadable.length} 個）`);
    for (const u of unreadable) paragraph(`• ${u.file}：${u.message}`, { font: { name: BODY_FONT, size: 10, color: COLORS.bad } });
    row++;
  }

  // 附表三 for reference: this 初審單位's row, verbatim, with its notes.
  section(`附表三\u3000${ANNEX3_TITLE}（${ranking.level}）`);
  const q = ANNEX3.find((r) => r.level === ranking.level)!;
  const quotaHead: [number, number, string][] = [
    [1, 1, '級別'],
    [2, 5, '初審單位'],
    [6, 6, '推薦優良單位額度'],
    [7, 7, '推薦優良人員額度'],
  ];
  const quotaRow: [number, number, string | number][] = [
    [1, 1, q.level],
    [2, 5, q.units.join('、')],
    [6, 6, q.unitQuota],
    [7, 7, q.personQuota],
  ];
  for (const [from, to, text] of quotaHead) {
    b.value(addr(row, from), text, header).styleRange(row, from, row, to, header);
    if (to > from) b.merge(`${addr(row, from)}:${addr(row, to)}`);
  }
  b.row(row++, 22);
  const centred = cellStyle({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
  for (const [from, to, text] of quotaRow) {
    b.value(addr(row, from), text, from === 2 ? cellStyle({ alignment: { vertical: 'middle', wrapText: true } }) : centred).styleRange(row, from, row, to, centred);
    if (to > from) b.merge(`${addr(row, from)}:${addr(row, to)}`);
  }
  b.row(row++, Math.max(22, wrappedHeight(q.units.join('、'), WIDTHS.slice(1, 5).reduce((a, w) => a + w, 0) - 2, 10)));
  paragraph(`註：一、${ANNEX3_NOTE_1}`);
  paragraph(`二、${ANNEX3_NOTE_2}`, { alignment: { vertical: 'top', wrapText: true, horizontal: 'left', indent: 2 } });

  // The members sign the order they decided, on one page with 初審單位 and the date.
  row++;
  row = signOffRows(b, row, LAST, [], ranking.unit);

  b.pageSetup = a4Page('landscape', `A1:${addr(row - 1, LAST)}`, { printTitleRows: `${RANKING_TITLE_ROWS.first}:${RANKING_TITLE_ROWS.last}`, horizontalCentered: true });
  b.freeze = { rows: RANKING_TITLE_ROWS.last, columns: 0 };
  b.protect = true;
  b.showGridLines = false;
  b.tabColor = 'FF548235';
  return b.build();
}

type Across = (row: number, style: CellStyle, text: string | number | null, height?: number) => void;

function tieRows(tie: TieGroup, top: number, across: Across, withImage: boolean): number {
  let row = top;
  const names = tie.image.map((i) => `${i.name}（${i.source}）`).join('、');
  const head = `總分 ${tie.rounded.toFixed(2)} 分同分：${names}${tie.acrossCut ? '；⚠ 跨越推薦線，須擇定何者列入推薦' : ''}`;
  across(row++, { font: { name: BODY_FONT, size: 10, bold: tie.acrossCut }, ...(tie.acrossCut ? { fill: FILL.tie } : {}), alignment: { vertical: 'middle', wrapText: true } }, head);
  if (!withImage) return row;
  for (const candidate of tie.image) {
    const facts = candidate.facts.map((f) => `${f.checked ? '☑' : '☐'} ${f.label}${f.text ? `\n\u3000\u3000具體事蹟：${f.text}` : ''}`).join('\n');
    across(row++, { font: { name: BODY_FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true, indent: 1 } }, `${candidate.name}（${candidate.source}）企業形象：\n${facts}`);
  }
  return row;
}

/** The ranking report as a workbook of one sheet. */
export function rankingWorkbook(ranking: Ranking, options: RankingOptions = {}): WorkbookDescription {
  return { sheets: [rankingSheet(ranking, options)], names: [] };
}
