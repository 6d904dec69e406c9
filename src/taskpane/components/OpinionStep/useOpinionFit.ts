/**
 * 優點 and 建議 against the printed 初審意見表, as they are typed: the note
 * under each box (lines used of the one page's room, and what prints on
 * 「初審意見表（續）」), and a sentence for the live region when the form's
 * page count changes, never per keystroke. The counting is opinionFit's,
 * the sheet's own.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { opinionFit, type OpinionFit } from '../../../sheets/opinion.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { CellValues } from '../../state/draft.ts';

type Box = 'strengths' | 'suggestions';

const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The note under `box`: lines used of its room and the pages they print on, then what goes past page 1. */
export function fitNote(fit: OpinionFit, box: Box, strings: Strings): string {
  const other: Box = box === 'strengths' ? 'suggestions' : 'strengths';
  const f = fit[box];
  const o = fit[other];
  // No room on page 1 at all: the pages it prints on say where its lines go.
  if (f.capacity === 0) return strings.fitNoRoom(f.lines, ...f.pages, strings[other]);
  const used = strings.fitUsed(f.lines, f.capacity, ...f.pages);
  let beyond: string | undefined;
  if (f.over > 0) beyond = strings.fitOver(f.over, f.overFrom, f.pages[1]);
  else if (f.capacity > 0 && f.lines > f.capacity && o.over > 0) beyond = strings.fitPushes(f.lines - f.capacity, strings[other], o.over, o.overFrom, o.pages[1]);
  return strings.fitHint(used, beyond);
}

export function useOpinionFit(values: CellValues, strings: Strings) {
  // What each box shows, keystroke by keystroke (the cell's value until the box reports), kept out of
  // state: a keystroke re-renders the boxes only when the count it gives changes, not at every character.
  const live = useRef<Partial<Record<Box, string>>>({});
  const textsNow = useCallback(
    () => ({ strengths: live.current.strengths ?? textOf(values.opinion_strengths), suggestions: live.current.suggestions ?? textOf(values.opinion_suggestions) }),
    [values.opinion_strengths, values.opinion_suggestions],
  );
  const [fit, setFit] = useState<OpinionFit>(() => opinionFit(textsNow()));
  const onText = useMemo(() => {
    const report = (box: Box) => (t: string) => {
      live.current[box] = t;
      const next = opinionFit(textsNow());
      // After the keystroke's own paint: a note that changes (the first character, a new line) re-rendered both
      // boxes in the keystroke's task, most of the first keystroke's script at 4× CPU.
      startTransition(() => setFit((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next)));
    };
    return { strengths: report('strengths'), suggestions: report('suggestions') };
  }, [textsNow]);

  const [spoken, setSpoken] = useState('');
  const pages = useRef(fit.pages);
  useEffect(() => {
    if (pages.current === fit.pages) return;
    pages.current = fit.pages;
    setSpoken(strings.fitSpoken(fit.pages));
  }, [fit.pages, strings]);

  return {
    fit,
    /** The texts the boxes show now. */
    texts: textsNow,
    onText,
    notes: { strengths: fitNote(fit, 'strengths', strings), suggestions: fitNote(fit, 'suggestions', strings) },
    spoken,
  };
}
