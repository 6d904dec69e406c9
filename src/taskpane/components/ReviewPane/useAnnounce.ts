/**
 * The pane's one polite live region: the total as it changes, and what an
 * edit changed beyond itself (points that picked another level). One region,
 * so a click is announced once, not by every part of the pane that changed.
 */
import { createContext, useContext } from 'react';

export type Announce = (message: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

/** Says `message` through the pane's live region. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
