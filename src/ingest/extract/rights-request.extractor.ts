import type { RightsRequestFacts } from '../../policy/fact-file';
import { RequestChannel } from '../../entities/enums';
import { PolicyText, Sentence } from '../structure';
import { findAddresses, findEmails, Found } from './contact-grammar';
import { authorityZones, DPO_TERM, inZones } from './zones';
import { findDuration } from './durations';
import { sentenceEvidence, uniqueSpans } from './evidence';
import { Extracted, LocatedSpan } from './extracted-policy';
import { RIGHT_PATTERNS } from '../lexicon/rights';
import { inTopic, viewOf } from './scan';

const REQUEST =
  /verzoek|aanvraag|uitoefenen|uit te oefenen|contact|richten|sturen|stuur|request|exercise|contact|send|write|demande|exercer|adresser|envoy|écri/i;
// A sentence about exercising the rights, wherever it stands ("Om uw rechten uit te oefenen", "faire valoir vos droits").
const EXERCISE =
  /(?:uit ?te ?oefenen|uitoefen\w*|exercer|exercise|faire valoir|beroep (?:te )?doen op)[^.]{0,40}(?:recht|right|droit)|(?:recht(?:en)?|rights?|droits?)[^.]{0,40}(?:uit ?te ?oefenen|uitoefenen|exercise|exercer|faire valoir)|voor (?:deze|al deze|uw|je) rechten|how to exercise|comment exercer|commenet exercer|\b(?:peut|peuvent|kan|kunnen|can|may)\s(?:\p{L}+\s){0,2}(?:être exercée?s?|worden uitgeoefend|be exercised)/iu;
