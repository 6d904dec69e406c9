// @vitest-environment happy-dom
/**
 * The steps built ahead (ReviewPane's keepSteps, on as the pane ships): once
 * the pane is idle the other steps are rendered hidden, so a step change only
 * shows one. What must hold: a hidden step is out of reach (no role, no tab
 * stop), a step shown has every item card, and nothing typed while steps are
 * being built is lost.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { inItem, renderApp } from './render-app.tsx';

/** The pane as it ships (steps built ahead), ready; the first render of a test file can be slow on a loaded machine. */
async function renderPane(props: { idleMs?: number } = {}) {
  const rendered = await renderApp({ props: { keepSteps: true, ...props }, ready: false });
  await screen.findByRole('tablist', {}, { timeout: 10_000 });
  return rendered;
}

afterEach(cleanup);

const section = (numeral: string) => DEFAULT_RUBRIC.sections.find((s) => s.numeral === numeral)!;
// Queries stay inside one step or the tab list: role queries over the whole pane, every step built, are slow in happy-dom.
const step = (id: string) => document.querySelector<HTMLElement>(`[data-step="${id}"]`)!;
const tab = (name: string | RegExp) => within(document.querySelector<HTMLElement>('[role="tablist"]')!).getByRole('tab', { name });
/** The item cards a reviewer can reach in a section's step: hidden steps' cards are not regions. */
const reachableCards = (numeral: string) => within(step(`section-${section(numeral).id}`)).queryAllByRole('region').filter((el) => el.id.startsWith('osh-item-'));

describe('steps built ahead', () => {
  test('once idle the other steps are built hidden, keeping what was typed; a step shown then has all its cards, and the hidden ones stay out of reach', { timeout: 60_000 }, async () => {
    const { host, user } = await renderPane();
    const address = within(step('basic')).getByRole('textbox', { name: /地址/ }) as HTMLInputElement;
    const typed = '臺北市中正區忠孝東路一段';
    await user.click(address);
    await user.type(address, typed);
    // The other steps are built once the pane has been idle a second, one at a time in the steps' order from the one
    // shown (in a real browser while the reviewer types: test/browser/pane.test.ts); 一 is the second.
    const one = section('一');
    await waitFor(() => expect(one.items.filter((i) => document.getElementById(`osh-item-${i.id.replace('.', '-')}`)).length).toBe(one.items.length), { timeout: 20_000 });
    expect(step('eligibility')).toBeTruthy();
    expect(address.value).toBe(typed);
    expect(document.activeElement).toBe(address);
    await waitFor(() => expect(host.value('cand_address')).toBe(typed));

    // Built with every card (not the first two a first visit opens with), and hidden: no card, no field of another step
    // can be reached while 基本資料 is shown.
    expect(reachableCards('一')).toEqual([]);
    expect(step('eligibility').querySelectorAll('input, select, textarea').length).toBeGreaterThan(0);
    for (const role of ['textbox', 'combobox', 'radio'] as const) expect(within(step('eligibility')).queryAllByRole(role)).toEqual([]);

    await user.click(tab(/^一\s?、/));
    expect(reachableCards('一').length).toBe(one.items.length);
    await waitFor(() => expect(document.activeElement?.id).toBe('osh-step-heading'));
    expect(document.activeElement?.textContent).toMatch(/^一\s?、/);
    // 基本資料 is hidden in turn, not gone: its fields come back as they were.
    expect(within(step('basic')).queryByRole('textbox', { name: /地址/ })).toBeNull();
    await user.click(tab('基本資料'));
    expect((within(step('basic')).getByRole('textbox', { name: /地址/ }) as HTMLInputElement).value).toBe(typed);
    expect(reachableCards('一')).toEqual([]);
  });

  test("a section's first visit: its first cards, then all of them, and a level chosen meanwhile is kept", { timeout: 30_000 }, async () => {
    // Not built ahead: the section is built when opened, its first cards with the click and the rest after.
    const { user, host } = await renderApp({ props: { keepSteps: false }, ready: false });
    await screen.findByRole('tablist', {}, { timeout: 10_000 });
    await user.click(tab(/^二\s?、/));
    // At once, while the rest of the cards are still to come.
    const best = inItem('2.1').getAllByRole('radio')[0] as HTMLInputElement;
    await user.click(best);
    const two = section('二');
    await waitFor(() => expect(reachableCards('二').length).toBe(two.items.length));
    expect(best.checked).toBe(true);
    await waitFor(() => expect(host.value('item_2_1_level')).toBe(best.value));
  });
});
