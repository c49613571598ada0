import type { ProcessorTerm, SupervisoryAuthorityTerm } from '../../policy/vocabulary';
import { AUTHORITIES, VENDORS } from '../lexicon';

/** An authority of the ingest catalogue as a vocabulary term: what the catalogue knows, the rest empty. */
function authorityTerm(slug: string): SupervisoryAuthorityTerm | null {
  const entry = AUTHORITIES.find((a) => a.slug === slug);
  if (!entry) return null;
  const websites = entry.websites.map((domain) => `https://www.${domain}`);
  return {
    slug: entry.slug,
    name: entry.name,
    acronym: entry.acronym,
    country: entry.country,
    names: {},
    acronyms: [entry.acronym],
    address: { country: entry.country },
    phone: null,
    email: null,
    website: websites[0] ?? null,
    websites,
    dpv: `https://w3id.org/dpv/legal/${entry.country.toLowerCase()}#DPA-${entry.country}`,
    established: null,
    predecessors: [],
    predecessorContacts: { emails: [], websites: [] },
  } as unknown as SupervisoryAuthorityTerm;
}

/**
 * The vendors and authorities of the ingest catalogues (lexicon/vendors, lexicon/authorities) that a draft refers to,
 * as vocabulary terms: the store adds those the database lacks before the draft passes the gate. Pure.
 */
export function catalogueTerms(facts: Record<string, unknown>): {
  processors: ProcessorTerm[];
  authorities: SupervisoryAuthorityTerm[];
} {
  const slugs = new Set(((facts.processors as { processor?: unknown }[] | undefined) ?? []).map((p) => p.processor));
  const processors = VENDORS.filter((vendor) => slugs.has(vendor.slug)).map(
    ({ aliases: _aliases, ...term }) => term as ProcessorTerm,
  );
  const reference = facts.supervisoryAuthority as { authority?: unknown } | undefined;
  const authority = typeof reference?.authority === 'string' ? authorityTerm(reference.authority) : null;
  return { processors, authorities: authority ? [authority] : [] };
}
