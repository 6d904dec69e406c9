/**
 * The 初審單位's order of candidate units (補充說明 五「擬定初審單位之優良單位順序」)
 * against its 附表三 quota: who falls inside the cut line, who ties across it,
 * who is set apart and why. Plain data for the workbook and the CLI to render.
 */
import type { Finding, Unconfirmed } from '../eligibility/eligibility.ts';
import type { Evaluation } from '../review/evaluate.ts';
import { problem, problemText, type Problem } from '../review/problem.ts';
import type { Candidate } from '../review/schema.ts';
import { ANNEX3_NOTE_2, SMALL_UNIT_WORKERS, findQuota, normalizeUnitName, type Quota, type QuotaLevel } from './quota.ts';

/** One evaluated review and where it came from (a file name, a sheet name). */
export interface RankEntry {
  readonly source: string;
  readonly evaluation: Evaluation;
}

/**
 * 勞動部113年1月19日勞職授字第1130202337號函 說明三, verbatim: the 企業形象
 * facts are the focus when candidates tie.
 */
export const TIE_BREAK_GUIDANCE =
  '為積極維護勞動權益，建議參選單位得於企業形象之其他具體事蹟加強論述相關優良事蹟（如：勞動條件優於法令規定、提升勞工身心健康措施、工作與生活平衡、中高齡、母性及青少年勞工保護、強化外籍移工職業安全衛生知能、推動ESG永續職場安全健康發展等事項），並請初審單位納為參選單位考評同分時之推薦獲獎評核重點之一。';

export const TIE_BREAK_SOURCE = '勞動部113年1月19日勞職授字第1130202337號函 說明三';

/** The 企業形象 lines of 附表一, by their key in the review JSON. */
export const IMAGE_LINES = {
  experienceSharing: '是否提供安全衛生技術、管理等經驗予社會，以協助政府推動安全衛生之發展。',
  publicWelfare: '工安公益(含家庭、社區工安知識傳播)',
  other: '其他',
} as const;

export type ImageLine = keyof typeof IMAGE_LINES;

/** One 企業形象 line as the candidate filled it. */
export interface ImageFact {
  readonly line: ImageLine;
  readonly label: string;
  readonly checked: boolean;
  /** 具體事蹟, trimmed; empty when none was written. */
  readonly text: string;
}

/**
 * Size for 附表三 註二. The note speaks of units that 僱用 fewer than 100
 * workers, so the count is the unit's own workers (workers.own, 原事業單位):
 * contractors' workers are employed by the contractors, and 補充說明 二 keeps
 * the two counts apart for the same reason.
 */
export type UnitSize = 'small' | 'not-small' | 'unknown';

export interface Incomplete {
  readonly unscored: readonly string[];
  readonly pending: readonly string[];
}

export interface RankedCandidate {
  readonly source: string;
  /** 單位名稱, or the source when the review leaves it blank. */
  readonly name: string;
  readonly ubn?: string;
  /** 1-based place on the list. */
  readonly position: number;
  /** Competition rank: candidates tied at 2 decimals share it (1, 2, 2, 4). */
  readonly rank: number;
  /** The weighted total, full precision. */
  readonly total: number;
  /** The total rounded to 2 decimals, the figure that is compared. */
  readonly rounded: number;
  /** Inside the cut line: among the first `unitQuota` eligible candidates. */
  readonly recommended: boolean;
  /** Sources of the other candidates with the same rounded total. */
  readonly tiedWith: readonly string[];
  /** Tied at the cut line with a candidate on its other side. */
  readonly tiedAcrossCut: boolean;
  readonly ownWorkers?: number;
  readonly size: UnitSize;
  /** Items still unscored or waiting for points; null when the review is complete. */
  readonly incomplete: Incomplete | null;
  /** Eligibility rules that could not be checked for want of a fact. */
  readonly unconfirmed: readonly Unconfirmed[];
  readonly image: readonly ImageFact[];
  /** 優良獎 in the two years before: a third opens the 五星獎 (要點 八). */
  readonly fiveStarPath: boolean;
}

/** A candidate listed apart: ineligible or not recommended (初審意見表 備註1). */
export interface SetAsideCandidate {
  readonly source: string;
  readonly name: string;
  readonly ubn?: string;
  readonly total: number;
  readonly rounded: number;
  readonly findings: readonly Finding[];
  readonly incomplete: Incomplete | null;
}

