/**
 * 參選資格 of a candidate unit (要點 三) and the 初審意見表's 確認事項 and
 * 備註1, as pure rules over the review's facts. Each finding names its clause.
 */
import type { Candidate, RateFigures, Review } from '../review/schema.ts';

export type RuleCode =
  | 'department'
  | 'major-disaster'
  | 'injury-rates'
  | 'contractor-rates-missing'
  | 'recent-top-award'
  | 'four-year-streak'
  | 'oshms'
  | 'safety-week'
  | 'labor-conditions';

export type Severity = 'ineligible' | 'not-recommended';

export interface Finding {
  readonly rule: RuleCode;
  /** Where the rule comes from, as printed ("要點 三(二)"). */
  readonly clause: string;
  readonly severity: Severity;
  /** zh-TW, with the figures that decided it. */
  readonly message: string;
}

/** A rule that could not be checked because a fact was not given (never guessed). */
export interface Unconfirmed {
  readonly rule: RuleCode;
  readonly clause: string;
  readonly message: string;
}

export type EligibilityStatus = 'eligible' | 'not-recommended' | 'ineligible';

/**
 * What may be said of a candidate: a finding from a given fact decides
 * (不符, 不予推薦); without one, any rule still 未確認 leaves the whole
 * 'unconfirmed', never 符合參選資格.
 */
export type EligibilityVerdict = EligibilityStatus | 'unconfirmed';

export interface Eligibility {
  readonly status: EligibilityStatus;
  readonly findings: readonly Finding[];
  readonly unconfirmed: readonly Unconfirmed[];
  /** 優良獎 in both Y-2 and Y-1: a third this year opens the 五星獎 (要點 八). */
  readonly fiveStarPath: boolean;
}

/** The clause of each rule, as printed in the source. */
export const RULE_CLAUSES: Readonly<Record<RuleCode, string>> = {
  department: '要點 三（末段）',
  'major-disaster': '要點 三(一)',
  'injury-rates': '要點 三(二)',
  'contractor-rates-missing': '初審意見表 確認事項',
  'recent-top-award': '要點 三(三)',
  'four-year-streak': '要點 三(四)',
  oshms: '要點 三(五)',
  'safety-week': '初審意見表 備註1',
  'labor-conditions': '初審意見表 備註1',
};

/** The facts the rules read, with the year and day they are judged at. */
export interface EligibilityInput {
  /** Selection year Y, 民國. */
  readonly selectionYear: number;
  /** ISO date of the review. */
  readonly reviewDate: string;
  readonly candidate: Candidate;
}

type Outcome = { finding?: Finding; unconfirmed?: Unconfirmed };

function finding(rule: RuleCode, severity: Severity, message: string): Outcome {
  return { finding: { rule, clause: RULE_CLAUSES[rule], severity, message } };
}

function unconfirmed(rule: RuleCode, message: string): Outcome {
  return { unconfirmed: { rule, clause: RULE_CLAUSES[rule], message } };
}

const NONE: Outcome = {};

/** The three years before Y: "前三年度". */
export function previousYears(y: number, count = 3): number[] {
  return Array.from({ length: count }, (_, i) => y - count + i);
}

function department(c: Candidate): Outcome {
  if (c.participatesAsDepartment === true) return finding('department', 'ineligible', '以事業單位所屬部門參選者，不予受理。');
  if (c.participatesAsDepartment === undefined) return unconfirmed('department', '未確認是否以所屬部門參選。');
  return NONE;
}

function majorDisaster(c: Candidate, y: number): Outcome {
  const window = `${y - 3}至${y}年度`;
  if (c.majorDisaster === true) {
    return finding('major-disaster', 'ineligible', `受選拔當年度及前三年度（${window}）工作場所發生重大災害。`);
  }
  if (c.disabilityGrade1to9 === true) {
    return finding('major-disaster', 'ineligible', `受選拔當年度及前三年度（${window}）發生失能程度第一至第九等級之職業災害。`);
  }
  if (c.majorDisaster === undefined || c.disabilityGrade1to9 === undefined) {
    return unconfirmed('major-disaster', `未確認${window}有無重大災害或失能第一至第九等級之職業災害。`);
  }
  return NONE;
}

function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function figuresText(f: RateFigures | undefined): string {
  return f ? `FR ${fmt(f.fr)}、SR ${fmt(f.sr)}` : '未提供';
}

