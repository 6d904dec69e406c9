/**
 * What the summary shows: the total to two decimals, each section's
 * weighted score against its share of 100, and the items still open
 * (unscored, or a band level without points) in rubric order. When it is
 * pinned, its height becomes the document's bottom scroll padding.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { itemsOf } from '../../../rubric/registry.ts';
import type { Item } from '../../../rubric/types.ts';
import { useOpenItems } from '../../state/useOpenItems.ts';
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
  /** Each section's bar, while the details are open. */
  readonly bars: readonly SectionBar[];
  readonly remaining: readonly Item[];
  readonly open: boolean;
  /** Opens or closes the details; the same function for the summary's life. */
  readonly toggle: () => void;
  /** Closes the details and jumps to the item. */
  readonly jump: (itemId: string) => void;
  readonly rootRef: RefObject<HTMLElement | null>;
  /** Escape closes the sheet and returns focus to 明細. */
  readonly onSheetKeyDown: (event: KeyboardEvent) => void;
}

export function useScoreSummary(props: ScoreSummaryProps): ScoreSummaryState {
  const { rubric, score, sticky, onJump } = props;
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  // Per set of open items and only while shown, not per render: the summary renders at each level's click (a new
  // score each time), and these walk every item. With no score yet, every item is left.
  const openIds = useOpenItems(score);
  const remaining = useMemo(() => itemsOf(rubric).filter((i) => !openIds || openIds.has(i.id)), [rubric, openIds]);
  const bars = useMemo(
    () =>
      open
        ? rubric.sections.map((s) => ({
            id: s.id,
            numeral: s.numeral,
            weighted: score?.sections.find((x) => x.id === s.id)?.weighted ?? 0,
            max: Math.round(s.weight * 10000) / 100,
          }))
        : [],
    [open, rubric, score],
  );
  const toggle = useCallback(() => setOpen((o) => !o), []);

  // Scroll padding equal to the pinned bar (WCAG 2.4.11): focus scrolled into view lands above it.
  useEffect(() => {
    const element = rootRef.current;
    const root = typeof document === 'undefined' ? undefined : document.documentElement;
    if (!sticky || !element || !root) return;
    const apply = () => {
      root.style.scrollPaddingBottom = `${Math.ceil(element.getBoundingClientRect().height) + 8}px`;
    };
    // The observer reports the bar's size once laid out, in the frame; measuring it here, in the step change's
    // task, forced the style and layout of the new step there.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : undefined;
    if (observer) observer.observe(element);
    else apply();
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [sticky]);

  return {
    total: (score?.total ?? 0).toFixed(2),
    bars,
    remaining,
    open,
    toggle,
    jump: (itemId) => {
      setOpen(false);
      onJump(itemId);
    },
    rootRef,
    onSheetKeyDown: (event) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
    },
  };
}
