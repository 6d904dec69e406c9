/**
 * Several 評鑑人員's reviews of ONE candidate, merged into the panel's view:
 * per item every member's answer, the panel's points and where the members
 * part; facts the copies disagree on, listed rather than picked; the 優點 and
 * 建議 gathered; and a merged review the engine can score.
 *
 * Decisions, so the workbook and the panel read the same thing:
 * - The panel's points are the mean of the members who scored the item.
 *   Members who marked it N/A, left it blank or chose a band level without
 *   points are left out of the mean, and the item is flagged for discussion.
 *   The item is N/A only when every member said N/A.
 * - The merged answer is points-only, so its level follows from the points.
 *   The mean is rounded to 2 decimals (the precision reviewers type); when
 *   that is not a value the item allows (a gap between fixed levels, or not a
 *   step of a counted item) it goes to the nearest allowed value, half up, and
 *   the item is flagged: 2.0 and 3.0 on item 1.1 give 2.5, 良 exactly, but
 *   2.0 and 2.5 give 2.25, which no level allows, so 2.5.
 * - A fact the copies disagree on is left out of the merged review, so the
 *   eligibility rules report it as missing instead of trusting one member;
 *   lists (awards, 勞動條件 concerns) are merged as a union, because dropping
 *   one member's entry could hide an ineligibility. The review date is the
 *   latest one, the stricter day for validity dates.
 */
import { problem as coded, problemMessage, type IdentityField, type Problem } from '../review/problem.ts';
import type { Answer, Candidate, Review } from '../review/schema.ts';
import { findRubric, itemsOf, RUBRICS } from '../rubric/registry.ts';
import type { Item, LevelLabel, Rubric } from '../rubric/types.ts';
import { resolveAnswer, type ResolvedAnswer } from '../scoring/answer.ts';
import { bandsOf, formatPoints, POINTS_EPSILON } from '../scoring/band.ts';

/** One member's review and where it came from (a file name, a sheet name). */
export interface PanelInput {
  readonly source: string;
  readonly review: Review;
}

/** Misuse of `mergeReviews`: nothing to merge, or two inputs with one label. */
export class PanelMergeError extends Error {
  override readonly name = 'PanelMergeError';
}

/** Why the copies cannot be merged, with each input's value. */
export interface MergeProblem {
  /** JSON path of what differs ("candidate.ubn", "items.2.3"). */
  readonly path: string;
  /** The inputs concerned. */
  readonly sources: readonly string[];
  /** Why, coded. */
  readonly problem: Problem;
  /** `problem` in zh-TW. */
  readonly message: string;
}

function mergeProblem(path: string, sources: readonly string[], problem: Problem): MergeProblem {
  return { path, sources, problem, message: problemMessage(problem) };
}

export interface MemberAnswer {
  readonly source: string;
  readonly state: ResolvedAnswer['state'];
  /** The level met; null when none (N/A, unscored, 0 points). */
  readonly level: LevelLabel | null;
  /** Points given; null unless scored. */
  readonly points: number | null;
}

export type ItemFlagCode =
  /** Scoring members chose different levels (0 points counts as 未達). */
  | 'level-disagreement'
  /** Some members said N/A while others scored or left it blank. */
  | 'na-disagreement'
  /** Some members left the item blank or gave a band level without points. */
  | 'member-missing'
  /** The mean is no value the item allows; the nearest allowed one is used. */
  | 'snapped';

export interface ItemFlag {
  readonly code: ItemFlagCode;
  readonly message: string;
}

export interface ItemMerge {
  readonly id: string;
  readonly title: string;
  readonly members: readonly MemberAnswer[];
  /** scored: by at least one member; na: every member said N/A; unscored: neither. */
  readonly state: 'scored' | 'na' | 'unscored';
  /** Mean of the scoring members' points, full precision; null unless scored. */
  readonly mean: number | null;
  /** The panel's points (the mean, rounded or moved to an allowed value). */
  readonly points: number | null;
  /** The level the panel's points fall in; null when none (0 points, N/A, unscored). */
  readonly level: LevelLabel | null;
  /** Highest minus lowest points among the scoring members; null unless scored. */
  readonly spread: number | null;
  readonly flags: readonly ItemFlag[];
}

