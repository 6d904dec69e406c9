// @vitest-environment happy-dom
/**
 * The session (the store and the forms) is a chunk of its own, downloaded after the first paint. A failed download
 * (the network) says so in the reviewer's words and offers to try again, instead of leaving the pane blank.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { FakeHost } from './fake-host.ts';
import { NEW_REVIEW } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/taskpane/ReviewSession.tsx');
  vi.resetModules();
});

test('a failed download of the form says so, and 再試一次 loads it', async () => {
  let fail = true;
  vi.doMock('../../src/taskpane/ReviewSession.tsx', async (importOriginal) => {
    if (fail) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  const { App } = await import('../../src/taskpane/App.tsx');
  const user = userEvent.setup();
  render(<App host={new FakeHost({ withReview: NEW_REVIEW })} changeDelayMs={0} keepSteps={false} />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('無法載入初審表單，請確認網路連線後再試一次。');
  expect(screen.queryByText('正在檢查活頁簿…')).toBeNull();

  fail = false;
  vi.resetModules();
  await user.click(screen.getByRole('button', { name: '再試一次' }));
  expect(await screen.findByRole('tablist', {}, { timeout: 5000 })).toBeTruthy();
  expect(screen.queryByText('無法載入初審表單，請確認網路連線後再試一次。')).toBeNull();
});
