/**
 * The view of one item: its cells, score, typed points or count with their
 * issues, and what the sheets report wrong with its cells.
 */
import { useState } from 'react';
import { countPoints } from '../../../scoring/answer.ts';
import { bandsOf, maxPoints, type Band } from '../../../scoring/band.ts';
import type { ItemScore } from '../../../scoring/score.ts';
import { problemMessage, problemText, type ProblemWords } from '../../../review/problem.ts';
import type { CellProblem } from '../../../sheets/reader.ts';
import { itemNames, NOT_APPLICABLE, NOT_MET } from '../../../sheets/scoring.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { parseDecimal } from '../../state/field-value.ts';
import { useAnnounce } from '../ReviewPane/useAnnounce.ts';
import { countEdit, itemInputs, levelChoicesOf, pointsEdit, type ItemInputs, type LevelChoice } from '../../state/item-edit.ts';
import { useBufferedText, type BufferedText } from '../../state/useBufferedText.ts';
import type { ItemCardProps } from './ItemCard.types.ts';

/** The element id of an item's card, for jumping to it. */
export function itemElementId(id: string): string {
  return `osh-item-${id.replace(/\./g, '-')}`;
}

/** A problem in the pane's language, without the location the pane's own reader adds (it has no sheet). */
export function localProblemText(problem: CellProblem, words: ProblemWords): string {
  return problem.where.startsWith("''!") ? problemText(problem.problem, words) : problemMessage(problem.problem, words);
}

export interface ItemSheetProblem {
  readonly name: string;
  readonly message: string;
}

export interface ItemCardState {
  readonly elementId: string;
  readonly titleId: string;
  readonly inputs: ItemInputs;
  readonly bands: readonly Band[];
  readonly choices: readonly LevelChoice[];
  readonly choiceLabel: (choice: LevelChoice) => string;
  readonly score: ItemScore | undefined;
  /** The most the item can earn (3.6: less than its header points). */
  readonly max: number;
  /** The 自評 and the reviewer's choice are both given and differ. */
  readonly differs: boolean;
  readonly showPoints: boolean;
  readonly showCount: boolean;
  readonly points: BufferedText;
  readonly count: BufferedText;
  readonly pointsMessage: { readonly state: 'error' | 'warning' | 'none'; readonly text: string | undefined };
  readonly countMessage: { readonly state: 'error' | 'warning' | 'none'; readonly text: string | undefined };
  readonly status: { readonly text: string; readonly tone: 'scored' | 'na' | 'open' };
  readonly sheetProblems: readonly ItemSheetProblem[];
  readonly localProblems: readonly string[];
  readonly hasAnswer: boolean;
  /** Whether the count can go down a step. */
  readonly canCountDown: boolean;
  /** Moves the count one step (the rule's `per`, so each step earns or loses one step of points). */
  readonly stepCount: (direction: 1 | -1) => void;
}

