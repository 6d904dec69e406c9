/**
 * What the summary shows: the total to two decimals, each section's
 * weighted score against its share of 100, and the items still open
 * (unscored, or a band level without points) in rubric order.
 */
import { useState } from 'react';
import { itemsOf } from '../../../rubric/registry.ts';
import type { Item } from '../../../rubric/types.ts';
import type { ScoreSummaryProps } from './ScoreSummary.types.ts';

export interface SectionBar {
  readonly id: string;
  readonly numeral: string;
  readonly weighted: number;
  /** The section's share of 100 (weight × 100). */
  readonly max: number;
}

export interface ScoreSummaryState {
  readonly total: string;
  readonly bars: readonly SectionBar[];
  readonly remaining: readonly Item[];
  readonly shown: readonly Item[];
  readonly expanded: boolean;
  readonly toggle: () => void;
  readonly canExpand: boolean;
}

export function useScoreSummary(props: ScoreSummaryProps): ScoreSummaryState {
  const { rubric, score, inlineLinks = 6 } = props;
  const [expanded, setExpanded] = useState(false);
  const open = new Set(score ? [...score.unscored, ...score.pending] : itemsOf(rubric).map((i) => i.id));
  const remaining = itemsOf(rubric).filter((i) => open.has(i.id));
  const bars = rubric.sections.map((s) => ({
    id: s.id,
    numeral: s.numeral,
    weighted: score?.sections.find((x) => x.id === s.id)?.weighted ?? 0,
    max: Math.round(s.weight * 10000) / 100,
  }));
  return {
    total: (score?.total ?? 0).toFixed(2),
    bars,
    remaining,
    shown: expanded ? remaining : remaining.slice(0, inlineLinks),
    expanded,
    toggle: () => setExpanded((e) => !e),
    canExpand: remaining.length > inlineLinks,
  };
}
