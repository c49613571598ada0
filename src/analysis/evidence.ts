import { Evidence } from '../entities';

/** The spans of several facts as one list: each span once (same document and offsets), in document order. */
export function mergeEvidence(...lists: (readonly Evidence[] | null | undefined)[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const list of lists)
    for (const span of list ?? []) {
      const key = `${span.documentId}:${span.start}:${span.end}`;
      if (!seen.has(key)) seen.set(key, span);
    }
  return [...seen.values()].sort((a, b) => a.documentId - b.documentId || a.start - b.start || a.end - b.end);
}

/** The spans whose quote matches `pattern`, compared with all whitespace removed (quotes break lines anywhere). */
export function spansMatching(spans: readonly Evidence[], pattern: RegExp): Evidence[] {
  return spans.filter((span) => pattern.test(span.quote) || pattern.test(span.quote.replace(/\s+/g, '')));
}

/** The text of a fact for pattern matching: its clean description or label and the exact quotes, one per line. */
export function textOf(parts: (string | null | undefined)[], spans: readonly Evidence[] = []): string {
  return [...parts.filter((p): p is string => !!p), ...spans.map((s) => s.quote)].join('\n');
}

/** A short quote for a message: the text in curly quotes, cut at `max` characters. */
export function quoted(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

/** A quote that ends a sentence: a full stop is added after it unless the quote ends with one of its own. */
export function quotedSentence(text: string, max = 120): string {
  const quote = quoted(text, max);
  return /[.!?…]”$/.test(quote) ? quote : `${quote}.`;
}

/** The first span whose quote matches `pattern`, else the first span; null for none. */
export function firstSpan(spans: readonly Evidence[], pattern: RegExp): Evidence | null {
  return spans.find((s) => pattern.test(s.quote)) ?? spans[0] ?? null;
}
