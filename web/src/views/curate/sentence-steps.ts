import { type RefObject, useCallback, useMemo, useRef } from 'react';
import { sentencesOf, sentenceStep } from '../../lib/sentences';
import { scrollTargetIntoView } from '../controller/scrolling';
import type { EditState } from './edit-state';
import { selectOffsets } from './text-selection';

/**
 * Going through the policy's sentences without a mouse, while a fact is edited: each step selects the next (or
 * previous) sentence in the text, as a drag would, so that the form offers it as a quote; it starts from the words
 * picked last, else from the fact's last quote, else from the text's start.
 */
export function useSentenceSteps(
  text: string,
  language: string,
  editing: EditState | null,
  pane: RefObject<HTMLElement | null>,
): (step: 1 | -1) => void {
  const sentences = useMemo(() => sentencesOf(text, language), [text, language]);
  // The sentence stepped to last: adding it as a quote clears the pick, not the place in the text.
  const last = useRef<{ anchor: string; start: number } | null>(null);
  return useCallback(
    (step: 1 | -1) => {
      const container = document.querySelector('[data-testid="policy-text"]');
      if (!editing || !container) return;
      const stepped = last.current?.anchor === editing.anchor ? last.current.start : null;
      const from = editing.picked?.start ?? stepped ?? editing.quotes.at(-1)?.start ?? null;
      const sentence = sentenceStep(sentences, from, step);
      if (!sentence) return;
      last.current = { anchor: editing.anchor, start: sentence.start };
      const range = selectOffsets(container, sentence.start, sentence.end);
      if (range) scrollTargetIntoView(pane.current, range);
    },
    [sentences, editing, pane],
  );
}