/** Candidates with the same rounded total. */
export interface TieGroup {
  readonly rounded: number;
  readonly sources: readonly string[];
  /** Some of the group are inside the cut line and some outside. */
  readonly acrossCut: boolean;
  /** 說明三's text, with its source, for the reviewers deciding the tie. */
  readonly guidance: string;
  readonly guidanceSource: string;
  readonly image: readonly { readonly source: string; readonly name: string; readonly facts: readonly ImageFact[] }[];
}

export interface CutLine {
  /** 推薦優良單位額度 of the 初審單位. */
  readonly unitQuota: number;
  /** How many are recommended: the quota, or fewer when fewer are eligible. */
  readonly recommendedCount: number;
  /** Rounded total of the last recommended candidate, null when none is. */
  readonly lastRecommendedTotal: number | null;
  /** The tie across the cut line, if any. */
  readonly tie: TieGroup | null;
}

export type RankingWarningCode =
  | 'incomplete-review'
  | 'unconfirmed-eligibility'
  | 'review-unit-mismatch'
  | 'duplicate-candidate'
  | 'quota-not-filled';

export interface RankingWarning {
  readonly code: RankingWarningCode;
  /** The entries concerned. */
  readonly sources: readonly string[];
  readonly message: string;
}

export interface Ranking {
  /** The 初審單位 as printed in 附表三. */
  readonly unit: string;
  readonly level: QuotaLevel;
  readonly unitQuota: number;
  readonly personQuota: number;
  /** Eligible candidates, best first. */
  readonly ranked: readonly RankedCandidate[];
  readonly ineligible: readonly SetAsideCandidate[];
  readonly notRecommended: readonly SetAsideCandidate[];
  readonly cut: CutLine;
  /** Every group of ranked candidates tied at 2 decimals, the cut-line one included. */
  readonly ties: readonly TieGroup[];
  /** 附表三 註二, and the ranked units it speaks of. */
  readonly sizeConsideration: {
    readonly note: string;
    readonly basis: string;
    readonly smallUnits: readonly string[];
    readonly unknownSize: readonly string[];
  };
  readonly warnings: readonly RankingWarning[];
}

/** The ranking, or why not: `problem` (unit-unknown, rank-mixed), in zh-TW as `message`. */
export type RankingResult = { readonly ok: true; readonly ranking: Ranking } | { readonly ok: false; readonly problem: Problem; readonly message: string };

/**
 * The total to 2 decimals, half up. Scaling first and trimming to 12
 * significant digits keeps float noise from deciding a tie: 1.005 × 100 is
 * 100.49999999999999 in binary and must still round to 1.01.
 */
export function roundTotal(total: number): number {
  return Math.round(Number((total * 100).toPrecision(12))) / 100;
}

function nameOf(entry: RankEntry): string {
  const name = entry.evaluation.review.candidate.name?.trim();
  return name ? name : entry.source;
}

function incompleteOf(e: Evaluation): Incomplete | null {
  return e.score.complete ? null : { unscored: e.score.unscored, pending: e.score.pending };
}

function sizeOf(c: Candidate): UnitSize {
  const own = c.workers?.own;
  if (own === undefined) return 'unknown';
  return own < SMALL_UNIT_WORKERS ? 'small' : 'not-small';
}

function imageOf(c: Candidate): ImageFact[] {
  return (Object.keys(IMAGE_LINES) as ImageLine[]).map((line) => {
    const given = c.image?.[line];
    return { line, label: IMAGE_LINES[line], checked: given?.checked ?? false, text: given?.text?.trim() ?? '' };
  });
}

/**
 * Code-point order, not a locale collation: the same list must come out in
 * the same order in Node, Excel's webview and every test machine.
 */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function setAside(entry: RankEntry): SetAsideCandidate {
  const e = entry.evaluation;
  const ubn = e.review.candidate.ubn;
  return {
    source: entry.source,
    name: nameOf(entry),
    ...(ubn !== undefined && { ubn }),
    total: e.score.total,
    rounded: roundTotal(e.score.total),
    findings: e.eligibility.findings,
    incomplete: incompleteOf(e),
  };
}

