/**
 * Every way an answer is refused: the message names the item and says what
 * is allowed (numbers typed from 附表一).
 */
import { describe, it, expect } from 'vitest';
import { findItem } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Answer } from '../../src/review/schema.ts';
import { resolveAnswer, type AnswerProblem, type AnswerProblemCode } from '../../src/scoring/answer.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';

function problemOf(id: string, answer: Answer): AnswerProblem {
  const item = findItem(oshUnit113, id);
  if (!item) throw new Error(`no item ${id}`);
  const r = resolveAnswer(item, answer);
  if (r.ok) throw new Error(`${id} ${JSON.stringify(answer)} was accepted`);
  return r.problem;
}

/** [case, item, answer, code, texts the message must contain besides the item id] */
const CASES: readonly (readonly [string, string, Answer, AnswerProblemCode, readonly string[]])[] = [
  ['fixed level, wrong points', '1.1', { level: '可', points: 2.2 }, 'points-out-of-band', ['「可」', '2.0', '2.2']],
  ['band level, points at its exclusive lower bound', '2.3', { level: '良', points: 1.5 }, 'points-out-of-band', ['「良」', '1.5', '2.0']],
  ['band level, points above its top', '2.4', { level: '優', points: 4.5 }, 'points-out-of-band', ['「優」', '3.0', '4.0']],
  ['band level, points in another band', '2.5', { level: '良', points: 2.5 }, 'points-out-of-band', ['「良」', '1.0', '2.0']],
  ['a level with 0 points', '2.3', { level: '可', points: 0 }, 'points-out-of-band', ['「可」', '0', '1.5']],
  ['points in no band of a fixed item', '1.2', { points: 0.7 }, 'points-not-allowed', ['0.5', '1.0', '1.5', '0.7']],
  ['points in no band of a band item', '2.4', { points: 1.5 }, 'points-not-allowed', ['可 2.0', '3.0', '4.0']],
  ['negative points', '3.3', { points: -1 }, 'points-not-allowed', ['1.0', '1.5', '2.0']],
  ['points above the best of 3.6 (1.5 of a 2.0 header)', '3.6', { points: 2 }, 'points-not-allowed', ['1.0', '1.5']],
  ['a level the item lacks (1.4 has no 優)', '1.4', { level: '優' }, 'unknown-level', ['「優」', '可、良', 'N/A']],
  ['a level the item lacks (7.1 has no 可)', '7.1', { level: '可' }, 'unknown-level', ['「可」', '良、優']],
  ['a level the item lacks (7.2 has only 優)', '7.2', { level: '良', count: 4 }, 'conflict', ['「良」', '2', '1.0', '3.0']],
  ['a level the item lacks (7.4 has no 良)', '7.4', { level: '良' }, 'unknown-level', ['「良」', '可、優']],
  ['points on a count item that no count gives', '7.2', { points: 2.5 }, 'points-not-allowed', ['1.0', '3.0', '2']],
  ['points over the cap of 7.3', '7.3', { points: 3 }, 'points-not-allowed', ['1.0', '2.0']],
  ['a negative count', '7.2', { count: -1 }, 'count-invalid', ['-1', '0 以上的整數']],
  ['a fractional count', '7.3', { count: 2.5 }, 'count-invalid', ['2.5', '0 以上的整數']],
  ['a count on an item not scored by counting', '1.1', { count: 2 }, 'count-not-allowed', ['等第', '得分']],
  ['a count and points together', '7.2', { count: 4, points: 2 }, 'conflict', ['數量', '得分']],
  ['a count of 0 with 優', '7.3', { level: '優', count: 1 }, 'conflict', ['「優」', '2', '1.0', '2.0']],
  ['N/A with points', '2.1', { level: 'N/A', points: 1 }, 'conflict', ['N/A']],
  ['N/A with a count', '7.2', { level: 'N/A', count: 2 }, 'conflict', ['N/A']],
];

describe('invalid-answer messages', () => {
  it.each(CASES)('%s (%s)', (_case, id, answer, code, mentions) => {
    const p = problemOf(id, answer);
    expect(p.itemId).toBe(id);
    expect(p.code).toBe(code);
    expect(p.message).toContain(`項目 ${id}`);
    for (const m of mentions) expect(p.message).toContain(m);
  });

  it('a count on a level item states the points that item allows', () => {
    // 1.1 allows 0, 可 2.0, 良 2.5, 優 3.0: the message should say so, not only "請選等第".
    const p = problemOf('1.1', { count: 2 });
    for (const m of ['2.0', '2.5', '3.0']) expect(p.message).toContain(m);
  });

  it('an unknown item id is refused naming the id and the ids that exist', () => {
    const r = scoreAnswers(oshUnit113, { '8.1': { level: '優' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.code).toBe('unknown-item');
    expect(r.problems[0]!.itemId).toBe('8.1');
    expect(r.problems[0]!.message).toContain('8.1');
    expect(r.problems[0]!.message).toContain('1.1');
    expect(r.problems[0]!.message).toContain('7.4');
  });

  it('every problem of a review is listed, in one go, each naming its item', () => {
    const r = scoreAnswers(oshUnit113, {
      '1.1': { level: '可', points: 2.5 },
      '2.3': { level: '良', points: 1.5 },
      '7.2': { count: -2 },
      '9.9': { points: 1 },
      '3.1': { level: '優' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.itemId).sort()).toEqual(['1.1', '2.3', '7.2', '9.9']);
    for (const p of r.problems) expect(p.message).toContain(p.itemId);
  });
});
