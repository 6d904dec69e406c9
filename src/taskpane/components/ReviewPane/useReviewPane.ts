/**
 * The steps (基本資料, 資格審查, 一 … 七, 意見與結果, 列印, 彙整與其他表單), the one shown,
 * and moving between them: a step change scrolls to the step's heading and
 * focuses it; jumping to an item focuses its card and selects its level cell;
 * a check before printing focuses its field. Also the pane's one polite
 * announcement: the total as it changes, or what an edit changed.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findItem } from '../../../rubric/registry.ts';
import type { Section } from '../../../rubric/types.ts';
import { RESULT_DECISIONS } from '../../../sheets/fields.ts';
import { itemNames } from '../../../sheets/scoring.ts';
import type { Strings } from '../../i18n/strings.ts';
import { useOpenItems } from '../../state/useOpenItems.ts';
import { itemElementId } from '../ItemCard/useItemCard.ts';
import { opinionPagesCheck } from '../PrintStep/opinionPagesCheck.ts';
import type { PrintCheck } from '../PrintStep/PrintStep.types.ts';
import type { Step } from '../StepNav/StepNav.types.ts';
import type { ReviewPaneProps } from './ReviewPane.types.ts';
import { createLiveText, type LiveText } from './useAnnounce.ts';

export const sectionStepId = (section: Section | string): string => `section-${typeof section === 'string' ? section : section.id}`;

/** Where focus goes once a step is rendered: its heading, an item's card, or a field by its cell name. */
type FocusTarget = { readonly kind: 'heading' } | { readonly kind: 'item'; readonly id: string } | { readonly kind: 'cell'; readonly name: string } | { readonly kind: 'first' };

export interface ReviewPaneState {
  readonly steps: readonly Step[];
  readonly step: string;
  readonly index: number;
  readonly section: Section | undefined;
  /** The section a step shows, if it is one of 一 … 七. */
  readonly sectionOf: (id: string) => Section | undefined;
  /** Moves to a step, scrolls to its heading and focuses it. */
  readonly page: (id: string) => void;
  readonly jump: (itemId: string) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly mainRef: RefObject<HTMLElement | null>;
  /** What is left to do before printing, each with where to fix it. */
  readonly checks: readonly PrintCheck[];
  readonly goToCheck: (check: PrintCheck) => void;
  readonly announce: (message: string) => void;
  /** The live region's text. */
  readonly spoken: LiveText;
  /** Whether focus is about to go to an item's card (its section renders every card at once). */
  readonly focusesItem: boolean;
  /** Whether the step shown opens at its heading (a tab, 上一步 or 下一步), not at an item or a field further down. */
  readonly opensAtHeading: boolean;
}