/** Whether the unit has contractors: undefined when the count was not given. */
function hasContractors(c: Candidate): boolean | undefined {
  const n = c.workers?.contractors;
  return n === undefined ? undefined : n > 0;
}

/**
 * 確認事項: a unit with contractors must give the rates with them. Only the
 * facts decide: contractors not counted, or their rates not typed yet, is
 * 未確認, never 不符 (the figures may simply not have been entered).
 */
function contractorRates(c: Candidate, y: number): Outcome {
  const contractors = hasContractors(c);
  if (contractors === undefined) return unconfirmed('contractor-rates-missing', '未填承攬人勞工人數，無法確認是否應提供加計承攬人之失能傷害頻率及嚴重率。');
  if (!contractors) return NONE;
  const withContractors = c.rates?.withContractors;
  const years = previousYears(y);
  if (withContractors !== undefined && years.some((yr) => withContractors[String(yr)] !== undefined)) return NONE;
  return unconfirmed(
    'contractor-rates-missing',
    `事業單位有承攬人（${c.workers?.contractors} 人），尚未填加計承攬人之失能傷害頻率及嚴重率（${years.join('、')}年）。`,
  );
}

/**
 * 要點 三(二): each of the three years' FR and SR below the industry average.
 * A given year at or above the average is 不符; a year, the average or the
 * basis (whether there are contractors) not given leaves it 未確認.
 */
function injuryRates(c: Candidate, y: number): Outcome[] {
  const contractors = hasContractors(c);
  const withContractors = c.rates?.withContractors;
  const own = c.rates?.own;
  const years = previousYears(y);
  const compared = contractors === true ? withContractors : own;
  const basis = contractors === true ? '加計承攬人' : '原事業單位';
  const out: Outcome[] = [];
  if (contractors === undefined) out.push(unconfirmed('injury-rates', '未填承攬人勞工人數，暫以原事業單位之數據比較。'));
  const avg = c.rates?.industryAverage;
  if (!avg) out.push(unconfirmed('injury-rates', '未填同行業前三年平均值，無法比較失能傷害頻率及嚴重率。'));
  const missing = years.filter((yr) => compared?.[String(yr)] === undefined);
  if (missing.length > 0) out.push(unconfirmed('injury-rates', `尚未填${missing.join('、')}年${basis}之失能傷害頻率及嚴重率。`));
  if (!avg) return out;
  const problems: string[] = [];
  for (const yr of years) {
    const f = compared?.[String(yr)];
    if (!f) continue;
    const both = `原事業單位 ${figuresText(own?.[String(yr)])}；加計承攬人 ${figuresText(withContractors?.[String(yr)])}`;
    const over: string[] = [];
    if (!(f.fr < avg.fr)) over.push(`FR ${fmt(f.fr)} 未低於 ${fmt(avg.fr)}`);
    if (!(f.sr < avg.sr)) over.push(`SR ${fmt(f.sr)} 未低於 ${fmt(avg.sr)}`);
    if (over.length > 0) problems.push(`${yr}年${basis} ${over.join('、')}（${both}）`);
  }
  if (problems.length > 0) {
    out.push(
      finding(
        'injury-rates',
        'ineligible',
        `受選拔前三年度之失能傷害頻率、嚴重率須均低於同行業前三年平均值（FR ${fmt(avg.fr)}、SR ${fmt(avg.sr)}）：${problems.join('；')}。`,
      ),
    );
  }
  return out;
}

function awardYears(c: Candidate, types: readonly string[]): number[] {
  return (c.awards ?? []).filter((a) => types.includes(a.type)).map((a) => a.year);
}

/** The award history is a fact only once given: rows typed, or "none" confirmed (an empty list). */
const AWARDS_UNKNOWN = '未填獲獎紀錄，亦未確認無獲獎紀錄。';

function recentTopAward(c: Candidate, y: number): Outcome {
  const window = previousYears(y);
  if (c.awards === undefined) return unconfirmed('recent-top-award', AWARDS_UNKNOWN);
  const hits = (c.awards ?? []).filter((a) => (a.type === '五星獎' || a.type === '國家職業安全衛生獎') && window.includes(a.year));
  if (hits.length === 0) return NONE;
  const list = hits.map((a) => `${a.year}年${a.type}`).join('、');
  return finding('recent-top-award', 'ineligible', `受選拔前三年度（${window[0]}至${window[2]}年）曾獲五星獎或國家職業安全衛生獎：${list}。`);
}

