/**
 * The pane's one polite live region: the total as it changes, and what an
 * edit changed beyond itself (points that picked another level). One region,
 * so a click is announced once, not by every part of the pane that changed.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

export type Announce = (message: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

/** Says `message` through the pane's live region. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/**
 * The region's text, kept outside React's state: a new sentence renders the region alone. As the pane's state, it
 * rendered the whole pane again after each level's click (a task of 5–7 ms at 4× CPU after the click's paint).
 */
export interface LiveText {
  readonly get: () => string;
  readonly set: (text: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createLiveText(): LiveText {
  let text = '';
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set: (next) => {
      if (next === text) return;
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The text of `live`, rendered again when it changes. */
export function useLiveText(live: LiveText): string {
  return useSyncExternalStore(live.subscribe, live.get);
}
