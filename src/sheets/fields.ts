/**
 * The named input cells of a review workbook other than the item answers:
 * each with its defined name, a label for messages, the kind of value it
 * takes and where it lives in the review JSON. Writers format review values
 * into cells with it; the reader parses cells back with it.
 */
import { normalizeDigits } from '../facts/digits.ts';
import { AWARD_TYPES, LABOR_CONCERNS } from '../review/constants.ts';
import { problem, type Problem, type Shown } from '../review/problem.ts';
import type { CellValue } from './types.ts';

export type FieldKind =
  | { readonly type: 'text'; readonly multiline?: boolean }
  /** Digits kept as text (統一編號, codes); a number typed into it is read back as digits. */
  | { readonly type: 'code'; readonly digits?: number }
  | { readonly type: 'number' }
  | { readonly type: 'integer' }
  | { readonly type: 'date' }
  | { readonly type: 'rocYear' }
  | { readonly type: 'yesNo' }
  | { readonly type: 'choice'; readonly values: readonly string[] };

/** A path into the review JSON; numbers index arrays. */
export type JsonPath = readonly (string | number)[];

export interface InputField {
  /** The defined name, e.g. "cand_name". */
  readonly name: string;
  /** zh-TW label, as shown beside the cell and in messages. */
  readonly label: string;
  readonly kind: FieldKind;
  /** Where the value lives in the review, given the selection year (rates are keyed by year). */
  readonly path: (selectionYear: number) => JsonPath;
}

export const YES = '是';
export const NO = '否';

/** A field's path that does not depend on the selection year (the 附表二 entry sheet's fields use it too). */
export const at =
  (...path: JsonPath) =>
  (): JsonPath =>
    path;

export const text = { type: 'text' } as const;
export const multiline = { type: 'text', multiline: true } as const;
const yesNo = { type: 'yesNo' } as const;
const number = { type: 'number' } as const;
const date = { type: 'date' } as const;

/** 基本資料: the header of 附表一 and the review's own facts. */
export const BASIC_FIELDS: readonly InputField[] = [
  { name: 'cand_name', label: '單位名稱', kind: text, path: at('candidate', 'name') },
  { name: 'cand_address', label: '地址', kind: text, path: at('candidate', 'address') },
  { name: 'cand_representative', label: '負責人', kind: text, path: at('candidate', 'representative') },
  { name: 'cand_classification_no', label: '事業單位分類號碼', kind: { type: 'code' }, path: at('candidate', 'classificationNo') },
  { name: 'cand_phone', label: '電話', kind: { type: 'code' }, path: at('candidate', 'phone') },
  { name: 'cand_workers_own', label: '勞工人數（原事業單位）', kind: { type: 'integer' }, path: at('candidate', 'workers', 'own') },
  { name: 'cand_workers_contractors', label: '勞工人數（承攬人）', kind: { type: 'integer' }, path: at('candidate', 'workers', 'contractors') },
  { name: 'cand_insurance_no', label: '保險證字號', kind: { type: 'code' }, path: at('candidate', 'insuranceNo') },
  { name: 'cand_ubn', label: '統一編號', kind: { type: 'code', digits: 8 }, path: at('candidate', 'ubn') },
  { name: 'cand_industry_name', label: '行業別（名稱）', kind: text, path: at('candidate', 'industryName') },
  { name: 'cand_industry_code', label: '行業別（小類代碼，3碼）', kind: { type: 'code', digits: 3 }, path: at('candidate', 'industryCode') },
  { name: 'cand_safety_staff', label: '安全衛生管理人員', kind: multiline, path: at('candidate', 'safetyStaff') },
  { name: 'review_unit', label: '初審單位', kind: text, path: at('reviewUnit') },
  { name: 'review_year', label: '選拔年度（民國）', kind: { type: 'rocYear' }, path: at('selectionYear') },
  { name: 'review_date', label: '評鑑日期', kind: date, path: at('reviewDate') },
  { name: 'review_id', label: '評審編號', kind: text, path: at('reviewId') },
];

