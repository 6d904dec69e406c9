import type { PaneError } from '../../state/review-store.ts';

/** Host failures, each with the host's own message; write failures offer a retry. */
export interface HostErrorBarProps {
  readonly errors: readonly PaneError[];
  /** Fields whose write failed and wait for a retry. @default 0 */
  readonly unsaved?: number;
  /** Fields typed before a 建立 failed, kept for the next one. @default 0 */
  readonly keptForCreate?: number;
  /** Writes the unsaved fields again. */
  readonly onRetry: () => void;
  readonly onDismiss: (id: number) => void;
}
