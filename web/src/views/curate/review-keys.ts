import { useEffect, useLayoutEffect, useRef } from 'react';

interface ReviewKeys {
  enabled: boolean;
  editing: boolean;
  onMove(step: 1 | -1): void;
  onNextToReview(): void;
  onAccept(): void;
  onReject(): void;
  onEdit(): void;
  onCancel(): void;
}

/** The keyboard shortcuts of the review, as the page lists them. */
export const REVIEW_SHORTCUTS: [string, string][] = [
  ['j', 'next fact'],
  ['k', 'previous fact'],
  ['n', 'next fact to review'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['Esc', 'cancel the edit'],
];

/**
 * j/k/n/a/r/e on the page go through the facts (not while typing in a field, nor with a modifier key, so that the
 * browser's and the screen reader's own keys keep working); Escape cancels an edit.
 */
export function useReviewKeys(keys: ReviewKeys): void {
  const latest = useRef(keys);
  // The handlers of the last render, for the one listener below.
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const handlers = latest.current;
      if (!handlers.enabled || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape' && handlers.editing) {
        handlers.onCancel();
        return;
      }
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (handlers.editing) return;
      const actions: Record<string, () => void> = {
        j: () => handlers.onMove(1),
        k: () => handlers.onMove(-1),
        n: handlers.onNextToReview,
        a: handlers.onAccept,
        r: handlers.onReject,
        e: handlers.onEdit,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
