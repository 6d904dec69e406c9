// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderApp } from '../render-app.tsx';

afterEach(cleanup);

const TEXT = '高階主管親自主持安全衛生委員會，承攬管理完善。';

async function openOpinion(idleMs: number) {
  const rendered = await renderApp({ props: { idleMs } });
  await rendered.user.click(screen.getByRole('tab', { name: '意見與結果' }));
  return rendered;
}

describe('優點 and 建議', () => {
  test('text typed in 優點 is written once, after leaving the field, with every character', async () => {
    const { host, user } = await openOpinion(5000);
    const strengths = screen.getByRole('textbox', { name: '優點' });
    await user.type(strengths, TEXT);
    expect(host.writesOf('opinion_strengths')).toEqual([]);
    await user.tab();
    await waitFor(() => expect(host.writesOf('opinion_strengths')).toEqual([{ opinion_strengths: TEXT }]));
    await waitFor(() => expect(host.value('opinion_strengths')).toBe(TEXT));
    expect((strengths as HTMLTextAreaElement).value).toBe(TEXT);
  });

  test('after a pause the text is written while the field keeps focus', async () => {
    const { host, user } = await openOpinion(50);
    const strengths = screen.getByRole('textbox', { name: '優點' });
    await user.type(strengths, '重視安全');
    await waitFor(() => expect(host.writesOf('opinion_strengths')).toEqual([{ opinion_strengths: '重視安全' }]));
    expect(document.activeElement).toBe(strengths);
  });

  test('typing on with pauses shorter than the idle wait writes nothing until the pause after the last keystroke', async () => {
    const { host } = await openOpinion(300);
    const strengths = screen.getByRole('textbox', { name: '優點' });
    fireEvent.focus(strengths);
    const typed = '安全第一，預防為先';
    // A keystroke every 100 ms for 900 ms: three times the idle wait in all, never a pause as long as it.
    for (let i = 1; i <= typed.length; i++) {
      fireEvent.change(strengths, { target: { value: typed.slice(0, i) } });
      await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
      expect(host.writesOf('opinion_strengths')).toEqual([]);
    }
    await waitFor(() => expect(host.writesOf('opinion_strengths')).toEqual([{ opinion_strengths: typed }]));
  });

  test('typing on while a write is in flight loses nothing, even when the sheet is read back', async () => {
    // The idle wait is long enough that a keystroke slowed by a busy machine
    // does not commit half a sentence; the test is about the write in flight.
    const { host, user } = await openOpinion(400);
    const strengths = screen.getByRole('textbox', { name: '優點' }) as HTMLTextAreaElement;
    host.stallWrites();
    await user.type(strengths, '第一句。');
    await waitFor(() => expect(host.writesOf('opinion_strengths')).toHaveLength(1), { timeout: 5000 });
    await user.type(strengths, '第二句。');
    host.fireChanged();
    host.resumeWrites();
    await waitFor(() => expect(host.value('opinion_strengths')).toBe('第一句。第二句。'), { timeout: 5000 });
    expect(strengths.value).toBe('第一句。第二句。');
    await user.tab();
    expect(strengths.value).toBe('第一句。第二句。');
    expect(host.writesOf('opinion_strengths').map((w) => w.opinion_strengths)).toEqual(['第一句。', '第一句。第二句。']);
  });

  test('the decision is written as the form words it; 其他 asks for its explanation', async () => {
    const { host, user } = await openOpinion(400);
    await user.selectOptions(screen.getByRole('combobox', { name: '初審結果' }), '其他');
    await waitFor(() => expect(host.writesOf('result_decision')).toEqual([{ result_decision: '其他' }]));
    expect(screen.getByRole('textbox', { name: '初審結果（其他，請說明）' })).toBeTruthy();
  });

  test('nothing is written while an input method is still composing (注音)', async () => {
    const { host } = await openOpinion(30);
    const suggestions = screen.getByRole('textbox', { name: '建議' });
    fireEvent.focus(suggestions);
    fireEvent.compositionStart(suggestions);
    fireEvent.change(suggestions, { target: { value: 'ㄐㄧㄢ' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    expect(host.writesOf('opinion_suggestions')).toEqual([]);
    fireEvent.change(suggestions, { target: { value: '建議' } });
    fireEvent.compositionEnd(suggestions);
    await waitFor(() => expect(host.writesOf('opinion_suggestions')).toEqual([{ opinion_suggestions: '建議' }]));
  });
});
