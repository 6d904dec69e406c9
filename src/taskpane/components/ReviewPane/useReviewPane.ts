/**
 * The steps (基本資料, 資格審查, 一 … 七, 意見與結果, 列印, 彙整與其他表單), the one shown,
 * and jumping to an item: switch to its section, focus its card once it is
 * rendered, and select its level cell in the grid.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { findItem } from '../../../rubric/registry.ts';
import type { Section } from '../../../rubric/types.ts';
import { itemNames } from '../../../sheets/scoring.ts';
import type { Strings } from '../../i18n/strings.ts';
import { itemElementId } from '../ItemCard/useItemCard.ts';
import type { Step } from '../StepNav/StepNav.types.ts';
import type { ReviewPaneProps } from './ReviewPane.types.ts';

export const sectionStepId = (section: Section | string): string => `section-${typeof section === 'string' ? section : section.id}`;

export interface ReviewPaneState {
  readonly steps: readonly Step[];
  readonly step: string;
  readonly index: number;
  readonly section: Section | undefined;
  readonly select: (id: string) => void;
  /** Moves to the previous or next step and puts focus on its heading. */
  readonly page: (id: string) => void;
  readonly jump: (itemId: string) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

export function useReviewPane(props: ReviewPaneProps, strings: Strings): ReviewPaneState {
  const { state, actions } = props;
  const rubric = state.rubric;
  const [step, setStep] = useState(props.initialStep ?? 'basic');
  const [focus, setFocus] = useState<{ readonly target: 'heading' | string; readonly seq: number } | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const open = new Set(state.draft.score ? [...state.draft.score.unscored, ...state.draft.score.pending] : []);
  const steps: Step[] = [
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
  ];
  const index = Math.max(0, steps.findIndex((s) => s.id === step));
  const section = rubric.sections.find((s) => sectionStepId(s) === step);

  const { goTo } = actions;
  const jump = useCallback(
    (itemId: string) => {
      const target = rubric.sections.find((s) => s.items.some((i) => i.id === itemId));
      const item = findItem(rubric, itemId);
      if (!target || !item) return;
      setStep(sectionStepId(target));
      setFocus((f) => ({ target: itemId, seq: (f?.seq ?? 0) + 1 }));
      void goTo(itemNames(item).level);
    },
    [rubric, goTo],
  );

  const page = useCallback((id: string) => {
    setStep(id);
    setFocus((f) => ({ target: 'heading', seq: (f?.seq ?? 0) + 1 }));
  }, []);

  // Focus moves once the step is rendered.
  useEffect(() => {
    if (!focus) return;
    const element = focus.target === 'heading' ? headingRef.current : document.getElementById(itemElementId(focus.target));
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [focus]);

  return { steps, step, index, section, select: setStep, page, jump, headingRef };
}
