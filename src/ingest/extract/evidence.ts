import { PolicyText, Sentence } from '../structure';
import { LocatedSpan } from './extracted-policy';

/** An impossible internal state: a span that does not slice its own quote. Never caught as bad input. */
export class EvidenceInvariantError extends Error {
  override readonly name = 'EvidenceInvariantError';
}

/** The located span [start, end) of the canonical text; asserts `text.slice(start, end) === quote`. */
export function spanOf(doc: PolicyText, start: number, end: number): LocatedSpan {
  const quote = doc.text.slice(start, end);
  if (start < 0 || end > doc.text.length || start >= end || doc.text.slice(start, end) !== quote) {
    throw new EvidenceInvariantError(`evidence span [${start}, ${end}) is outside the text`);
  }
  return { quote, start, end };
}

/** Asserts the evidence invariant over every span of an extracted value (any depth). */
export function assertEvidence(text: string, value: unknown): void {
  if (Array.isArray(value)) return value.forEach((v) => assertEvidence(text, v));
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.quote === 'string' && typeof record.start === 'number' && typeof record.end === 'number') {
    if (text.slice(record.start, record.end) !== record.quote) {
      throw new EvidenceInvariantError(
        `evidence ${JSON.stringify(record.quote)} is not at [${record.start}, ${record.end})`,
      );
    }
    return;
  }
  Object.values(record).forEach((v) => assertEvidence(text, v));
}

const MAX_QUOTE = 320;

/**
 * The evidence for a match inside a sentence: the whole sentence, or for a long sentence a window around the
 * match cut at word boundaries (a quote people can read, still overlapping what a person would mark).
 */
export function sentenceEvidence(
  doc: PolicyText,
  sentence: Sentence,
  matchStart?: number,
  matchEnd?: number,
): LocatedSpan {
  let { start, end } = sentence;
  if (end - start > MAX_QUOTE && matchStart !== undefined && matchEnd !== undefined) {
    const room = Math.max(0, MAX_QUOTE - (matchEnd - matchStart)) / 2;
    start = Math.max(start, Math.floor(matchStart - room));
    end = Math.min(end, Math.ceil(matchEnd + room));
    while (start > sentence.start && /\S/.test(doc.text[start - 1])) start--;
    while (end < sentence.end && /\S/.test(doc.text[end])) end++;
  }
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  while (start < end && /\s/.test(doc.text[start])) start++;
  return spanOf(doc, start, end);
}

/** The sentence holding offset `at` (binary search), or undefined between sentences. */
export function sentenceAt(doc: PolicyText, at: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The evidence for a regex match at [start, end) of the view: its sentence, or the match itself between sentences. */
export function evidenceAt(doc: PolicyText, start: number, end: number): LocatedSpan {
  const sentence = sentenceAt(doc, start);
  return sentence ? sentenceEvidence(doc, sentence, start, end) : spanOf(doc, start, end);
}

/** Distinct spans (by offsets), in document order. */
export function uniqueSpans(spans: LocatedSpan[]): LocatedSpan[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
