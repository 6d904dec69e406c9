/**
 * The start form as the browser tests fill it: the four facts 建立 needs,
 * then 建立初審工作表. What each test waits for afterwards is its own.
 */
import type { Page } from 'playwright-core';

const UNIT_NAME = '台灣安全製造股份有限公司';

export async function createReview(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /受評單位名稱/ }).fill(UNIT_NAME);
  await page.getByRole('textbox', { name: /初審單位/ }).fill('勞動部職業安全衛生署');
  await page.getByRole('textbox', { name: /選拔年度/ }).fill('113');
  await page.getByRole('textbox', { name: /評鑑日期/ }).fill('113/04/15');
  await page.getByRole('button', { name: '建立初審工作表' }).click();
}
