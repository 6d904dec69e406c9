// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderApp } from '../render-app.tsx';

afterEach(cleanup);

const box = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('fields validate as typed', () => {
  test.each([
    ['統一編號', '12345678', '統一編號檢查碼不符，請核對是否抄錯。'],
    ['統一編號', '1234', '統一編號應為 8 位數字。'],
    ['行業別（小類代碼，3碼）', '41', '行業別應為 3 碼小類代碼，例如 410（第9次行業分類標準）。'],
    ['勞工人數（原事業單位）', '-3', '應為 0 以上的整數。'],
    ['選拔年度（民國）', '2024', '請填民國年：西元 2024 年為民國 113 年。'],
    ['評鑑日期', '113/02/30', '應為日期，例如 113/04/15 或 2024/04/15。'],
  ])('%s「%s」', async (label, typed, message) => {
    const { host, user } = await renderApp();
    const input = box(new RegExp(`^${label.replace(/[()（）]/g, '.')}`));
    const name = Object.entries({ 統一編號: 'cand_ubn', 行業別: 'cand_industry_code', 勞工人數: 'cand_workers_own', 選拔年度: 'review_year', 評鑑日期: 'review_date' }).find(([k]) => label.startsWith(k))![1];
    await user.clear(input);
    await user.type(input, typed);
    await user.tab();
    expect(await screen.findByText(message)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(host.writesOf(name)).toEqual([]);
  });

  test('a valid 統一編號 (full-width digits) is written as its digits', async () => {
    const { host, user } = await renderApp();
    await user.type(box('統一編號'), '０４５９５２５７');
    await user.tab();
    await waitFor(() => expect(host.writesOf('cand_ubn')).toEqual([{ cand_ubn: '04595257' }]));
    expect(box('統一編號').value).toBe('04595257');
  });

  test('a 行業別 written with its name is reduced to the code', async () => {
    const { host, user } = await renderApp();
    await user.type(box(/^行業別（小類代碼/), '建築工程業(410)');
    await user.tab();
    await waitFor(() => expect(host.writesOf('cand_industry_code')).toEqual([{ cand_industry_code: '410' }]));
  });

  test('a 民國 date is written as a date serial and echoed in words', async () => {
    const { host, user } = await renderApp();
    const date = box(/^評鑑日期/);
    await user.clear(date);
    await user.type(date, '113/5/2');
    await user.tab();
    await waitFor(() => expect(host.writesOf('review_date')).toEqual([{ review_date: 45414 }]));
    expect(date.value).toBe('113/05/02');
    expect(screen.getByText('民國 113 年 5 月 2 日（2024-05-02）')).toBeTruthy();
  });
});

describe('each text field is alone in a form that is never submitted', () => {
  test('a one-line field: its form holds it alone, and Enter submits nothing', async () => {
    const { host, user } = await renderApp();
    const name = box(/^單位名稱/);
    expect(name.form?.elements.length).toBe(1);
    await user.clear(name);
    await user.type(name, '台灣安全製造{Enter}');
    // A submitted form would have been stopped by the pane, never sent: its submit event is cancelled.
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    name.form!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    await user.tab();
    await waitFor(() => expect(host.writesOf('cand_name')).toEqual([{ cand_name: '台灣安全製造' }]));
  });
});
