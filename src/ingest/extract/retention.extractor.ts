import type { GeneralRetentionFacts } from '../../policy/fact-file';
import { NO_PERIOD } from '../lexicon/durations';
import { PolicyText, Sentence } from '../structure';
import { findDuration } from './durations';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { retentionSentencesNamingPurposes } from './purposes.extractor';
import { inTopic, scan, viewOf } from './scan';

const RETENTION_VERB =
  /vernietigd|destroyed|d[ée]truit|bewaar|bewaren|bewaard|bewaring|opgeslagen|retain|retention|keep|kept|store[ds]?\b|saved\b|conserv|archiv|verwijderd|deleted|supprim/i;

// A maximum period beside the rule ("aussi longtemps que nécessaire ... pendant un maximum de 5 ans après la
// dernière utilisation", "maximaal tot 5 jaar na het laatste gebruik"): the period is the general rule's.
const MAXIMUM =
  /\b(?:maximum|maximal|maximaal|ten hoogste|hoogstens|uiterlijk|at (?:the )?most|up to|no more than|au maximum|au plus)\b[^.;]{0,25}$/i;

/** "Wanneer u uw account wist, ... binnen de 30 dagen verwijderd": a deletion deadline, not a retention period. */
function isDeadline(body: string, at: number): boolean {
  return (
    /^\s*(wanneer|als|indien|when|if|lorsque|si)\b/i.test(body) ||
    /\b(binnen|within|dans (les|un d[ée]lai))\b[^.]{0,12}$/i.test(body.slice(0, at))
  );
}

const ALL_DATA =
  /\b(?:(?:nagenoeg |bijna )?alle (?:persoons)?gegevens|all (?:(?:of )?(?:your |the )?)?(?:personal )?data|toutes (?:les|vos) donn[ée]es)\b/i;

/** "Nagenoeg alle gegevens worden ten laatste 10 jaar na ... vernietigd": a period for all data is the general rule. */
function allDataPeriod(doc: PolicyText): Extracted<GeneralRetentionFacts> | null {
  for (const s of doc.sentences) {
    const body = viewOf(doc, s);
    if (s.kind === 'heading' || !inTopic(doc, s, ['retention']) || !ALL_DATA.test(body)) continue;
    const d = findDuration(body);
    if (!d || !RETENTION_VERB.test(body) || isDeadline(body, d.index)) continue;
    return {
      description: body.replace(/\s+/g, ' ').trim(),
      duration: d.duration,
      evidence: [sentenceEvidence(doc, s, s.start + d.index, s.start + d.index + d.length)],
      confidence: 0.6,
    };
  }
  return null;
}

/** A maximum period in the rule's sentence or the next one of its section, outside list items and purposes. */
function maximumBeside(doc: PolicyText, rule: Sentence, tied: Set<Sentence>): Extracted<GeneralRetentionFacts> | null {
  const i = doc.sentences.indexOf(rule);
  for (const s of doc.sentences.slice(i, i + 2)) {
    if (s.section !== rule.section || s.kind === 'list-item' || tied.has(s)) continue;
    const body = viewOf(doc, s);
    const d = findDuration(body);
    if (!d || !MAXIMUM.test(body.slice(0, d.index)) || !RETENTION_VERB.test(body) || isDeadline(body, d.index))
      continue;
    return {
      description: body.replace(/\s+/g, ' ').trim(),
      duration: d.duration,
      evidence: [sentenceEvidence(doc, s, s.start + d.index, s.start + d.index + d.length)],
      confidence: 0.65,
    };
  }
  return null;
}

/**
 * The general retention rule: "niet langer dan nodig" (kept as a rule with duration null) or a period in the
 * retention section. A period tied to one purpose is left to that purpose.
 */
export function extractRetention(doc: PolicyText): Extracted<GeneralRetentionFacts> | null {
  const all = allDataPeriod(doc);
  if (all) return all;
  // A sentence that keeps data for named purposes with a period gives those purposes their period (extractPurposes).
  const tied = new Set(retentionSentencesNamingPurposes(doc).filter((s) => findDuration(viewOf(doc, s))));
  // "Vos données seront simplement conservées durant le temps nécessaire à la limitation du traitement" explains a
  // right (restriction), not the retention rule.
  const rightOnly = (s: Sentence) =>
    inTopic(doc, s, ['rights']) &&
    !inTopic(doc, s, ['retention']) &&
    /limitation|beperking|restrict|opposition|bezwaar|object/i.test(viewOf(doc, s));
  const ruleHits = scan(
    doc,
    NO_PERIOD,
    (s) => !tied.has(s) && !rightOnly(s) && (RETENTION_VERB.test(viewOf(doc, s)) || inTopic(doc, s, ['retention'])),
  );
  if (ruleHits.length) {
    const h = ruleHits.find((x) => inTopic(doc, x.sentence, ['retention'])) ?? ruleHits[0];
    const max = maximumBeside(doc, h.sentence, tied);
    if (max) return max;
    return {
      description: viewOf(doc, h.sentence).replace(/\s+/g, ' ').trim(),
      duration: null,
      evidence: [sentenceEvidence(doc, h.sentence, h.start, h.end)],
      confidence: inTopic(doc, h.sentence, ['retention']) ? 0.8 : 0.65,
    };
  }
  for (const s of doc.sentences) {
    // A list item gives one purpose's or one item's period ("Security logs: 12 months"), not the general rule.
    if (
      s.kind === 'list-item' ||
      tied.has(s) ||
      !inTopic(doc, s, ['retention']) ||
      !RETENTION_VERB.test(viewOf(doc, s))
    )
      continue;
    const d = findDuration(viewOf(doc, s));
    if (!d || isDeadline(viewOf(doc, s), d.index)) continue;
    return {
      description: viewOf(doc, s).replace(/\s+/g, ' ').trim(),
      duration: d.duration,
      evidence: [sentenceEvidence(doc, s, s.start + d.index, s.start + d.index + d.length)],
      confidence: 0.6,
    };
  }
  return null;
}
