/**
 * One item's inputs as the pane shows them, and the cells each edit writes:
 * a change of level clears points that no longer fit, a count decides the
 * level of the counted items, and out-of-band points are refused before
 * anything is written.
 */
import type { Item, LevelLabel } from '../../rubric/types.ts';
import { countPoints } from '../../scoring/answer.ts';
import { bandOf, inBand, levelForPoints, type Band } from '../../scoring/band.ts';
import { hasPointsInput, itemNames, NOT_APPLICABLE, NOT_MET } from '../../sheets/scoring.ts';
import type { CellValue } from '../../sheets/types.ts';
import type { CellValues } from './draft.ts';
import { parseDecimal } from './field-value.ts';

/** What the reviewer can pick for an item: its levels, 不適用 or 未達. */
export type LevelChoice = LevelLabel | typeof NOT_APPLICABLE | typeof NOT_MET;

/** The reviewer's choices for `item`, in the order the level cell's drop-down lists them. */
export function levelChoicesOf(item: Item): LevelChoice[] {
  return [...item.levels.map((l) => l.label), NOT_APPLICABLE, NOT_MET];
}

function isChoice(item: Item, value: CellValue | undefined): value is LevelChoice {
  return typeof value === 'string' && (levelChoicesOf(item) as string[]).includes(value);
}

/** The item's cells read for the pane. */
export interface ItemInputs {
  /** The level cell, when it holds one of the item's choices. */
  readonly level: LevelChoice | undefined;
  readonly points: number | undefined;
  readonly count: number | undefined;
  readonly self: LevelLabel | undefined;
  /**
   * The choice shown as picked: the level cell, or for a counted item with
   * a count and no level, the level the count earns (優, or 未達 for 0).
   */
  readonly shown: LevelChoice | undefined;
  /** The band of the picked level when it is a band the reviewer gives points in. */
  readonly band: Band | undefined;
  /** Points the count earns, for counted items with a count. */
  readonly countEarned: number | undefined;
}

const num = (v: CellValue | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Reads `item`'s cells from `values`. */
export function itemInputs(item: Item, values: CellValues): ItemInputs {
  const n = itemNames(item);
  const raw = values[n.level];
  const level = isChoice(item, raw) ? raw : undefined;
  const selfRaw = values[n.self];
  const self = item.levels.find((l) => l.label === selfRaw)?.label;
  const points = hasPointsInput(item) ? num(values[n.points]) : undefined;
  const count = item.count ? num(values[n.count]) : undefined;
  const countEarned = item.count && count !== undefined && Number.isInteger(count) && count >= 0 ? countPoints(item, count) : undefined;
  let shown = level;
  if (shown === undefined && countEarned !== undefined) shown = countEarned > 0 ? item.levels.at(-1)!.label : NOT_MET;
  const picked = level !== undefined && level !== NOT_APPLICABLE && level !== NOT_MET ? bandOf(item, level) : undefined;
  const band = picked && !picked.fixed && !item.count ? picked : undefined;
  return { level, points, count, self, shown, band, countEarned };
}

/**
 * The cells to write when the reviewer picks `choice` (one write). A level
 * of a 最高N分 band comes with its maximum, so one click scores the item;
 * points already typed that fit the band stay.
 */
export function levelEdit(item: Item, values: CellValues, choice: LevelChoice | undefined): Record<string, CellValue> {
  const n = itemNames(item);
  const now = itemInputs(item, values);
  const out: Record<string, CellValue> = { [n.level]: choice ?? null };
  const clearsAll = choice === undefined || choice === NOT_APPLICABLE || choice === NOT_MET;
  const band = !clearsAll ? bandOf(item, choice) : undefined;
  const banded = hasPointsInput(item) && band !== undefined && !band.fixed && !item.count;
  if (banded && (now.points === undefined || !inBand(band, now.points))) out[n.points] = band.max;
  else if (!banded && hasPointsInput(item) && now.points !== undefined) out[n.points] = null;
  if (item.count && now.count !== undefined && (clearsAll || choice === undefined)) out[n.count] = null;
  return out;
}

/** The candidate's 自評 (one write). */
export function selfEdit(item: Item, choice: LevelLabel | undefined): Record<string, CellValue> {
  return { [itemNames(item).self]: choice ?? null };
}

export type ItemInputIssue =
  | { readonly code: 'points-number' }
  | { readonly code: 'points-out-of-band'; readonly band: Band }
  | { readonly code: 'count-integer' };

export type ItemEdit =
  | {
      readonly ok: true;
      readonly cells: Record<string, CellValue>;
      /** The level the typed points fall in, when it is not the one picked (it is written with them). */
      readonly moved?: LevelLabel;
    }
  | { readonly ok: false; readonly issue: ItemInputIssue };

/**
 * The cells to write for points typed for the picked band level. Points in
 * another level's band pick that level (`moved` says which, for the pane to
 * say so); points in no band, or not a number, are refused (nothing to write).
 */
export function pointsEdit(item: Item, values: CellValues, text: string): ItemEdit {
  const n = itemNames(item);
  if (text.trim() === '') return { ok: true, cells: { [n.points]: null } };
  const points = parseDecimal(text);
  if (points === undefined) return { ok: false, issue: { code: 'points-number' } };
  const band = itemInputs(item, values).band;
  if (band && !inBand(band, points)) {
    const other = levelForPoints(item, points);
    if (other && !other.fixed) return { ok: true, cells: { [n.level]: other.label, [n.points]: points }, moved: other.label };
    return { ok: false, issue: { code: 'points-out-of-band', band } };
  }
  return { ok: true, cells: { [n.points]: points } };
}

/**
 * The cells to write for a count typed for a counted item. The count
 * decides the level: a picked 優 that the count does not earn is cleared,
 * so the sheet never holds a conflict.
 */
export function countEdit(item: Item, values: CellValues, text: string): ItemEdit {
  const n = itemNames(item);
  if (text.trim() === '') return { ok: true, cells: { [n.count]: null } };
  const count = parseDecimal(text);
  if (count === undefined || !Number.isInteger(count)) return { ok: false, issue: { code: 'count-integer' } };
  const cells: Record<string, CellValue> = { [n.count]: count };
  const now = itemInputs(item, values);
  if (now.level !== undefined && (now.level === NOT_APPLICABLE || now.level === NOT_MET || countPoints(item, count) === 0)) cells[n.level] = null;
  if (now.points !== undefined) cells[n.points] = null;
  return { ok: true, cells };
}
