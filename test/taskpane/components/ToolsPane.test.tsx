// @vitest-environment happy-dom
/**
 * 彙整與其他表單 in the pane: files picked through the hidden file input
 * (real .xlsx bytes), progress while they are read, every file's problems
 * and the merge's refusals shown by name, and the sheets handed to the host.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { StartPane } from '../../../src/taskpane/components/StartPane/StartPane.tsx';
import { ToolsPane } from '../../../src/taskpane/components/ToolsPane/ToolsPane.tsx';
import { CORRUPT_ZIP, fullMarks, unitReview, xlsxOf, xlsxWithCell } from '../../builders/review-files.ts';
import { FakeHost } from '../fake-host.ts';
import { NEW_REVIEW, renderApp } from '../render-app.tsx';

afterEach(cleanup);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A picked file; `gate`, when given, holds its reading until it resolves (a slow disk). */
function picked(name: string, bytes: Uint8Array, gate?: Promise<void>): File {
  const file = new File([bytes as BlobPart], name, { type: XLSX_TYPE });
  if (gate) {
    const read = file.arrayBuffer.bind(file);
    Object.defineProperty(file, 'arrayBuffer', { value: () => gate.then(read) });
  }
  return file;
}

const input = (tool: 'merge' | 'rank') => document.querySelector<HTMLInputElement>(`input[type=file][data-tool=${tool}]`)!;

let files: { a: Uint8Array; b: Uint8Array; other: Uint8Array; invalid: Uint8Array; first: Uint8Array; second: Uint8Array };
beforeAll(async () => {
  files = {
    a: await xlsxOf(unitReview(fullMarks())),
    b: await xlsxOf(unitReview({ ...fullMarks(), '2.3': { level: '良', points: 1.8 } })),
    other: await xlsxOf(unitReview(fullMarks(), { name: '△△工業股份有限公司', ubn: '12345675' })),
    invalid: await xlsxWithCell(unitReview(fullMarks()), 'item_1_1_level', '特優'),
    first: await xlsxOf(unitReview(fullMarks(), { name: '甲公司', ubn: '20000002' })),
    second: await xlsxOf(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '乙公司', ubn: '20000001' })),
  };
});

function renderTools(props: Partial<Parameters<typeof ToolsPane>[0]> = {}) {
  const host = new FakeHost();
  const user = userEvent.setup();
  render(<ToolsPane onAddSheets={(d, show) => host.addSheets(d, show)} {...props} />);
  return { host, user };
}

describe('排序（附表三）', () => {
  test('asks for the 初審單位 before opening the picker', async () => {
    const { host, user } = renderTools();
    const click = vi.spyOn(input('rank'), 'click');
    await user.click(screen.getByRole('button', { name: '選擇評分表並排序…' }));
    expect(await screen.findByText('請先選擇初審單位。')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /初審單位/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /初審單位/ }), '臺北市');
    await user.click(screen.getByRole('button', { name: '選擇評分表並排序…' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(host.calls).toEqual([]);
  });

  test('reads the files one by one with progress, ranks the readable ones, names the unreadable one, and adds 排序', async () => {
    const { host, user } = renderTools();
    await user.selectOptions(screen.getByRole('combobox', { name: /初審單位/ }), '臺北市');
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    await user.upload(input('rank'), [picked('乙.xlsx', files.second), picked('壞.xlsx', CORRUPT_ZIP, gate), picked('甲.xlsx', files.first)]);

    expect(await screen.findByText('已讀 1／3：乙.xlsx', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '讀取進度' })).toBeTruthy();
    expect(host.calls).toEqual([]);
    open();

    const done = await screen.findByText(/已建立「排序」/, {}, { timeout: 10_000 });
    expect(done.textContent).toContain('排序 2 家，推薦 2 家');
    expect(screen.getByText(/^1\. 甲公司\s+99\.50$/)).toBeTruthy();
    const leftOut = screen.getByText(/1 個檔案無法讀取，未列入排序/).closest('div')!;
    expect(within(leftOut).getByText('壞.xlsx')).toBeTruthy();
    expect(within(leftOut).getByText(/無法讀取 \.xlsx 活頁簿/)).toBeTruthy();
    expect(host.addedSheets).toEqual(['排序']);
  });

  test('the open review\'s 初審單位 is chosen first when 附表三 lists it', () => {
    renderTools({ reviewUnit: '台中市' });
    expect((screen.getByRole('combobox', { name: /初審單位/ }) as HTMLSelectElement).value).toBe('臺中市');
  });
});

