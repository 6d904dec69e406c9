// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { findItem } from '../../../src/rubric/registry.ts';
import { oshUnit113 } from '../../../src/rubric/osh-unit-113.ts';
import { inItem, itemCard, renderApp, shownTotal } from '../render-app.tsx';

afterEach(cleanup);

const sectionPoints = (id: string) => oshUnit113.sections.find((s) => s.id === id)!.items.reduce((sum, i) => sum + i.points, 0);

async function openSection(user: Awaited<ReturnType<typeof renderApp>>['user'], numeral: string) {
  await user.click(screen.getByRole('tab', { name: new RegExp(`^${numeral}\\s?、`) }));
}

describe('scoring an item', () => {
  test('by level writes the level cell and updates the total', async () => {
    const { host, user } = await renderApp();
    expect(shownTotal()).toBe('0.00');
    await openSection(user, '一');
    await user.click(inItem('1.1').getByRole('radio', { name: /^優 / }));

    // 3.0 of the section's 8.0 points, weight 0.08: 3 / 8 × 100 × 0.08.
    await waitFor(() => expect(shownTotal()).toBe('3.00'));
    expect(host.writesOf('item_1_1_level')).toEqual([{ item_1_1_level: '優' }]);
    await waitFor(() => expect(host.value('item_1_1_level')).toBe('優'));
    expect(inItem('1.1').getByText('得分 3.0 / 3.0')).toBeTruthy();
    // Said once through the pane's live region, with what is left.
    expect(screen.getByTestId('pane-announcer').textContent).toBe('總計實得分數 3.00，尚有 33 項未評');
    // Each section's bar is its weighted score against its weight, in the summary's 明細.
    await user.click(screen.getByRole('button', { name: '明細' }));
    const bar = screen.getByRole('progressbar', { name: '一：3.00 / 8 分' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['3', '8']);
    expect(screen.getByRole('progressbar', { name: '二：0.00 / 20 分' })).toBeTruthy();
    // 明細 again closes them.
    await user.click(screen.getByRole('button', { name: '明細' }));
    expect(screen.getByRole('button', { name: '明細' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('a band level comes with its maximum, takes points in its band, and they count', async () => {
    const { host, user } = await renderApp();
    await openSection(user, '二');
    await user.click(inItem('2.3').getByRole('radio', { name: /^優 / }));
    const points = await inItem('2.3').findByRole('textbox', { name: '得分（2.3）' });
    expect(inItem('2.3').getByText('範圍：大於 2.0、至多 3.0 分')).toBeTruthy();
    // One click scores the item: 優 fills its maximum.
    await waitFor(() => expect(host.writesOf('item_2_3_points')).toEqual([{ item_2_3_level: '優', item_2_3_points: 3 }]));
    await user.clear(points);
    await user.type(points, '2.5');
    await user.tab();

    const expected = ((2.5 / sectionPoints('2')) * 100 * 0.2).toFixed(2);
    await waitFor(() => expect(shownTotal()).toBe(expected));
    expect(host.writesOf('item_2_3_points').at(-1)).toEqual({ item_2_3_points: 2.5 });
  });

  test('points in another level’s band pick that level and say so; points in no band are refused', async () => {
    const { host, user } = await renderApp();
    await openSection(user, '二');
    await user.click(inItem('2.3').getByRole('radio', { name: /^良 / }));
    const points = await inItem('2.3').findByRole('textbox', { name: '得分（2.3）' });
    await user.clear(points);
    await user.type(points, '2.5');
    await user.tab();
    await waitFor(() => expect(host.value('item_2_3_level')).toBe('優'));
    expect(host.value('item_2_3_points')).toBe(2.5);
    // Said, not silent: on the field and through the pane's live region.
    expect(await inItem('2.3').findByText(/2\.3：2\.5 分屬「優」的範圍，已改選「優」。/)).toBeTruthy();
    expect(screen.getByTestId('pane-announcer').textContent).toContain('已改選「優」');

    await user.clear(points);
    await user.type(points, '9');
    await user.tab();
    expect(await inItem('2.3').findByText('「優」的得分應大於 2.0、至多 3.0；未寫入工作表。')).toBeTruthy();
    expect(points.getAttribute('aria-invalid')).toBe('true');
    expect(host.value('item_2_3_points')).toBe(2.5);
    // Kept, not lost: the text is still there to correct.
    expect((points as HTMLInputElement).value).toBe('9');
  });

  test('7.2 takes a count and shows the points it earns', async () => {
    const { host, user } = await renderApp();
    await openSection(user, '七');
    // The stepper moves by the rule's step (2 units, 1.0 point).
    await user.click(inItem('7.2').getByRole('button', { name: '增加 2 家' }));
    await waitFor(() => expect(host.writesOf('item_7_2_count')).toEqual([{ item_7_2_count: 2 }]));
    const count = inItem('7.2').getByRole('textbox', { name: /數量（7\.2/ });
    await user.clear(count);
    await user.type(count, '5');
    // Five partner units: two steps of two, 1.0 each, within the cap of 3.0.
    expect(await inItem('7.2').findByText(/可得 2\.0 分/)).toBeTruthy();
    await user.tab();
    await waitFor(() => expect(host.writesOf('item_7_2_count')).toEqual([{ item_7_2_count: 2 }, { item_7_2_count: 5 }]));
    expect(await inItem('7.2').findByText('得分 2.0 / 3.0')).toBeTruthy();
  });

  test('3.6 shows its source note: the header says 2.0 but the best level gives 1.5', async () => {
    const { user } = await renderApp();
    await openSection(user, '三');
    const note = findItem(oshUnit113, '3.6')!.sourceNote!;
    expect(inItem('3.6').getByText(note)).toBeTruthy();
    expect(within(itemCard('3.6')).getByRole('heading', { level: 3 }).textContent).toContain('（2.0分）');
    expect(inItem('3.6').getByText('1.5 分')).toBeTruthy();
  });

  test('criteria are shown verbatim, numbered sub-points on their own lines', async () => {
    const { user } = await renderApp();
    await openSection(user, '一');
    const text = findItem(oshUnit113, '1.1')!.levels[2]!.text;
    const shown = inItem('1.1').getByText((_, el) => el?.tagName === 'SPAN' && el.getAttribute('lang') === 'zh-Hant-TW' && el.textContent === text);
    expect(shown.textContent).toContain('\n');
  });

  test('a differing 自評 is marked', async () => {
    const { user } = await renderApp();
    await openSection(user, '一');
    await user.selectOptions(inItem('1.2').getByRole('combobox', { name: '自評（1.2）' }), '優');
    await user.click(inItem('1.2').getByRole('radio', { name: /^良 / }));
    expect(await inItem('1.2').findByText('與自評（優）不同')).toBeTruthy();
  });

  test('the clear button is there only once the item has an answer, and clears it', async () => {
    const { host, user } = await renderApp();
    await openSection(user, '一');
    // Unseen (not in the accessibility tree) while there is nothing to clear.
    expect(inItem('1.1').queryByRole('button', { name: '清除 1.1 的評分' })).toBeNull();
    await user.click(inItem('1.1').getByRole('radio', { name: /^優 / }));
    await waitFor(() => expect(shownTotal()).toBe('3.00'));
    await user.click(inItem('1.1').getByRole('button', { name: '清除 1.1 的評分' }));
    await waitFor(() => expect(shownTotal()).toBe('0.00'));
    // Focus is not lost with the button: it is on the item's first level, unchecked.
    const first = inItem('1.1').getAllByRole('radio')[0] as HTMLInputElement;
    expect(document.activeElement).toBe(first);
    expect(first.checked).toBe(false);
    expect(host.value('item_1_1_level') ?? null).toBeNull();
    expect(inItem('1.1').queryByRole('button', { name: '清除 1.1 的評分' })).toBeNull();
  });

  test('an invalid hand edit of an item cell is shown on the item and not overwritten', async () => {
    const { host, user } = await renderApp();
    await openSection(user, '二');
    host.editByHand({ item_2_3_level: '優', item_2_3_points: 9 });
    expect(await inItem('2.3').findByText(/工作表中本項的輸入有誤/)).toBeTruthy();
    expect(inItem('2.3').getByText(/得分 9\.0 不在「優」的範圍內/)).toBeTruthy();
    await user.click(inItem('2.4').getByRole('radio', { name: '不適用' }));
    await waitFor(() => expect(host.value('item_2_4_level')).toBe('不適用'));
    expect(host.writesOf('item_2_3_points')).toEqual([]);
    expect(host.value('item_2_3_points')).toBe(9);
  });
});

describe('remaining items', () => {
  test('each link jumps to its item: switches step, focuses the card, selects the cell', async () => {
    const { host, user } = await renderApp();
    expect(screen.getByText('尚有 34 項未評')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '明細' }));
    await user.click(screen.getByRole('button', { name: /^前往 1\.3 / }));
    await waitFor(() => expect(document.activeElement).toBe(itemCard('1.3')));
    expect(screen.getByRole('tab', { name: /^一\s?、/ }).getAttribute('aria-selected')).toBe('true');
    expect(host.calls).toContainEqual({ method: 'goTo', arg: 'item_1_3_level' });

    // Every remaining item is in 明細.
    await user.click(screen.getByRole('button', { name: '明細' }));
    await user.click(screen.getByRole('button', { name: /^前往 7\.2 / }));
    await waitFor(() => expect(document.activeElement).toBe(itemCard('7.2')));
  });

  test('the count goes down as items are scored', async () => {
    const { user } = await renderApp();
    await openSection(user, '一');
    const items = oshUnit113.sections.find((s) => s.id === '1')!.items.length;
    const tab = () => screen.getByRole('tab', { name: /^一\s?、/ });
    expect(tab().textContent).toContain(`尚有 ${items} 項未評`);
    const otherTab = screen.getByRole('tab', { name: /^二\s?、/ }).textContent;
    await user.click(inItem('1.1').getByRole('radio', { name: /^可 / }));
    await user.click(inItem('1.2').getByRole('radio', { name: '不適用' }));
    expect(await screen.findByText('尚有 32 項未評')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^前往 1\.1 / })).toBeNull();
    // The step's tab counts down with it; the others stay as they were.
    expect(tab().textContent).toContain(`尚有 ${items - 2} 項未評`);
    expect(screen.getByRole('tab', { name: /^二\s?、/ }).textContent).toBe(otherTab);
  });
});
