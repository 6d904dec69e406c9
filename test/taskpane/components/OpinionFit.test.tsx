// @vitest-environment happy-dom
/**
 * 優點 and 建議 against the printed 初審意見表 (issue 12 item 1, issue 13 item 3):
 * the note under each box counts lines as the sheet prints them, the page
 * count is said only when it changes, 列印前檢查 links to the box that runs
 * past page 1, and 列出評為優及可／未達之項目 adds after the typed text, never over it.
 * Expected counts come from the built sheet's own paging (printedPages), not
 * from the pane's counting.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseCell } from '../../../src/sheets/address.ts';
import { opinionPages, opinionSheet } from '../../../src/sheets/opinion.ts';
import { printedPages } from '../../../src/sheets/paging.ts';
import { NEW_REVIEW, renderApp } from '../render-app.tsx';

afterEach(cleanup);

const numbered = (kind: string, n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. ${kind}第${i + 1}項，執行確實。`).join('\n');

let capacity: number | undefined;
/** The most 優點 lines that keep the built form on one page, 建議 blank (the form has room for at least one). */
function sheetCapacity(): number {
  if (capacity !== undefined) return capacity;
  let n = 1;
  while (opinionPages({ strengths: numbered('優點', n * 2) }) === 1) n *= 2;
  let [lo, hi] = [n, n * 2];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (opinionPages({ strengths: numbered('優點', mid) }) === 1) lo = mid;
    else hi = mid;
  }
  return (capacity = lo);
}

/** The pages (1-based) the first `lines` rows of 優點 print on in the built sheet. */
function strengthsPages(lines: number): number[] {
  const sheet = opinionSheet({ strengths: numbered('優點', lines) }).sheet;
  const pages = printedPages(sheet);
  return sheet.cells
    .filter((c) => c.address.startsWith('A') && c.formula?.includes('opinion_strengths'))
    .map((c) => parseCell(c.address).row)
    .slice(0, lines)
    .map((row) => pages.findIndex((p) => row >= p.top && row <= p.bottom) + 1);
}

async function openOpinion(options: Parameters<typeof renderApp>[0] = {}) {
  const rendered = await renderApp({ props: { idleMs: 60_000 }, ...options });
  await rendered.user.click(screen.getByRole('tab', { name: '意見與結果' }));
  return rendered;
}

const strengthsBox = () => screen.getByRole('textbox', { name: '優點' }) as HTMLTextAreaElement;
const descriptionOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
/** Types `text` as one change (a paste), leaving the field focused. */
const paste = (el: HTMLTextAreaElement, text: string) => {
  act(() => el.focus());
  fireEvent.change(el, { target: { value: text } });
};

describe('the note under 優點 and 建議', () => {
  test('counts the printed lines against the one page, and names the 續 page of the lines past it', async () => {
    const capacity = sheetCapacity();
    await openOpinion();
    const box = strengthsBox();
    expect(descriptionOf(box)).toContain(`已用 0／${capacity} 行（列印第 1 頁）`);

    // A line longer than the printed line counts as the lines it prints on (50 characters each).
    paste(box, '甲'.repeat(101));
    expect(descriptionOf(box)).toContain(`已用 3／${capacity} 行（列印第 1 頁）`);

    const lines = 30;
    const pages = strengthsPages(lines);
    const over = pages.filter((p) => p > 1);
    expect(over.length).toBeGreaterThan(0);
    paste(box, numbered('優點', lines));
    expect(descriptionOf(box)).toBe(`已用 ${lines}／${capacity} 行（列印第 1–${pages.at(-1)} 頁）；其中 ${over.length} 行將印在「初審意見表（續）」第 ${over[0]} 頁`);
    // 建議 has no room left on page 1, whatever it holds.
    expect(descriptionOf(screen.getByRole('textbox', { name: '建議' }))).toMatch(/^已用 0 行（列印第 2 頁）；優點已使初審意見表超過 1 頁$/);
  });

  test('the page count is said when it changes, not at each keystroke', async () => {
    const { user } = await openOpinion();
    const capacity = sheetCapacity();
    const region = document.querySelector<HTMLElement>('[aria-live="polite"]:not([role])')!;
    const box = strengthsBox();
    let changes = 0;
    new MutationObserver(() => changes++).observe(region, { childList: true, characterData: true, subtree: true });

    paste(box, numbered('優點', capacity));
    await user.type(box, '再補');
    expect(region.textContent).toBe('');
    await user.type(box, '{Enter}丙');
    await waitFor(() => expect(region.textContent).toBe('初審意見表將印成 2 頁，第 2 頁起為「初審意見表（續）」'));
    const said = changes;
    await user.type(box, '丁戊');
    expect(changes).toBe(said);
    await user.type(box, '{Backspace}'.repeat(4));
    await waitFor(() => expect(region.textContent).toBe('初審意見表可印在 1 頁'));
  });
});