/** 營造業 project facts (填寫補充說明 註). */
export const CONSTRUCTION_FIELDS: readonly InputField[] = [
  { name: 'cand_project_name', label: '工程名稱', kind: text, path: at('candidate', 'construction', 'projectName') },
  { name: 'cand_project_permit', label: '建築執照號碼', kind: text, path: at('candidate', 'construction', 'buildingPermitNo') },
  { name: 'cand_project_summary', label: '工程概要', kind: multiline, path: at('candidate', 'construction', 'summary') },
  { name: 'cand_project_period', label: '開工及預計完工日期', kind: text, path: at('candidate', 'construction', 'period') },
  { name: 'cand_project_progress', label: '工程進度', kind: text, path: at('candidate', 'construction', 'progress') },
  { name: 'cand_project_evidence', label: '其他相關佐證文件', kind: multiline, path: at('candidate', 'construction', 'evidence') },
];

/** 企業形象 on 附表一. */
export const IMAGE_FIELDS: readonly InputField[] = [
  { name: 'cand_image_sharing', label: '提供安全衛生技術、管理等經驗予社會', kind: yesNo, path: at('candidate', 'image', 'experienceSharing', 'checked') },
  { name: 'cand_image_sharing_text', label: '具體事蹟（經驗分享）', kind: multiline, path: at('candidate', 'image', 'experienceSharing', 'text') },
  { name: 'cand_image_welfare', label: '工安公益（含家庭、社區工安知識傳播）', kind: yesNo, path: at('candidate', 'image', 'publicWelfare', 'checked') },
  { name: 'cand_image_welfare_text', label: '具體事蹟（工安公益）', kind: multiline, path: at('candidate', 'image', 'publicWelfare', 'text') },
  { name: 'cand_image_other', label: '其他', kind: yesNo, path: at('candidate', 'image', 'other', 'checked') },
  { name: 'cand_image_other_text', label: '具體事蹟（其他）', kind: multiline, path: at('candidate', 'image', 'other', 'text') },
];

/** The years of the rates table: 1 is Y-3, 2 is Y-2, 3 is Y-1. */
export const RATE_YEARS = [1, 2, 3] as const;
export const AWARD_ROWS = 8;
export const PANEL_ROWS = 4;

const rateField = (basis: 'own' | 'withContractors', tag: 'own' | 'con', measure: 'fr' | 'sr', n: number): InputField => ({
  name: `elig_${tag}_${measure}_${n}`,
  label: `${basis === 'own' ? '原事業單位' : '加計承攬人'} ${measure === 'fr' ? '失能傷害頻率' : '失能傷害嚴重率'}（前${4 - n}年度）`,
  kind: number,
  path: (y) => ['candidate', 'rates', basis, String(y - 4 + n), measure],
});

export const LABOR_CONCERN_NAMES: Readonly<Record<(typeof LABOR_CONCERNS)[number], string>> = {
  過勞: 'elig_concern_overwork',
  責任制爭議: 'elig_concern_hours',
  身心健康事件: 'elig_concern_health',
  重大勞資爭議: 'elig_concern_dispute',
};

