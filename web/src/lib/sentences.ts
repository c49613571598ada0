import type { Quote } from './review-facts';

/**
 * The text's sentences as the browser's `Intl.Segmenter` finds them for its language, each without the spaces at its
 * ends and with its offsets in `text`; blank ones are left out. A line break ends a sentence, except in a hard-wrapped
 * paragraph: a single one before a lower-case letter is read as a space (the quote keeps it, byte-exact).
 */
export function sentencesOf(text: string, language: string): Quote[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  // The same length as the text, so that the offsets hold in both.
  const unwrapped = text.replace(/(?<!\n)\n(?=\p{Ll})/gu, ' ');
  const sentences: Quote[] = [];
  for (const { segment, index } of segmenter.segment(unwrapped)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ quote: text.slice(start, end), start, end });
  }
  return sentences;
}

/**
 * The sentence after (`step` 1) or before (-1) the words starting at `from`: the previous one of words inside a
 * sentence is that whole sentence. From nothing, the first or the last; past either end, null.
 */
export function sentenceStep(sentences: readonly Quote[], from: number | null, step: 1 | -1): Quote | null {
  if (from === null) return sentences[step === 1 ? 0 : sentences.length - 1] ?? null;
  if (step === 1) return sentences.find((sentence) => sentence.start > from) ?? null;
  let found: Quote | null = null;
  for (const sentence of sentences) {
    if (sentence.start >= from) break;
    found = sentence;
  }
  return found;
}
