/**
 * Around a part of the pane whose code is downloaded when it is first shown
 * (the start form, the review form, the tools): a download that fails (the
 * network) shows `fallback`, whose 再試一次 renders the part again as a new
 * attempt, for which lazyLoaded downloads it again. Without it the failed
 * import reached the root, and React took the whole pane down: a blank pane
 * after 建立.
 *
 * Any other error (a bug) shows `crashed` where one is given, whose button
 * builds the part anew; where none is, it goes on up as before.
 */
import { Button, Text } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { LoadAttemptContext } from '../../lazy-loaded.ts';

export interface LoadBoundaryProps {
  /** What shows instead of the part while its download has failed; `retry` downloads it again. */
  readonly fallback: (retry: () => void) => ReactNode;
  /** What shows instead of the part after any other error; `retry` builds the part anew. Without it, the error goes on up. */
  readonly crashed?: (error: unknown, retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

interface LoadBoundaryState {
  /** What the part threw, while it is shown failed. */
  readonly failure: { readonly error: unknown } | undefined;
  /** 0, then one more at each retry: lazyLoaded downloads again for a new attempt, whose part is built anew. */
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
    // The fallback took the part's place: a retry mounts it anew, not in the state it failed in.
    if (!failure) return <LoadAttemptContext.Provider value={this.state.attempt}>{this.props.children}</LoadAttemptContext.Provider>;
    if (isLoadFailure(failure.error)) return this.props.fallback(this.#retry);
    // Not a download: thrown again from here, it goes on up to where it went before.
    if (!this.props.crashed) throw failure.error;
    return this.props.crashed(failure.error, this.#retry);
  }
}

export interface FailedPartProps {
  /** The column the part would have stood in. */
  readonly className: string;
  /** What happened, said as an alert. */
  readonly message: string;
  /** More about it, smaller: an error's own message. */
  readonly detail?: string;
  /** The one thing to do, and doing it. */
  readonly action: string;
  readonly onAction: () => void;
}

/** What stands in a part's place when it failed: the pane's session, or its form. */
export function FailedPart(props: FailedPartProps) {
  return (
    <div className={props.className}>
      <Text role="alert">{props.message}</Text>
      {props.detail !== undefined && <Text size={200}>{props.detail}</Text>}
      <Button appearance="primary" onClick={props.onAction}>
        {props.action}
      </Button>
    </div>
  );
}
