/**
 * 列出評為優及可／未達之項目: the items the reviewer rated 優 (for 優點) and
 * 可 or 未達 (for 建議), each with its 附表一 number and title, as lines to
 * start from. They are added after what is written, never over it.
 */
import type { Item, Rubric } from '../../../rubric/types.ts';
import { NOT_MET } from '../../../sheets/scoring.ts';
import type { CellValues } from '../../state/draft.ts';
import { itemInputs } from '../../state/item-edit.ts';

/** One listed item: the text that marks it as already listed, and the line added for it. */
export interface MarkedLine {
  /** "1.1 安全衛生政策及各級主管之權責劃分": the number and title, found anywhere in the text means listed. */
  readonly key: string;
  /** "● 1.1 安全衛生政策及各級主管之權責劃分（優）：", for the reviewer to go on after the colon. */
  readonly line: string;
}

// The rubric's titles end in 。; the line goes on after them with the rating and a colon.
const keyOf = (item: Item): string => `${item.id} ${item.title.replace(/。$/, '')}`;

/** The items rated 優 (for 優點) and 可 or 未達 (for 建議), in the rubric's order. */
export function markedItems(rubric: Rubric, values: CellValues): { strengths: MarkedLine[]; suggestions: MarkedLine[] } {
  const strengths: MarkedLine[] = [];
  const suggestions: MarkedLine[] = [];
  for (const item of rubric.sections.flatMap((s) => s.items)) {
    const rated = itemInputs(item, values).shown;
    const entry = (label: string): MarkedLine => ({ key: keyOf(item), line: `● ${keyOf(item)}（${label}）：` });
    if (rated === '優') strengths.push(entry(rated));
    else if (rated === '可' || rated === NOT_MET) suggestions.push(entry(rated));
  }
  return { strengths, suggestions };
}

/**
 * `text` with the lines of `items` not already in it added after it, each on
 * its own line; what was written stays exactly as it was, at the start.
 * @example appendMarked('整體良好', [{ key: '1.1 政策', line: '● 1.1 政策（優）：' }]) // { text: '整體良好\n● 1.1 政策（優）：', added: 1 }
 */
export function appendMarked(text: string, items: readonly MarkedLine[]): { text: string; added: number } {
  const fresh = items.filter((i) => !text.includes(i.key));
  if (fresh.length === 0) return { text, added: 0 };
  const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return { text: head + fresh.map((i) => i.line).join('\n'), added: fresh.length };
}
