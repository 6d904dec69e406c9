/**
 * 附表一 as a hand-typed oracle for the scoring tests: every value below was
 * typed from docs/source/113-osh-selection.txt (附表一), NOT read
 * from src/rubric or computed with src/scoring/band.ts.
 *
 * A level is either fixed ("(2.0分)") or a band "視狀況給分/加給分數，最高 N 分"
 * written here with both ends typed out: (lo, hi], lo exclusive.
 */
import type { LevelLabel } from '../../src/rubric/types.ts';

export type HandLevel =
  | { readonly label: LevelLabel; readonly kind: 'fixed'; readonly points: number }
  | { readonly label: LevelLabel; readonly kind: 'band'; readonly lo: number; readonly hi: number };

export interface HandCount {
  /** Counted units per step ("每增加二家"). */
  readonly per: number;
  /** The cap ("最高3.0分"). */
  readonly max: number;
}

export interface HandItem {
  readonly id: string;
  readonly section: string;
  /** Header points "(3.0分)". */
  readonly header: number;
  readonly levels: readonly HandLevel[];
  readonly count?: HandCount;
}

const f = (label: LevelLabel, points: number): HandLevel => ({ label, kind: 'fixed', points });
const b = (label: LevelLabel, lo: number, hi: number): HandLevel => ({ label, kind: 'band', lo, hi });

/** The usual 可/良/優 fixed triple. */
const fixed3 = (a: number, c: number, e: number): HandLevel[] => [f('可', a), f('良', c), f('優', e)];

function item(id: string, header: number, levels: HandLevel[], count?: HandCount): HandItem {
  return { id, section: id.split('.')[0]!, header, levels, ...(count ? { count } : {}) };
}

export const HAND_ITEMS: readonly HandItem[] = [
  item('1.1', 3, fixed3(2, 2.5, 3)),
  item('1.2', 1.5, fixed3(0.5, 1, 1.5)),
  item('1.3', 2.5, fixed3(1.5, 2, 2.5)),
  item('1.4', 1, [f('可', 0.5), f('良', 1)]),

  item('2.1', 3, fixed3(1, 2, 3)),
  item('2.2', 3, fixed3(2, 2.5, 3)),
  item('2.3', 3, [b('可', 0, 1.5), b('良', 1.5, 2), b('優', 2, 3)]),
  item('2.4', 4, [f('可', 2), b('良', 2, 3), b('優', 3, 4)]),
  item('2.5', 3, [f('可', 1), b('良', 1, 2), b('優', 2, 3)]),
  item('2.6', 4, fixed3(1, 2, 4)),

  item('3.1', 4, fixed3(2, 3, 4)),
  item('3.2', 3, fixed3(1, 2, 3)),
  item('3.3', 2, fixed3(1, 1.5, 2)),
  item('3.4', 3, fixed3(2, 2.5, 3)),
  item('3.5', 3, fixed3(2, 2.5, 3)),
  item('3.6', 2, [f('可', 1), f('良', 1.5)]),
  item('3.7', 3, fixed3(2, 2.5, 3)),

  item('4.1', 4, fixed3(2, 3, 4)),
  item('4.2', 2, fixed3(1, 1.5, 2)),
  item('4.3', 2, [f('可', 1), f('良', 2)]),
  item('4.4', 2, [f('可', 1), f('良', 2)]),
  item('4.5', 2, [f('可', 1), f('良', 2)]),

  item('5.1', 2, fixed3(1, 1.5, 2)),
  item('5.2', 2, fixed3(1, 1.5, 2)),
  item('5.3', 2, fixed3(1, 1.5, 2)),
  item('5.4', 2, fixed3(1, 1.5, 2)),
  item('5.5', 2, fixed3(1, 1.5, 2)),

  item('6.1', 4, fixed3(3, 3.5, 4)),
  item('6.2', 3, fixed3(2, 2.5, 3)),
  item('6.3', 3, fixed3(2, 2.5, 3)),

  item('7.1', 10, [f('良', 6), f('優', 10)]),
  item('7.2', 3, [b('優', 0, 3)], { per: 2, max: 3 }),
  item('7.3', 2, [b('優', 0, 2)], { per: 2, max: 2 }),
  item('7.4', 5, [f('可', 2), f('優', 5)]),
];

/** [id, numeral, weight, sum of header points], typed from the section headers of 附表一. */
export const HAND_SECTIONS: readonly { readonly id: string; readonly numeral: string; readonly weight: number; readonly header: number }[] = [
  { id: '1', numeral: '一', weight: 0.08, header: 8 },
  { id: '2', numeral: '二', weight: 0.2, header: 20 },
  { id: '3', numeral: '三', weight: 0.2, header: 20 },
  { id: '4', numeral: '四', weight: 0.12, header: 12 },
  { id: '5', numeral: '五', weight: 0.1, header: 10 },
  { id: '6', numeral: '六', weight: 0.1, header: 10 },
  { id: '7', numeral: '七', weight: 0.2, header: 20 },
];

export const ITEM_IDS: readonly string[] = HAND_ITEMS.map((i) => i.id);

export function handItem(id: string): HandItem {
  const found = HAND_ITEMS.find((i) => i.id === id);
  if (!found) throw new Error(`no hand-typed item ${id}`);
  return found;
}

export function handSection(id: string): (typeof HAND_SECTIONS)[number] {
  const found = HAND_SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`no hand-typed section ${id}`);
  return found;
}

/** The most the item can earn (its top level's points), 1.5 for 3.6. */
export function handBest(item: HandItem): number {
  const top = item.levels.at(-1)!;
  return top.kind === 'fixed' ? top.points : top.hi;
}

/** Points as the form prints them in messages: "2.0", "1.5". */
export function printed(points: number): string {
  return Number.isInteger(points) ? points.toFixed(1) : String(points);
}
