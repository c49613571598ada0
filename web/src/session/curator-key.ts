import { useSyncExternalStore } from 'react';

/**
 * A curator's API key, entered once and kept for the browser tab only (sessionStorage: it goes when the tab is
 * closed, and never into the URL or the cache). The Apollo link (apollo/client.ts) sends it as
 * `Authorization: Bearer <key>` on every request while it is here; signing out removes it.
 */
const STORAGE_KEY = 'policy-graph.curator-key';
const listeners = new Set<() => void>();

export function readCuratorKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the key for this tab (after the server has said who it is), or forgets it (`null`: signing out). */
export function writeCuratorKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode with a quota of 0): the key lives as long as the page.
    memoryKey = key;
  }
  for (const listener of listeners) listener();
}

let memoryKey: string | null = null;

/** The key in use: the tab's, or the page's when storage is refused. */
export function currentCuratorKey(): string | null {
  return readCuratorKey() ?? memoryKey;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The key kept for this tab, re-rendering when one signs in or out. */
export function useCuratorKey(): string | null {
  return useSyncExternalStore(subscribe, currentCuratorKey);
}

/** What a key must look like before it is sent: `pgk_` and base64url (the server checks the rest). */
export function isKeyShaped(value: string): boolean {
  return /^pgk_[A-Za-z0-9_-]{8,}$/.test(value.trim());
}
