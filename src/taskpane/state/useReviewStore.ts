/**
 * The pane's store for a host, connected while the component is mounted.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReviewHost } from '../../host/review-host.ts';
import { ReviewStore, type PaneState, type ReviewStoreOptions } from './review-store.ts';

/** One store per host; its state re-renders the caller. */
export function useReviewStore(host: ReviewHost, options?: ReviewStoreOptions): { store: ReviewStore; state: PaneState } {
  const [store, setStore] = useState(() => new ReviewStore(host, options));
  if (store.host !== host) setStore(new ReviewStore(host, options));
  useEffect(() => store.connect(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { store, state };
}