function warningsOf(entries: readonly RankEntry[], unit: string): RankingWarning[] {
  const warnings: RankingWarning[] = [];
  for (const entry of entries) {
    const inc = incompleteOf(entry.evaluation);
    if (inc) {
      const left = [...inc.unscored.map((id) => `${id}（未評）`), ...inc.pending.map((id) => `${id}（待填分數）`)];
      warnings.push({
        code: 'incomplete-review',
        sources: [entry.source],
        message: `${nameOf(entry)}（${entry.source}）評分未完成，總分僅計已評項目，尚有 ${left.length} 項：${left.join('、')}。`,
      });
    }
    const eligibility = entry.evaluation.eligibility;
    // Only the eligible are ranked on unchecked facts; the others are set apart anyway.
    if (eligibility.status === 'eligible' && eligibility.unconfirmed.length > 0) {
      warnings.push({
        code: 'unconfirmed-eligibility',
        sources: [entry.source],
        message: `${nameOf(entry)}（${entry.source}）列入排序，但資格尚有 ${eligibility.unconfirmed.length} 項未確認：${eligibility.unconfirmed.map((u) => `［${u.clause}］${u.message}`).join('')}`,
      });
    }
    const reviewUnit = entry.evaluation.review.reviewUnit;
    if (reviewUnit !== undefined && reviewUnit.trim() !== '') {
      const own = findQuota(reviewUnit);
      if (!own.ok || own.unit !== unit) {
        warnings.push({
          code: 'review-unit-mismatch',
          sources: [entry.source],
          message: `${nameOf(entry)}（${entry.source}）之初審單位填為「${reviewUnit}」，與本排序之初審單位「${unit}」不同。`,
        });
      }
    }
  }

  // The same name without a 統一編號 may be the same unit (the same 統一編號 is refused by rankingRefusal).
  const byName = new Map<string, string[]>();
  for (const entry of entries) {
    const c = entry.evaluation.review.candidate;
    if (c.ubn?.trim() || !c.name?.trim()) continue;
    const key = normalizeUnitName(c.name);
    byName.set(key, [...(byName.get(key) ?? []), entry.source]);
  }
  for (const [name, sources] of byName) {
    if (sources.length < 2) continue;
    warnings.push({
      code: 'duplicate-candidate',
      sources,
      message: `單位名稱「${name}」出現 ${sources.length} 次（${sources.join('、')}），皆未填統一編號；若為同一參選單位，其多份評分表應先合併（評鑑小組合併）再排序。`,
    });
  }
  return warnings;
}

/**
 * Why these entries cannot be ranked together, or undefined: reviews of
 * different selection years, or one unit (the same 統一編號) twice, which
 * is two panel members' copies not yet merged and would take two places.
 */
export function rankingRefusal(entries: readonly RankEntry[]): Problem | undefined {
  const byYear = new Map<number, string[]>();
  for (const e of entries) byYear.set(e.evaluation.review.selectionYear, [...(byYear.get(e.evaluation.review.selectionYear) ?? []), e.source]);
  const years = byYear.size > 1 ? [...byYear].sort(([a], [b]) => a - b).map(([year, sources]) => ({ year, sources })) : [];
  const byUbn = new Map<string, string[]>();
  for (const e of entries) {
    const ubn = e.evaluation.review.candidate.ubn?.trim();
    if (ubn) byUbn.set(ubn, [...(byUbn.get(ubn) ?? []), e.source]);
  }
  const ubns = [...byUbn].filter(([, sources]) => sources.length > 1).map(([ubn, sources]) => ({ ubn, sources }));
  return years.length > 0 || ubns.length > 0 ? problem('rank-mixed', { years, ubns }) : undefined;
}

/**
 * Orders the eligible candidates of one 初審單位 and draws its cut line.
 * @param entries evaluated reviews, each with a source label
 * @param unitName the 初審單位 (台/臺 and spaces tolerated)
 * @returns `{ ok: false, message }` when the 初審單位 is not in 附表三, or
 *   the entries cannot be ranked together (see `rankingRefusal`)
 */
export function rankCandidates(entries: readonly RankEntry[], unitName: string): RankingResult {
  const quota = findQuota(unitName);
  return quota.ok ? rankWithQuota(entries, quota) : quota;
}

/**
 * Orders the eligible candidates against a 附表三 row already found (the
 * workflows look the 初審單位 up once, before reading any file).
 * @returns `{ ok: false, message }` when the entries cannot be ranked together (see `rankingRefusal`)
 */
