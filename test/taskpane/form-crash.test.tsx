// @vitest-environment happy-dom
/**
 * A bug that throws while the review form renders no longer takes the whole pane down: the form's place says so,
 * with the error's message, and 重新開啟表單 builds the form anew over the same store (nothing typed or written is
 * dropped by it). Before, React unmounted the root: a blank pane.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { FakeHost } from './fake-host.ts';
import { NEW_REVIEW } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/taskpane/components/ReviewPane/ReviewPane.tsx');
  vi.resetModules();
  vi.restoreAllMocks();
});

test('a render error in the review form: said under the header, and 重新開啟表單 opens the form again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let broken = true;
  const original = await vi.importActual<typeof import('../../src/taskpane/components/ReviewPane/ReviewPane.tsx')>('../../src/taskpane/components/ReviewPane/ReviewPane.tsx');
  vi.doMock('../../src/taskpane/components/ReviewPane/ReviewPane.tsx', () => ({
    ...original,
    ReviewPane: (props: Parameters<typeof original.ReviewPane>[0]) => {
      if (broken) throw new TypeError("Cannot read properties of undefined (reading 'items')");
      return <original.ReviewPane {...props} />;
    },
  }));
  const { App } = await import('../../src/taskpane/App.tsx');
  const user = userEvent.setup();
  render(<App host={new FakeHost({ withReview: NEW_REVIEW })} changeDelayMs={0} keepSteps={false} />);

  const said = await screen.findByText('初審表單發生未預期的錯誤，無法顯示；已寫入活頁簿的內容不受影響。', {}, { timeout: 5000 });
  expect(said.getAttribute('role')).toBe('alert');
  expect(screen.getByText("Cannot read properties of undefined (reading 'items')")).toBeTruthy();
  // The header stays: the pane's name and the candidate's.
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('優良單位初審');
  expect(screen.getByText('台灣安全製造股份有限公司')).toBeTruthy();
  expect(screen.queryByRole('tablist')).toBeNull();

  broken = false;
  await user.click(screen.getByRole('button', { name: '重新開啟表單' }));
  expect(await screen.findByRole('tablist', {}, { timeout: 5000 })).toBeTruthy();
  expect(screen.queryByText('初審表單發生未預期的錯誤，無法顯示；已寫入活頁簿的內容不受影響。')).toBeNull();
});
