/**
 * Merging what the host reads back into the pane's cells without clobbering
 * what the reviewer is editing or has just written, and without moving rows
 * around when the sheet says the same thing in another shape.
 */
import { itemsOf } from '../../rubric/registry.ts';
import type { Rubric } from '../../rubric/types.ts';
import type { Review } from '../../review/schema.ts';
import { CONCERN_FIELDS, type JsonPath } from '../../sheets/fields.ts';
import { getPath, SIMPLE_FIELDS } from '../../sheets/prefill.ts';
import { itemNames } from '../../sheets/scoring.ts';
import type { CellValue } from '../../sheets/types.ts';
import { AWARD_NAMES, itemInputNames, PANEL_NAMES, sameJson, type CellValues } from './draft.ts';

/** Cells that are read and compared together, with where their meaning lives in the review. */
export interface CellGroup {
  readonly names: readonly string[];
  readonly path: (selectionYear: number) => JsonPath;
}

/** The groups of a rubric's input cells. */
export function cellGroups(rubric: Rubric): CellGroup[] {
  const grouped = new Set([...AWARD_NAMES, ...PANEL_NAMES]);
  const groups: CellGroup[] = SIMPLE_FIELDS.filter((f) => !grouped.has(f.name)).map((f) => ({ names: [f.name], path: f.path }));
  groups.push({ names: AWARD_NAMES, path: () => ['candidate', 'awards'] });
  groups.push({ names: PANEL_NAMES, path: () => ['panel'] });
  groups.push({ names: CONCERN_FIELDS.map((f) => f.name), path: () => ['candidate', 'laborConditionConcerns'] });
  for (const item of itemsOf(rubric)) {
    groups.push({ names: itemInputNames(item), path: () => ['items', item.id] });
    groups.push({ names: [itemNames(item).self], path: () => ['selfAssessment', item.id] });
  }
  return groups;
}

export interface MergeInput {
  readonly rubric: Rubric;
  /** The pane's cells. */
  readonly local: CellValues;
  /** The review the pane's cells make (see `deriveDraft`). */
  readonly localReview: Review | undefined;
  /** The cells the host read, canonical (see `valuesFromRead`). */
  readonly host: CellValues;
  readonly hostReview: Review;
  /** Names the pane must keep: being edited, being written, or not saved. */
  readonly keep: (name: string) => boolean;
}

/**
 * The pane's cells after a read: each group is taken from the host unless
 * one of its cells is kept, or the group already means the same in both.
 */
export function mergeRead(input: MergeInput): Record<string, CellValue> {
  const { rubric, local, localReview, host, hostReview, keep } = input;
  const out: Record<string, CellValue> = { ...local };
  for (const group of cellGroups(rubric)) {
    if (group.names.some(keep)) continue;
    if (localReview) {
      const mine = getPath(localReview, group.path(localReview.selectionYear));
      const theirs = getPath(hostReview, group.path(hostReview.selectionYear));
      if (sameJson(mine, theirs)) continue;
    }
    for (const name of group.names) out[name] = host[name] ?? null;
  }
  return out;
}
