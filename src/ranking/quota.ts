// 附表三「優良單位及優良人員獎額分配表」，轉錄自《推行職業安全衛生優良單位及人員選拔
// 作業要點》（勞動部112年1月19日勞職安字第11102074091號令修正），來源檔
// docs/source/113-osh-selection.txt。初審單位名稱逐字照錄；PDF 表格換行切斷
// 之名稱（如「國家科學及技術委員會新 / 竹科學園區管理局」）已接回，不另增刪字。

/** The three levels of 附表三, as printed in its 級別 column. */
import { problem, problemText, type Problem } from '../review/problem.ts';
export type QuotaLevel = '第一級' | '第二級' | '第三級';

export interface QuotaRow {
  readonly level: QuotaLevel;
  /** 初審單位, in printed order. */
  readonly units: readonly string[];
  /** 推薦優良單位額度. */
  readonly unitQuota: number;
  /** 推薦優良人員額度. */
  readonly personQuota: number;
}

export const ANNEX3_TITLE = '優良單位及優良人員獎額分配表';

export const ANNEX3: readonly QuotaRow[] = [
  {
    level: '第一級',
    units: ['臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市'],
    unitQuota: 5,
    personQuota: 2,
  },
  {
    level: '第二級',
    units: ['新竹縣', '苗栗縣', '彰化縣', '南投縣', '雲林縣', '嘉義縣', '屏東縣', '宜蘭縣', '新竹市'],
    unitQuota: 2,
    personQuota: 1,
  },
  {
    level: '第三級',
    units: [
      '基隆市',
      '嘉義市',
      '花蓮縣',
      '臺東縣',
      '澎湖縣',
      '金門縣',
      '連江縣',
      '國家科學及技術委員會新竹科學園區管理局',
      '國家科學及技術委員會中部科學園區管理局',
      '國家科學及技術委員會南部科學園區管理局',
      '經濟部產業園區管理局',
      '經濟部地質調查及礦業管理中心',
    ],
    unitQuota: 1,
    personQuota: 1,
  },
];

/** 附表三 註一. */
export const ANNEX3_NOTE_1 = '本表係以地區性勞動人數及投保事業單位數分級。';

/** 附表三 註二: the size consideration the ranking reminds reviewers of. */
export const ANNEX3_NOTE_2 =
  '基於鼓勵僱用勞工未滿 100 人之事業單位積極落實職場安全衛生政策及措施，初審單位於推薦優良單位時，應將事業規模及性質納入綜合考量。';

export const ANNEX3_NOTES: readonly string[] = [ANNEX3_NOTE_1, ANNEX3_NOTE_2];

/** The size threshold of 註二 (僱用勞工未滿 100 人). */
export const SMALL_UNIT_WORKERS = 100;

/** Every 初審單位 of 附表三, in printed order. */
export const REVIEW_UNITS: readonly string[] = ANNEX3.flatMap((row) => row.units);

export type QuotaResult =
  | {
      readonly ok: true;
      /** The name as printed in 附表三. */
      readonly unit: string;
      readonly level: QuotaLevel;
      readonly unitQuota: number;
      readonly personQuota: number;
    }
  /** Not a 初審單位 of 附表三: `problem` (unit-unknown), in zh-TW as `message`. */
  | { readonly ok: false; readonly problem: Problem; readonly message: string };

/** A 附表三 row found for a 初審單位. */
export type Quota = Extract<QuotaResult, { readonly ok: true }>;

/**
 * A typed name in the printed form: 台 and 臺 are both in everyday use (the
 * 牙醫師公會 letter itself writes 台北市), and names copied from the PDF
 * carry its line-break spaces, so both are folded away.
 */
export function normalizeUnitName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/台/g, '臺');
}

/**
 * The 初審意見表 heads its 初審單位 "○○○政府", so a city or county typed
 * with 政府 after it is taken as that 初審單位.
 */
function withoutGovernment(name: string): string {
  return /^.{2}[市縣]政府$/.test(name) ? name.slice(0, -2) : name;
}

/**
 * The 附表三 row of a 初審單位.
 * @example findQuota('台北市') // { ok: true, unit: '臺北市', level: '第一級', unitQuota: 5, personQuota: 2 }
 */
export function findQuota(unitName: string): QuotaResult {
  const wanted = withoutGovernment(normalizeUnitName(unitName));
  for (const row of ANNEX3) {
    const unit = row.units.find((u) => u === wanted);
    if (unit !== undefined) {
      return { ok: true, unit, level: row.level, unitQuota: row.unitQuota, personQuota: row.personQuota };
    }
  }
  const unknown = problem('unit-unknown', { unit: unitName, units: REVIEW_UNITS });
  return { ok: false, problem: unknown, message: problemText(unknown) };
}
