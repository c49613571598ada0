import { RightCode } from '../../entities/enums';
import { RIGHT_PATTERNS, RIGHTS_CUE } from '../lexicon/rights';
import { PolicyText } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import type { RightFacts } from '../../policy/fact-file';
import { Hit, inTopic, scan, viewOf } from './scan';

const MARKETING = RIGHT_PATTERNS.find(([code]) => code === RightCode.OBJECT_DIRECT_MARKETING)![1];

/** A general objection right is granted only when stated apart from an objection to direct marketing. */
function dropMarketingOnlyObjection(doc: PolicyText, found: Map<RightCode, Extracted<RightFacts>>): void {
  const objection = found.get(RightCode.OBJECTION);
  if (!objection || !found.has(RightCode.OBJECT_DIRECT_MARKETING)) return;
  if (objection.evidence.every((e) => MARKETING.test(doc.view.slice(e.start, e.end))))
    found.delete(RightCode.OBJECTION);
}

const RIGHT_WORD = /recht|right|droit|verzoek|request|demande|vragen|ask/i;

/**
 * Deleting or changing cookies in the browser ("Cookies kunt u wissen via uw browser", "supprimer les cookies"), or
 * data deleted when a retention period ends, is no erasure or rectification right unless the sentence names a right
 * or a request.
 */
function grants(doc: PolicyText, hit: Hit, code: RightCode): boolean {
  if (code !== RightCode.ERASURE && code !== RightCode.RECTIFICATION) return true;
  const text = viewOf(doc, hit.sentence);
  if (RIGHT_WORD.test(text)) return true;
  if (/cookie|browser|navigateur|navigator|cache/i.test(text)) return false;
  return !(code === RightCode.ERASURE && inTopic(doc, hit.sentence, ['retention', 'cookies']));
}

/**
 * Every data-subject right the policy grants (closed class). A phrase counts in a rights section, or elsewhere in a
 * sentence that speaks of rights or requests; a right named only as a negation ("geen recht op") is left out.
 */
export function extractRights(doc: PolicyText): Extracted<RightFacts>[] {
  const found = new Map<RightCode, Extracted<RightFacts>>();
  for (const [code, pattern] of RIGHT_PATTERNS) {
    const hits = scan(doc, pattern, (s) => {
      const rightsSection = inTopic(doc, s, ['rights']);
      return (
        rightsSection ||
        RIGHTS_CUE.test(viewOf(doc, s)) ||
        (s.intro !== undefined && RIGHTS_CUE.test(viewOf(doc, s.intro)))
      );
    });
    for (const hit of hits) {
      if (/\b(geen|no|aucun) (recht|right|droit)/i.test(viewOf(doc, hit.sentence))) continue;
      if (!grants(doc, hit, code)) continue;
      const strong = inTopic(doc, hit.sentence, ['rights']) || /recht|right|droit/i.test(hit.match[0]);
      const confidence = strong ? 0.9 : 0.7;
      const fact = found.get(code) ?? { right: code, conditions: null, evidence: [], confidence };
      fact.evidence.push(sentenceEvidence(doc, hit.sentence, hit.start, hit.end));
      fact.confidence = Math.max(fact.confidence, confidence);
      found.set(code, fact);
    }
  }
  dropMarketingOnlyObjection(doc, found);
  return [...found.values()].map((f) => ({ ...f, evidence: uniqueSpans(f.evidence).slice(0, 3) }));
}
