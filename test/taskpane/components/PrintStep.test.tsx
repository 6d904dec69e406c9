// @vitest-environment happy-dom
/**
 * 定稿 in the pane: the button on the 列印 step asks first, then finalises;
 * the status says when; inputs on every other step are disabled with a plain
 * note on how to 取消定稿; an edit made in the sheets afterwards is named.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { META_NAMES } from '../../../src/sheets/meta.ts';
import { renderApp } from '../render-app.tsx';

afterEach(cleanup);

const finaliseButton = () => screen.getByRole('button', { name: '定稿…' });

describe('定稿 on the 列印 step', () => {
  test('asks before finalising; 返回 does nothing; 確定定稿 finalises and says when', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(finaliseButton());
    const confirmYes = screen.getByRole('button', { name: '確定定稿' });
    expect(document.activeElement).toBe(confirmYes);
    expect(screen.getByText(/確定要定稿嗎/)).toBeTruthy();
    // A new review has every item unscored: the confirmation says the score is incomplete.
    expect(within(screen.getByRole('group', { name: /確定要定稿嗎/ })).getByText(/項未評/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(host.calls.some((c) => c.method === 'finalise')).toBe(false);
    expect(screen.queryByRole('button', { name: '確定定稿' })).toBeNull();

    await user.click(finaliseButton());
    await user.click(screen.getByRole('button', { name: '確定定稿' }));
    expect(await screen.findByText('已於 2024-04-20 15:30 定稿，內容與定稿時相同。')).toBeTruthy();
    expect(host.calls.filter((c) => c.method === 'finalise')).toHaveLength(1);
    expect(host.value(META_NAMES.finalDigest)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(screen.queryByRole('button', { name: '定稿…' })).toBeNull();
    expect(screen.getByRole('button', { name: '取消定稿…' })).toBeTruthy();
  });

  test('once finalised, inputs on the other steps are disabled and say how to 取消定稿; nothing is written', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(finaliseButton());
    await user.click(screen.getByRole('button', { name: '確定定稿' }));
    await screen.findByText(/已於 .* 定稿/);

    await user.click(screen.getByRole('tab', { name: '基本資料' }));
    expect(screen.getByText('各輸入欄已鎖定。如需修改，請至「列印」步驟按「取消定稿」。')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: /單位名稱/ }) as HTMLInputElement;
    const before = name.value;
    await user.type(name, '改');
    await user.tab();
    expect(name.value).toBe(before);

    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    const excellent = within(document.getElementById('osh-item-1-1')!).getByRole('radio', { name: /^優 / }) as HTMLInputElement;
    await user.click(excellent);
    expect(excellent.checked).toBe(false);
    expect(host.writes).toEqual([]);

    // 取消定稿 opens them again.
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(screen.getByRole('button', { name: '取消定稿…' }));
    await user.click(screen.getByRole('button', { name: '確定取消定稿' }));
    await screen.findByRole('button', { name: '定稿…' });
    expect(host.value(META_NAMES.finalDigest)).toBeNull();
    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    expect(screen.queryByText(/各輸入欄已鎖定/)).toBeNull();
    await user.click(within(document.getElementById('osh-item-1-1')!).getByRole('radio', { name: /^優 / }));
    await waitFor(() => expect(host.value('item_1_1_level')).toBe('優'));
  });

  test('an edit made in the sheets after 定稿 is reported on every step', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(finaliseButton());
    await user.click(screen.getByRole('button', { name: '確定定稿' }));
    await screen.findByText(/已於 .* 定稿/);
    host.editByHand({ cand_name: '另一家公司' });
    expect(await screen.findByText('定稿後已被修改：內容與 2024-04-20 15:30 定稿時不同。')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: '基本資料' }));
    expect(screen.getByText(/定稿後已被修改/)).toBeTruthy();
    expect(screen.getByText('若修改是有意的，請取消定稿，確認內容後重新定稿。')).toBeTruthy();
  });

  test('waits for cells the sheets cannot read, and says so', async () => {
    const { host, user } = await renderApp();
    host.editByHand({ cand_workers_own: '很多人' });
    await user.click(screen.getByRole('tab', { name: '列印' }));
    expect(await screen.findByText('工作表中有 1 處無法讀取，更正後才能定稿。')).toBeTruthy();
    await user.click(finaliseButton());
    expect(screen.queryByRole('button', { name: '確定定稿' })).toBeNull();
  });

  test('a host failure is shown, and the review stays a draft', async () => {
    const { host, user } = await renderApp();
    host.failNext('finalise', '定稿失敗：工作表受保護或活頁簿為唯讀，請取消保護或另存新檔後再試。', 1, 'AccessDenied');
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(finaliseButton());
    await user.click(screen.getByRole('button', { name: '確定定稿' }));
    expect(await screen.findByText(/定稿失敗：工作表受保護/)).toBeTruthy();
    expect(screen.getByText('無法定稿或取消定稿')).toBeTruthy();
    expect(screen.getByRole('button', { name: '定稿…' })).toBeTruthy();
  });

  test('in English', async () => {
    const { user } = await renderApp({ props: { locale: 'en-US' } });
    // English arrives in a chunk of its own, after the first (zh-TW) paint: wait for it.
    await user.click(await screen.findByRole('tab', { name: /Print/ }));
    await user.click(screen.getByRole('button', { name: 'Finalise…' }));
    await user.click(screen.getByRole('button', { name: 'Finalise' }));
    expect(await screen.findByText('Finalised on 2024-04-20 15:30; the inputs are as they were then.')).toBeTruthy();
  });
});