export function useItemCard(props: ItemCardProps): ItemCardState {
  const { item, state, actions } = props;
  const strings = useStrings();
  const n = itemNames(item);
  const inputs = itemInputs(item, state.values);
  const idle = props.idleMs !== undefined ? { idleMs: props.idleMs } : {};

  const announce = useAnnounce();
  const [moved, setMoved] = useState<string | undefined>(undefined);
  const points = useBufferedText({
    value: inputs.points === undefined ? '' : String(inputs.points),
    draft: state.fieldDrafts[n.points],
    commit: (text) => {
      // Points in another level's band pick that level: said, not silent.
      const edit = pointsEdit(item, state.values, text);
      if (edit.ok && edit.moved) {
        const note = strings.levelMoved(item.id, text.trim(), strings.levelName(edit.moved));
        setMoved(note);
        announce(note);
      } else setMoved(undefined);
      actions.commitItemText(item, 'points', text);
    },
    onEditStart: () => actions.beginEdit(n.points),
    onEditEnd: () => actions.endEdit(n.points),
    ...idle,
  });
  const count = useBufferedText({
    value: inputs.count === undefined ? '' : String(inputs.count),
    draft: state.fieldDrafts[n.count],
    commit: (text) => void actions.commitItemText(item, 'count', text),
    onEditStart: () => actions.beginEdit(n.count),
    onEditEnd: () => actions.endEdit(n.count),
    ...idle,
  });

  const unsaved = (name: string) => state.unsaved.includes(name);
  const pointsEditNow = pointsEdit(item, state.values, points.text);
  const pointsMessage =
    (points.touched || state.fieldDrafts[n.points] !== undefined) && !pointsEditNow.ok
      ? { state: 'error' as const, text: strings.itemIssue(pointsEditNow.issue, inputs.band ? strings.levelName(inputs.band.label) : undefined) }
      : unsaved(n.points)
        ? { state: 'warning' as const, text: strings.notSaved }
        : { state: 'none' as const, text: inputs.band ? [moved, strings.pointsRange(inputs.band)].filter(Boolean).join(' ') : undefined };

  const countEditNow = countEdit(item, state.values, count.text);
  const typedCount = parseDecimal(count.text);
  const countMessage =
    (count.touched || state.fieldDrafts[n.count] !== undefined) && !countEditNow.ok
      ? { state: 'error' as const, text: strings.itemIssue(countEditNow.issue) }
      : unsaved(n.count)
        ? { state: 'warning' as const, text: strings.notSaved }
        : {
            state: 'none' as const,
            text:
              item.count && typedCount !== undefined && Number.isInteger(typedCount)
                ? `${strings.countRule(item.count)}；${strings.countEarned(countPoints(item, typedCount))}`
                : item.count
                  ? strings.countRule(item.count)
                  : undefined,
          };

  const score = state.draft.score?.items.find((s) => s.id === item.id);
  const status =
    score?.state === 'scored'
      ? { text: strings.earned(score.earned, item.points), tone: 'scored' as const }
      : score?.state === 'na'
        ? { text: strings.notApplicable, tone: 'na' as const }
        : score?.state === 'pending'
          ? { text: item.count ? strings.pendingCount : strings.pending, tone: 'open' as const }
          : { text: strings.unscored, tone: 'open' as const };

  const names = new Set([n.level, n.points, n.count, n.self]);
  const sheetProblems = state.sheetProblems.filter((p) => names.has(p.name)).map((p) => ({ name: p.name, message: problemMessage(p.problem, strings.problemWords) }));
  const localProblems = state.draft.problems.filter((p) => names.has(p.name) && p.where.startsWith("''!")).map((p) => localProblemText(p, strings.problemWords));

  const shown = inputs.shown;
  const choiceLabel = (choice: LevelChoice) =>
    choice === NOT_APPLICABLE ? strings.notApplicable : choice === NOT_MET ? strings.notMet : strings.levelName(choice);

  const per = item.count?.per ?? 1;
  const stepCount = (direction: 1 | -1) => {
    const now = typedCount !== undefined && Number.isInteger(typedCount) ? typedCount : (inputs.count ?? 0);
    actions.commitItemText(item, 'count', String(Math.max(0, now + direction * per)));
  };

  return {
    canCountDown: (inputs.count ?? 0) > 0,
    stepCount,
    elementId: itemElementId(item.id),
    titleId: `${itemElementId(item.id)}-title`,
    inputs,
    bands: bandsOf(item),
    choices: levelChoicesOf(item),
    choiceLabel,
    score,
    max: maxPoints(item),
    differs: inputs.self !== undefined && shown !== undefined && inputs.self !== shown,
    showPoints: inputs.band !== undefined,
    showCount: item.count !== undefined && inputs.level !== NOT_APPLICABLE && inputs.level !== NOT_MET,
    points,
    count,
    pointsMessage,
    countMessage,
    status,
    sheetProblems,
    localProblems,
    hasAnswer: inputs.level !== undefined || inputs.points !== undefined || inputs.count !== undefined,
  };
}