/** A value the copies disagree on, with what the merge did about it. */
export interface FactConflict {
  readonly path: string;
  /** Each input's value; undefined when that input left it blank. */
  readonly values: readonly { readonly source: string; readonly value: unknown }[];
  readonly resolution: 'omitted' | 'union' | 'latest';
  readonly message: string;
}

export interface PanelMerge {
  readonly sources: readonly string[];
  /** The panel's review: points-only answers, agreed facts, gathered opinions. */
  readonly review: Review;
  readonly items: readonly ItemMerge[];
  /** Ids of the items that carry a flag, in rubric order. */
  readonly discuss: readonly string[];
  readonly factConflicts: readonly FactConflict[];
  /** 優點, one line each, duplicates removed, in the members' order. */
  readonly strengths: readonly string[];
  /** 建議, likewise. */
  readonly suggestions: readonly string[];
}

export type MergeResult =
  | { readonly ok: true; readonly merge: PanelMerge }
  | { readonly ok: false; readonly problems: readonly MergeProblem[] };

// ---------------------------------------------------------------- identity

/** Names compared as typed by different people: spaces and 台/臺 do not count. */
function sameName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/台/g, '臺');
}

function given(text: string | undefined): string | undefined {
  const t = text?.trim();
  return t ? t : undefined;
}

function quoted(value: unknown): string {
  return value === undefined ? '（未填）' : typeof value === 'string' ? `「${value}」` : JSON.stringify(value);
}

function listValues(values: readonly { source: string; value: unknown }[]): string {
  return values.map((v) => `${v.source} ${quoted(v.value)}`).join('、');
}

/** A problem when the given values (blank ones ignored) are not all the same. */
function differs(
  inputs: readonly PanelInput[],
  field: IdentityField,
  read: (r: Review) => string | number | undefined,
  key: (v: string | number) => string = String,
): MergeProblem | undefined {
  const values = inputs.map((i) => ({ source: i.source, value: read(i.review) }));
  const keys = new Set(values.filter((v) => v.value !== undefined).map((v) => key(v.value!)));
  if (keys.size <= 1) return undefined;
  const given = values.filter((v) => v.value !== undefined);
  return mergeProblem(
    field,
    given.map((v) => v.source),
    coded('merge-differs', { field, values: given }),
  );
}

function identityProblems(inputs: readonly PanelInput[]): MergeProblem[] {
  return [
    differs(inputs, 'rubric', (r) => r.rubric),
    differs(inputs, 'selectionYear', (r) => r.selectionYear),
    differs(inputs, 'candidate.name', (r) => given(r.candidate.name), (v) => sameName(String(v))),
    differs(inputs, 'candidate.ubn', (r) => given(r.candidate.ubn)),
  ].filter((p): p is MergeProblem => p !== undefined);
}

// ---------------------------------------------------------------- items

interface Resolved {
  readonly source: string;
  readonly value: ResolvedAnswer;
}

/** Every member's answers resolved against the rubric, or the invalid ones. */
function resolveAll(
  inputs: readonly PanelInput[],
  rubric: Rubric,
): { readonly ok: true; readonly byItem: readonly Resolved[][] } | { readonly ok: false; readonly problems: MergeProblem[] } {
  const problems: MergeProblem[] = [];
  const items = itemsOf(rubric);
  const known = new Set(items.map((i) => i.id));
  for (const input of inputs) {
    for (const id of Object.keys(input.review.items)) {
      if (!known.has(id)) {
        problems.push(mergeProblem(`items.${id}`, [input.source], coded('merge-unknown-item', { source: input.source, rubric: rubric.id, item: id })));
      }
    }
  }
  const byItem = items.map((item) =>
    inputs.flatMap((input): Resolved[] => {
      const result = resolveAnswer(item, input.review.items[item.id]);
      if (result.ok) return [{ source: input.source, value: result.value }];
      problems.push(mergeProblem(`items.${item.id}`, [input.source], { ...result.problem.problem, where: input.source }));
      return [];
    }),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, byItem };
}

function round2(n: number): number {
  // Trim float noise first so that 2.675 stays 2.68 (see ranking's roundTotal).
  return Math.round(Number((n * 100).toPrecision(12))) / 100;
}

function isAllowed(item: Item, points: number): boolean {
  const result = resolveAnswer(item, { points });
  return result.ok && result.value.state === 'scored';
}

