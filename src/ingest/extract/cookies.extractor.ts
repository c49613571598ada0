import type { CookieFacts } from '../../policy/fact-file';
import { PolicyText } from '../structure';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { negated, scan, viewOf } from './scan';

const KINDS: [string, RegExp][] = [
  [
    'ESSENTIAL',
    /technische|strikt noodzakelijke?|noodzakelijke|essenti[ëe]le|strictly necessary|necessary|essential|techniques|n[ée]cessaires|indispensables|essentiels/i,
  ],
  ['FUNCTIONAL', /functionele|functional|fonctionnels|de pr[ée]f[ée]rence|preference|voorkeur/i],
  ['ANALYTICS', /analytische|analytics?|analytical|statisti|analyse|mesure d'audience|prestatie|performance/i],
  [
    'MARKETING',
    /marketing|advertentie|advertising|reclame|tracking|tracerings|publicitaires|ciblage|targeting|ad cookies/i,
  ],
  ['THIRD_PARTY', /van derden|derde partijen|third[- ]part(y|ies)|de tiers|tierces/i],
];

/** The kinds of cookies the policy says it uses; UNSPECIFIED when it speaks of cookies without saying which. */
export function extractCookies(doc: PolicyText): Extracted<CookieFacts>[] {
  const sentences = doc.sentences.filter((s) => /cookie/i.test(viewOf(doc, s)) && s.kind !== 'heading');
  if (sentences.length === 0) return [];
  const out: Extracted<CookieFacts>[] = [];
  for (const [kind, pattern] of KINDS) {
    const hit = scan(doc, pattern, (s) => sentences.includes(s)).find(
      (h) => !negated(doc, h.sentence, h.start, h.end, 0),
    );
    if (!hit) continue;
    out.push({
      kind,
      description: viewOf(doc, hit.sentence).replace(/\s+/g, ' ').trim(),
      evidence: [sentenceEvidence(doc, hit.sentence, hit.start, hit.end)],
      confidence: 0.65,
    });
  }
  if (out.length === 0) {
    const s = sentences[0];
    out.push({
      kind: 'UNSPECIFIED',
      description: viewOf(doc, s).replace(/\s+/g, ' ').trim(),
      evidence: [sentenceEvidence(doc, s)],
      confidence: 0.6,
    });
  }
  return out;
}
