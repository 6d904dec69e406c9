// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../src/taskpane/App.tsx';
import { FakeHost } from './fake-host.ts';
import { inItem, renderApp } from './render-app.tsx';

afterEach(cleanup);

describe('start', () => {
  test('creating a review builds the sheets with the four facts and opens the form', async () => {
    const host = new FakeHost();
    const { user } = await renderApp({ host, ready: false, props: { locale: 'zh-TW' } });
    // The start form is a chunk of its own, loaded after the first paint.
    await user.type(await screen.findByRole('textbox', { name: /受評單位名稱/ }, { timeout: 5000 }), '台灣安全製造股份有限公司');
    await user.type(screen.getByRole('textbox', { name: /初審單位/ }), '勞動部職業安全衛生署');
    const year = screen.getByRole('textbox', { name: /選拔年度/ });
    await user.clear(year);
    await user.type(year, '113');
    const date = screen.getByRole('textbox', { name: /評鑑日期/ });
    await user.clear(date);
    await user.type(date, '113/04/15');
    await user.click(screen.getByRole('button', { name: '建立初審工作表' }));

    await screen.findByRole('tablist');
    const created = host.calls.find((c) => c.method === 'createReview');
    expect(created?.arg).toEqual({ candidateName: '台灣安全製造股份有限公司', reviewUnit: '勞動部職業安全衛生署', selectionYear: 113, reviewDate: '2024-04-15' });
    expect((screen.getByRole('textbox', { name: /單位名稱/ }) as HTMLInputElement).value).toBe('台灣安全製造股份有限公司');
    expect((screen.getByRole('textbox', { name: /評鑑日期/ }) as HTMLInputElement).value).toBe('113/04/15');
  });
});

describe('hosts that cannot do everything', () => {
  test('an Excel without ExcelApi 1.9 says plainly it cannot build the sheets, and what to open instead', async () => {
    const host = new FakeHost({ capabilities: { canBuildSheets: false, apiVersion: '1.7' } });
    await renderApp({ host, ready: false });
    expect(await screen.findByText('這個版本的 Excel 無法建立初審工作表')).toBeTruthy();
    const text = screen.getByText(/其他功能都可正常使用/).textContent!;
    // In the reviewer's words: which Excel it needs, no API names or commands.
    expect(text).toContain('Microsoft 365、Excel 2021 或網頁版 Excel');
    expect(text).not.toMatch(/ExcelApi|osh-review/);
    expect(screen.queryByRole('button', { name: '建立初審工作表' })).toBeNull();
  });

  test('an old Excel still works on a review workbook made elsewhere', async () => {
    const { user } = await renderApp({ capabilities: { canBuildSheets: false, apiVersion: '1.7' } });
    expect(screen.queryByText('這個版本的 Excel 無法建立初審工作表')).toBeNull();
    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    expect(screen.getAllByRole('radiogroup').length).toBeGreaterThan(0);
  });

  test('the preview shows a 預覽（非 Excel）badge', async () => {
    await renderApp({ capabilities: { isPreview: true } });
    expect(await screen.findByText('預覽（非 Excel）')).toBeTruthy();
  });

  test('no preview badge in Excel', async () => {
    await renderApp();
    expect(screen.queryByText('預覽（非 Excel）')).toBeNull();
  });
});

describe('the save status', () => {
  test('a write that ends at once is not announced as under way', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    const shown: string[] = [];
    const header = screen.getByRole('banner');
    const seen = new MutationObserver(() => shown.push(header.textContent ?? ''));
    seen.observe(header, { subtree: true, childList: true, characterData: true });
    await user.click(inItem('1.1').getByRole('radio', { name: /^優 / }));
    await waitFor(() => expect(host.value('item_1_1_level')).toBe('優'));
    expect(await screen.findByText('已寫入活頁簿（請記得存檔）')).toBeTruthy();
    seen.disconnect();
    expect(shown.some((t) => t.includes('儲存中'))).toBe(false);
  });

  test('a write still under way after a moment says so until it ends', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    host.stallWrites();
    await user.click(inItem('1.1').getByRole('radio', { name: /^優 / }));
    expect(screen.queryByText('儲存中…')).toBeNull();
    expect(await screen.findByText('儲存中…', undefined, { timeout: 2000 })).toBeTruthy();
    host.resumeWrites();
    expect(await screen.findByText('已寫入活頁簿（請記得存檔）')).toBeTruthy();
    expect(screen.queryByText('儲存中…')).toBeNull();
  });
});