function fourYearStreak(c: Candidate, y: number): Outcome {
  if (c.awards === undefined) return unconfirmed('four-year-streak', AWARDS_UNKNOWN);
  const years = previousYears(y, 4);
  const won = new Set(awardYears(c, ['優良獎']));
  if (!years.every((yr) => won.has(yr))) return NONE;
  return finding('four-year-streak', 'ineligible', `受選拔前四年度（${years[0]}至${years[3]}年）連續四年獲優良單位獎。`);
}

function oshms(c: Candidate, reviewDate: string): Outcome {
  if (c.requiredOshms === false) return NONE;
  if (c.requiredOshms === undefined) return unconfirmed('oshms', '未確認是否依職業安全衛生管理辦法第十二條之二應建置職業安全衛生管理系統。');
  const toshms = c.oshms?.toshmsValidUntil ?? null;
  const review = c.oshms?.performanceReviewValidUntil ?? null;
  if (toshms === null && review === null) {
    return unconfirmed('oshms', '應建置職業安全衛生管理系統，尚未填 TOSHMS 驗證或績效審查之有效期限。');
  }
  // Valid through the expiry date itself: ISO dates compare as strings.
  if ((toshms !== null && toshms >= reviewDate) || (review !== null && review >= reviewDate)) return NONE;
  const given = [toshms && `TOSHMS 驗證有效至 ${toshms}`, review && `績效審查有效至 ${review}`].filter(Boolean).join('、');
  return finding(
    'oshms',
    'ineligible',
    `應建置職業安全衛生管理系統，但於評鑑日 ${reviewDate} 未具有效之 TOSHMS 驗證或本部績效審查（${given || '均未提供'}）。`,
  );
}

function safetyWeek(c: Candidate): Outcome {
  const plan = c.safetyWeek?.planSubmitted;
  if (plan === true) return NONE;
  if (plan === undefined) return unconfirmed('safety-week', '未確認是否提報職場安全健康週實施計畫並提出佐證資料。');
  return finding('safety-week', 'not-recommended', '未配合推動職場安全健康週活動並提出佐證資料，建議不予推薦。');
}

function laborConditions(c: Candidate): Outcome {
  const concerns = c.laborConditionConcerns;
  if (concerns === undefined) return unconfirmed('labor-conditions', '未確認勞動條件（過勞、責任制爭議、身心健康事件、重大勞資爭議）。');
  if (concerns.length === 0) return NONE;
  return finding('labor-conditions', 'not-recommended', `勞動條件不佳（${concerns.join('、')}），建議不予推薦。`);
}

/** 優良獎 in Y-2 and Y-1. */
export function onFiveStarPath(c: Candidate, y: number): boolean {
  const won = new Set(awardYears(c, ['優良獎']));
  return won.has(y - 2) && won.has(y - 1);
}

/**
 * Judges a candidate's eligibility for selection year Y.
 * @example checkEligibility({ selectionYear: 113, reviewDate: '2024-04-15', candidate })
 */
export function checkEligibility(input: EligibilityInput): Eligibility {
  const { candidate: c, selectionYear: y, reviewDate } = input;
  const outcomes: Outcome[] = [
    department(c),
    majorDisaster(c, y),
    contractorRates(c, y),
    ...injuryRates(c, y),
    recentTopAward(c, y),
    fourYearStreak(c, y),
    oshms(c, reviewDate),
    safetyWeek(c),
    laborConditions(c),
  ];
  const findings = outcomes.flatMap((o) => (o.finding ? [o.finding] : []));
  const missing = outcomes.flatMap((o) => (o.unconfirmed ? [o.unconfirmed] : []));
  const status: EligibilityStatus = findings.some((f) => f.severity === 'ineligible')
    ? 'ineligible'
    : findings.length > 0
      ? 'not-recommended'
      : 'eligible';
  return { status, findings, unconfirmed: missing, fiveStarPath: onFiveStarPath(c, y) };
}

/** The verdict to show: `status`, except that an 'eligible' with rules unconfirmed is 'unconfirmed'. */
export function verdictOf(e: Pick<Eligibility, 'status' | 'unconfirmed'>): EligibilityVerdict {
  return e.status === 'eligible' && e.unconfirmed.length > 0 ? 'unconfirmed' : e.status;
}

/** Eligibility of a whole review. */
export function reviewEligibility(review: Review): Eligibility {
  return checkEligibility({ selectionYear: review.selectionYear, reviewDate: review.reviewDate, candidate: review.candidate });
}
