import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RUBRIC, itemsOf } from '../../../src/rubric/registry.ts';
import { hasPointsInput, itemNames } from '../../../src/sheets/scoring.ts';
import { reviewWorkbook } from '../../../src/sheets/workbook.ts';
import { isoToSerial } from '../../../src/sheets/fields.ts';
import { blankValues, deriveDraft, inputNames, sameJson, valuesFromRead } from '../../../src/taskpane/state/draft.ts';
import { mergeRead } from '../../../src/taskpane/state/merge-read.ts';
import { FakeHost } from '../fake-host.ts';
import { NEW_REVIEW } from '../render-app.tsx';

describe('inputNames', () => {
  test('every name the pane writes is defined by the workbook', () => {
    const defined = new Set(reviewWorkbook(DEFAULT_RUBRIC).names.map((n) => n.name));
    const missing = inputNames(DEFAULT_RUBRIC).filter((n) => !defined.has(n));
    expect(missing).toEqual([]);
  });

  test('covers every item input (34 levels, 34 自評, the band items’ points, the two counts)', () => {
    const names = inputNames(DEFAULT_RUBRIC);
    expect(names.filter((n) => n.endsWith('_level'))).toHaveLength(34);
    expect(names.filter((n) => n.endsWith('_self'))).toHaveLength(34);
    expect(names.filter((n) => n.endsWith('_count'))).toEqual(['item_7_2_count', 'item_7_3_count']);
  });
});

describe('deriveDraft', () => {
  test('scores and judges the cells as the workbook reader does', () => {
    const values = { ...blankValues(DEFAULT_RUBRIC), review_year: 113, review_date: isoToSerial('2024-04-15'), item_1_1_level: '優', elig_department: '是' };
    const draft = deriveDraft(DEFAULT_RUBRIC, values);
    expect(draft.score?.total.toFixed(2)).toBe('3.00');
    expect(draft.eligibility?.findings.map((f) => f.rule)).toContain('department');
  });

  test('without a year or date it still scores, and does not judge eligibility', () => {
    const values = { ...blankValues(DEFAULT_RUBRIC), item_1_1_level: '優' };
    const draft = deriveDraft(DEFAULT_RUBRIC, values);
    expect(draft.score?.total.toFixed(2)).toBe('3.00');
    expect(draft.eligibility).toBeUndefined();
    expect(draft.missing).toEqual({ year: true, date: true });
  });

  test('keeps the eligibility before, the same object, while its facts are the same; judges again when one changes', () => {
    const values = { ...blankValues(DEFAULT_RUBRIC), review_year: 113, review_date: isoToSerial('2024-04-15'), elig_department: '否' };
    const first = deriveDraft(DEFAULT_RUBRIC, values);
    // A level's click and a typed opinion leave the facts as they were.
    const level = deriveDraft(DEFAULT_RUBRIC, { ...values, item_1_1_level: '優', opinion_strengths: '落實' }, undefined, first);
    expect(level.score?.total.toFixed(2)).toBe('3.00');
    expect(level.eligibility).toBe(first.eligibility);
    // Each fact the rules read: a candidate's cell, the year, the date.
    for (const edit of [{ elig_department: '是' }, { review_year: 112 }, { review_date: isoToSerial('2024-05-01') }]) {
      const changed = deriveDraft(DEFAULT_RUBRIC, { ...values, ...edit }, undefined, first);
      expect(changed.eligibility, JSON.stringify(edit)).not.toBe(first.eligibility);
      expect(changed.eligibility, JSON.stringify(edit)).toEqual(deriveDraft(DEFAULT_RUBRIC, { ...values, ...edit }).eligibility);
    }
    expect(deriveDraft(DEFAULT_RUBRIC, { ...values, elig_department: '是' }, undefined, first).eligibility?.findings.map((f) => f.rule)).toContain('department');
    // A year or date gone: nothing to judge, whatever was judged before.
    expect(deriveDraft(DEFAULT_RUBRIC, { ...values, review_year: null }, undefined, first).eligibility).toBeUndefined();
  });
});

