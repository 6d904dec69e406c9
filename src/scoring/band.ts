/**
 * What points each level of an item allows, derived from the printed levels.
 */
import type { Item, Level, LevelLabel } from '../rubric/types.ts';

/**
 * The points a level allows: exactly `max` when `fixed`, else the half-open
 * band (`min`, `max`].
 */
export interface Band {
  readonly label: LevelLabel;
  readonly fixed: boolean;
  /** Exclusive lower bound of a band (the previous level's points, or 0). */
  readonly min: number;
  /** Inclusive upper bound; the exact points of a fixed level. */
  readonly max: number;
}

/** Points are compared with this tolerance, so 1.5 typed as 1.4999999999 is 1.5. */
export const POINTS_EPSILON = 1e-9;

function levelMax(level: Level): number {
  return level.scoring.kind === 'fixed' ? level.scoring.points : level.scoring.max;
}

/** The bands of an item's levels, in printed order. */
export function bandsOf(item: Item): Band[] {
  let previous = 0;
  return item.levels.map((level) => {
    const max = levelMax(level);
    const band: Band = { label: level.label, fixed: level.scoring.kind === 'fixed', min: previous, max };
    previous = max;
    return band;
  });
}

/** The band of one level, or undefined when the item has no such level. */
export function bandOf(item: Item, label: LevelLabel): Band | undefined {
  return bandsOf(item).find((b) => b.label === label);
}

/** Whether `points` lies in `band` (exact for a fixed level). */
export function inBand(band: Band, points: number): boolean {
  if (band.fixed) return Math.abs(points - band.max) <= POINTS_EPSILON;
  return points > band.min + POINTS_EPSILON && points <= band.max + POINTS_EPSILON;
}

/** The level whose band holds `points`, or undefined. Points 0 is no level. */
export function levelForPoints(item: Item, points: number): Band | undefined {
  return bandsOf(item).find((b) => inBand(b, points));
}

/** The most an item can earn (its best level), which may differ from its header points (3.6). */
export function maxPoints(item: Item): number {
  const bands = bandsOf(item);
  return bands.length === 0 ? 0 : Math.max(...bands.map((b) => b.max));
}

/** "1.5" for 1.5, "2.0" for 2: points as the form prints them. */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? points.toFixed(1) : String(Math.round(points * 1e6) / 1e6);
}

/** A band in words: "2.0" for a fixed level, "大於 1.5、至多 2.0" for a band. */
export function describeBand(band: Band): string {
  return band.fixed ? formatPoints(band.max) : `大於 ${formatPoints(band.min)}、至多 ${formatPoints(band.max)}`;
}

/** Every value the item allows, for messages: "0（未達）；可 2.0；良 大於 2.0、至多 3.0". */
export function describeAllowed(item: Item): string {
  return describeBands(bandsOf(item));
}

/** Every value the bands allow, 0 first: "0（未達）；可 2.0；良 大於 2.0、至多 3.0". */
export function describeBands(bands: readonly Band[]): string {
  return ['0（未達）', ...bands.map((b) => `${b.label} ${describeBand(b)}`)].join('；');
}
