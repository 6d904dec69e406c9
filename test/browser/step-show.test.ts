/**
 * How a kept step is shown, in Chromium (the preview at 350×600): the steps
 * built hidden ahead are each shown once, unseen, while the pane is idle; a
 * step opened at its heading shows its first screen in the frame after the
 * click and what it marks `data-later` (with 上一步 and 下一步 below it) in a frame after that; a step opened
 * at an item further down is shown whole, so that item can take focus.
 * ReviewPane's `Kept` says why (issue 17: a step change within 100 ms at 4× CPU).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { previewInChromium, WITHOUT_CHROMIUM } from './chromium.ts';
import { createReview } from './create-review.ts';
import { RETRY_IN_CI } from './page-log.ts';

const three = oshUnit113.sections.find((s) => s.numeral === '三')!;
/** The tab's title: 三's heading. */
const THREE = `${three.numeral}、${three.title}`;

/** Each time a step's inline style is set: a rehearsal sets one and removes it a frame later. */
const WATCH_REHEARSALS = `
window.rehearsed = [];
new MutationObserver((records) => {
  for (const r of records) {
    const step = r.target.dataset && r.target.dataset.step;
    if (step && r.target.style.position === 'fixed') window.rehearsed.push({ step, hidden: r.target.hidden, visibility: r.target.style.visibility });
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
`;

/**
 * Clicks a tab from inside the page and reads, in the first frame after the click (its animation callbacks, before
 * its paint) and again three frames later, which of the shown step's top-level parts are displayed.
 */
const SHOW_AND_LOOK = `
window.showAndLook = (title, parts) => new Promise((resolve) => {
  const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.title === title);
  const look = () => {
    const step = [...document.querySelectorAll('[data-step]')].find((s) => !s.hidden);
    return [...step.querySelectorAll(parts)].map((el) => getComputedStyle(el).display !== 'none');
  };
  // 上一步 and 下一步, below the step: where they stand, or null when not displayed.
  const pager = () => {
    const button = [...document.querySelectorAll('main button')].find((b) => /^(上|下)一步/.test(b.textContent));
    return button && getComputedStyle(button).display !== 'none' && button.offsetParent ? Math.round(button.getBoundingClientRect().top + scrollY) : null;
  };
  tab.click();
  requestAnimationFrame(() => {
    const first = look();
    const pagerFirst = pager();
    const frames = (n, then) => (n === 0 ? then() : requestAnimationFrame(() => setTimeout(() => frames(n - 1, then), 0)));
    frames(3, () => resolve({ first, later: look(), opening: document.querySelectorAll('[data-opening]').length, pager: [pagerFirst, pager()] }));
  });
});
`;

/** What `showAndLook` saw: each part displayed in the click's frame and later, the marks left, the pager's place. */
interface Seen {
  readonly first: boolean[];
  readonly later: boolean[];
  readonly opening: number;
  readonly pager: (number | null)[];
}

const showAndLook = (page: Page, title: string, parts: string) =>
  page.evaluate(([t, p]) => (window as unknown as { showAndLook: (t: string, p: string) => Promise<Seen> }).showAndLook(t, p), [title, parts] as const);