describe('deriveDraft after an item’s edit', () => {
  // What a person can put in an item's cells: each level, 不適用, 未達, blank, spaces, a word, numbers in and out of
  // every band, a fraction, a negative, text where a number goes.
  const items = itemsOf(DEFAULT_RUBRIC);
  const valueArb = {
    level: fc.constantFrom<string | number | null>(null, '', '   ', '可', '良', '優', '不適用', '未達', '好', 1),
    points: fc.oneof(fc.constantFrom<string | number | boolean | null>(null, '', 0, 0.5, 1, 1.5, 2, 3, 4, 7, -1, 2.25, 100, '1', '一', true), fc.double({ min: -5, max: 30, noNaN: true })),
    count: fc.oneof(fc.integer({ min: -1, max: 15 }), fc.constantFrom<string | number | null>(null, '', 2.5, '三')),
    self: fc.constantFrom<string | number | null>(null, '', '可', '良', '優', ' 良 ', '好', 3),
  };
  const editArb = fc
    .tuple(fc.constantFrom(...items), fc.constantFrom('level', 'points', 'count', 'self'))
    .chain(([item, part]) => {
      const n = itemNames(item);
      const which = part === 'points' && hasPointsInput(item) ? 'points' : part === 'count' && item.count ? 'count' : part === 'self' ? 'self' : 'level';
      return valueArb[which].map((value) => ({ [n[which]]: value }));
    });
  // Now and then a cell that is not an item's: the whole review is read again.
  const otherArb = fc.constantFrom({ elig_department: '是' }, { opinion_strengths: '落實' }, { review_year: 'x' }, { review_year: 113 }, { cand_name: '' });
  const base = { ...blankValues(DEFAULT_RUBRIC), review_year: 113, review_date: isoToSerial('2024-04-15'), cand_name: '台灣安全製造' };

  test('gives what reading all the cells gives, edit after edit, problems and key order included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: editArb }, { weight: 1, arbitrary: otherArb }), { minLength: 1, maxLength: 25 }), (edits) => {
        let values: Record<string, unknown> = base;
        let before = deriveDraft(DEFAULT_RUBRIC, base as typeof base, new Date('2024-05-01'));
        for (const edit of edits) {
          values = { ...values, ...edit };
          const next = deriveDraft(DEFAULT_RUBRIC, values as typeof base, new Date('2024-05-01'), before);
          const whole = deriveDraft(DEFAULT_RUBRIC, values as typeof base, new Date('2024-05-01'));
          expect(JSON.stringify(next.review)).toBe(JSON.stringify(whole.review));
          expect(next.score).toEqual(whole.score);
          expect(next.problems).toEqual(whole.problems);
          expect(next.eligibility).toEqual(whole.eligibility);
          expect(next.missing).toEqual(whole.missing);
          before = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('mergeRead', () => {
  async function hostRead(edit: Record<string, string | number | null>) {
    const host = new FakeHost({ withReview: NEW_REVIEW });
    for (const [name, value] of Object.entries(edit)) host.cells.get(name)!.value = value;
    const read = await host.readReview();
    if (!read.ok) throw new Error(read.message);
    return { read: read.value, values: valuesFromRead(DEFAULT_RUBRIC, read.value)! };
  }

  test('takes the host’s changes, keeps what it is told to', async () => {
    const { read: before } = await hostRead({});
    const local = valuesFromRead(DEFAULT_RUBRIC, before)!;
    const { read, values } = await hostRead({ cand_phone: '02-1234', cand_address: '別處' });
    const localReview = deriveDraft(DEFAULT_RUBRIC, { ...local, cand_address: '臺北市' }).review;
    const merged = mergeRead({
      rubric: DEFAULT_RUBRIC,
      local: { ...local, cand_address: '臺北市' },
      localReview,
      host: values,
      hostReview: read.review!,
      keep: (name) => name === 'cand_address',
    });
    expect(merged.cand_phone).toBe('02-1234');
    expect(merged.cand_address).toBe('臺北市');
  });

  test('keeps the pane’s shape of a group that means the same (concerns left blank stay blank)', async () => {
    const { read, values } = await hostRead({ elig_concern_overwork: '否' });
    const local = { ...values, elig_concern_hours: null, elig_concern_health: null, elig_concern_dispute: null };
    expect(values.elig_concern_hours).toBe('否');
    const merged = mergeRead({
      rubric: DEFAULT_RUBRIC,
      local,
      localReview: deriveDraft(DEFAULT_RUBRIC, local).review,
      host: values,
      hostReview: read.review!,
      keep: () => false,
    });
    expect(merged.elig_concern_hours).toBeNull();
  });
});

test('sameJson ignores key order and undefined keys', () => {
  expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
  expect(sameJson([1, 2], [2, 1])).toBe(false);
  expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
});