export function rankWithQuota(entries: readonly RankEntry[], quota: Quota): RankingResult {
  const refusal = rankingRefusal(entries);
  if (refusal !== undefined) return { ok: false, problem: refusal, message: problemText(refusal) };

  const eligible = entries
    .filter((e) => e.evaluation.eligibility.status === 'eligible')
    .map((entry) => ({ entry, rounded: roundTotal(entry.evaluation.score.total), name: nameOf(entry) }))
    .sort((a, b) => b.rounded - a.rounded || byCodePoint(a.name, b.name) || byCodePoint(a.entry.source, b.entry.source));

  const recommendedCount = Math.min(quota.unitQuota, eligible.length);

  // Groups of equal rounded totals; the list is sorted, so they are runs.
  const groups: (typeof eligible)[] = [];
  for (const item of eligible) {
    const last = groups.at(-1);
    if (last && last[0]!.rounded === item.rounded) last.push(item);
    else groups.push([item]);
  }

  const ties: TieGroup[] = [];
  let cutTie: TieGroup | null = null;
  const tieOf = new Map<RankEntry, { tie: TieGroup; members: readonly RankEntry[] }>();
  let start = 0;
  for (const group of groups) {
    const end = start + group.length;
    if (group.length > 1) {
      const tie: TieGroup = {
        rounded: group[0]!.rounded,
        sources: group.map((g) => g.entry.source),
        acrossCut: start < recommendedCount && end > recommendedCount,
        guidance: TIE_BREAK_GUIDANCE,
        guidanceSource: TIE_BREAK_SOURCE,
        image: group.map((g) => ({ source: g.entry.source, name: g.name, facts: imageOf(g.entry.evaluation.review.candidate) })),
      };
      ties.push(tie);
      if (tie.acrossCut) cutTie = tie;
      const members = group.map((g) => g.entry);
      for (const g of group) tieOf.set(g.entry, { tie, members });
    }
    start = end;
  }

  let rank = 0;
  const ranked: RankedCandidate[] = eligible.map(({ entry, rounded, name }, i) => {
    if (i === 0 || eligible[i - 1]!.rounded !== rounded) rank = i + 1;
    const e = entry.evaluation;
    const c = e.review.candidate;
    const tied = tieOf.get(entry);
    const own = c.workers?.own;
    return {
      source: entry.source,
      name,
      ...(c.ubn !== undefined && { ubn: c.ubn }),
      position: i + 1,
      rank,
      total: e.score.total,
      rounded,
      recommended: i < recommendedCount,
      tiedWith: tied ? tied.members.filter((m) => m !== entry).map((m) => m.source) : [],
      tiedAcrossCut: tied?.tie.acrossCut ?? false,
      ...(own !== undefined && { ownWorkers: own }),
      size: sizeOf(c),
      incomplete: incompleteOf(e),
      unconfirmed: e.eligibility.unconfirmed,
      image: imageOf(c),
      fiveStarPath: e.eligibility.fiveStarPath,
    };
  });

  const warnings = warningsOf(entries, quota.unit);
  if (eligible.length < quota.unitQuota) {
    warnings.push({
      code: 'quota-not-filled',
      sources: [],
      message: `符合參選資格者 ${eligible.length} 家，少於${quota.unit}之推薦優良單位額度 ${quota.unitQuota} 家（附表三${quota.level}）。`,
    });
  }

  return {
    ok: true,
    ranking: {
      unit: quota.unit,
      level: quota.level,
      unitQuota: quota.unitQuota,
      personQuota: quota.personQuota,
      ranked,
      ineligible: entries.filter((e) => e.evaluation.eligibility.status === 'ineligible').map(setAside),
      notRecommended: entries.filter((e) => e.evaluation.eligibility.status === 'not-recommended').map(setAside),
      cut: {
        unitQuota: quota.unitQuota,
        recommendedCount,
        lastRecommendedTotal: recommendedCount > 0 ? ranked[recommendedCount - 1]!.rounded : null,
        tie: cutTie,
      },
      ties,
      sizeConsideration: {
        note: ANNEX3_NOTE_2,
        basis: `以原事業單位勞工人數（不含承攬人）判斷是否未滿 ${SMALL_UNIT_WORKERS} 人。`,
        smallUnits: ranked.filter((r) => r.size === 'small').map((r) => r.source),
        unknownSize: ranked.filter((r) => r.size === 'unknown').map((r) => r.source),
      },
      warnings,
    },
  };
}
