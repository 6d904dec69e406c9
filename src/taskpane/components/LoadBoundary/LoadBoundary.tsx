/**
 * Around a part of the pane whose code is downloaded when it is first shown
 * (the start form, the review form, the tools): a download that fails (the
 * network) shows `fallback`, whose 再試一次 renders the part again as a new
 * attempt, for which lazyLoaded downloads it again. Without it the failed
 * import reached the root, and React took the whole pane down: a blank pane
 * after 建立.
 *
 * Only a failed download is caught; any other error goes on up as before.
 */
import { Component, type ReactNode } from 'react';
import { LoadAttemptContext } from '../../lazy-loaded.ts';

export interface LoadBoundaryProps {
  /** What shows instead of the part while its download has failed; `retry` downloads it again. */
  readonly fallback: (retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

interface LoadBoundaryState {
  /** What the part threw, while it is shown failed. */
  readonly failure: { readonly error: unknown } | undefined;
  /** 0, then one more at each 再試一次: lazyLoaded downloads again for a new attempt. */
  readonly attempt: number;
}

/**
 * A failed dynamic import, as each engine words it: webpack's chunk loader (ChunkLoadError), and the native
 * `import()` of Chromium and WebView2, Safari (the Mac's WebKit) and Firefox.
 */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
}

export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failure: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<LoadBoundaryState> {
    return { failure: { error } };
  }

  readonly #retry = () => this.setState(({ attempt }) => ({ failure: undefined, attempt: attempt + 1 }));

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return <LoadAttemptContext.Provider value={this.state.attempt}>{this.props.children}</LoadAttemptContext.Provider>;
    // Not a download: thrown again from here, it goes on up to where it went before.
    if (!isLoadFailure(failure.error)) throw failure.error;
    return this.props.fallback(this.#retry);
  }
}