/** The values an item allows besides a point inside a band: 0 and each level's top, or each step of a count. */
function allowedValues(item: Item): number[] {
  if (item.count) {
    const { step, max } = item.count;
    return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  }
  return [0, ...bandsOf(item).map((b) => b.max)];
}

/**
 * The panel's points for a mean: rounded to 2 decimals, or, when the item
 * does not allow that, the nearest allowed value (half up).
 */
export function settlePoints(item: Item, mean: number): { readonly points: number; readonly snapped: boolean } {
  const rounded = round2(mean);
  if (isAllowed(item, rounded)) return { points: rounded, snapped: false };
  let best = 0;
  let bestDistance = Infinity;
  for (const value of allowedValues(item)) {
    const distance = Math.abs(value - mean);
    // `<=` with ascending values: an exact half goes up.
    if (distance < bestDistance - POINTS_EPSILON || Math.abs(distance - bestDistance) <= POINTS_EPSILON) {
      best = value;
      bestDistance = distance;
    }
  }
  return { points: best, snapped: true };
}

function levelName(level: LevelLabel | null): string {
  return level ?? '未達';
}

function memberOf(r: Resolved): MemberAnswer {
  const v = r.value;
  if (v.state === 'scored') return { source: r.source, state: v.state, level: v.level, points: v.points };
  if (v.state === 'pending') return { source: r.source, state: v.state, level: v.level, points: null };
  return { source: r.source, state: v.state, level: null, points: null };
}

function describeMember(m: MemberAnswer): string {
  switch (m.state) {
    case 'scored':
      return `${m.source} ${levelName(m.level)} ${formatPoints(m.points!)}`;
    case 'na':
      return `${m.source} 不適用`;
    case 'pending':
      return `${m.source} ${m.level}（待填分數）`;
    case 'unscored':
      return `${m.source} 未評`;
  }
}

function mergeItem(item: Item, resolved: readonly Resolved[]): ItemMerge {
  const members = resolved.map(memberOf);
  const scored = members.filter((m) => m.state === 'scored');
  const na = members.filter((m) => m.state === 'na');
  const missing = members.filter((m) => m.state === 'unscored' || m.state === 'pending');
  const label = `項目 ${item.id}「${item.title}」`;
  const flags: ItemFlag[] = [];

  if (na.length > 0 && na.length < members.length) {
    flags.push({
      code: 'na-disagreement',
      message: `${label}：${na.map((m) => m.source).join('、')} 標示不適用，其他委員則否（${members.map(describeMember).join('；')}）；不適用者不計入平均，請小組討論本項是否適用。`,
    });
  }
  if (missing.length > 0 && scored.length > 0) {
    flags.push({
      code: 'member-missing',
      message: `${label}：${missing.map(describeMember).join('、')}，未計入平均。`,
    });
  }

  if (scored.length === 0) {
    const state = na.length === members.length ? 'na' : 'unscored';
    if (state === 'unscored' && missing.some((m) => m.state === 'pending')) {
      flags.push({ code: 'member-missing', message: `${label}：尚無委員給分（${members.map(describeMember).join('；')}）。` });
    }
    return { id: item.id, title: item.title, members, state, mean: null, points: null, level: null, spread: null, flags };
  }

  const points = scored.map((m) => m.points!);
  const mean = points.reduce((a, b) => a + b, 0) / points.length;
  const spread = round2(Math.max(...points) - Math.min(...points));
  const levels = new Set(scored.map((m) => levelName(m.level)));
  if (levels.size > 1) {
    flags.push({
      code: 'level-disagreement',
      message: `${label}：委員評定之等第不同（${scored.map(describeMember).join('；')}），差距 ${formatPoints(spread)} 分。`,
    });
  }

  const settled = settlePoints(item, mean);
  const result = resolveAnswer(item, { points: settled.points });
  const level = result.ok && result.value.state === 'scored' ? result.value.level : null;
  if (settled.snapped) {
    flags.push({
      code: 'snapped',
      message: `${label}：平均 ${formatPoints(round2(mean))} 分不是本項可給之分數，取最接近之 ${formatPoints(settled.points)} 分（${levelName(level)}）；請小組確認。`,
    });
  }
  return { id: item.id, title: item.title, members, state: 'scored', mean, points: settled.points, level, spread, flags };
}

