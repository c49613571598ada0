import type { RightsRequestFacts } from '../../policy/fact-file';
import { RequestChannel } from '../../entities/enums';
import { PolicyText, Sentence } from '../structure';
import { findEmails } from './contact-grammar';
import { findDuration } from './durations';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted, LocatedSpan } from './extracted-policy';
import { inTopic, viewOf } from './scan';

const REQUEST =
  /verzoek|aanvraag|uitoefenen|uit te oefenen|contact|richten|sturen|stuur|request|exercise|contact|send|write|demande|exercer|adresser|envoy|écri/i;
const CHANNELS: [RequestChannel, RegExp][] = [
  [RequestChannel.EMAIL, /e-?mail|mailadres|@|courriel|électronique/i],
  [
    RequestChannel.POST,
    /per post|per brief|schriftelijk|aangetekend|by post|by (letter|mail to)|in writing|postal|par (courrier|lettre|voie postale)|adresse postale|\bbrief\b/i,
  ],
  [RequestChannel.PHONE, /telefonisch|bel(len|t)? (ons|naar)|by (tele)?phone|call us|par t[ée]l[ée]phone|\bT: ?\+/i],
  [RequestChannel.WEB_FORM, /formulier|web ?form|online form|contact form|formulaire/i],
  [
    RequestChannel.IN_APP,
    /in de app|in-app|in the app|via (uw|your) account(instellingen| settings)|dans l'application/i,
  ],
];
const RESPONSE =
  /(binnen|within|dans un d[ée]lai d'?|uiterlijk|no later than|au plus tard)[^.;]{0,30}?(\d{1,3}|een|één|one|un|dertig|thirty|trente)\s(maand|month|mois|dagen|days|jours|weken|weeks)/i;
const FEE = /kosteloos|gratis|kosten|vergoeding|free of charge|without charge|\bfee\b|sans frais|gratuit|frais/i;
const PROOF =
  /identiteitsbewijs|identiteitskaart|kopie van (uw|je) (id|identiteit|paspoort)|bewijs van (uw )?identiteit|proof of (your )?identity|verify your identity|(copy|copie) (of|de) (your |votre )?(id|identity|carte d'identit)|pi[eè]ce d'identit[ée]|justificatif d'identit[ée]|identit[ée] (de la personne|du demandeur)/i;

function requestSentences(doc: PolicyText): Sentence[] {
  return doc.sentences.filter(
    (s) => inTopic(doc, s, ['rights']) && s.kind !== 'heading' && REQUEST.test(viewOf(doc, s)),
  );
}

/**
 * How to exercise the rights: channels, the e-mail address, the response time, whether a fee or an identity proof
 * is mentioned, read from the rights sections. Null when no rights section says how.
 */
export function extractRightsRequest(doc: PolicyText): Extracted<RightsRequestFacts> | null {
  const sentences = requestSentences(doc);
  if (sentences.length === 0) return null;
  const channels = new Set<RequestChannel>();
  const evidence: LocatedSpan[] = [];
  let responseTime: string | null = null;
  let fee: string | null = null;
  let identityProof: string | null = null;
  for (const s of sentences) {
    const body = viewOf(doc, s);
    for (const [channel, re] of CHANNELS) if (re.test(body)) channels.add(channel);
    const response = RESPONSE.exec(body);
    if (response && !responseTime)
      responseTime =
        findDuration(response[0].replace(/\b(een|één|one|un)\s/i, '1 ').replace(/\bdertig|thirty|trente/i, '30'))
          ?.duration ?? null;
    const f = FEE.exec(body);
    if (f && !fee)
      fee = body
        .slice(f.index, f.index + 60)
        .split(/[.;]/)[0]
        .trim();
    const p = PROOF.exec(body);
    if (p && !identityProof) identityProof = p[0];
    if (response || f || p || CHANNELS.some(([, re]) => re.test(body))) evidence.push(sentenceEvidence(doc, s));
  }
  if (evidence.length === 0) return null;
  const zoneStart = sentences[0].start;
  const email = findEmails(doc).find(
    (e) => e.start >= zoneStart && sentences.some((s) => e.start >= s.start && e.start < s.end),
  );
  return {
    channels: [...channels],
    email: email?.value ?? null,
    postalAddress: null,
    responseTime,
    identityProof,
    fee,
    evidence: uniqueSpans(evidence).slice(0, 6),
    confidence: 0.65,
  };
}