describe('合併委員評分（小組合議）', () => {
  test('an unreadable file and an invalid one are listed by name with their problems; nothing is added', async () => {
    const { host, user } = renderTools();
    await user.upload(input('merge'), [picked('委員A.xlsx', files.a), picked('壞檔.xlsx', CORRUPT_ZIP), picked('委員C.xlsx', files.invalid)]);
    const title = await screen.findByText('無法合併', {}, { timeout: 10_000 });
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText('2 個檔案有問題')).toBeTruthy();
    expect(within(bar).getByText('壞檔.xlsx')).toBeTruthy();
    expect(within(bar).getByText('委員C.xlsx')).toBeTruthy();
    expect(within(bar).getByText(/item_1_1_level/)).toBeTruthy();
    expect(host.calls).toEqual([]);
  });

  test('copies of different candidates are refused, saying what differs', async () => {
    const { host, user } = renderTools();
    await user.upload(input('merge'), [picked('委員A.xlsx', files.a), picked('他案.xlsx', files.other)]);
    const bar = (await screen.findByText('無法合併', {}, { timeout: 10_000 })).closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain('12345675');
    expect(host.calls).toEqual([]);
  });

  test('two members: 小組合議 and the merged review are added, and the merged review can be opened', async () => {
    const onOpenReview = vi.fn();
    const { host, user } = renderTools({ onOpenReview });
    await user.upload(input('merge'), [picked('委員A.xlsx', files.a), picked('委員B.xlsx', files.b)]);
    const done = await screen.findByText(/已建立「小組合議」/, {}, { timeout: 10_000 });
    // 2.3 averages (3.0 + 1.8) / 2 = 2.4: 99.5 − 0.6 = 98.9.
    expect(done.textContent).toContain('小組總分 98.90');
    expect(done.textContent).toContain('待討論項目 1 項（2.3）');
    expect(host.addedSheets[0]).toBe('小組合議');
    expect(host.addedSheets).toContain('評分');
    await user.click(screen.getByRole('button', { name: '開啟合併後的初審' }));
    expect(onOpenReview).toHaveBeenCalledTimes(1);
  });

  test('in a workbook with a review it explains why, and the button stays disabled', () => {
    renderTools({ hasReview: true });
    expect(screen.getByText(/此活頁簿已有初審工作表/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '選擇委員評分表並合併…' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('附表二 and 附表四', () => {
  test('adds each once; adding 附表二 again says it is there already', async () => {
    const { host, user } = renderTools();
    await user.click(screen.getByRole('button', { name: '加入附表二（優良人員）' }));
    expect(await screen.findByText(/已加入附表二/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '加入附表四（五星獎自評）' }));
    expect(await screen.findByText(/已加入附表四/)).toBeTruthy();
    expect(host.addedSheets).toEqual(['附表二(填寫)', '附表二(列印)', '附表四(五星獎自評)']);
    await user.click(screen.getByRole('button', { name: '加入附表二（優良人員）' }));
    expect(await screen.findByText('此活頁簿已有附表二，未重複加入。')).toBeTruthy();
    expect(host.addedSheets).toHaveLength(3);
  });

  test('a host failure is shown as the host words it', async () => {
    const { host, user } = renderTools();
    host.failNext('addSheets', '加入工作表失敗：工作表受保護或活頁簿為唯讀，請取消保護或另存新檔後再試。', 1, 'AccessDenied');
    await user.click(screen.getByRole('button', { name: '加入附表四（五星獎自評）' }));
    expect(await screen.findByText(/工作表受保護或活頁簿為唯讀/)).toBeTruthy();
  });
});

describe('where the tools are', () => {
  test('the review pane\'s last step, loaded when opened', async () => {
    const { host, user } = await renderApp({ withReview: { ...NEW_REVIEW, reviewUnit: '高雄市' } });
    await user.click(screen.getByRole('tab', { name: '彙整與其他表單' }));
    expect(await screen.findByRole('heading', { name: '排序（附表三）' }, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /初審單位/ }) as HTMLSelectElement).value).toBe('高雄市');
    expect(screen.getByText(/此活頁簿已有初審工作表/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '加入附表四（五星獎自評）' }));
    await waitFor(() => expect(host.addedSheets).toEqual(['附表四(五星獎自評)']));
  });

  test('the start screen, behind a button, when the host can add sheets', async () => {
    const host = new FakeHost();
    const user = userEvent.setup();
    const onRecheck = vi.fn();
    render(<StartPane capabilities={host.capabilities} onCreate={(i) => host.createReview(i)} onRecheck={onRecheck} onAddSheets={(d, s) => host.addSheets(d, s)} />);
    expect(screen.queryByRole('heading', { name: '排序（附表三）' })).toBeNull();
    const toggle = screen.getByRole('button', { name: /彙整與其他表單（/ });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('heading', { name: '排序（附表三）' }, { timeout: 5000 })).toBeTruthy();
    await user.upload(input('merge'), [picked('委員A.xlsx', files.a), picked('委員B.xlsx', files.b)]);
    await user.click(await screen.findByRole('button', { name: '開啟合併後的初審' }, { timeout: 10_000 }));
    expect(onRecheck).toHaveBeenCalledTimes(1);
  });

  test('not on the start screen without the host action', () => {
    const host = new FakeHost();
    render(<StartPane capabilities={host.capabilities} onCreate={(i) => host.createReview(i)} onRecheck={() => {}} />);
    expect(screen.queryByRole('button', { name: /彙整與其他表單/ })).toBeNull();
  });
});
