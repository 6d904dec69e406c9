/**
 * The weighted total of 附表一, as the form computes it:
 * 可評得點數 / 可評總點數 × 總點數(100) × weight, summed over the sections.
 */
import type { Item, LevelLabel, Rubric, Section } from '../rubric/types.ts';
import { problem, problemText } from '../review/problem.ts';
import type { Answer } from '../review/schema.ts';
import { resolveAnswer, type AnswerProblem, type ResolvedAnswer } from './answer.ts';

export interface ItemScore {
  readonly id: string;
  readonly state: ResolvedAnswer['state'];
  /** The level met, null when none (unscored, N/A, 0 points). */
  readonly level: LevelLabel | null;
  /** Points earned; 0 unless scored. */
  readonly earned: number;
  /** Header points counted in 可評總點數 (0 when N/A). */
  readonly applicable: number;
}

export interface SectionScore {
  readonly id: string;
  /** 可評得點數: points earned in the section. */
  readonly earned: number;
  /** 可評總點數: header points of the items that are not N/A. */
  readonly applicable: number;
  /** earned / applicable × 100 × weight; 0 when nothing is applicable. */
  readonly weighted: number;
}

/** Something about the score the reviewer should see; not an eligibility finding. */
export interface ScoreWarning {
  readonly code: 'section-not-applicable';
  readonly sectionId: string;
  readonly message: string;
}

export interface Score {
  /** Sum of the sections' weighted scores, full precision. */
  readonly total: number;
  /** True when every item is scored or N/A. */
  readonly complete: boolean;
  readonly sections: readonly SectionScore[];
  readonly items: readonly ItemScore[];
  /** Items with no answer yet, in rubric order. */
  readonly unscored: readonly string[];
  /** Items whose band level still needs points (or count), in rubric order. */
  readonly pending: readonly string[];
  readonly warnings: readonly ScoreWarning[];
}

export type ScoreResult =
  | { readonly ok: true; readonly score: Score }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/** A section's weighted score, in the order the workbook formula computes it. */
export function weightedScore(earned: number, applicable: number, weight: number): number {
  return applicable > 0 ? (earned / applicable) * 100 * weight : 0;
}

function itemScore(item: Item, resolved: ResolvedAnswer): ItemScore {
  const applicable = resolved.state === 'na' ? 0 : item.points;
  if (resolved.state === 'scored') return { id: item.id, state: 'scored', level: resolved.level, earned: resolved.points, applicable };
  return { id: item.id, state: resolved.state, level: null, earned: 0, applicable };
}

function sectionScore(section: Section, items: readonly ItemScore[]): SectionScore {
  let earned = 0;
  let applicable = 0;
  for (const item of items) {
    earned += item.earned;
    applicable += item.applicable;
  }
  return { id: section.id, earned, applicable, weighted: weightedScore(earned, applicable, section.weight) };
}

/**
 * Scores `answers` against `rubric`. Every invalid answer is reported, each
 * naming its item; unknown item ids are refused too.
 * @example scoreAnswers(oshUnit113, { '1.1': { level: '優' } })
 */
export function scoreAnswers(rubric: Rubric, answers: Readonly<Record<string, Answer>>): ScoreResult {
  const problems: AnswerProblem[] = [];
  const known = new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id)));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) {
      const reason = problem('answer-unknown-item', { item: id, rubric: rubric.id, last: [...known].at(-1) ?? '' });
      problems.push({ itemId: id, code: 'unknown-item', problem: reason, message: problemText(reason) });
    }
  }

  const sections: SectionScore[] = [];
  const items: ItemScore[] = [];
  const warnings: ScoreWarning[] = [];
  for (const section of rubric.sections) {
    const scored: ItemScore[] = [];
    for (const item of section.items) {
      const result = resolveAnswer(item, answers[item.id]);
      if (!result.ok) {
        problems.push(result.problem);
        continue;
      }
      scored.push(itemScore(item, result.value));
    }
    const s = sectionScore(section, scored);
    if (s.applicable === 0 && scored.length === section.items.length) {
      warnings.push({
        code: 'section-not-applicable',
        sectionId: section.id,
        message: `${section.numeral}、${section.title}：全部項目不適用，本大項以 0 分計（可評總點數為 0）。`,
      });
    }
    sections.push(s);
    items.push(...scored);
  }
  if (problems.length > 0) return { ok: false, problems };

  const total = sections.reduce((sum, s) => sum + s.weighted, 0);
  const unscored = items.filter((i) => i.state === 'unscored').map((i) => i.id);
  const pending = items.filter((i) => i.state === 'pending').map((i) => i.id);
  return {
    ok: true,
    score: { total, complete: unscored.length === 0 && pending.length === 0, sections, items, unscored, pending, warnings },
  };
}
