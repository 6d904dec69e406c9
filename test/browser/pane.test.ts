/**
 * The real task pane in a real browser: dist/preview.html (the pane over the
 * in-memory Excel double, through the real Office.js adapter) in headless
 * Chromium at task-pane size. Creates a review and scores all 34 items
 * through the UI (one section by keyboard only), fills the opinion, refreshes
 * the print sheets, then checks the workbook the pane wrote: it reads back
 * complete, scores to the total the pane showed, and prints 初審意見表 on
 * one A4 portrait page.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Item } from '../../src/rubric/types.ts';
import { bandsOf } from '../../src/scoring/band.ts';
import { scoreAnswers } from '../../src/scoring/score.ts';
import { RANKING_SHEET } from '../../src/sheets/ranking.ts';
import { readReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { CORRUPT_ZIP, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';
import { LIBREOFFICE, MUST_RUN, printPdf } from '../support/libreoffice.ts';
import { previewInChromium, WITHOUT_CHROMIUM } from './chromium.ts';
import { ROOT } from './dist.ts';
import { logPage, RETRY_IN_CI, type PageLog } from './page-log.ts';

const SHOTS = join(ROOT, 'test-output/browser');
/** Typed into 地址 right after 建立, key by key (ASCII: the keyboard types it as keys, not as composed text). */
const ADDRESS = 'No. 1, Sec. 1, Zhongxiao E. Rd., Taipei';
/** The section scored with the keyboard only (五、安全衛生教育訓練及活動: five items, all fixed levels). */
const KEYBOARD_SECTION = '5';

const itemCard = (page: Page, id: string): Locator => page.locator(`#osh-item-${id.replace(/\./g, '-')}`);
const best = (item: Item) => bandsOf(item).at(-1)!;
/** What each counted item gets: a count of 5 (7.2: 2 steps of 1.0; 7.3: capped at 2.0). */
const COUNT = 5;

