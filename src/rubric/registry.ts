/**
 * Every edition of the rubric the project knows, by id.
 */
import { oshUnit113 } from './osh-unit-113.ts';
import type { Item, Rubric } from './types.ts';

export const RUBRICS: Readonly<Record<string, Rubric>> = { [oshUnit113.id]: oshUnit113 };

/** The edition used when a new review is made. */
export const DEFAULT_RUBRIC: Rubric = oshUnit113;

/** The rubric with `id`, or undefined. */
export function findRubric(id: string): Rubric | undefined {
  return Object.hasOwn(RUBRICS, id) ? RUBRICS[id] : undefined;
}

/** All items of a rubric in printed order. */
export function itemsOf(rubric: Rubric): Item[] {
  return rubric.sections.flatMap((s) => s.items);
}

/** The item with `id` ("2.3"), or undefined. */
export function findItem(rubric: Rubric, id: string): Item | undefined {
  return itemsOf(rubric).find((i) => i.id === id);
}
