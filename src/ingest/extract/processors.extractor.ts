import type { ProcessorFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { ProcessorRole } from '../../entities/enums';
import { VENDORS, VendorEntry } from '../lexicon/vendors';
import { PolicyText, Sentence } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { negated, scan, viewOf } from './scan';

const SOURCE =
  /ontvang(en|t)? (van|via)|bronnen|sources?\b|openbaar beschikbare|publicly available|afkomstig|verkregen|obtain(ed)? from|receive[ds]? (from|data)|collect(ed|s)? (by|from)|data (from|provided by)|re[çc]u(es)? de|provenant/i;
// Software the controller runs (a list of programmes, systems or tools): SYSTEM. A bare "we use" does not make a
// service software: "We use Google Analytics to keep track of traffic" and "We use Mailchimp to send our
// newsletters" name services that process data for the controller (PROCESSOR).
const SYSTEM = /programma|systemen|\bsoftware|tools?\b|applicaties|platform(s)?\b|logiciels?/i;
// Processing or sharing cues: a vendor that processes data for the controller, or with whom data are shared.
const PROCESSING =
  /verwerk|process|namens|on (our|its) behalf|pour notre compte|sous-trait|shared? with|share[sd]?\b|gedeeld met|delen met|partag|transmi|doorgegeven|verstrekt aan/i;
// A vendor named as the owner of a privacy or cookie policy ("lire la politique de confidentialité de Google",
// "the privacy policy of Google") or as the target of an outbound link ("links naar externe websites, zoals GitHub
// of LinkedIn") is no processor of the controller.
const POLICY_OF =
  /(?:privacy ?(?:policy|statement|verklaring|beleid)|cookie ?(?:policy|beleid|verklaring)|politique de (?:confidentialit[ée]|cookies)|d[ée]claration de confidentialit[ée])(?: et [^,.;()]{0,40})? (?:of|van|de|d['’])\s*(?:the |het |de |la |le )?$/i;
const OUTBOUND_LINK =
  /\b(?:links?|hyperlinks?|liens?|verwijzingen)\b[^.;]{0,40}\b(?:externe websites?|external (?:web)?sites?|other (?:web)?sites|andere websites?|sites? (?:web )?externes?|autres sites)\b/i;

/** The vendors the catalogue knows, keeping only slugs the vocabulary has or the ingest catalogue adds. */
function vendors(vocabulary: Vocabulary): VendorEntry[] {
  const seed = new Set(vocabulary.processors.map((p) => p.slug));
  return [...VENDORS.filter((v) => seed.has(v.slug)), ...VENDORS.filter((v) => !seed.has(v.slug))];
}

/** The role read from the sentence and, for a list item, the sentence introducing the list. */
function roleOf(sentence: string, intro = ''): ProcessorRole {
  if (SOURCE.test(sentence)) return ProcessorRole.DATA_SOURCE;
  if ((SYSTEM.test(sentence) || SYSTEM.test(intro)) && !PROCESSING.test(sentence)) return ProcessorRole.SYSTEM;
  return ProcessorRole.PROCESSOR;
}

/** The sentence that introduces a list item, or the sentence before a paragraph when that one ends in a colon. */
function introOf(doc: PolicyText, sentence: Sentence): string {
  if (sentence.intro) return viewOf(doc, sentence.intro);
  const i = doc.sentences.indexOf(sentence);
  const prev = i > 0 ? doc.sentences[i - 1] : null;
  return prev && prev.section === sentence.section && /:\s*$/.test(viewOf(doc, prev)) ? viewOf(doc, prev) : '';
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
      const body = viewOf(doc, hit.sentence);
      if (POLICY_OF.test(doc.view.slice(hit.sentence.start, hit.start)) || OUTBOUND_LINK.test(body)) continue;
      const role = roleOf(body, introOf(doc, hit.sentence));
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
