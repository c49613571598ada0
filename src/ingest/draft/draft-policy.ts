import type { ExtractedPolicy, LocatedSpan } from '../extract/extracted-policy';
import type { ParsedDocument } from '../parse';

/** The slots of the fact file that hold the extractor's facts besides the identity and the document. */
const FACT_SLOTS = [
  'dpo',
  'supervisoryAuthority',
  'legalBases',
  'dataCategories',
  'purposes',
  'processors',
  'recipients',
  'rights',
  'rightsRequest',
  'retention',
  'cookies',
  'minimumAge',
  'automatedDecisionMaking',
  'transfersOutsideEEA',
] as const satisfies readonly (keyof ExtractedPolicy)[];

type Plain = Record<string, unknown>;

/**
 * A draft in the fact-file shape (seeds/README.md), plain data for the gate (validatePolicy), and how sure the
 * extractor is of each fact: `confidence` holds the fact objects of `facts` themselves, so that dropping a fact (see
 * pruneInvalid) never mixes up the confidences of the others.
 */
export interface DraftPolicy {
  facts: Plain;
  confidence: WeakMap<object, number>;
  warnings: string[];
}

const evidenceOf = (spans: LocatedSpan[]) => spans.map(({ quote, start, end }) => ({ quote, start, end }));

/** Drops the extractor's bookkeeping from a fact: its confidence; its evidence as plain quote-and-offsets refs. */
function plainFact(fact: { confidence: number; evidence: LocatedSpan[] }, confidence: WeakMap<object, number>): Plain {
  const { confidence: sure, evidence, ...rest } = fact;
  const plain: Plain = { ...rest, evidence: evidenceOf(evidence) };
  confidence.set(plain, sure);
  return plain;
}

/** The identity fact: the fields the extractor filled, its confidence the least sure of them. */
function identityOf(extracted: ExtractedPolicy['controller'], slug: string, confidence: WeakMap<object, number>) {
  const { confidence: perField, evidence, ...fields } = extracted;
  const filled = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  );
  const identity: Plain = { slug, ...filled, evidence: evidenceOf(evidence) };
  const scores = Object.values(perField);
  confidence.set(identity, scores.length ? Math.min(...scores) : 0.5);
  return identity;
}

/**
 * The document fact. A language the gate does not know (the text is too short to tell, or in another language) is
 * recorded as English, with a warning; a missing title becomes "Privacy policy of <name>".
 */
function documentOf(extracted: ExtractedPolicy, parsed: Pick<ParsedDocument, 'language'>, slug: string) {
  const warnings: string[] = [];
  const language = extracted.document.language ?? parsed.language;
  const known = language && ['nl', 'en', 'fr', 'de'].includes(language) ? language : null;
  if (!known) warnings.push('the language of the text could not be told (nl, en, fr or de): recorded as en');
  const title = extracted.document.title?.trim() || `Privacy policy of ${extracted.controller.name ?? slug}`;
  const document: Plain = {
    slug,
    file: `${slug}.txt`,
    sourceFile: `${slug}.txt`,
    title,
    language: known ?? 'en',
    lastUpdated: extracted.document.lastUpdated ?? null,
    lastUpdatedEvidence: evidenceOf(extracted.document.lastUpdatedEvidence),
  };
  return { document, warnings };
}

/**
 * Turns what the extractor read into a draft fact file for the controller `slug`: the identity (with the slug), the
 * document, and every slot the text fills, each fact with its quotes and offsets. Pure. The identity needs a name:
 * the caller checks `extracted.controller.name` first.
 */
export function draftPolicy(
  extracted: ExtractedPolicy,
  parsed: Pick<ParsedDocument, 'language'>,
  slug: string,
): DraftPolicy {
  const confidence = new WeakMap<object, number>();
  const { document, warnings } = documentOf(extracted, parsed, slug);
  const facts: Plain = { document, controller: identityOf(extracted.controller, slug, confidence) };
  for (const slot of FACT_SLOTS) {
    const value = extracted[slot] as
      { confidence: number; evidence: LocatedSpan[] } | { confidence: number; evidence: LocatedSpan[] }[] | null;
    if (Array.isArray(value)) {
      if (value.length) facts[slot] = value.map((fact) => plainFact(fact, confidence));
    } else if (value) facts[slot] = plainFact(value, confidence);
  }
  return { facts, confidence, warnings: [...extracted.warnings, ...warnings] };
}

/** A slug for a new controller from its name: lower-case ASCII words joined by hyphens ("Café Zürich BV" -> cafe-zurich-bv). */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'controller';
}
