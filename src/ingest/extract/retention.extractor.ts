import type { GeneralRetentionFacts } from '../../policy/fact-file';
import { NO_PERIOD } from '../lexicon/durations';
import { PolicyText } from '../structure';
import { findDuration } from './durations';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { inTopic, scan, viewOf } from './scan';

const RETENTION_VERB =
  /bewaar|bewaren|bewaard|bewaring|opgeslagen|retain|retention|keep|kept|store[ds]?\b|conserv|archiv|verwijderd|deleted|supprim/i;

/**
 * The general retention rule: "niet langer dan nodig" (kept as a rule with duration null) or a period in the
 * retention section. A period tied to one purpose is left to that purpose.
 */
export function extractRetention(doc: PolicyText): Extracted<GeneralRetentionFacts> | null {
  const ruleHits = scan(doc, NO_PERIOD, (s) => RETENTION_VERB.test(viewOf(doc, s)) || inTopic(doc, s, ['retention']));
  if (ruleHits.length) {
    const h = ruleHits.find((x) => inTopic(doc, x.sentence, ['retention'])) ?? ruleHits[0];
    return {
      description: viewOf(doc, h.sentence).replace(/\s+/g, ' ').trim(),
      duration: null,
      evidence: [sentenceEvidence(doc, h.sentence, h.start, h.end)],
      confidence: inTopic(doc, h.sentence, ['retention']) ? 0.8 : 0.65,
    };
  }
  for (const s of doc.sentences) {
    if (!inTopic(doc, s, ['retention']) || !RETENTION_VERB.test(viewOf(doc, s))) continue;
    const d = findDuration(viewOf(doc, s));
    if (!d) continue;
    return {
      description: viewOf(doc, s).replace(/\s+/g, ' ').trim(),
      duration: d.duration,
      evidence: [sentenceEvidence(doc, s, s.start + d.index, s.start + d.index + d.length)],
      confidence: 0.6,
    };
  }
  return null;
}
