import { LocatedSpan } from '../extract';

interface Ref {
  quote: string;
  occurrence?: number;
}

/**
 * Finds a gold quote in the canonical text ignoring white space (a quote copied from a web page or PDF may wrap
 * differently than the parser's text): the `occurrence`-th match, else the first. Null when absent.
 */
export function locateLoosely(text: string, quote: string, occurrence = 1): LocatedSpan | null {
  const map: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    squeezed += text[i];
    map.push(i);
  }
  const needle = quote.replace(/\s+/g, '');
  if (!needle) return null;
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    const next = squeezed.indexOf(needle, at + 1);
    if (next === -1) break;
    at = next;
  }
  if (at === -1) return null;
  const start = map[at];
  const end = map[at + needle.length - 1] + 1;
  return { quote: text.slice(start, end), start, end };
}

/** A deep copy of a gold fact file with every evidence list located in `text` (unfound quotes dropped, counted). */
export function locateGold(node: unknown, text: string, missing: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => locateGold(n, text, missing));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => {
      if ((key === 'evidence' || key === 'lastUpdatedEvidence') && Array.isArray(value)) {
        const located = value
          .map((v) => (typeof v === 'string' ? { quote: v } : (v as Ref)))
          .map((ref) => {
            const span = locateLoosely(text, ref.quote, ref.occurrence);
            if (!span) missing.push(ref.quote);
            return span;
          })
          .filter((s): s is LocatedSpan => s !== null);
        return [key, located];
      }
      return [key, locateGold(value, text, missing)];
    }),
  );
}