function mergedAnswer(m: ItemMerge): Answer | undefined {
  if (m.state === 'na') return { level: 'N/A' };
  if (m.state === 'scored') return { points: m.points! };
  return undefined;
}

// ---------------------------------------------------------------- facts

/** Candidate paths whose object is one fact (a year's FR and SR together, a ticked line with its text). */
const ATOMIC: readonly RegExp[] = [/^rates\.industryAverage$/, /^rates\.(own|withContractors)\.[^.]+$/, /^image\.[^.]+$/];

/**
 * Leaves by their path segments joined with NUL: item ids such as "2.3" hold
 * a dot, so a dotted string could not be split back into its keys.
 */
type Leaves = Map<string, { readonly keys: readonly string[]; readonly value: unknown }>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collectLeaves(value: unknown, keys: readonly string[], out: Leaves): void {
  if (isPlainObject(value) && !ATOMIC.some((re) => re.test(keys.join('.')))) {
    for (const [k, v] of Object.entries(value)) collectLeaves(v, [...keys, k], out);
    return;
  }
  const kept = typeof value === 'string' ? given(value) : value;
  if (kept !== undefined) out.set(keys.join('\0'), { keys, value: kept });
}

/** A form of a value in which equal facts compare equal: lists as sets, texts trimmed. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...new Set(value.map(canonical))].sort());
  if (isPlainObject(value)) {
    return JSON.stringify(
      Object.keys(value)
        .sort()
        .filter((k) => value[k] !== undefined)
        .map((k) => [k, canonical(value[k])]),
    );
  }
  if (typeof value === 'string') return JSON.stringify(value.trim());
  return JSON.stringify(value);
}

function union(lists: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const list of lists) for (const v of list as unknown[]) if (!seen.has(canonical(v))) seen.set(canonical(v), v);
  return [...seen.values()];
}

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** Merges one part of the reviews leaf by leaf, listing the leaves that disagree (paths under `prefix`). */
function mergeLeaves(
  inputs: readonly PanelInput[],
  read: (r: Review) => unknown,
  prefix: string,
  conflicts: FactConflict[],
): Record<string, unknown> {
  const perInput = inputs.map((input) => {
    const leaves: Leaves = new Map();
    collectLeaves(read(input.review), [], leaves);
    return leaves;
  });
  const all = new Map(perInput.flatMap((l) => [...l.entries()]));
  const merged: Record<string, unknown> = {};
  for (const [id, { keys }] of all) {
    const values = inputs.map((input, i) => ({ source: input.source, value: perInput[i]!.get(id)?.value }));
    const present = values.filter((v) => v.value !== undefined);
    const distinct = new Set(present.map((v) => canonical(v.value)));
    if (distinct.size <= 1) {
      setPath(merged, keys, present[0]!.value);
      continue;
    }
    const path = [prefix, ...keys].filter(Boolean).join('.');
    if (present.every((v) => Array.isArray(v.value))) {
      setPath(merged, keys, union(present.map((v) => v.value)));
      conflicts.push({
        path,
        values,
        resolution: 'union',
        message: `${path} 各份不一致（${listValues(values)}）；合併後取各份之聯集，請小組確認。`,
      });
    } else {
      conflicts.push({
        path,
        values,
        resolution: 'omitted',
        message: `${path} 各份不一致（${listValues(values)}）；合併後此欄不填，請小組確認後補填。`,
      });
    }
  }
  return merged;
}

// ---------------------------------------------------------------- opinions

/** A line's identity for de-duplication: bullets and spacing do not count. */
function lineKey(line: string): string {
  return line.replace(/^[\s●•・‧·▪■◆○\-*]+/, '').replace(/[\s\u3000]+/g, '');
}

/** Every member's lines, in order, each once. */
export function gatherLines(texts: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const text of texts) {
    for (const raw of (text ?? '').split(/\r?\n/)) {
      const line = raw.trim();
      const key = lineKey(line);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      lines.push(line);
    }
  }
  return lines;
}

// ---------------------------------------------------------------- merge

