/**
 * React.lazy for a chunk that is often loaded before it is first rendered (the
 * pane starts every download early). `lazy` suspends on its loader's promise
 * even when that promise has already resolved, shows the fallback, and then
 * holds the component back until 300 ms after the fallback appeared (React's
 * fallback throttle): a spinner flash and a wait for nothing. A module already
 * here is handed over through a thenable that calls back at once, so lazy
 * renders it in the same pass.
 */
import { lazy, type ComponentType } from 'react';

export function lazyLoaded<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): { readonly Component: ComponentType<P>; readonly load: () => Promise<M> } {
  let loaded: M | undefined;
  const keep = () =>
    load().then((m) => {
      loaded = m;
      return m;
    });
  const Component = lazy(() => {
    if (loaded === undefined) return keep().then((m) => ({ default: pick(m) }));
    const now = { default: pick(loaded) };
    // Only `then` is called (react's lazyInitializer), and at once, so the module is there when lazy looks.
    return { then: (resolve: (m: typeof now) => void) => resolve(now) } as unknown as Promise<typeof now>;
  });
  return { Component: Component as unknown as ComponentType<P>, load: keep };
}
