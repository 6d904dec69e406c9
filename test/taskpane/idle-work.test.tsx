// @vitest-environment happy-dom
/**
 * What the pane does once a review is shown and it is idle: a level's pick worked out once and dropped
 * (ReviewStore.rehearsePick), so that the reviewer's first click does not run that code for the first time.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ReviewStore } from '../../src/taskpane/state/review-store.ts';
import { renderApp } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('once a review is shown, a pick is rehearsed in an idle moment, and nothing is written', async () => {
  const idle = new Map<number, IdleRequestCallback>();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    idle.set(++next, callback);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
  const rehearse = vi.spyOn(ReviewStore.prototype, 'rehearsePick');
  const { host } = await renderApp();
  const writes = host.writes.length;
  // Not in the render that shows the review: only when the pane is idle.
  expect(rehearse).not.toHaveBeenCalled();
  for (const [id, callback] of [...idle]) {
    idle.delete(id);
    callback({ didTimeout: false, timeRemaining: () => 50 });
  }
  expect(rehearse).toHaveBeenCalledTimes(1);
  expect(host.writes.length).toBe(writes);
});
