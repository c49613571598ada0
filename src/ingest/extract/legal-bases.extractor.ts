import type { LegalBasisFacts } from '../../policy/fact-file';
import { LegalBasisCode } from '../../entities/enums';
import { LEGAL_BASIS_CUE, LEGAL_BASIS_PATTERNS } from '../lexicon/legal-bases';
import { PolicyText } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { inTopic, negated, scan, viewOf } from './scan';

/** The lawful bases named in one piece of text (for ties to a purpose). */
export function legalBasesIn(text: string): LegalBasisCode[] {
  return LEGAL_BASIS_PATTERNS.filter(([, re]) => re.test(text)).map(([code]) => code);
}

/**
 * The lawful bases the policy says it relies on (closed class, GDPR Art. 6(1) wording per language). Consent also
 * counts where the policy grants the right to withdraw it; negated mentions ("zonder uw toestemming") do not.
 */
export function extractLegalBases(doc: PolicyText): Extracted<LegalBasisFacts>[] {
  const out: Extracted<LegalBasisFacts>[] = [];
  for (const [code, pattern] of LEGAL_BASIS_PATTERNS) {
    const hits = scan(doc, pattern).filter((h) => !negated(doc, h.sentence, h.start, h.end, 0));
    if (hits.length === 0) continue;
    const inSection = hits.some((h) => inTopic(doc, h.sentence, ['legal-basis']));
    const cued = hits.some((h) => LEGAL_BASIS_CUE.test(viewOf(doc, h.sentence)));
    out.push({
      code,
      evidence: uniqueSpans(hits.slice(0, 3).map((h) => sentenceEvidence(doc, h.sentence, h.start, h.end))),
      confidence: inSection ? 0.92 : cued ? 0.85 : 0.7,
    });
  }
  if (!out.some((b) => b.code === LegalBasisCode.CONSENT)) {
    const withdraw = scan(
      doc,
      /(toestemming|consent|consentement)[^.;]{0,40}(in te trekken|intrekken|withdraw|retirer)|(intrekken|withdraw|retirer) (van )?(uw |your |votre )?(toestemming|consent|consentement)/i,
    );
    if (withdraw.length) {
      out.push({
        code: LegalBasisCode.CONSENT,
        evidence: [sentenceEvidence(doc, withdraw[0].sentence, withdraw[0].start, withdraw[0].end)],
        confidence: 0.6,
      });
    }
  }
  return out;
}
