import type { AuthorityReferenceFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { AUTHORITIES, AuthorityEntry } from '../lexicon/authorities';
import { PolicyText } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { scan } from './scan';

function compile(entry: AuthorityEntry): { re: RegExp; predecessor: boolean }[] {
  return entry.names.map((n) => ({
    re: new RegExp(n.pattern, /^\\b[A-Z]/.test(n.pattern) ? '' : 'i'),
    predecessor: n.predecessor,
  }));
}

/** The vocabulary's authorities first (their slugs win), then the ingest catalogue's. */
function catalogue(vocabulary: Vocabulary): AuthorityEntry[] {
  const known = new Set(vocabulary.supervisoryAuthorities.map((a) => a.slug));
  return [...AUTHORITIES.filter((a) => known.has(a.slug)), ...AUTHORITIES.filter((a) => !known.has(a.slug))];
}

/**
 * The supervisory authority the policy names, by current or predecessor name or acronym (the Belgian Privacy
 * Commission, the Dutch CBP), mapped to its slug; `namedAs` is the name as written. Null when none is named.
 */
export function extractAuthority(doc: PolicyText, vocabulary: Vocabulary): Extracted<AuthorityReferenceFacts> | null {
  let best: { entry: AuthorityEntry; hits: ReturnType<typeof scan>; namedAs: string; score: number } | undefined;
  for (const entry of catalogue(vocabulary)) {
    const hits = compile(entry).flatMap(({ re }) => scan(doc, re));
    if (hits.length === 0) continue;
    hits.sort((a, b) => b.match[0].length - a.match[0].length || a.start - b.start);
    const score = hits.length + hits[0].match[0].length / 10;
    if (!best || score > best.score) best = { entry, hits, namedAs: doc.view.slice(hits[0].start, hits[0].end), score };
  }
  if (!best) return null;
  const { entry, hits, namedAs } = best;
  const acronymOnly = hits.every((h) => /^[A-Z]{2,5}$/.test(h.match[0]));
  return {
    authority: entry.slug,
    namedAs: namedAs.replace(/\s+/g, ' ').trim(),
    statedContact: null,
    evidence: uniqueSpans(hits.slice(0, 3).map((h) => sentenceEvidence(doc, h.sentence, h.start, h.end))),
    confidence: acronymOnly ? 0.75 : 0.95,
  };
}
