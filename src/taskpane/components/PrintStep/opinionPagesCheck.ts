/**
 * The 列印前檢查 line for a 初審意見表 that runs past its one page: how many
 * pages it prints, and the box to shorten (the one over its room), as a link
 * to that field. Counted by opinionFit, as the sheet is built.
 */
import { opinionFit } from '../../../sheets/opinion.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { CellValues } from '../../state/draft.ts';
import type { PrintCheck } from './PrintStep.types.ts';

const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

export function opinionPagesCheck(values: CellValues, strings: Strings): PrintCheck | undefined {
  const fit = opinionFit({ strengths: textOf(values.opinion_strengths), suggestions: textOf(values.opinion_suggestions) });
  if (fit.pages === 1) return undefined;
  // 優點 over its room pushes 建議 along; otherwise 建議 is the one that does not fit.
  const box = fit.strengths.capacity > 0 && fit.strengths.lines > fit.strengths.capacity ? 'strengths' : 'suggestions';
  return {
    id: 'opinionPages',
    text: strings.checkOpinionPages(fit.pages, strings[box]),
    target: { step: 'opinion', cell: box === 'strengths' ? 'opinion_strengths' : 'opinion_suggestions' },
  };
}
