/**
 * The pane's draft: the named input cells as the pane believes they are,
 * read with the workbook's own reader so that the score and eligibility
 * shown are exactly what the sheets will give.
 */
import { checkEligibility, type Eligibility } from '../../eligibility/eligibility.ts';
import { itemsOf } from '../../rubric/registry.ts';
import { LEVEL_LABELS, type Item, type Rubric } from '../../rubric/types.ts';
import { answer as answerSchema, type Review } from '../../review/schema.ts';
import { scoreAnswers, type Score } from '../../scoring/score.ts';
import { AWARD_FIELDS, AWARDS_NONE_FIELD, CONCERN_FIELDS, fromCell, isoToSerial, PANEL_FIELDS, type InputField } from '../../sheets/fields.ts';
import { META_NAMES } from '../../sheets/meta.ts';
import { reviewPrefill, reviewScoringValues, SIMPLE_FIELDS } from '../../sheets/prefill.ts';
import { itemRecords, readItemCells, readReview, type CellProblem, type ItemRead, type NamedCell, type ReadResult } from '../../sheets/reader.ts';
import { hasPointsInput, itemNames } from '../../sheets/scoring.ts';
import type { CellValue } from '../../sheets/types.ts';
import { currentRocYear, todayIso } from './field-value.ts';

/** Named input cells by defined name; null is a blank cell. */
export type CellValues = Readonly<Record<string, CellValue>>;

/** The input names of one item that the workbook defines. */
export function itemInputNames(item: Item): string[] {
  const n = itemNames(item);
  return [n.level, ...(hasPointsInput(item) ? [n.points] : []), ...(item.count ? [n.count] : [])];
}

/** Every named input cell of a review of `rubric`. */
export function inputNames(rubric: Rubric): string[] {
  const names = [...SIMPLE_FIELDS.map((f) => f.name), ...CONCERN_FIELDS.map((f) => f.name), AWARDS_NONE_FIELD.name];
  for (const item of itemsOf(rubric)) names.push(itemNames(item).self, ...itemInputNames(item));
  return names;
}

/** Every input cell blank. */
export function blankValues(rubric: Rubric): Record<string, CellValue> {
  return Object.fromEntries(inputNames(rubric).map((n) => [n, null]));
}

/** Every field the pane edits, by defined name. */
export const FIELDS_BY_NAME: ReadonlyMap<string, InputField> = new Map(
  [...SIMPLE_FIELDS, ...CONCERN_FIELDS, AWARDS_NONE_FIELD].map((f) => [f.name, f]),
);

/** The award rows and the panel rows: the reader compacts them, so they are read and written whole. */
export const AWARD_NAMES: readonly string[] = AWARD_FIELDS.flatMap((a) => [a.type.name, a.year.name]);
export const PANEL_NAMES: readonly string[] = PANEL_FIELDS.flatMap((m) => [m.name.name, m.organisation.name, m.title.name]);

export interface Draft {
  /**
   * The review the cells make. A blank or bad 選拔年度 / 評鑑日期 is replaced by
   * this year / today so the score can still be shown (see `missing`).
   */
  readonly review: Review | undefined;
  readonly score: Score | undefined;
  /** Undefined until the selection year and the review date are known. */
  readonly eligibility: Eligibility | undefined;
  /** Problems the reader finds in the cells, by name. */
  readonly problems: readonly CellProblem[];
  /** Which of the two facts the rules need are missing. */
  readonly missing: { readonly year: boolean; readonly date: boolean };
}

function lookupOver(rubric: Rubric, values: CellValues): (name: string) => NamedCell | undefined {
  return (name) => {
    if (name === META_NAMES.rubric) return { sheet: '', address: name, value: rubric.id };
    return Object.hasOwn(values, name) ? { sheet: '', address: name, value: values[name] ?? null } : undefined;
  };
}

/**
 * Reads `values` as the workbook's reader would, with the score and eligibility they give. Given the draft before,
 * its eligibility is kept, the same object, when the facts the rules read are the same (a level's click, a typed
 * opinion): what shows it is not rendered again.
 */
