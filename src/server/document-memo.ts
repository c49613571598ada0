import { DocumentNode } from 'graphql';

/** The longest key remembered (see documentMemo). */
export const MAX_KEY_LENGTH = 4096;

/**
 * Remembers what `compute` gives for a parsed operation and a key (its operation name, its variables), for analyses
 * that depend on nothing else: the cost of an operation, its cache policy. Apollo keeps the parsed document of every
 * query text it has seen (its document store) and hands the same DocumentNode to each request that sends that text,
 * so the same query asked again is analysed once; a document Apollo drops is dropped here too (a WeakMap). At most
 * `perDocument` keys are kept per document (a query sent with ever-new variables starts over past them), and none
 * longer than MAX_KEY_LENGTH (a mutation carrying a whole policy in its variables is computed, not kept). What
 * `compute` throws is not remembered.
 */
export function documentMemo<T>(
  compute: (document: DocumentNode, key: string) => T,
  perDocument = 64,
): (document: DocumentNode, key: string) => T {
  const memo = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, key) => {
    if (key.length > MAX_KEY_LENGTH) return compute(document, key);
    let known = memo.get(document);
    if (!known) memo.set(document, (known = new Map()));
    if (known.has(key)) return known.get(key)!;
    const value = compute(document, key);
    if (known.size >= perDocument) known.clear();
    known.set(key, value);
    return value;
  };
}
