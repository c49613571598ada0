/** Where a quote stands in its document: UTF-16 offsets, so that `text.slice(start, end) === quote`. */
export interface Span {
  start: number;
  end: number;
}

/** Where `quote` appears in `text`, in document order, overlapping appearances included: what `occurrence` counts. */
export function startsOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/**
 * Finds the `occurrence`-th (1-based) appearance of `quote` in `text`. Returns the span, or a string saying why it
 * cannot: the quote is absent, ambiguous (found more than once and no occurrence given), or has fewer occurrences.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): Span | string {
  const starts = startsOf(text, quote);
  if (starts.length === 0) return `quote not found in the document: ${JSON.stringify(quote)}`;
  if (occurrence === undefined) {
    if (starts.length > 1) {
      return `quote found ${starts.length} times; add "occurrence: N" (1..${starts.length}) to say which: ${JSON.stringify(quote)}`;
    }
    return { start: starts[0], end: starts[0] + quote.length };
  }
  if (occurrence > starts.length) {
    return `occurrence ${occurrence} asked but the quote is found ${starts.length} time(s): ${JSON.stringify(quote)}`;
  }
  const start = starts[occurrence - 1];
  return { start, end: start + quote.length };
}