describe.skipIf(WITHOUT_CHROMIUM)('showing a kept step, in Chromium', { retry: RETRY_IN_CI }, () => {
  const site = previewInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 350, height: 600 }, locale: 'zh-TW' });
    page.setDefaultTimeout(15_000);
    await page.addInitScript(WATCH_REHEARSALS + SHOW_AND_LOOK);
    await page.goto(`${site.origin}/preview.html`);
    await createReview(page);
    await page.locator('#osh-step-heading').filter({ hasText: '基本資料' }).waitFor();
  }, 300_000);

  test('each step built hidden is shown once, unseen, and hidden again', async () => {
    // 基本資料 is built shown; 列印 is built each time it is opened.
    const kept = ['eligibility', ...['1', '2', '3', '4', '5', '6', '7'].map((s) => `section-${s}`), 'opinion', 'tools'];
    await expect.poll(() => page.evaluate(() => (window as unknown as { rehearsed: { step: string }[] }).rehearsed.map((r) => r.step)), { timeout: 30_000 }).toEqual(kept);
    const rehearsed = await page.evaluate(() => (window as unknown as { rehearsed: { hidden: boolean; visibility: string }[] }).rehearsed);
    expect(rehearsed.every((r) => r.hidden && r.visibility === 'hidden')).toBe(true);
    // All of them back to `display: none`, with no style left, and out of the tab order.
    await expect.poll(() => page.locator('[data-step][style]').count()).toBe(0);
    const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.dataset.step));
    expect(shown).toEqual(['basic']);
  });

  test('every text control of the built steps is the only control of its form, and the form has no box', async () => {
    // Chromium's autofill reads a text control's whole form after each keystroke; formless, that is every formless
    // control of the page (FieldForm). Once the steps are built, all of them are in the page.
    await expect.poll(() => page.locator('[data-step][style]').count(), { timeout: 30_000 }).toBe(0);
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#root textarea, #root input:not([type="radio"]):not([type="checkbox"]):not([type="file"])')].map((el) => ({
        cell: el.dataset.cell ?? el.getAttribute('aria-label') ?? el.id,
        alone: el.form !== null && el.form.elements.length === 1,
        boxless: el.form !== null && getComputedStyle(el.form).display === 'contents',
      })),
    );
    expect(seen.length).toBeGreaterThan(40);
    expect(seen.filter((s) => !s.alone || !s.boxless)).toEqual([]);
  });

  test("資格審查 at its heading: its first two groups in the click's frame, the other four a frame later", async () => {
    const { pager, ...parts } = await showAndLook(page, '資格審查', ':scope > div > fieldset');
    expect(parts).toEqual({ first: [true, true, false, false, false, false], later: [true, true, true, true, true, true], opening: 0 });
    // 上一步 and 下一步 wait with the groups above them: never shown where they will not stay.
    expect(pager[0]).toBeNull();
    expect(pager[1]).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('osh-step-heading');
  });

  test("a step with nothing held back shows 上一步 and 下一步 in the click's frame", async () => {
    const seen = await showAndLook(page, '意見與結果', 'textarea');
    expect(seen.pager[0]).toBeGreaterThan(0);
    expect(seen.pager[1]).toBe(seen.pager[0]);
  });

  test('a step change focuses the new heading even when the focused control lost focus before the frame', async () => {
    // As when the control that had focus is hidden with the step it was in, and the browser drops focus to the page
    // before the frame that moves it.
    await page.getByRole('tab', { name: '基本資料' }).click();
    await page.getByRole('textbox', { name: '統一編號' }).focus();
    await page.evaluate(() => {
      // Runs first in the frame after the click, before the pane's own frame callback.
      requestAnimationFrame(() => (document.activeElement as HTMLElement).blur());
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.title === '意見與結果')!.click();
    });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('osh-step-heading');
    await expect.poll(() => page.locator('#osh-step-heading').textContent()).toBe('意見與結果');
  });

  test("a section at its heading: its first two cards in the click's frame, the rest a frame later", async () => {
    const seen = await showAndLook(page, THREE, 'section[id^="osh-item-"]');
    expect(seen.first.slice(0, 2)).toEqual([true, true]);
    expect(seen.first.slice(2).length).toBeGreaterThan(0);
    expect(seen.first.slice(2).every((shown) => !shown)).toBe(true);
    expect(seen.later.every(Boolean)).toBe(true);
    expect(seen.pager[0]).toBeNull();
  });

  test('a section opened at an item below its first screen is shown whole: the item takes focus', async () => {
    // 1.1 and 1.2 scored, so 列印's check goes to 1.3, 一's third card.
    await page.getByRole('tab', { name: /^一/ }).click();
    for (const id of ['1-1', '1-2']) await page.locator(`#osh-item-${id} fieldset[role="radiogroup"] input[type="radio"]`).first().check();
    await page.getByRole('tab', { name: '列印' }).click();
    await page.getByRole('button', { name: /^尚有 \d+ 項未評/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('osh-item-1-3');
    const box = await page.locator('#osh-item-1-3').boundingBox();
    expect(box && box.y >= 0 && box.y < 600).toBe(true);
  });
});
