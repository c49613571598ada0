import type { LegalBasisFacts } from '../../policy/fact-file';
import { LegalBasisCode } from '../../entities/enums';
import { BARE_BASIS_PATTERNS, BASIS_STATEMENT, LEGAL_BASIS_CUE, LEGAL_BASIS_PATTERNS } from '../lexicon/legal-bases';
import { PolicyText, Sentence } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { Hit, inTopic, negated, scan, viewOf } from './scan';

/** The lawful bases named in one piece of text (for ties to a purpose). */
export function legalBasesIn(text: string): LegalBasisCode[] {
  return LEGAL_BASIS_PATTERNS.filter(([, re]) => re.test(text)).map(([code]) => code);
}

/** Every mention of a lawful basis in one piece of text, in text order, with its offsets in `text`. */
export function legalBasesAt(text: string): { code: LegalBasisCode; start: number; end: number }[] {
  const out: { code: LegalBasisCode; start: number; end: number }[] = [];
  for (const [code, re] of LEGAL_BASIS_PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)))
      out.push({ code, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// A condition ("tenzij we wettelijk verplicht zijn", "if required by law"): the law is no basis the policy relies on.
const CONDITIONAL = /\b(tenzij|wanneer|indien|als|if|when|unless|where|si|lorsque|sauf|voor zover)\b[^.;:]{0,50}$/i;

const PROCESSING_CONDITION =
  /\b(si|lorsque|if|where|when|indien|wanneer|als|voor zover)\s(le traitement|the processing|de verwerking|het verwerken)\b[^.;]*$/i;

const CONSENT_CONDITION =
  /\b(?:si|lorsque|if|where|when|indien|wanneer|als|voor zover|in so far as|insofar as)\s(?:le traitement|the processing|de verwerking|het verwerken|processing|verwerking)\s(?:\p{L}+\s){0,4}(?:sur (?:la )?base de|fondé sur|basé sur|based on|relies on|gebaseerd (?:is )?op|berust op|op basis van)\s(?:votre |your |uw |je |jouw |de |la |le |the )?(?:consentement|consent|toestemming)/iu;

// Processing "to comply with a legal obligation" states the basis (as the seeds read it).
const COMPLY =
  /(voldoen aan|naleven van|nakomen van|in het kader van|comply with|compliance with|respecter|se conformer [àa])\s(?:een |de |onze |haar |zijn |a |our |the |its |une |nos |ses |aux |à |à nos )?(?:wettelijke|legal|statutory|obligations?)/i;

// "bezwaar maken tegen verwerking op basis van gerechtvaardigd belang", "the right to data portability for data
// processed on the basis of your consent": a basis named as the condition of a right (GDPR art. 20, 21).
const RIGHT_CONDITION =
  /(?:bezwaar|verzet|object(?:ion)?|opposer|opposition|overdraagbaarheid|overdragen|portab\w*)\b[^.;]{0,80}(?:op basis van|op grond van|gebaseerd (?:is )?op|berust op|based on|on the basis of|relies on|sur la base d[ue']|fond[ée]e? sur|bas[ée]e? sur)/iu;

const KEEP_DUTY =
  /\b(?:required|obliged|verplicht|obligés?|tenus?)\b[^.;]{0,25}\b(?:to keep|to retain|to store|te bewaren|bewaren|de conserver|à conserver)\b/i;

/**
 * True when a mention states a basis the policy relies on: not a condition of a data-subject right ("si le
 * traitement est fondé sur votre consentement" in a rights list), and, for legal obligations, said as a basis (a
 * basis section or cue, or a list introduced by one), not as a condition ("wanneer wettelijk verplicht").
 */
function reliedOn(doc: PolicyText, hit: Hit, code: LegalBasisCode): boolean {
  const s = hit.sentence;
  const basisSection = inTopic(doc, s, ['legal-basis']);
  if (inTopic(doc, s, ['rights']) && !basisSection) return false;
  // "Seulement si le traitement est effectué sur base de votre consentement": a condition of a right, not a basis.
  if (PROCESSING_CONDITION.test(doc.view.slice(Math.max(s.start, hit.start - 160), hit.start))) return false;
  if (!basisSection && RIGHT_CONDITION.test(doc.view.slice(Math.max(s.start, hit.start - 160), hit.end))) return false;
  const before = doc.view.slice(s.start, hit.start);
  // "alleen ... indien dit noodzakelijk is om uw vitale belangen te beschermen" among the cases of disclosure: a
  // condition, not a basis the policy relies on (a basis section states it as one).
  if (
    (code === LegalBasisCode.VITAL_INTERESTS || code === LegalBasisCode.PUBLIC_TASK) &&
    !basisSection &&
    CONDITIONAL.test(before)
  )
    return false;
  if (code !== LegalBasisCode.LEGAL_OBLIGATION) return true;
  const intro = s.intro ? viewOf(doc, s.intro) : '';
  if (CONDITIONAL.test(before) || /\b(tenzij|unless|sauf si)\b\s*:?\s*$/i.test(intro)) return false;
  if (COMPLY.test(doc.view.slice(Math.max(s.start, hit.start - 45), Math.min(s.end, hit.end + 25)))) return true;
  // "Due to tax law we are required to keep this data for at least 7 years": a statutory duty to keep data is the
  // legal obligation the keeping rests on.
  if (KEEP_DUTY.test(viewOf(doc, s))) return true;
  return (
    basisSection ||
    LEGAL_BASIS_CUE.test(viewOf(doc, s)) ||
    LEGAL_BASIS_CUE.test(intro) ||
    /uitsluitend indien|only (if|where)|uniquement (si|lorsque)/i.test(intro)
  );
}

/**
 * A sentence that names bases, an item of a list such a sentence introduces ("Grondslag ... is:" / "Het
 * lidmaatschapsovereenkomst"), or an item of a list under a basis heading ("4. Base légale" ... "le consentement de
 * l'utilisateur").
 */
function basisStatement(doc: PolicyText, s: Sentence): boolean {
  if (s.kind === 'heading' || inTopic(doc, s, ['rights'])) return false;
  if (s.kind === 'list-item' && inTopic(doc, s, ['legal-basis'])) return true;
  return BASIS_STATEMENT.test(viewOf(doc, s)) || (s.intro !== undefined && BASIS_STATEMENT.test(viewOf(doc, s.intro)));
}

/** Bases by their bare names ("consent, legitimate interest and to fulfill a contract") in basis statements. */
function bareHits(doc: PolicyText, code: LegalBasisCode): Hit[] {
  const pattern = BARE_BASIS_PATTERNS.find(([c]) => c === code)?.[1];
  if (!pattern) return [];
  return scan(doc, pattern, (s) => basisStatement(doc, s)).filter((h) => !negated(doc, h.sentence, h.start, h.end, 0));
}

/**
 * The lawful bases the policy says it relies on (closed class, GDPR Art. 6(1) wording per language). Consent also
 * counts where the policy grants the right to withdraw it; negated mentions ("zonder uw toestemming") do not.
 */
export function extractLegalBases(doc: PolicyText): Extracted<LegalBasisFacts>[] {
  const out: Extracted<LegalBasisFacts>[] = [];
  for (const [code, pattern] of LEGAL_BASIS_PATTERNS) {
    const hits = scan(doc, pattern).filter(
      (h) => !negated(doc, h.sentence, h.start, h.end, 0) && reliedOn(doc, h, code),
    );
    if (hits.length === 0) hits.push(...bareHits(doc, code));
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
    // "si le traitement est réalisé sur base de votre consentement, vous avez le droit de retirer celui-ci": the
    // right stated for the case that consent is the basis (GDPR art. 13(2)(c)) claims no consent.
    const stated = withdraw.filter((h) => !CONSENT_CONDITION.test(viewOf(doc, h.sentence)));
    if (stated.length) {
      out.push({
        code: LegalBasisCode.CONSENT,
        evidence: [sentenceEvidence(doc, stated[0].sentence, stated[0].start, stated[0].end)],
        confidence: 0.6,
      });
    }
  }
  return out;
}
