// @vitest-environment happy-dom
/**
 * LoadBoundary: what it takes for a failed download, and what it does with any other error (`crashed`, or up).
 * The pane over a chunk that does not download (webpack's loader, a real browser) is
 * test/browser/load-failure.test.ts; lazyLoaded's retry is in lazy-loaded.test.tsx; the review form's own error
 * is form-crash.test.tsx.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isLoadFailure, LoadBoundary } from '../../src/taskpane/components/LoadBoundary/LoadBoundary.tsx';

const NETWORK = () => new TypeError('Failed to fetch dynamically imported module: https://localhost/review-pane.js');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('isLoadFailure', () => {
  test.each([
    ['webpack: a chunk that did not load', Object.assign(new Error('Loading chunk 958 failed.\n(error: https://x/review-pane.js)'), { name: 'ChunkLoadError' }), true],
    ['Chromium and WebView2', new TypeError('Failed to fetch dynamically imported module: https://x/a.js'), true],
    ['Safari', new TypeError('Importing a module script failed.'), true],
    ['Firefox', new TypeError('error loading dynamically imported module: https://x/a.js'), true],
    ['a type error in the form’s own code', new TypeError("Cannot read properties of undefined (reading 'items')"), false],
    ['any other error', new Error('boom'), false],
    ['a thrown string', 'Loading chunk 1 failed', false],
  ])('%s', (_, error, expected) => {
    expect(isLoadFailure(error)).toBe(expected);
  });
});

describe('LoadBoundary', () => {
  class Outer extends Component<{ children: ReactNode }, { error?: string }> {
    override state: { error?: string } = {};
    static getDerivedStateFromError(error: Error) {
      return { error: error.message };
    }
    override render() {
      return this.state.error ? <p>outer caught: {this.state.error}</p> : this.props.children;
    }
  }
  const Throws = ({ error }: { error: unknown }): ReactNode => {
    throw error;
  };

  test('a failed download shows the fallback, and its retry renders the part again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const Part = () => {
      if (fail) throw NETWORK();
      return <p>the part</p>;
    };
    render(
      <Outer>
        <LoadBoundary fallback={(retry) => <button onClick={retry}>again</button>}>
          <Part />
        </LoadBoundary>
      </Outer>,
    );
    expect(screen.queryByText('the part')).toBeNull();
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'again' }));
    expect(screen.getByText('the part')).toBeTruthy();
  });

  test('any other error shows `crashed` where one is given, and its retry mounts the part anew', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    let mounts = 0;
    const Part = () => {
      const [mount] = useState(() => ++mounts);
      if (broken) throw new Error('a bug in the form');
      return <p>the part, mount {mount}</p>;
    };
    render(
      <Outer>
        <LoadBoundary fallback={() => <p>fallback</p>} crashed={(error, retry) => <button onClick={retry}>reopen after {(error as Error).message}</button>}>
          <Part />
        </LoadBoundary>
      </Outer>,
    );
    const reopen = screen.getByRole('button', { name: 'reopen after a bug in the form' });
    expect(screen.queryByText('fallback')).toBeNull();
    expect(screen.queryByText(/outer caught/)).toBeNull();
    broken = false;
    const before = mounts;
    await userEvent.setup().click(reopen);
    expect(screen.getByText(`the part, mount ${before + 1}`)).toBeTruthy();
  });

  test('any other error goes on up, past the boundary', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Outer>
        <LoadBoundary fallback={() => <p>fallback</p>}>
          <Throws error={new Error('a bug in the form')} />
        </LoadBoundary>
      </Outer>,
    );
    expect(screen.getByText('outer caught: a bug in the form')).toBeTruthy();
    expect(screen.queryByText('fallback')).toBeNull();
  });
});
