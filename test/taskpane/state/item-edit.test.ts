import { describe, expect, test } from 'vitest';
import { findItem } from '../../../src/rubric/registry.ts';
import { oshUnit113 } from '../../../src/rubric/osh-unit-113.ts';
import type { CellValue } from '../../../src/sheets/types.ts';
import { countEdit, itemInputs, levelChoicesOf, levelEdit, pointsEdit } from '../../../src/taskpane/state/item-edit.ts';

const item = (id: string) => findItem(oshUnit113, id)!;
const cells = (values: Record<string, CellValue>) => values;

describe('levelEdit', () => {
  test.each([
    ['1.1', {}, '優', { item_1_1_level: '優' }],
    // A band level comes with its maximum (one click scores the item); points that fit stay.
    ['2.3', { item_2_3_level: '可', item_2_3_points: 1.2 }, '良', { item_2_3_level: '良', item_2_3_points: 2 }],
    ['2.3', {}, '優', { item_2_3_level: '優', item_2_3_points: 3 }],
    ['2.3', { item_2_3_level: '可', item_2_3_points: 1.2 }, '不適用', { item_2_3_level: '不適用', item_2_3_points: null }],
    ['2.3', { item_2_3_points: 1.8 }, '良', { item_2_3_level: '良' }],
    ['7.2', { item_7_2_count: 4 }, '優', { item_7_2_level: '優' }],
    ['7.2', { item_7_2_count: 4 }, '未達', { item_7_2_level: '未達', item_7_2_count: null }],
    ['7.2', { item_7_2_count: 4 }, undefined, { item_7_2_level: null, item_7_2_count: null }],
  ] as const)('%s %j → %s', (id, values, choice, expected) => {
    expect(levelEdit(item(id), cells(values), choice)).toEqual(expected);
  });
});

describe('pointsEdit', () => {
  const chosen = (level: string) => ({ item_2_3_level: level });
  test.each([
    ['可', '1.5', { ok: true, cells: { item_2_3_points: 1.5 } }],
    // Points in another level's band pick that level, and say so.
    ['良', '1.5', { ok: true, cells: { item_2_3_level: '可', item_2_3_points: 1.5 }, moved: '可' }],
    ['優', '2', { ok: true, cells: { item_2_3_level: '良', item_2_3_points: 2 }, moved: '良' }],
    ['良', '2', { ok: true, cells: { item_2_3_points: 2 } }],
    ['優', '0', { ok: false, issue: { code: 'points-out-of-band', band: { label: '優', fixed: false, min: 2, max: 3 } } }],
    ['優', '3.01', { ok: false, issue: { code: 'points-out-of-band', band: { label: '優', fixed: false, min: 2, max: 3 } } }],
    ['優', '２．５', { ok: true, cells: { item_2_3_points: 2.5 } }],
    ['優', 'x', { ok: false, issue: { code: 'points-number' } }],
    ['優', '', { ok: true, cells: { item_2_3_points: null } }],
  ] as const)('%s「%s」', (level, text, expected) => {
    expect(pointsEdit(item('2.3'), chosen(level), text)).toEqual(expected);
  });
});

describe('countEdit', () => {
  test('a count writes the count and clears what would conflict', () => {
    expect(countEdit(item('7.2'), { item_7_2_level: '優' }, '4')).toEqual({ ok: true, cells: { item_7_2_count: 4 } });
    expect(countEdit(item('7.2'), { item_7_2_level: '優' }, '1')).toEqual({ ok: true, cells: { item_7_2_count: 1, item_7_2_level: null } });
    expect(countEdit(item('7.2'), { item_7_2_points: 2 }, '4')).toEqual({ ok: true, cells: { item_7_2_count: 4, item_7_2_points: null } });
    expect(countEdit(item('7.2'), {}, '2.5')).toEqual({ ok: false, issue: { code: 'count-integer' } });
  });

  test('the level shown for a count is the one it earns', () => {
    expect(itemInputs(item('7.3'), { item_7_3_count: 4 })).toMatchObject({ shown: '優', countEarned: 2 });
    expect(itemInputs(item('7.3'), { item_7_3_count: 1 })).toMatchObject({ shown: '未達', countEarned: 0 });
  });
});

test('choices are the item’s levels, 不適用 and 未達', () => {
  expect(levelChoicesOf(item('7.1'))).toEqual(['良', '優', '不適用', '未達']);
  expect(levelChoicesOf(item('3.6'))).toEqual(['可', '良', '不適用', '未達']);
});