const CHANNELS: [RequestChannel, RegExp][] = [
  [RequestChannel.EMAIL, /e-?mail|mailadres|@|courriel|électronique/i],
  [
    RequestChannel.POST,
    /per post|per brief|aangetekend|by post|by (letter|mail to)|in writing|postal|par (courrier|lettre|voie postale)|adresse postale|\bbrief\b|^post\s?:|\bpost:/i,
  ],
  [
    RequestChannel.PHONE,
    /telefonisch|telefoon|bel(len|t)? (ons|naar)|by (tele)?phone|call us|par t[ée]l[ée]phone|\bT: ?\+/i,
  ],
  [RequestChannel.WEB_FORM, /formulier|web ?form|online form|contact form|formulaire/i],
  [
    RequestChannel.IN_APP,
    /in de app|in-app|in the app|via (uw|your) account(instellingen| settings)|dans l'application|app settings/i,
  ],
];
const RESPONSE =
  /(?:hebben we |we have |nous avons )?(binnen|within|(?=(?:een|één|one|un|1) (?:maand|month|mois) (?:de tijd|to (?:respond|reply)|pour r[ée]pondre))|dans un d[ée]lai d'?|dans les|uiterlijk|no later than|au plus tard)[^.;]{0,30}?(\d{1,3}|een|één|one|un|a|twee|two|deux|drie|three|trois|vier|four|quatre|vijf|five|cinq|zes|six|acht|eight|huit|tien|ten|dix|veertien|fourteen|quinze|dertig|thirty|trente)(?:\s\(\d{1,3}\))?\s(maand(?:en)?|months?|mois|werkdagen|business days|working days|jours ouvrables|dagen|days|jours|weken|weeks|semaines)/i;
// A fee the policy says may be charged (not "kosteloos" / "free of charge", which say there is none).
const FEE =
  /(?:klein|redelijk) bedrag|administratieve kost|vergoeding (?:vragen|aanrekenen)|\b(?:a |reasonable |small )fee\b|charge (?:you )?a|r[ée]tribution|frais (?:raisonnables|administratifs)|moyennant paiement/i;
const PROOF =
  /identiteitsbewijs|identiteitskaart|kopie van (uw|je|jouw) (id|identiteit|paspoort)|bewijs van (uw )?identiteit|identiteit (?:te )?(?:controleren|verifi[eë]ren)|proof of (your )?identity|verify your identity|(copy|copie) (of|de) (your |votre )?(id|identity|carte d'identit)|pi[eè]ce d'identit[ée]|justificatif d'identit[ée]|prouver votre identit[ée]|(?:u|je|jou|uzelf|jezelf) (?:te )?identificeren|identify yourself|vous identifier|identit[ée] compl[eè]te|identit[ée] (de la personne|du demandeur)|(?:u|je|zich) (?:te )?legitimeren/i;

// A sentence granting a right ("heeft te allen tijde het recht om bezwaar te maken"): the next one may say how.
const GRANT =
  /\b(?:heeft|hebt|heb je|have|avez|a) (?:te allen tijde |at any time |à tout moment )?(?:het|the|le) (?:recht|right|droit)\b|\bbénéficiez d'un droit\b|\bbeschikt (?:u|je) over (?:het|een) recht\b/i;
// "(zie artikel 2 voor de contactgegevens)", "via the contact details above": the controller's own contact details.
const REFERS_TO_CONTACT =
  /zie (?:artikel|punt|hoofdstuk|rubriek)|(?:vermelde|bovenstaande|onderstaande|genoemde) contactgegevens|contactgegevens (?:hierboven|hieronder|vermeld|onderaan|bovenaan)|contact details (?:above|below|given|at the (?:top|bottom))|coordonn[ée]es (?:ci-dessus|ci-dessous|mentionn[ée]es)/i;
// The authority's own addresses are never the controller's request channel.
const AUTHORITY_EMAIL =
  /@(?:apd-gba\.be|gba\.be|autoriteprotectiondonnees\.be|gegevensbeschermingsautoriteit\.be|privacycommission\.be|autoriteitpersoonsgegevens\.nl|cnil\.fr|cnpd\.lu|dataprotection\.ie|ico\.org\.uk)$/;

/** Sentences that say how rights are exercised: cued sentences of rights sections, "exercise" sentences, what they introduce. */
function requestSentences(doc: PolicyText): Sentence[] {
  const out: Sentence[] = [];
  let follow = 0;
  let lastRight = -10;
  doc.sentences.forEach((s, i) => {
    if (s.kind === 'heading') {
      // "Contacteer ons per post:" under a request: a line introducing the contact block, not a new section.
      if (follow > 0 && /:\s*$/.test(viewOf(doc, s)) && REQUEST.test(viewOf(doc, s))) return void out.push(s);
      follow = EXERCISE.test(viewOf(doc, s)) ? 6 : 0;
      return;
    }
    const body = viewOf(doc, s);
    const intro = s.intro ? viewOf(doc, s.intro) : '';
    const rights = inTopic(doc, s, ['rights']);
    // "would like to review or edit your personal data ..., you can contact us via": a right and a way to ask.
    const asked = REQUEST.test(body) && RIGHT_PATTERNS.some(([, re]) => re.test(body));
    const exercise = EXERCISE.test(body) || EXERCISE.test(intro) || asked;
    const grants = GRANT.test(body);
    if (RIGHT_PATTERNS.some(([, re]) => re.test(body))) lastRight = i;
    // "Voor meer informatie hierover verwijzen we naar de contactgegevens onderaan deze pagina" after a right.
    const refers = REFERS_TO_CONTACT.test(body) && i - lastRight <= 2;
    const keep =
      exercise ||
      refers ||
      follow > 0 ||
      (rights && (REQUEST.test(body) || RESPONSE.test(body) || PROOF.test(body) || FEE.test(body)));
    if (keep) out.push(s);
    follow = exercise ? 4 : grants ? Math.max(follow, 1) : Math.max(0, follow - 1);
  });
  return out;
}

/**
 * The contact block a request sentence introduces with a colon ("via onderstaande contactgegevens:", "please
 * contact:", "ou par voie postale à l'adresse suivante :"): the first postal address and e-mail address in the lines
 * after it, up to the next heading, outside the authority's details.
 */
function contactBlock(
  doc: PolicyText,
  sentences: Sentence[],
): { intro: Sentence | null; address: boolean; email: Found | undefined } {
  const addresses = findAddresses(doc);
  const emails = findEmails(doc).filter((e) => !AUTHORITY_EMAIL.test(e.value));
  const authority = authorityZones(doc);
  for (const s of sentences) {
    if (!/:\s*$/.test(viewOf(doc, s))) continue;
    // Up to the next heading that is no address line (plain text may read "Veldkant 33A / 2550 Kontich" as one).
    const next = doc.sentences.find((x) => x.kind === 'heading' && x.start > s.end && !/\d/.test(viewOf(doc, x)));
    const end = Math.min(next?.start ?? doc.view.length, s.end + 300);
    const within = (at: number) => at >= s.end && at < end && !inZones(authority, at);
    const address = addresses.some((a) => within(a.start));
    const email = emails.find((e) => within(e.start));
    if (address || email) return { intro: s, address, email };
  }
  return { intro: null, address: false, email: undefined };
}

const DPO = new RegExp(DPO_TERM.source, 'i');

/**
 * A request sent to the contact details given elsewhere ("zie artikel 2", "de contactgegevens onderaan deze
 * pagina"): the controller's e-mail address; a request sent to the DPO ("introduire une demande ... au délégué à la
 * protection des données"): the DPO's. Null when no sentence refers, or the address is unknown.
 */
function referredEmail(
  doc: PolicyText,
  sentences: Sentence[],
  controllerEmail: string | null,
  dpoEmail: string | null,
): { email: string; evidence: LocatedSpan[] } | null {
  const toDpo = sentences.filter((s) => DPO.test(viewOf(doc, s)) && REQUEST.test(viewOf(doc, s)));
  if (toDpo.length && dpoEmail) return { email: dpoEmail, evidence: [sentenceEvidence(doc, toDpo[0])] };
  const referring = sentences.filter((s) => REFERS_TO_CONTACT.test(viewOf(doc, s)));
  if (referring.length && controllerEmail)
    return { email: controllerEmail, evidence: [sentenceEvidence(doc, referring[0])] };
  return null;
}

function responseDuration(text: string): string | null {
  const m = RESPONSE.exec(text);
  if (!m) return null;
  // "binnen één (1) maand": the numeral in brackets repeats the number word.
  const phrase = m[0]
    .replace(/\s\(\d{1,3}\)(?=\s)/, '')
    .replace(/(?<!\p{L})(een|één|one|un|a)\s/iu, '1 ')
    .replace(/\bdertig|thirty|trente/i, '30');
  const working = /(\d+)\s(?:werkdagen|business days|working days|jours ouvrables)/i.exec(phrase);
  if (working) return Number(working[1]) % 5 === 0 ? `P${Number(working[1]) / 5}W` : `P${working[1]}D`;
  return findDuration(phrase)?.duration ?? null;
}

/**
 * How to exercise the rights: channels, the e-mail address, the response time, whether a fee or an identity proof
 * is mentioned, read from the rights sections. Null when no rights section says how.
 */
export function extractRightsRequest(
  doc: PolicyText,
  controllerEmail: string | null = null,
  dpoEmail: string | null = null,
): Extracted<RightsRequestFacts> | null {
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
    const response = responseDuration(body);
    if (response && !responseTime) responseTime = response;
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
  const block = contactBlock(doc, sentences);
  if (block.address) channels.add(RequestChannel.POST);
  if (block.address || block.email) evidence.push(sentenceEvidence(doc, block.intro!));
  const email =
    findEmails(doc).find(
      (e) => !AUTHORITY_EMAIL.test(e.value) && sentences.some((s) => e.start >= s.start && e.start < s.end),
    ) ?? block.email;
  const referral = email ? null : referredEmail(doc, sentences, controllerEmail, dpoEmail);
  if (referral) evidence.push(...referral.evidence);
  if (email || referral) channels.add(RequestChannel.EMAIL);
  if (evidence.length === 0) return null;
  return {
    channels: [...channels],
    email: email?.value ?? referral?.email ?? null,
    postalAddress: null,
    responseTime,
    identityProof,
    fee,
    evidence: uniqueSpans(evidence).slice(0, 6),
    confidence: 0.65,
  };
}
