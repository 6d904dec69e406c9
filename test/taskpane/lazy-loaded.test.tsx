// @vitest-environment happy-dom
/**
 * A chunk loaded before its component is first rendered renders in the same pass (issue 17): React.lazy alone
 * showed the Suspense fallback and then held the component back for React's 300 ms fallback throttle, on the
 * start form's way and on 建立's (the review form).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { LoadBoundary } from '../../src/taskpane/components/LoadBoundary/LoadBoundary.tsx';
import { lazyLoaded } from '../../src/taskpane/lazy-loaded.ts';

afterEach(cleanup);

const Form = () => <p>form</p>;

test('a module already loaded renders at once, without the fallback', async () => {
  const { Component, load } = lazyLoaded(async () => ({ Form }), (m) => m.Form);
  await load();
  act(() => {
    render(<Suspense fallback={<p>loading</p>}>{<Component />}</Suspense>);
  });
  expect(screen.queryByText('loading')).toBeNull();
  expect(screen.getByText('form')).toBeTruthy();
});

test('React.lazy over the same loaded module shows the fallback first (what lazyLoaded avoids)', async () => {
  const module = Promise.resolve({ default: Form });
  await module;
  const Lazy = lazy(() => module);
  act(() => {
    render(<Suspense fallback={<p>loading</p>}>{<Lazy />}</Suspense>);
  });
  expect(screen.getByText('loading')).toBeTruthy();
});

test('a module not loaded yet is waited for behind the fallback, then rendered', async () => {
  let resolve!: (m: { Form: typeof Form }) => void;
  const { Component } = lazyLoaded(() => new Promise<{ Form: typeof Form }>((r) => (resolve = r)), (m) => m.Form);
  act(() => {
    render(<Suspense fallback={<p>loading</p>}>{<Component />}</Suspense>);
  });
  expect(screen.getByText('loading')).toBeTruthy();
  resolve({ Form });
  expect(await screen.findByText('form', undefined, { timeout: 2000 })).toBeTruthy();
});

test('a failed download is tried again at LoadBoundary’s next attempt (its 再試一次), never on its own', async () => {
  const chunkError = () => Object.assign(new Error('Loading chunk 958 failed.'), { name: 'ChunkLoadError' });
  let calls = 0;
  const { Component } = lazyLoaded(async () => {
    calls += 1;
    if (calls === 1) throw chunkError();
    return { Form };
  }, (m) => m.Form);
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <LoadBoundary fallback={(retry) => <button onClick={retry}>again</button>}>
      <Suspense fallback={<p>loading</p>}>
        <Component />
      </Suspense>
    </LoadBoundary>,
  );
  const again = await screen.findByRole('button', { name: 'again' }, { timeout: 2000 });
  expect(screen.queryByText('form')).toBeNull();
  // React renders the part again once its load fails: that render took no new download.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(calls).toBe(1);
  await userEvent.setup().click(again);
  expect(await screen.findByText('form', undefined, { timeout: 2000 })).toBeTruthy();
  expect(calls).toBe(2);
  quiet.mockRestore();
});
