/**
 * React.lazy for a chunk that is often loaded before it is first rendered (the
 * pane starts every download early). `lazy` suspends on its loader's promise
 * even when that promise has already resolved, shows the fallback, and then
 * holds the component back until 300 ms after the fallback appeared (React's
 * fallback throttle): a spinner flash and a wait for nothing. A module already
 * here is handed over through a thenable that calls back at once, so lazy
 * renders it in the same pass.
 *
 * `lazy` also keeps a failed load for good: rendered again, it throws the same
 * error. After a failed download, the render of the next attempt of the
 * nearest LoadBoundary (its 再試一次) takes a new `lazy`, which downloads
 * again. Only then: React renders the part again as soon as the load fails,
 * and a new `lazy` there would download again and again, unseen.
 */
import { createContext, createElement, lazy, useContext, type ComponentType, type LazyExoticComponent } from 'react';

/** The nearest LoadBoundary's attempt: 0, then one more at each 再試一次. */
export const LoadAttemptContext = createContext(0);

export function lazyLoaded<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): { readonly Component: ComponentType<P>; readonly load: () => Promise<M> } {
  let loaded: M | undefined;
  const keep = () =>
    load().then((m) => {
      loaded = m;
      return m;
    });
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() => {
      if (loaded === undefined) {
        return keep().then(
          (m) => ({ default: pick(m) }),
          (error: unknown) => {
            failed = true;
            throw error;
          },
        );
      }
      const now = { default: pick(loaded) };
      // Only `then` is called (react's lazyInitializer), and at once, so the module is there when lazy looks.
      return { then: (resolve: (m: typeof now) => void) => resolve(now) } as unknown as Promise<typeof now>;
    });
  let current = fresh();
  /** The attempt `current` was made for, and whether its load failed. */
  let madeFor = 0;
  let failed = false;
  function Loaded(props: P) {
    const attempt = useContext(LoadAttemptContext);
    if (failed && attempt > madeFor) {
      current = fresh();
      madeFor = attempt;
      failed = false;
    }
    return createElement(current as ComponentType<P>, props);
  }
  return { Component: Loaded, load: keep };
}