export function deriveDraft(rubric: Rubric, values: CellValues, now: Date = new Date(), before?: Draft): Draft {
  const yearOk = (() => {
    const parsed = fromCell({ type: 'rocYear' }, values.review_year ?? null);
    return parsed.ok && parsed.value !== undefined;
  })();
  const dateOk = (() => {
    const parsed = fromCell({ type: 'date' }, values.review_date ?? null);
    return parsed.ok && parsed.value !== undefined;
  })();
  const filled: CellValues = {
    ...values,
    ...(yearOk ? {} : { review_year: currentRocYear(now) }),
    ...(dateOk ? {} : { review_date: isoToSerial(todayIso(now)) }),
  };
  const prior = before && READS.get(before);
  const read = (prior?.rubric === rubric ? rereadItems(rubric, prior, filled) : undefined) ?? readReview(lookupOver(rubric, filled));
  const review = read.review;
  const scored = review ? scoreAnswers(rubric, review.items) : undefined;
  const score = scored?.ok ? scored.score : undefined;
  const facts = review && yearOk && dateOk ? { selectionYear: review.selectionYear, reviewDate: review.reviewDate, candidate: review.candidate } : undefined;
  const eligibility = facts && before?.eligibility && before.review && sameFacts(facts, before.review) ? before.eligibility : facts && checkEligibility(facts);
  const draft: Draft = { review, score, eligibility, problems: read.problems, missing: { year: !yearOk, date: !dateOk } };
  READS.set(draft, { rubric, filled, read });
  return draft;
}

/** The cells each draft was read from, and the read: the next draft reads again only the items whose cells changed. */
const READS = new WeakMap<Draft, { readonly rubric: Rubric; readonly filled: CellValues; readonly read: ReadResult }>();

/** Each item's input cells (level, points, count, 自評) by name. */
const ITEMS_BY_NAME = new WeakMap<Rubric, ReadonlyMap<string, Item>>();
function itemsByName(rubric: Rubric): ReadonlyMap<string, Item> {
  let map = ITEMS_BY_NAME.get(rubric);
  if (!map) {
    map = new Map(itemsOf(rubric).flatMap((item) => [...itemInputNames(item), itemNames(item).self].map((name) => [name, item] as const)));
    ITEMS_BY_NAME.set(rubric, map);
  }
  return map;
}

/**
 * The read of `filled` from the read of the cells before, when only items' cells changed (a level's click, points
 * typed): those items are read again, each as the reader reads it, and the rest of the review is the one read before.
 * Undefined, and the whole review is read, when anything else changed, when the read before found a problem, or when
 * an item read again has one.
 */
function rereadItems(rubric: Rubric, prior: { readonly filled: CellValues; readonly read: ReadResult }, filled: CellValues): ReadResult | undefined {
  const before = prior.read.review;
  if (!before || prior.read.problems.length > 0) return undefined;
  const byName = itemsByName(rubric);
  const changed = new Set<Item>();
  // The same names (as many, and each of these there before), with only items' values changed.
  const names = Object.keys(filled);
  if (names.length !== Object.keys(prior.filled).length) return undefined;
  for (const name of names) {
    if (prior.filled[name] === filled[name]) continue;
    const item = byName.get(name);
    if (!item || !Object.hasOwn(prior.filled, name)) return undefined;
    changed.add(item);
  }
  if (changed.size === 0) return prior.read;
  const lookup = lookupOver(rubric, filled);
  const reread = new Map<string, ItemRead>();
  for (const item of changed) {
    const cells = readItemCells(item, lookup);
    if (cells.problems.length > 0 || (cells.answer && !answerSchema.safeParse(cells.answer).success)) return undefined;
    if (cells.self !== undefined && !(LEVEL_LABELS as readonly string[]).includes(cells.self)) return undefined;
    reread.set(item.id, cells);
  }
  // As the reader builds them, with the items not read again as they were.
  const { items, self } = itemRecords(rubric, (item) => reread.get(item.id) ?? { answer: before.items[item.id], self: before.selfAssessment?.[item.id] });
  // The review's keys in the schema's order, 自評 right after the items, as parsing gives them.
  const review: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(before)) {
    if (key === 'selfAssessment') continue;
    review[key] = key === 'items' ? items : value;
    if (key === 'items' && Object.keys(self).length > 0) review.selfAssessment = self;
  }
  return { review: review as Review, rubric: prior.read.rubric, problems: [] };
}

function sameFacts(facts: Pick<Review, 'selectionYear' | 'reviewDate' | 'candidate'>, review: Review): boolean {
  return facts.selectionYear === review.selectionYear && facts.reviewDate === review.reviewDate && sameJson(facts.candidate, review.candidate);
}

/** JSON equality that ignores key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The cell values a host's read gives, in the canonical form the writers
 * use; undefined when the read found no review to take values from.
 */
export function valuesFromRead(rubric: Rubric, read: ReadResult): Record<string, CellValue> | undefined {
  if (!read.review) return undefined;
  const out = blankValues(rubric);
  for (const [name, value] of Object.entries(reviewPrefill(read.review))) if (Object.hasOwn(out, name)) out[name] = value;
  const scoring = reviewScoringValues(rubric, read.review);
  for (const item of itemsOf(rubric)) {
    const n = itemNames(item);
    const v = scoring[item.id] ?? {};
    out[n.level] = v.level ?? null;
    out[n.self] = v.self ?? null;
    if (hasPointsInput(item)) out[n.points] = v.points ?? null;
    if (item.count) out[n.count] = v.count ?? null;
  }
  return out;
}
