// @vitest-environment happy-dom
/**
 * Events follow the review (issue 11): the pane opened on an empty
 * workbook subscribes to changes before any review sheet exists; after it
 * creates the review, a hand edit in the new 基本資料 sheet shows in the
 * pane. Over the real Office.js adapter on the in-memory double.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { createDouble } from '../../packages/office-double/index.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { App } from '../../src/taskpane/App.tsx';
import { hostOver } from '../support/excel-host.ts';

afterEach(cleanup);

test('open on an empty workbook, create, edit a cell by hand: the pane shows it', { timeout: 60_000 }, async () => {
  const double = createDouble({ requirementSets: { ExcelApi: '1.12' }, sheets: ['工作表1'] });
  const host = hostOver(double);
  const user = userEvent.setup();
  render(<App host={host} changeDelayMs={0} locale="zh-TW" />);

  await user.type(await screen.findByRole('textbox', { name: /受評單位名稱/ }, { timeout: 10_000 }), '台灣安全製造股份有限公司');
  await user.type(screen.getByRole('textbox', { name: /初審單位/ }), '勞動部職業安全衛生署');
  const year = screen.getByRole('textbox', { name: /選拔年度/ });
  await user.clear(year);
  await user.type(year, '113');
  const date = screen.getByRole('textbox', { name: /評鑑日期/ });
  await user.clear(date);
  await user.type(date, '113/04/15');
  await user.click(screen.getByRole('button', { name: '建立初審工作表' }));
  await screen.findByRole('tablist', {}, { timeout: 10_000 });
  const name = screen.getByRole('textbox', { name: /單位名稱/ }) as HTMLInputElement;
  expect(name.value).toBe('台灣安全製造股份有限公司');
  // After 建立 focus is on 單位名稱, and a field being typed in keeps what is typed: leave it, as a person who goes to Excel does.
  await user.tab();

  const cell = await double.run(async (context) => {
    const range = context.workbook.names.getItem('cand_name').getRange().load('address');
    await context.sync();
    return range.address.split('!').at(-1)!;
  });
  await double.simulateUserEdit(SHEETS.basic, cell, '△△工業股份有限公司');
  await waitFor(() => expect(name.value).toBe('△△工業股份有限公司'), { timeout: 10_000 });
});