/** 資格審查: the facts the eligibility rules read. Awards and labour concerns are lists; see `LIST_FIELDS`. */
export const ELIGIBILITY_FIELDS: readonly InputField[] = [
  { name: 'elig_department', label: '以事業單位所屬部門參選', kind: yesNo, path: at('candidate', 'participatesAsDepartment') },
  { name: 'elig_major_disaster', label: '當年度及前三年度發生重大災害', kind: yesNo, path: at('candidate', 'majorDisaster') },
  { name: 'elig_disability_1to9', label: '當年度及前三年度發生失能第一至第九等級職業災害', kind: yesNo, path: at('candidate', 'disabilityGrade1to9') },
  { name: 'elig_industry_code_corrected', label: '行業別修正為（小類代碼）', kind: { type: 'code', digits: 3 }, path: at('candidate', 'industryCodeCorrected') },
  { name: 'elig_avg_fr', label: '同行業前三年平均值 失能傷害頻率', kind: number, path: at('candidate', 'rates', 'industryAverage', 'fr') },
  { name: 'elig_avg_sr', label: '同行業前三年平均值 失能傷害嚴重率', kind: number, path: at('candidate', 'rates', 'industryAverage', 'sr') },
  ...RATE_YEARS.flatMap((n) => [
    rateField('own', 'own', 'fr', n),
    rateField('own', 'own', 'sr', n),
    rateField('withContractors', 'con', 'fr', n),
    rateField('withContractors', 'con', 'sr', n),
  ]),
  { name: 'elig_oshms_required', label: '依職業安全衛生管理辦法第十二條之二應建置職業安全衛生管理系統', kind: yesNo, path: at('candidate', 'requiredOshms') },
  { name: 'elig_toshms_until', label: 'TOSHMS 驗證有效期限', kind: date, path: at('candidate', 'oshms', 'toshmsValidUntil') },
  { name: 'elig_perf_until', label: '職業安全衛生管理系統績效審查有效期限', kind: date, path: at('candidate', 'oshms', 'performanceReviewValidUntil') },
  { name: 'elig_safety_week_plan', label: '已提報職場安全健康週實施計畫並提出佐證資料', kind: yesNo, path: at('candidate', 'safetyWeek', 'planSubmitted') },
  { name: 'elig_safety_week_results', label: '已提送執行成果並取得參與證明', kind: yesNo, path: at('candidate', 'safetyWeek', 'resultsCertified') },
];

export const AWARD_FIELDS: readonly { readonly type: InputField; readonly year: InputField }[] = Array.from(
  { length: AWARD_ROWS },
  (_, i) => ({
    type: { name: `elig_award_type_${i + 1}`, label: `獲獎紀錄 ${i + 1} 獎項`, kind: { type: 'choice', values: AWARD_TYPES }, path: at('candidate', 'awards', i, 'type') },
    year: { name: `elig_award_year_${i + 1}`, label: `獲獎紀錄 ${i + 1} 年度（民國）`, kind: { type: 'rocYear' }, path: at('candidate', 'awards', i, 'year') },
  }),
);

/**
 * 獲獎紀錄 confirmed empty: blank award rows alone do not say there were no
 * awards (they may not have been typed yet), so the two award rules stay
 * 未確認 until a row is typed or this is 是. In the review JSON: `awards: []`.
 */
export const AWARDS_NONE_FIELD: InputField = {
  name: 'elig_awards_none',
  label: '前四年度無獲獎紀錄（未獲優良獎、五星獎、國家職業安全衛生獎）',
  kind: yesNo,
  path: at('candidate', 'awards'),
};

export const CONCERN_FIELDS: readonly InputField[] = LABOR_CONCERNS.map((concern) => ({
  name: LABOR_CONCERN_NAMES[concern],
  label: `勞動條件：${concern}`,
  kind: yesNo,
  path: at('candidate', 'laborConditionConcerns', concern),
}));

/** 評鑑人員綜合意見 and 初審結果, typed on 基本資料 and shown on the forms. */
export const OPINION_FIELDS: readonly InputField[] = [
  { name: 'opinion_strengths', label: '優點', kind: multiline, path: at('opinion', 'strengths') },
  { name: 'opinion_suggestions', label: '建議', kind: multiline, path: at('opinion', 'suggestions') },
  {
    name: 'result_decision',
    label: '初審結果',
    kind: { type: 'choice', values: ['初審通過，建議進行決審', '初審不通過，建議不納入決審', '其他'] },
    path: at('result', 'decision'),
  },
  { name: 'result_other', label: '初審結果（其他）', kind: text, path: at('result', 'otherText') },
];

export const RESULT_DECISIONS = { pass: '初審通過，建議進行決審', fail: '初審不通過，建議不納入決審', other: '其他' } as const;

/** One 現場評鑑人員 row's fields: name, organisation and title. */
export interface PanelMemberFields {
  readonly name: InputField;
  readonly organisation: InputField;
  readonly title: InputField;
}

