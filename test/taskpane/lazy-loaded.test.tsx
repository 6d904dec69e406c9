// @vitest-environment happy-dom
/**
 * A chunk loaded before its component is first rendered renders in the same pass (issue 17): React.lazy alone
 * showed the Suspense fallback and then held the component back for React's 300 ms fallback throttle, on the
 * start form's way and on 建立's (the review form).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, expect, test } from 'vitest';
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
