import type { ProcessorFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { ProcessorRole } from '../../entities/enums';
import { VENDORS, VendorEntry } from '../lexicon/vendors';
import { PolicyText } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { negated, scan, viewOf } from './scan';

const SOURCE =
  /ontvang(en|t)? (van|via)|bronnen|sources?\b|openbaar beschikbare|publicly available|afkomstig|verkregen|obtain(ed)? from|receive[ds]? (from|data)|collect(ed|s)? (by|from)|data (from|provided by)|re[çc]u(es)? de|provenant/i;
const SYSTEM =
  /programma|systemen|\bsoftware|tools?\b|applicaties|platform(s)?\b|we use|wij gebruiken|gebruikt de volgende|nous utilisons|logiciels?/i;

/** The vendors the catalogue knows, keeping only slugs the vocabulary has or the ingest catalogue adds. */
function vendors(vocabulary: Vocabulary): VendorEntry[] {
  const seed = new Set(vocabulary.processors.map((p) => p.slug));
  return [...VENDORS.filter((v) => seed.has(v.slug)), ...VENDORS.filter((v) => !seed.has(v.slug))];
}

function roleOf(sentence: string): ProcessorRole {
  if (SOURCE.test(sentence)) return ProcessorRole.DATA_SOURCE;
  if (
    SYSTEM.test(sentence) &&
    !/verwerk|process|namens|on (our|its) behalf|pour notre compte|sous-trait/i.test(sentence)
  )
    return ProcessorRole.SYSTEM;
  return ProcessorRole.PROCESSOR;
}

/**
 * Named vendors (open class, recognised by the catalogue's names and aliases), one fact per vendor and role. The
 * role is read from the sentence: data received from it (DATA_SOURCE), software used (SYSTEM), else PROCESSOR.
 * A vendor named only in a negation ("wij gebruiken geen Google Analytics"), or that is the controller itself, is
 * left out.
 */
export function extractProcessors(
  doc: PolicyText,
  vocabulary: Vocabulary,
  controllerName: string | null = null,
): Extracted<ProcessorFacts>[] {
  const out = new Map<string, Extracted<ProcessorFacts>>();
  const own = (controllerName ?? '').toLowerCase();
  for (const vendor of vendors(vocabulary)) {
    // The controller's own policy (PostNL's) does not make it its own processor.
    if (own && vendor.name.toLowerCase() === own) continue;
    const re = new RegExp(
      `(?<![\\p{L}\\d@./-])(?:${vendor.aliases.join('|')})(?![\\p{L}\\d]|\\.(?:com|be|nl|fr)\\b)`,
      'u',
    );
    for (const hit of scan(doc, re)) {
      if (negated(doc, hit.sentence, hit.start, hit.end, 0)) continue;
      const role = roleOf(viewOf(doc, hit.sentence));
      const key = `${vendor.slug}:${role}`;
      const fact = out.get(key) ?? {
        processor: vendor.slug,
        role,
        service: vendor.name,
        dataCategories: [],
        evidence: [],
        confidence: 0.7,
      };
      fact.evidence.push(sentenceEvidence(doc, hit.sentence, hit.start, hit.end));
      out.set(key, fact);
    }
  }
  return [...out.values()].map((f) => ({
    ...f,
    evidence: uniqueSpans(f.evidence).slice(0, 3),
    confidence: f.role === ProcessorRole.PROCESSOR ? 0.7 : 0.6,
  }));
}
