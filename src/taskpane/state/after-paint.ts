/**
 * The next frame, then an idle moment: what was just rendered is painted, and the input that caused it handled,
 * before the work that follows starts. Both waits are bounded: a hidden pane gets no frames, and a busy one may not
 * be idle for long.
 */
export function afterPaintAndIdle(bounds: { readonly idleMs: number; readonly fallbackMs: number }): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, bounds.fallbackMs);
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: bounds.idleMs });
      else setTimeout(done, 0);
    });
  });
}
