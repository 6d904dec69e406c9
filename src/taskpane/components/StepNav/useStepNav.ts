/**
 * Arrow keys, Home and End between the step tabs (focus moves; Enter or
 * Space opens the step, as a tab list with manual activation).
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { StepNavProps } from './StepNav.types.ts';

export function useStepNav(props: StepNavProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = props.steps.length;
  // One ref callback per tab for the list's life: a new one at each render detached and attached every tab's ref.
  const refs = useRef<((el: HTMLButtonElement | null) => void)[]>([]);
  const tabRef = useCallback(
    (i: number) =>
      (refs.current[i] ??= (el: HTMLButtonElement | null) => {
        tabs.current[i] = el;
      }),
    [],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const at = tabs.current.findIndex((t) => t === event.target);
      if (at < 0) return;
      const to =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? (at + 1) % count
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? (at - 1 + count) % count
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? count - 1
                : undefined;
      if (to === undefined) return;
      event.preventDefault();
      tabs.current[to]?.focus();
    },
    [count],
  );
  return { onKeyDown, tabRef };
}
