/**
 * A part of the pane whose code does not download (the network), in Chromium
 * with webpack's own chunk loader: the review form after 建立, and the tools.
 * The pane says so where the part would be and keeps the rest; 再試一次
 * downloads the part again. Before, the failed download reached React's root
 * and the whole pane went blank, over a review 建立 had just written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { previewInChromium, WITHOUT_CHROMIUM } from './chromium.ts';
import { ROOT } from './dist.ts';
import { logPage, RETRY_IN_CI, type PageLog } from './page-log.ts';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** axe-core's serious and critical findings (WCAG 2.2 AA) on the page as it stands. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

describe.skipIf(WITHOUT_CHROMIUM)('a part of the pane that does not download', { retry: RETRY_IN_CI }, () => {
  const site = previewInChromium();

  /** The preview with the chunk named `chunk` refused while `blocked.on`, and what the page went through. */
  const open = async (chunk: string): Promise<{ page: Page; log: PageLog; blocked: { on: boolean; refused: number }; close: () => Promise<void> }> => {
    const context = await site.browser.newContext({ viewport: { width: 350, height: 700 }, locale: 'zh-TW' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const log = logPage(page);
    const blocked = { on: true, refused: 0 };
    await page.route(new RegExp(`/${chunk}\\.[0-9a-f]+\\.js$`), async (route) => {
      if (!blocked.on) return route.continue();
      blocked.refused += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${site.origin}/preview.html`);
    return { page, log, blocked, close: () => context.close() };
  };

  test('the review form, after 建立: said under the header; 再試一次 opens the review 建立 wrote', async () => {
    const { page, log, blocked, close } = await open('review-pane');
    await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('台灣安全製造股份有限公司');
    await page.getByRole('button', { name: '建立初審工作表' }).click();

    const said = page.getByRole('alert').filter({ hasText: '無法載入初審表單，請確認網路連線後再試一次。' });
    await log.waitFor(said);
    expect(blocked.refused).toBeGreaterThan(0);
    // The rest of the pane stays: its name, and the candidate the header names once the review is read.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('優良單位初審');
    expect(await page.getByText('台灣安全製造股份有限公司').count()).toBeGreaterThan(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
    // It waits for the reviewer: no download is tried again meanwhile.
    const refused = blocked.refused;
    await page.waitForTimeout(1000);
    expect(blocked.refused).toBe(refused);

    blocked.on = false;
    await page.getByRole('button', { name: '再試一次' }).click();
    await log.waitFor(page.getByRole('tablist'));
    expect(await page.getByRole('textbox', { name: '單位名稱' }).inputValue()).toBe('台灣安全製造股份有限公司');
    expect(await said.count()).toBe(0);
    // Uncaught errors: none (the boundary caught the failed download).
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);

  test('the tools, on the start form: said where they open; 再試一次 shows them, and what was typed stays', async () => {
    const { page, log, blocked, close } = await open('tools');
    await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('甲公司');
    await page.getByRole('button', { name: /^彙整與其他表單（/ }).click();

    const said = page.getByRole('alert').filter({ hasText: '無法載入彙整與其他表單，請確認網路連線後再試一次。' });
    await log.waitFor(said);
    expect(blocked.refused).toBeGreaterThan(0);
    expect(await axeFindings(page)).toEqual([]);

    blocked.on = false;
    await page.getByRole('button', { name: '再試一次' }).click();
    await log.waitFor(page.getByRole('heading', { name: '排序（附表三）' }));
    expect(await said.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /受評單位名稱/ }).inputValue()).toBe('甲公司');
    expect(log.errors).toEqual([]);
    await close();
  }, 60_000);
});
