/**
 * The newest failure of each kind: a host that keeps failing (every write
 * while offline) shows one message, not a stack of them.
 */
import type { PaneError } from '../../state/review-store.ts';
import type { HostErrorBarProps } from './HostErrorBar.types.ts';

export function useHostErrorBar(props: HostErrorBarProps): { readonly shown: readonly PaneError[] } {
  const latest = new Map<string, PaneError>();
  for (const error of props.errors) latest.set(`${error.action}\u0000${error.message}`, error);
  return { shown: [...latest.values()] };
}