describe.skipIf(WITHOUT_CHROMIUM)('the task pane in Chromium over the Excel double', { retry: RETRY_IN_CI }, () => {
  const site = previewInChromium(['--disable-quic']);
  let page: Page;
  const requests: string[] = [];
  let log: PageLog;
  let shot = 0;
  const screenshot = async (name: string) => {
    shot += 1;
    await page.screenshot({ path: join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await site.browser.newPage({ viewport: { width: 360, height: 900 }, locale: 'zh-TW' });
    page.setDefaultTimeout(15_000);
    page.on('request', (r) => requests.push(r.url()));
    log = logPage(page);
  }, 300_000);

  test('creates a review, scores every item, fills the opinion and prints; the workbook agrees', async () => {
    await page.goto(`${site.origin}/preview.html`);

    // Start: the four facts, then create.
    const name = page.getByRole('textbox', { name: /受評單位名稱/ });
    await name.fill('台灣安全製造股份有限公司');
    await page.getByRole('textbox', { name: /初審單位/ }).fill('勞動部職業安全衛生署');
    await page.getByRole('textbox', { name: /選拔年度/ }).fill('113');
    await page.getByRole('textbox', { name: /評鑑日期/ }).fill('113/04/15');
    await screenshot('start');
    await page.getByRole('button', { name: '建立初審工作表' }).click();
    await log.waitFor(page.getByRole('tablist'));
    await expect.poll(() => page.getByRole('textbox', { name: '單位名稱' }).inputValue()).toBe('台灣安全製造股份有限公司');
    // Typed a key at a time while the pane, idle a second after opening, builds the other steps hidden: no key is lost.
    const address = page.getByRole('textbox', { name: '地址', exact: true });
    await address.click();
    await page.keyboard.type(ADDRESS, { delay: 80 });
    await expect.poll(() => page.locator('[data-step]').count(), { message: 'the other steps built' }).toBe(11);
    expect(await address.inputValue()).toBe(ADDRESS);
    await address.press('Tab');
    await screenshot('basic');

    for (const section of oshUnit113.sections) {
      const tab = page.getByRole('tab', { name: new RegExp(`^${section.numeral}\\s?、`) });
      if (section.id === KEYBOARD_SECTION) {
        // Keyboard only: from the selected tab, arrow to this one and press Enter.
        await page.getByRole('tab', { selected: true }).focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => tab.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
        for (const item of section.items) {
          const card = itemCard(page, item.id);
          const first = card.getByRole('radio').first();
          // Tab forward until the focus lands in this item's radio group.
          for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
          expect(await first.evaluate((el) => el === document.activeElement), `focus on ${item.id}'s first level`).toBe(true);
          await page.keyboard.press('Space');
          for (let i = 1; i < item.levels.length; i++) await page.keyboard.press('ArrowRight');
          await expect.poll(() => card.getByRole('radio', { name: new RegExp(`^${best(item).label} `) }).isChecked()).toBe(true);
        }
      } else {
        await tab.click();
        await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
        for (const item of section.items) {
          const card = itemCard(page, item.id);
          const band = best(item);
          await card.getByRole('radio', { name: new RegExp(`^${band.label} `) }).click();
          if (item.count) {
            const count = card.getByRole('textbox', { name: `數量（${item.id}，${item.count.unit}數）` });
            await count.fill(String(COUNT));
            await count.press('Tab');
          } else if (!band.fixed) {
            const points = card.getByRole('textbox', { name: `得分（${item.id}）` });
            await points.fill(String(band.max));
            await points.press('Tab');
          }
        }
      }
      for (const item of section.items) await expect.poll(() => itemCard(page, item.id).getByText(/^得分 [\d.]+ \/ [\d.]+$/).count(), { message: `item ${item.id} scored` }).toBe(1);
      await screenshot(`section-${section.id}`);
    }

    // 意見與結果.
    await page.getByRole('tab', { name: '意見與結果' }).click();
    const strengths = page.getByRole('textbox', { name: '優點', exact: true });
    await strengths.fill('安全衛生政策明確，高階主管親自參與；\n承攬商管理落實。');
    await strengths.press('Tab');
    const suggestions = page.getByRole('textbox', { name: '建議', exact: true });
    await suggestions.fill('建議持續推動風險評估之量化。');
    await suggestions.press('Tab');
    await screenshot('opinion');

    // 列印: refresh both print sheets.
    await page.getByRole('tab', { name: '列印' }).click();
    await page.getByRole('button', { name: '更新並顯示「初審意見表」' }).click();
    await log.waitFor(page.getByText(/已更新並切換到「初審意見表」工作表/));
    await page.getByRole('button', { name: '更新並顯示「附表一」' }).click();
    await log.waitFor(page.getByText(/已更新並切換到「附表一\(列印\)」工作表/));
    await screenshot('print');

    // What the pane shows: complete, and its total.
    await expect.poll(() => page.getByRole('complementary', { name: '評分' }).textContent()).toContain('評分完成');
    await expect.poll(() => page.getByText('已寫入活頁簿（請記得存檔）').count()).toBeGreaterThan(0);
    const shownTotal = (await page.getByTestId('score-total').textContent())!.trim();
    expect(shownTotal).toMatch(/^\d+\.\d\d$/);
    expect(log.errors).toEqual([]);

    // The workbook the pane wrote.
    const base64 = await page.evaluate(() => (window as unknown as { oshPreview: { exportBase64(): Promise<string> } }).oshPreview.exportBase64());
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    const file = join(mkdtempSync(join(tmpdir(), 'osh-pane-')), 'pane.xlsx');
    writeFileSync(file, bytes);
    writeFileSync(join(SHOTS, 'pane.xlsx'), bytes);
    const read = await readReviewXlsx(bytes);
    expect(read.problems).toEqual([]);
    const review = read.review!;
    expect(review).toBeDefined();
    const ids = oshUnit113.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toHaveLength(34);
    for (const id of ids) expect(review.items[id], `item ${id} answered`).toBeDefined();
    const scored = scoreAnswers(oshUnit113, review.items);
    if (!scored.ok) throw new Error(scored.problems.map((p) => p.message).join('\n'));
    expect(scored.score.complete).toBe(true);
    expect(scored.score.total.toFixed(2)).toBe(shownTotal);
    expect(review.candidate.address).toBe(ADDRESS);

    // The preview's strip (plain HTML, wired by its script) offers the same workbook as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下載活頁簿 (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('初審評分-預覽.xlsx');
    expect((await readReviewXlsx(new Uint8Array(readFileSync((await download.path())!)))).review).toEqual(review);
    await expect.poll(() => page.getByRole('button', { name: '下載活頁簿 (.xlsx)' }).isEnabled()).toBe(true);

    // 初審意見表 prints on one A4 portrait page.
    if (LIBREOFFICE || MUST_RUN) {
      const printed = printPdf(bytes, 'pane');
      // Its title line; the eligibility page of 基本資料 also names 「初審意見表」 (its 確認事項).
      const opinion = printed.pages.filter((p) => /優良單位初審意見表$/.test(p.firstLine));
      expect(opinion, printed.pages.map((p) => `${p.number} ${p.firstLine}`).join('\n')).toHaveLength(1);
      expect(opinion[0]!.a4).toBe(true);
      expect(opinion[0]!.height).toBeGreaterThan(opinion[0]!.width);
      const lines = printed.pageLines(opinion[0]!.number).join('\n');
      expect(lines).toContain('台灣安全製造股份有限公司');
      expect(lines).toContain('承攬商管理落實');
    }

    // Nothing left the machine.
    expect(requests.length).toBeGreaterThan(0);
    const local = (url: string) => ['data:', 'blob:'].includes(new URL(url).protocol) || new URL(url).hostname === '127.0.0.1';
    expect(requests.filter((url) => !local(url))).toEqual([]);
  }, 240_000);

  test('ranks candidates\' files picked in 彙整與其他表單 into a 排序 sheet of the open workbook', async () => {
    const first = await xlsxOf(unitReview(fullMarks(), { name: '甲公司', ubn: '20000002' }));
    const second = await xlsxOf(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '乙公司', ubn: '20000001' }));
    await page.goto(`${site.origin}/preview.html`);
    await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('台灣安全製造股份有限公司');
    await page.getByRole('button', { name: '建立初審工作表' }).click();
    await log.waitFor(page.getByRole('tablist'));

    const scriptsBefore = requests.filter((url) => url.endsWith('.js')).length;
    await page.getByRole('tab', { name: '彙整與其他表單' }).click();
    await log.waitFor(page.getByRole('heading', { name: '排序（附表三）' }));
    await page.getByRole('combobox', { name: /初審單位/ }).selectOption('新竹市');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.locator('input[type=file][data-tool=rank]').setInputFiles([
      { name: '乙.xlsx', mimeType: xlsx, buffer: Buffer.from(second) },
      { name: '壞.xlsx', mimeType: xlsx, buffer: Buffer.from(CORRUPT_ZIP) },
      { name: '甲.xlsx', mimeType: xlsx, buffer: Buffer.from(first) },
    ]);
    await log.waitFor(page.getByText(/已建立「排序」/), { timeout: 30_000 });
    await screenshot('tools-ranking');
    // The tools and what they use arrived as separate chunks, after the first paint.
    expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);
    expect(log.errors).toEqual([]);

    const base64 = await page.evaluate(() => (window as unknown as { oshPreview: { exportBase64(): Promise<string> } }).oshPreview.exportBase64());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const ranking = wb.getWorksheet(RANKING_SHEET.name);
    expect(ranking, wb.worksheets.map((w) => w.name).join(', ')).toBeDefined();
    const texts: string[] = [];
    ranking!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts.indexOf('甲公司')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('甲公司')).toBeLessThan(texts.indexOf('乙公司'));
    expect(texts.join('\n')).toContain('壞.xlsx');
    // The review the pane built is still there, untouched.
    expect(wb.getWorksheet('基本資料')).toBeDefined();
  }, 120_000);
});