describe('host failures', () => {
  test('a failed write shows the host message, keeps the value, and retries', async () => {
    const { host, user } = await renderApp();
    host.failNext('writeCells', '工作表受保護，無法寫入儲存格。', 1, 'AccessDenied');
    await user.click(screen.getByRole('tab', { name: /^一\s?、/ }));
    const excellent = within(document.getElementById('osh-item-1-1')!).getByRole('radio', { name: /^優 / }) as HTMLInputElement;
    await user.click(excellent);

    const alert = await screen.findByText('工作表受保護，無法寫入儲存格。');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByText('無法寫入活頁簿')).toBeTruthy();
    expect(screen.getByText('1 個欄位未能儲存')).toBeTruthy();
    expect(excellent.checked).toBe(true);
    expect(host.value('item_1_1_level')).toBeNull();

    await user.click(screen.getByRole('button', { name: '重試' }));
    await waitFor(() => expect(host.value('item_1_1_level')).toBe('優'));
    await waitFor(() => expect(screen.queryByText('工作表受保護，無法寫入儲存格。')).toBeNull());
    expect(screen.getByText('已寫入活頁簿（請記得存檔）')).toBeTruthy();
  });

  test('a failed read is shown with its message', async () => {
    const host = new FakeHost({ withReview: true });
    host.failNext('readReview', '活頁簿已關閉。');
    await renderApp({ host, ready: false });
    expect(await screen.findByText('活頁簿已關閉。')).toBeTruthy();
    expect(screen.getByText('無法讀取初審資料')).toBeTruthy();
  });

  test('a failed create keeps the form filled in', async () => {
    const host = new FakeHost();
    host.failNext('createReview', '已有名為「評分」的工作表且受保護。');
    const { user } = await renderApp({ host, ready: false });
    await user.type(await screen.findByRole('textbox', { name: /受評單位名稱/ }), '甲公司');
    await user.click(screen.getByRole('button', { name: '建立初審工作表' }));
    expect(await screen.findByText('已有名為「評分」的工作表且受保護。')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /受評單位名稱/ }) as HTMLInputElement).value).toBe('甲公司');
  });
});

