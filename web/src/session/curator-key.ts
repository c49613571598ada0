/**
 * Where a curator's key will live once the write API exists (issue 13, later: submit a policy, review drafts,
 * publish). Kept for the browser tab only (sessionStorage), never in the URL. Nothing sets it yet: the read-only
 * views work without it, and the Apollo link sends it only when present.
 */
const STORAGE_KEY = 'policy-graph.curator-key';

export function readCuratorKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
