/**
 * The ids of the items still open in a score (unscored, or a band level without points), as the same set while they
 * are the same: the score is a new object after every edit, and what is built from the open items (the tabs'
 * counts, the score line's list) is rebuilt only when they change. Undefined while there is no score.
 */
import { useMemo } from 'react';
import type { Score } from '../../scoring/score.ts';

export function useOpenItems(score: Score | undefined): ReadonlySet<string> | undefined {
  const key = score ? [...score.unscored, ...score.pending].join(' ') : undefined;
  return useMemo(() => (key === undefined ? undefined : new Set(key === '' ? [] : key.split(' '))), [key]);
}