/**
 * The 現場評鑑人員 rows of a form: names `${prefix}_name_1`, `${prefix}_org_1`,
 * `${prefix}_title_1`, …; `organisation` is the form's own word for the
 * column (初審意見表 在職單位, 附表二 任職單位).
 */
export function panelMemberFields(prefix: string, rows: number, organisation: string): readonly PanelMemberFields[] {
  return Array.from({ length: rows }, (_, i) => ({
    name: { name: `${prefix}_name_${i + 1}`, label: `現場評鑑人員 ${i + 1} 姓名`, kind: text, path: at('panel', i, 'name') },
    organisation: { name: `${prefix}_org_${i + 1}`, label: `現場評鑑人員 ${i + 1} ${organisation}`, kind: text, path: at('panel', i, 'organisation') },
    title: { name: `${prefix}_title_${i + 1}`, label: `現場評鑑人員 ${i + 1} 職稱`, kind: text, path: at('panel', i, 'title') },
  }));
}

export const PANEL_FIELDS = panelMemberFields('panel', PANEL_ROWS, '在職單位');

// ---------------------------------------------------------------------------
// Cell values ⇄ JSON values

/** Excel's day 0 for serial dates (the 1900 system, past its leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2024-04-15" → Excel serial 45397. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000;
}

/** Excel serial → "2024-04-15" (the time of day is dropped). */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** The value a writer puts in the cell for a JSON value of `kind`. */
export function toCell(kind: FieldKind, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  switch (kind.type) {
    case 'yesNo':
      return value ? YES : NO;
    case 'date':
      return isoToSerial(String(value));
    case 'number':
    case 'integer':
    case 'rocYear':
      return Number(value);
    default:
      return String(value);
  }
}

/** A cell as a reader sees it: what ExcelJS or Office.js gives for one cell. */
export type RawCell = string | number | boolean | Date | null | undefined | { readonly error: string };

/** A cell read: its value, or why not (a coded problem; the caller adds the subject, sheet, address and name). */
export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };

const okValue = (value: unknown): Parsed => ({ ok: true, value });
const bad = (p: Problem): Parsed => ({ ok: false, problem: p });

/** Days between the 1900 and the 1904 date systems' day 0 (1899-12-30 and 1904-01-01). */
export const DATE1904_OFFSET = 1462;

/** The dates a date cell may hold: 民國 1 to the end of 2099, as the cell's validation allows. */
export const DATE_MIN_SERIAL = isoToSerial('1912-01-01');
export const DATE_MAX_SERIAL = isoToSerial('2099-12-31');

/**
 * How a cell is read: what the sheet's formulas count and nothing more. The
 * formulas compare exactly (`level="優"`, `ISNUMBER(points)`, `n="是"`), so a
 * value they would not count is refused here with what to type, never
 * normalised into something they would not see.
 */
export interface ReadOptions {
  /** The workbook counts serial dates from 1904-01-01 (Mac Excel 2008 and earlier, some LibreOffice files). */
  readonly date1904?: boolean;
}

/** What a cell shows, for a message. */
function shownOf(raw: RawCell): Shown {
  if (typeof raw === 'boolean') return { logical: raw };
  if (typeof raw === 'string') return { text: raw };
  return { other: String(raw) };
}

/** A real number in the cell (a Date a host gave is the serial it stands for). */
function cellNumber(raw: RawCell): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : (raw.getTime() - EXCEL_EPOCH) / 86_400_000;
  return undefined;
}

/** The ISO date of a date serial, or undefined outside 1912–2099 or with a time of day. */
function serialDate(serial: number, options: ReadOptions): string | undefined {
  if (!Number.isInteger(serial)) return undefined;
  const s = options.date1904 ? serial + DATE1904_OFFSET : serial;
  return s >= DATE_MIN_SERIAL && s <= DATE_MAX_SERIAL ? serialToIso(s) : undefined;
}

/**
 * A date as a person types it in a text box (the task pane): 2024/04/15,
 * 2024-04-15, 113/04/15, 民國113年4月15日, full-width digits. Two-digit years
 * are not 民國 years ("24/04/15" is refused, not 民國 24).
 */
