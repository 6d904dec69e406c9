/**
 * 建立 writes its sheets as an .xlsx off the pane's thread (src/excel/xlsx-thread.ts): ExcelJS and the writer's
 * evaluation of every formula run in a worker, where they held the pane's thread for 0.5–1.2 s at 4× CPU. In the
 * preview the double reads that file in a worker too, as Excel reads it in its own process. Where a worker cannot
 * start (a webview without one, a script the page may not load), the pane writes the file itself, as it did before.
 *
 * Each case creates a review in the built preview in Chromium and checks that the workbook gets all its sheets, and
 * where ExcelJS ran: not on the page's thread with workers, on it without. (The page's resource timing lists what
 * the page itself loaded; a worker's own scripts are not in it.)
 */
import { describe, expect, test } from 'vitest';
import { SHEETS } from '../../src/sheets/layout.ts';
import { previewInChromium, WITHOUT_CHROMIUM } from './chromium.ts';
import { createReview } from './create-review.ts';
import { RETRY_IN_CI } from './page-log.ts';

/** ExcelJS's chunk is the only script over this size (about 940 KB); the page's own are under 400 KB. */
const EXCELJS_BYTES = 700_000;

/** How `new Worker` behaves in each case: as the browser has it, missing, or pointing at a script that is not there. */
const WORKERS = {
  real: `window.__workers = []; const W = window.Worker; window.Worker = class extends W { constructor(url, o) { super(url, o); window.__workers.push(String(url)); } };`,
  refused: `window.__workers = []; window.Worker = function () { throw new DOMException('Refused to create a worker', 'SecurityError'); };`,
  missing: `window.__workers = []; const W = window.Worker; window.Worker = class extends W { constructor(url, o) { super(String(url).replace(/\\.js$/, '.missing.js'), o); window.__workers.push(String(url)); } };`,
} as const;

describe.skipIf(WITHOUT_CHROMIUM)('建立 writes the sheets in a worker, or on the page where none starts', { retry: RETRY_IN_CI }, () => {
  const site = previewInChromium();

  test.each(Object.keys(WORKERS) as (keyof typeof WORKERS)[])('with the worker %s', async (mode) => {
    const context = await site.browser.newContext({ viewport: { width: 350, height: 600 }, locale: 'zh-TW' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(WORKERS[mode]);
      await page.goto(`${site.origin}/preview.html`);
      await createReview(page);
      await expect.poll(() => page.getByRole('textbox', { name: '單位名稱' }).inputValue()).toBe('台灣安全製造股份有限公司');

      // Both stages of 建立 done: every sheet of the review is in the workbook.
      const sheetNames = () => page.evaluate(() => (window as unknown as { oshPreview: { sheetNames(): string[] } }).oshPreview.sheetNames());
      const expected: string[] = Object.values(SHEETS);
      await expect.poll(async () => {
        const names = await sheetNames();
        return expected.filter((name) => !names.includes(name));
      }, { timeout: 60_000 }).toEqual([]);

      const onPage = await page.evaluate((min) => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).decodedBodySize > min).map((e) => e.name), EXCELJS_BYTES);
      const started = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers.length);
      if (mode === 'real') {
        expect(started, 'workers started: the xlsx writer and the preview double\'s reader').toBe(2);
        expect(onPage, 'ExcelJS loaded by the page itself').toEqual([]);
      } else {
        expect(onPage, 'ExcelJS loaded by the page itself').toHaveLength(1);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