describe('language', () => {
  test('the English switch changes the labels; the criteria stay as printed', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('textbox', { name: '單位名稱' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '切換語言：English' }));
    // English is loaded on first use; the whole pane switches at once when it has arrived.
    expect(await screen.findByRole('textbox', { name: 'Unit name' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Eligibility' })).toBeTruthy();
    expect(screen.getByText('Total')).toBeTruthy();
    // The tab's name starts with what it shows (§1), then the section's title.
    await user.click(screen.getByRole('tab', { name: /^§1 一、/ }));
    const card = within(document.getElementById('osh-item-1-1')!);
    expect(card.getByRole('radiogroup', { name: "Reviewer's level (1.1)" })).toBeTruthy();
    expect(card.getByText(/訂有安全衛生政策及承諾/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Switch language: 中文' }));
    expect(card.getByRole('radiogroup', { name: '初審等第（1.1）' })).toBeTruthy();
  });

  test("Office's display language picks English", async () => {
    await renderApp({ props: { locale: 'en-GB' } });
    expect(await screen.findByRole('tab', { name: 'Basics' })).toBeTruthy();
  });
});

describe('changes made in the sheets', () => {
  test('are read back without clobbering the field being typed in', async () => {
    const { host, user } = await renderApp({ props: { idleMs: 5000 } });
    const address = screen.getByRole('textbox', { name: '地址' }) as HTMLInputElement;
    await user.type(address, '臺北市中正區');
    host.editByHand({ cand_representative: '王大明', cand_address: '別人改的地址' });
    await waitFor(() => expect((screen.getByRole('textbox', { name: '負責人' }) as HTMLInputElement).value).toBe('王大明'));
    expect(address.value).toBe('臺北市中正區');
    await user.tab();
    await waitFor(() => expect(host.value('cand_address')).toBe('臺北市中正區'));
  });
});

describe('print', () => {
  test('refreshes and shows 初審意見表, then points to Excel’s own print', async () => {
    const { host, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '列印' }));
    // The checklist before printing links each thing left to do.
    expect(screen.getByRole('button', { name: '尚有 34 項未評' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^優點尚未填寫/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '更新並顯示「初審意見表」' }));
    expect(await screen.findByText(/已更新並切換到「初審意見表」工作表/)).toBeTruthy();
    expect(host.calls).toContainEqual({ method: 'refreshPrintSheets', arg: 'opinion' });
  });

  test('a print sheet added under another name is said, and said again for a later rename after a dismissal', async () => {
    const { host, user } = await renderApp();
    host.refreshRenames.push(['初審意見表 → 初審意見表 (2)'], [], ['附表一(列印) → 附表一(列印) (2)']);
    await user.click(screen.getByRole('tab', { name: '列印' }));
    const opinion = screen.getByRole('button', { name: '更新並顯示「初審意見表」' });
    await user.click(opinion);
    expect(await screen.findByText(/下列新工作表已改名：初審意見表 → 初審意見表 \(2\)/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '關閉訊息' }));
    expect(screen.queryByText(/下列新工作表已改名/)).toBeNull();
    await user.click(opinion);
    await screen.findAllByText(/已更新並切換到「初審意見表」工作表/);
    expect(screen.queryByText(/下列新工作表已改名/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '更新並顯示「附表一」' }));
    expect(await screen.findByText(/下列新工作表已改名：附表一\(列印\) → 附表一\(列印\) \(2\)/)).toBeTruthy();
  });

  test('a failed refresh says why', async () => {
    const { host, user } = await renderApp();
    host.failNext('refreshPrintSheets', '找不到「附表一(列印)」工作表。');
    await user.click(screen.getByRole('tab', { name: '列印' }));
    await user.click(screen.getByRole('button', { name: '更新並顯示「附表一」' }));
    expect(await screen.findByText('找不到「附表一(列印)」工作表。')).toBeTruthy();
    expect(screen.getByText('無法更新列印工作表')).toBeTruthy();
  });
});

describe('the page', () => {
  test('is marked with its language, and in a strict-mode app listens for changes once', async () => {
    const host = new FakeHost({ withReview: true });
    render(
      <StrictMode>
        <App host={host} changeDelayMs={0} />
      </StrictMode>,
    );
    await screen.findByRole('tablist');
    await waitFor(() => expect(host.listeners).toBe(1));
    expect(document.querySelector('.fui-FluentProvider')!.getAttribute('lang')).toBe('zh-Hant-TW');
  });

  test('headings: the pane, the eligibility result, the step and the score', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('優良單位初審');
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual(['資格審查結果', '基本資料', '評分']);
  });

  test('every input and button has an accessible name', async () => {
    const { user } = await renderApp();
    for (const tab of ['基本資料', '資格審查', /^一\s?、/, /^七\s?、/, '意見與結果', '列印']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      for (const role of ['textbox', 'radio', 'combobox', 'button', 'tab', 'radiogroup', 'progressbar'] as const) {
        expect(screen.queryAllByRole(role).length, `${role} on ${String(tab)}`).toBeGreaterThanOrEqual(role === 'tab' ? 11 : 0);
        expect(screen.queryAllByRole(role, { name: '' }).map((el) => el.outerHTML.slice(0, 160)), `${role} on ${String(tab)}`).toEqual([]);
      }
    }
  });
});