export function parseDateText(text: string): string | undefined {
  const s = normalizeDigits(text).replace(/\s/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let year: number | undefined;
  if (m) year = Number(m[1]);
  else {
    m = /^(?:民國)?(\d{3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^民國(\d{1,2})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
    if (m) year = Number(m[1]) + 1911;
  }
  if (!m || year === undefined) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(iso)) return undefined;
  const serial = isoToSerial(iso);
  return serial >= DATE_MIN_SERIAL && serial <= DATE_MAX_SERIAL ? iso : undefined;
}

/** 是/否 as a person types it in a text box (the task pane), with the usual synonyms. */
export function parseYesNoText(text: string): boolean | undefined {
  const s = normalizeDigits(text).toUpperCase();
  if (['是', 'Y', 'YES', 'TRUE', 'V', '☑', '✓', '有'].includes(s)) return true;
  if (['否', 'N', 'NO', 'FALSE', '☐', '無'].includes(s)) return false;
  return undefined;
}

/**
 * Parses one cell for `kind`, accepting exactly what the sheet's formulas
 * count. Blank cells (and cells holding only spaces, which no formula counts
 * either) give `{ ok: true, value: undefined }`. Messages say what to type;
 * the caller adds sheet, address and name.
 */
export function fromCell(kind: FieldKind, raw: RawCell, options: ReadOptions = {}): Parsed {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return okValue(undefined);
  if (typeof raw === 'object' && !(raw instanceof Date)) return bad(problem('cell-error-value', { error: raw.error, kind }));
  switch (kind.type) {
    case 'text':
      return okValue(raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));
    case 'code': {
      if (typeof raw === 'number') {
        if (!Number.isInteger(raw) || raw < 0) return bad(problem('cell-code-number', { value: raw }));
        return okValue(kind.digits ? String(raw).padStart(kind.digits, '0') : String(raw));
      }
      return okValue(normalizeDigits(String(raw)));
    }
    case 'number': {
      if (typeof raw === 'string') return bad(problem('cell-text-not-number', { text: raw, kind: kind.type }));
      const n = cellNumber(raw);
      if (n === undefined || n < 0) return bad(problem('cell-out-of-range', { kind: 'number', shown: shownOf(raw) }));
      return okValue(n);
    }
    case 'integer': {
      if (typeof raw === 'string') return bad(problem('cell-text-not-number', { text: raw, kind: kind.type }));
      const n = cellNumber(raw);
      if (n === undefined || n < 0 || !Number.isInteger(n)) return bad(problem('cell-out-of-range', { kind: 'integer', shown: shownOf(raw) }));
      return okValue(n);
    }
    case 'rocYear': {
      if (typeof raw === 'string') return bad(problem('cell-text-not-number', { text: raw, kind: kind.type }));
      const n = cellNumber(raw);
      if (n === undefined || !Number.isInteger(n) || n < 1 || n >= 300) return bad(problem('cell-out-of-range', { kind: 'rocYear', shown: shownOf(raw) }));
      return okValue(n);
    }
    case 'date': {
      if (typeof raw === 'string') return bad(problem('cell-date-text', { text: raw }));
      const n = cellNumber(raw);
      const iso = n === undefined ? undefined : serialDate(n, options);
      return iso ? okValue(iso) : bad(problem('cell-out-of-range', { kind: 'date', shown: shownOf(raw) }));
    }
    case 'yesNo': {
      if (raw === YES) return okValue(true);
      if (raw === NO) return okValue(false);
      return bad(problem('cell-not-yes-no', { shown: shownOf(raw) }));
    }
    case 'choice': {
      const s = typeof raw === 'string' ? raw : undefined;
      if (s !== undefined && kind.values.includes(s)) return okValue(s);
      return bad(problem('cell-not-choice', { values: kind.values, shown: shownOf(raw), spaces: s !== undefined && kind.values.includes(normalizeDigits(s)) }));
    }
  }
}