/** No score yet: no item is counted open on the tabs. */
const NONE_OPEN: ReadonlySet<string> = new Set();

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function useReviewPane(props: ReviewPaneProps, strings: Strings): ReviewPaneState {
  const { state, actions } = props;
  const rubric = state.rubric;
  const [step, setStep] = useState(props.initialStep ?? 'basic');
  const [focus, setFocus] = useState<{ readonly target: FocusTarget; readonly seq: number } | undefined>(
    props.focusFirstField ? { target: { kind: 'first' }, seq: 0 } : undefined,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const score = state.draft.score;

  const open = useOpenItems(score) ?? NONE_OPEN;
  // The same list while the open items and the words are the same: a step change, or a level's click on an item
  // already scored, does not rebuild the tabs.
  const steps: readonly Step[] = useMemo(
    () => [
      { id: 'basic', label: strings.stepBasic, title: strings.stepBasic },
      { id: 'eligibility', label: strings.stepEligibility, title: strings.stepEligibility },
      ...rubric.sections.map((s) => {
        const title = strings.sectionHeading(s.numeral, s.title);
        const count = s.items.filter((i) => open.has(i.id)).length;
        return { id: sectionStepId(s), label: strings.stepSection(s.numeral, s.id), title, open: count, openTitle: strings.stepOpen(title, count) };
      }),
      { id: 'opinion', label: strings.stepOpinion, title: strings.stepOpinion },
      { id: 'print', label: strings.stepPrint, title: strings.stepPrint },
      { id: 'tools', label: strings.stepTools, title: strings.stepTools },
    ],
    [strings, rubric, open],
  );
  const index = Math.max(0, steps.findIndex((s) => s.id === step));
  const sectionOf = useCallback((id: string) => rubric.sections.find((s) => sectionStepId(s) === id), [rubric]);
  const section = sectionOf(step);

  const go = useCallback((id: string, target: FocusTarget) => {
    setStep(id);
    setFocus((f) => ({ target, seq: (f?.seq ?? 0) + 1 }));
  }, []);
  const page = useCallback((id: string) => go(id, { kind: 'heading' }), [go]);

  const { goTo } = actions;
  const jump = useCallback(
    (itemId: string) => {
      const target = rubric.sections.find((s) => s.items.some((i) => i.id === itemId));
      const item = findItem(rubric, itemId);
      if (!target || !item) return;
      go(sectionStepId(target), { kind: 'item', id: itemId });
      void goTo(itemNames(item).level);
    },
    [rubric, goTo, go],
  );

  // Focus moves once the step is rendered; the heading goes to the top, a field just into view.
  // Other steps may be rendered too, hidden (ReviewPane): fields are looked for in the step shown.
  const shownStep = useRef(step);
  shownStep.current = step;
  useEffect(() => {
    if (!focus) return;
    const t = focus.target;
    const scope = mainRef.current?.querySelector<HTMLElement>(`[data-step="${shownStep.current}"]`) ?? mainRef.current;
    let element: HTMLElement | null;
    if (t.kind === 'heading') element = headingRef.current;
    else if (t.kind === 'item') element = document.getElementById(itemElementId(t.id));
    else if (t.kind === 'cell') element = scope?.querySelector<HTMLElement>(`[data-cell="${t.name}"]`) ?? null;
    else element = scope?.querySelector<HTMLElement>('input:not([disabled]), textarea, select') ?? null;
    if (!element) return;
    const target = element;
    // In the next frame, before its paint: focusing here, in the click's task, forced the style and layout of the
    // whole new step in that task (`focus`: 50–100 ms self a switch at 4× CPU); the frame does them anyway. Not when
    // the reviewer has moved focus since (a click into a field in between keeps it). Focus dropped to the page is
    // not a move: the control that had it may be in the step just hidden, or in the pager held back for a frame.
    let moved = false;
    const onFocusIn = () => {
      moved = true;
    };
    document.addEventListener('focusin', onFocusIn);
    const frame = requestAnimationFrame(() => {
      document.removeEventListener('focusin', onFocusIn);
      if (moved) return;
      if (t.kind === 'heading' || t.kind === 'item') {
        target.focus({ preventScroll: true });
        target.scrollIntoView?.({ block: 'start' });
      } else target.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [focus]);

  // A field focused from the keyboard comes fully into view, above anything pinned: browsers leave a
  // partly visible one where it is (WCAG 2.4.11). Headings and cards focused by the pane scroll themselves.
  // Not for focus a click gives: what is clicked is in view, and measuring it forced a layout in the click's task.
  useEffect(() => {
    let pointing = false;
    const onPointerDown = () => {
      pointing = true;
    };
    const onPointerUp = () => {
      pointing = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      const el = event.target;
      if (pointing || !(el instanceof HTMLElement) || el.tabIndex < 0 || typeof el.scrollIntoView !== 'function') return;
      const rect = el.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;
      if (rect.top >= 0 && rect.bottom <= window.innerHeight - pad) return;
      (el.closest('label') ?? el).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  // The pane's one live region: the total when it changes (not on first showing), or an edit's note.
  const [spoken] = useState(createLiveText);
  const total = score ? score.total.toFixed(2) : undefined;
  const remaining = score ? score.unscored.length + score.pending.length : undefined;
  const said = useRef<string | undefined>(undefined);
  // A note said just before the total changes (points that picked another level) is said with it.
  const note = useRef<string | undefined>(undefined);
  const announce = useCallback((message: string) => {
    note.current = message;
    spoken.set(message);
  }, [spoken]);
  useEffect(() => {
    if (total === undefined || remaining === undefined) return;
    const key = `${total}|${remaining}`;
    if (said.current !== undefined && said.current !== key) {
      // Renders the region alone (LiveText), in the click's task.
      spoken.set([note.current, strings.scoreSpoken(total, remaining)].filter(Boolean).join(' '));
    }
    note.current = undefined;
    said.current = key;
  }, [total, remaining, strings, spoken]);

  const e = state.draft.eligibility;
  const decision = state.values.result_decision;
  const checks: PrintCheck[] = [];
  const firstOpen = score ? rubric.sections.flatMap((s) => s.items.map((i) => i.id)).find((id) => open.has(id)) : undefined;
  if (firstOpen && remaining) checks.push({ id: 'unscored', text: strings.checkUnscored(remaining), target: { item: firstOpen } });
  if (blank(state.values.opinion_strengths)) checks.push({ id: 'strengths', text: strings.checkStrengths, target: { step: 'opinion', cell: 'opinion_strengths' } });
  if (blank(state.values.opinion_suggestions)) checks.push({ id: 'suggestions', text: strings.checkSuggestions, target: { step: 'opinion', cell: 'opinion_suggestions' } });
  // Laying out 優點 and 建議 on the printed form is not per render (every click and step change): per text.
  const strengthsText = state.values.opinion_strengths;
  const suggestionsText = state.values.opinion_suggestions;
  const pages = useMemo(
    () => opinionPagesCheck({ opinion_strengths: strengthsText ?? null, opinion_suggestions: suggestionsText ?? null }, strings),
    [strengthsText, suggestionsText, strings],
  );
  if (pages) checks.push(pages);
  if (e && e.unconfirmed.length > 0) checks.push({ id: 'unconfirmed', text: strings.checkUnconfirmed(e.unconfirmed.length), target: { step: 'eligibility' } });
  if (blank(decision)) checks.push({ id: 'decision', text: strings.checkNoDecision, target: { step: 'opinion', cell: 'result_decision' } });
  else if (e && decision === RESULT_DECISIONS.pass && e.status !== 'eligible') {
    checks.push({ id: 'contradiction', text: strings.checkContradiction(strings.decisionLabel.pass, strings.status[e.status]), target: { step: 'opinion', cell: 'result_decision' } });
  }
  const goToCheck = useCallback(
    (check: PrintCheck) => {
      const t = check.target;
      if ('item' in t) jump(t.item);
      else go(t.step, t.cell ? { kind: 'cell', name: t.cell } : { kind: 'heading' });
    },
    [go, jump],
  );

  return { steps, step, index, section, sectionOf, page, jump, headingRef, mainRef, checks, goToCheck, announce, spoken, focusesItem: focus?.target.kind === 'item', opensAtHeading: focus?.target.kind === 'heading' };
}