describe('列印前檢查', () => {
  test('says when 初審意見表 runs past one page, and its link moves focus to the box', async () => {
    const { user } = await renderApp({ withReview: { ...NEW_REVIEW, opinion: { strengths: numbered('優點', 30), suggestions: '● 建議' } } });
    await user.click(screen.getByRole('tab', { name: '列印' }));
    const link = screen.getByRole('button', { name: '初審意見表將印成 2 頁（優點超出第 1 頁，第 2 頁起為「初審意見表（續）」）' });
    await user.click(link);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe('opinion_strengths'));
  });

  test('says nothing of pages when the form fits', async () => {
    const { user } = await renderApp({ withReview: { ...NEW_REVIEW, opinion: { strengths: '● 優點', suggestions: '● 建議' } } });
    await user.click(screen.getByRole('tab', { name: '列印' }));
    expect(screen.getByText('列印前檢查')).toBeTruthy();
    expect(screen.queryByText(/初審意見表將印成/)).toBeNull();
  });
});

describe('列出評為優及可／未達之項目', () => {
  const listButton = () => screen.getByRole('button', { name: '列出評為優及可／未達之項目' });

  test('is unavailable, saying why, until an item is rated 優, 可 or 未達', async () => {
    await openOpinion();
    expect(listButton().getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(listButton())).toBe('目前沒有評為優、可或未達的項目。');
  });

  test('adds after the typed text, never over it, and a second press adds nothing', async () => {
    const rated = { ...NEW_REVIEW, items: { '1.1': { level: '優' as const }, '1.2': { level: '可' as const }, '1.3': { level: '良' as const } } };
    const { host, user } = await openOpinion({ withReview: rated });
    host.editByHand({ item_2_1_level: '未達' });
    const box = strengthsBox();
    paste(box, '整體表現良好');
    await waitFor(() => expect(listButton().getAttribute('aria-disabled')).not.toBe('true'));
    await user.click(listButton());

    const strengths = '整體表現良好\n● 1.1 安全衛生政策及各級主管之權責劃分（優）：';
    const suggestions = '● 1.2 職業安全衛生管理單位及人員之設置及其功能（可）：\n● 2.1 訂定安全衛生管理計畫、安全衛生管理規章（未達）：';
    await waitFor(() => expect(host.value('opinion_strengths')).toBe(strengths));
    await waitFor(() => expect(host.value('opinion_suggestions')).toBe(suggestions));
    expect(screen.getByText('已在優點加入 1 項、在建議加入 2 項，接在原有文字之後。').getAttribute('role')).toBe('status');
    await waitFor(() => expect(box.value).toBe(strengths));

    const writes = host.writes.length;
    await user.click(listButton());
    expect(screen.getByText('評為優、可或未達的項目都已列在優點與建議中，沒有加入任何文字。').getAttribute('role')).toBe('status');
    expect(host.writes.length).toBe(writes);
    expect(host.value('opinion_strengths')).toBe(strengths);
  });
});