/**
 * Merges the panel members' reviews of one candidate.
 * @param inputs each member's review with a distinct source label
 * @returns `{ ok: false, problems }` when the copies are not of the same
 *   candidate, rubric and year, or an answer is invalid
 * @throws PanelMergeError when `inputs` is empty or two share a label
 */
export function mergeReviews(inputs: readonly PanelInput[]): MergeResult {
  if (inputs.length === 0) throw new PanelMergeError('mergeReviews needs at least one review');
  const labels = inputs.map((i) => i.source);
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated !== undefined) throw new PanelMergeError(`Two inputs share the source label "${repeated}"`);

  const identity = identityProblems(inputs);
  if (identity.length > 0) return { ok: false, problems: identity };
  const first = inputs[0]!.review;
  const rubric = findRubric(first.rubric);
  if (!rubric) {
    return {
      ok: false,
      problems: [mergeProblem('rubric', labels, coded('rubric-unknown', { value: first.rubric, rubrics: Object.keys(RUBRICS), at: 'merge' }))],
    };
  }
  const resolved = resolveAll(inputs, rubric);
  if (!resolved.ok) return { ok: false, problems: resolved.problems };
  const items = itemsOf(rubric).map((item, i) => mergeItem(item, resolved.byItem[i]!));

  const factConflicts: FactConflict[] = [];
  const candidate = mergeLeaves(inputs, (r) => r.candidate, 'candidate', factConflicts) as Candidate;
  // The names were found to be the same (台/臺 and spaces aside): keep the first as typed, not a conflict.
  const name = inputs.map((i) => given(i.review.candidate.name)).find((n) => n !== undefined);
  if (name !== undefined) candidate.name = name;
  const nameConflict = factConflicts.findIndex((c) => c.path === 'candidate.name');
  if (nameConflict >= 0) factConflicts.splice(nameConflict, 1);
  const top = mergeLeaves(
    inputs,
    (r) => ({ reviewUnit: r.reviewUnit, selfAssessment: r.selfAssessment, result: r.result }),
    '',
    factConflicts,
  ) as Pick<Review, 'reviewUnit' | 'selfAssessment' | 'result'>;

  const dates = inputs.map((i) => i.review.reviewDate);
  const reviewDate = [...dates].sort().at(-1)!;
  if (new Set(dates).size > 1) {
    factConflicts.push({
      path: 'reviewDate',
      values: inputs.map((i) => ({ source: i.source, value: i.review.reviewDate })),
      resolution: 'latest',
      message: `reviewDate 各份不一致（${inputs.map((i) => `${i.source} ${i.review.reviewDate}`).join('、')}）；合併後採最晚之 ${reviewDate}，以較嚴之日期檢核有效期限。`,
    });
  }

  const strengths = gatherLines(inputs.map((i) => i.review.opinion?.strengths));
  const suggestions = gatherLines(inputs.map((i) => i.review.opinion?.suggestions));

  const panelSeen = new Set<string>();
  const panel = inputs
    .flatMap((i) => i.review.panel ?? [])
    .filter((m) => {
      const key = sameName(m.name);
      if (key === '' || panelSeen.has(key)) return false;
      panelSeen.add(key);
      return true;
    });

  const answers: Record<string, Answer> = {};
  for (const m of items) {
    const a = mergedAnswer(m);
    if (a) answers[m.id] = a;
  }

  // reviewId is left out: the merged review is a new document, not any member's copy.
  const review: Review = {
    rubric: first.rubric,
    selectionYear: first.selectionYear,
    reviewDate,
    ...(top.reviewUnit !== undefined && { reviewUnit: top.reviewUnit }),
    candidate,
    items: answers,
    ...(top.selfAssessment !== undefined && { selfAssessment: top.selfAssessment }),
    ...((strengths.length > 0 || suggestions.length > 0) && {
      opinion: {
        ...(strengths.length > 0 && { strengths: strengths.join('\n') }),
        ...(suggestions.length > 0 && { suggestions: suggestions.join('\n') }),
      },
    }),
    ...(top.result !== undefined && { result: top.result }),
    ...(panel.length > 0 && { panel }),
  };

  return {
    ok: true,
    merge: {
      sources: labels,
      review,
      items,
      discuss: items.filter((m) => m.flags.length > 0).map((m) => m.id),
      factConflicts,
      strengths,
      suggestions,
    },
  };
}
