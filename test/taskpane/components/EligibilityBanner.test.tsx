// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderApp } from '../render-app.tsx';

afterEach(cleanup);

const banner = () => screen.getByTestId('eligibility-banner');

describe('eligibility banner', () => {
  test('entering 以所屬部門參選 = 是 shows an ineligible finding with its clause, on every step', async () => {
    const { host, user } = await renderApp();
    expect(within(banner()).queryByText(/不予受理/)).toBeNull();
    await user.click(screen.getByRole('tab', { name: '資格審查' }));
    const department = screen.getByRole('radiogroup', { name: '以事業單位所屬部門參選' });
    await user.click(within(department).getByRole('radio', { name: '是' }));

    const message = await within(banner()).findByText('以事業單位所屬部門參選者，不予受理。');
    const bar = message.closest('[data-severity]')!;
    expect(bar.getAttribute('data-severity')).toBe('ineligible');
    expect(bar.textContent).toContain('要點 三（末段）');
    expect(host.writesOf('elig_department')).toEqual([{ elig_department: '是' }]);

    // On the other steps, one line per finding: what, and which clause.
    await user.click(screen.getByRole('tab', { name: /^五\s?、/ }));
    expect(within(banner()).getByText(/要點 三（末段）｜以所屬部門參選/)).toBeTruthy();
    expect(within(banner()).queryByText('以事業單位所屬部門參選者，不予受理。')).toBeNull();
    await user.click(within(banner()).getByRole('button', { name: '查看資格審查明細' }));
    expect(screen.getByRole('tab', { name: '資格審查' }).getAttribute('aria-selected')).toBe('true');
    expect(within(banner()).getByText('以事業單位所屬部門參選者，不予受理。')).toBeTruthy();
  });

  test('labour-condition concerns are not-recommended, in amber', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '資格審查' }));
    await user.click(within(screen.getByRole('radiogroup', { name: '勞動條件：過勞' })).getByRole('radio', { name: '是' }));
    const message = await within(banner()).findByText(/勞動條件不佳（過勞）/);
    expect(message.closest('[data-severity]')!.getAttribute('data-severity')).toBe('not-recommended');
    expect(message.closest('[data-severity]')!.textContent).toContain('初審意見表 備註1');
  });

  test('unconfirmed conditions are counted as information and listed on the 資格審查 step', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '資格審查' }));
    const info = within(banner()).getByText(/^尚有 \d+ 項條件未確認$/).closest('[data-severity]')!;
    expect(info.getAttribute('data-severity')).toBe('unconfirmed');
    // Listed, not just counted, where they are confirmed; still collapsible.
    const list = within(info as HTMLElement).getByRole('list', { hidden: true });
    expect(list.hidden).toBe(false);
    expect(list.textContent).toContain('未確認是否以所屬部門參選。');
    await user.click(within(info as HTMLElement).getByRole('button', { name: '收合未確認條件' }));
    expect(list.hidden).toBe(true);
  });

  test('injury rates above the industry average are found as typed', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: '資格審查' }));
    await user.type(screen.getByRole('textbox', { name: '同行業前三年平均值 失能傷害頻率' }), '1.5');
    await user.type(screen.getByRole('textbox', { name: '同行業前三年平均值 失能傷害嚴重率' }), '100');
    await user.type(screen.getByRole('textbox', { name: '民國 110 年 原事業單位 失能傷害頻率（FR）' }), '2');
    await user.type(screen.getByRole('textbox', { name: '民國 110 年 原事業單位 失能傷害嚴重率（SR）' }), '50');
    await user.tab();
    await waitFor(() => expect(within(banner()).getByText(/110年原事業單位 FR 2 未低於 1\.5/)).toBeTruthy());
  });
});
