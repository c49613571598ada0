import type { AutomatedDecisionFacts, MinimumAgeFacts, TransferFacts } from '../../policy/fact-file';
import { PolicyText } from '../structure';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { negated, scan, viewOf } from './scan';

const OUTSIDE_EEA =
  /buiten de (EER|EU|Europese (Economische Ruimte|Unie))|buiten Europa|derde landen|outside (of )?(the )?(EEA|EU|European (Economic Area|Union)|Europe)|third countr(y|ies)|hors (de l'|de l’|de la |du )?(UE|EEE|Union europ[ée]enne|Espace [ée]conomique europ[ée]en|Europe)|pays tiers/i;
const SAFEGUARD =
  /standaard ?(contract)?(bepalingen|clausules)|modelcontractbepalingen|standard contractual clauses|\bSCCs?\b|adequa(cy|atheid|te)|passende (waarborgen|garanties)|appropriate safeguards|clauses contractuelles types|binding corporate rules|\bBCR\b|Privacy Shield|Data Privacy Framework|d[ée]cision d'ad[ée]quation|garanties appropri[ée]es|model (?:contract )?clauses|modelcontractclausules/i;

const EXCEPT =
  /\b(?:behalve|uitgezonderd|met uitzondering van|except(?:ing)?|other than|sauf|à l'exception de|hormis)\b/i;
const CONDITIONAL_TRANSFER =
  /^(?:[^,;]{0,20}\b)?(?:indien|als|wanneer|mocht|if|where|when|in the event|in case|should|lorsque|si|dans le cas o[uù]|au cas o[uù])\b/i;

// "We verwerken je gegevens binnen de Europese Economische Ruimte (EER)", "stored within the EEA": data kept inside
// the EEA, which says no transfer out of it occurs.
const WITHIN_EEA =
  /(?:verwerk|opgeslagen|opslaan|bewaar|gehost|host|stor(?:e|ed|age)|process|h[ée]berg|stock|conserv)[^.;]{0,60}?\b(?:(?:alleen|enkel|uitsluitend|only|exclusively|uniquement) )?(?:binnen de|within the|au sein de l['’]|au sein de la)\s?(?:EER|EEA|EU\b|Europese (?:Economische Ruimte|Unie)|European (?:Economic Area|Union)|UE\b|EEE\b|Union europ[ée]enne|Espace [ée]conomique europ[ée]en)/i;

/** Data said to be processed or stored within the EEA: no transfer outside it. */
function keptWithinEea(doc: PolicyText): Extracted<TransferFacts> | null {
  const hits = scan(doc, WITHIN_EEA, (s) => s.kind !== 'heading').filter(
    (h) => !negated(doc, h.sentence, h.start, h.end, 30),
  );
  if (hits.length === 0) return null;
  return {
    occurs: false,
    safeguards: null,
    evidence: uniqueSpans(hits.slice(0, 2).map((h) => sentenceEvidence(doc, h.sentence, h.start, h.end))),
    confidence: 0.6,
  };
}

/**
 * Transfers outside the EEA: occurs true when the policy says data go to third countries, false when it says they do
 * not ("wij geven uw gegevens niet door buiten de EER"); the safeguard (SCCs, adequacy...) when one is named.
 */
export function extractTransfers(doc: PolicyText): Extracted<TransferFacts> | null {
  const hits = scan(
    doc,
    OUTSIDE_EEA,
    (s) => s.kind !== 'heading' && !/recht|right|droit/i.test(viewOf(doc, s).slice(0, 30)),
  );
  if (hits.length === 0) return keptWithinEea(doc);
  // "Indien het noodzakelijk mocht zijn om gegevens door te geven naar landen buiten de EER, ...": a transfer the
  // policy only foresees says neither that one occurs nor that none does.
  const stated = hits.filter((h) => !CONDITIONAL_TRANSFER.test(doc.view.slice(h.sentence.start, h.start)));
  if (stated.length === 0) return keptWithinEea(doc);
  // "geen ... buiten de EU, behalve Mailchimp en Google": a denial with named exceptions states transfers to them.
  const excepted = (h: (typeof stated)[number]) =>
    EXCEPT.test(doc.view.slice(h.end, h.sentence.end)) || EXCEPT.test(doc.view.slice(h.sentence.start, h.start));
  const positive = stated.filter((h) => !negated(doc, h.sentence, h.start, h.end, 30) || excepted(h));
  const occurs = positive.length > 0;
  const used = occurs ? positive : stated;
  const safeguard = scan(doc, SAFEGUARD).find((h) => !negated(doc, h.sentence, h.start, h.end, 0));
  const evidence = used.slice(0, 2).map((h) => sentenceEvidence(doc, h.sentence, h.start, h.end));
  if (occurs && safeguard) evidence.push(sentenceEvidence(doc, safeguard.sentence, safeguard.start, safeguard.end));
  return {
    occurs,
    safeguards: occurs && safeguard ? viewOf(doc, safeguard.sentence).replace(/\s+/g, ' ').trim() : null,
    evidence: uniqueSpans(evidence),
    confidence: 0.75,
  };
}

// "neemt niet op basis van geautomatiseerde verwerkingen besluiten" (the Dutch template), "decisions based solely on
// automated processing" / "décision fondée exclusivement sur un traitement automatisé" (GDPR art. 22 wording).
const AUTOMATED =
  /geautomatiseerde (besluitvorming|beslissing|individuele besluitvorming)|geautomatiseerde verwerkingen besluiten|decisions? (?:based )?(?:solely |exclusively )?on automated processing|d[ée]cisions? fond[ée]es? (?:exclusivement )?sur un traitement automatis|automated (individual )?decision|automated processing, including profiling|profilering|profiling|d[ée]cision(s)? (individuelle(s)? )?automatis[ée]e|prise de d[ée]cision automatis/i;
const RIGHT_CONTEXT = /niet te worden onderworpen|not to be subject|ne pas faire l'objet|recht|right|droit/i;

/** Automated decision-making: used false when denied ("geen geautomatiseerde besluitvorming"), true when stated. */
export function extractAutomatedDecisions(doc: PolicyText): Extracted<AutomatedDecisionFacts> | null {
  const hits = scan(doc, AUTOMATED, (s) => s.kind !== 'heading').filter(
    (h) => !RIGHT_CONTEXT.test(viewOf(doc, h.sentence)),
  );
  if (hits.length === 0) return null;
  const negatives = hits.filter((h) => negated(doc, h.sentence, h.start, h.end, 40));
  const used = negatives.length < hits.length && negatives.length === 0;
  const chosen = used ? hits : negatives;
  return {
    used,
    description: viewOf(doc, chosen[0].sentence).replace(/\s+/g, ' ').trim(),
    evidence: uniqueSpans(chosen.slice(0, 2).map((h) => sentenceEvidence(doc, h.sentence, h.start, h.end))),
    confidence: used ? 0.7 : 0.8,
  };
}

const AGE =
  /(jonger (?:zijn |is |bent )?dan|onder de|younger than|under(?: the age of)?|below the age of|moins de|[âa]g[ée]e?s? de moins de|minimum age of|at least|minstens|au moins|<)\s*(\d{1,2})\s*(jaar|years?|ans)?/i;
const CHILD =
  /kinderen|kind\b|minderjarig|jongeren|websitebezoekers|bezoeker|ouders|voogd|verzorger|children|child|minors?|parent|guardian|enfants?|mineurs?|parents/i;
// "heeft niet de intentie gegevens te verzamelen over gebruikers die jonger zijn dan 16 jaar": an age limit on whom
// data are collected about, also without a word for children.
const NO_INTENT =
  /niet de intentie|(?:do not|don't|never) (?:knowingly|intentionally) collect|not intended for|pas l'intention|sciemment/i;

/** The minimum age the policy sets for its users (12..18), from a sentence about children or minors. */
export function extractMinimumAge(doc: PolicyText): Extracted<MinimumAgeFacts> | null {
  const hit = scan(doc, AGE, (s) => CHILD.test(viewOf(doc, s)) || NO_INTENT.test(viewOf(doc, s))).find((h) => {
    const age = Number(h.match[2]);
    return age >= 12 && age <= 18;
  });
  if (!hit) return null;
  return {
    age: Number(hit.match[2]),
    evidence: [sentenceEvidence(doc, hit.sentence, hit.start, hit.end)],
    confidence: 0.8,
  };
}
