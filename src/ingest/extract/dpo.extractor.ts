import type { DpoFacts } from '../../policy/fact-file';
import { PolicyText } from '../structure';
import { findEmails, findPhones, countryHint } from './contact-grammar';
import { evidenceAt, sentenceAt, uniqueSpans } from './evidence';
import { Extracted } from './extracted-policy';
import { negated } from './scan';
import { DPO_TERM, dpoZones } from './zones';

const PERSON = /\b(\p{Lu}\p{Ll}+(?:[ -](?:(?:van|de|der|den|du|le|la|Van|De|Le|La|Du)\s)*\p{Lu}\p{Ll}+){1,3})\b/gu;
// Words that are no part of a person's name; a whole word ("De" does not reject "Deweirt"), or a word start.
const NOT_A_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:Data|Protection|Officer|Functionaris|Gegevensbescherming\p{L}*|Privacy|Policy|Verantwoordelijke\p{L}*|Contact|Tel|Straat|Steenweg|Adres|Address|Supervisory|Authority|Commission|Commissie|België|Belgium|Brussel|Délégué|Protection|Protecting|Responsable|Onze|Uw|Your|Our|Voor|For|Indien|If|Wij|We|Deze|De|Het|Een|The|Steenweg|Provinciale\p{L}*|Veldkant|Minist\p{L}*|Vlaanderen|Scouts|Gidsen|Cour|Court|Autorit\p{L}*|Postbus|Stad|Gemeente|Federa\p{L}*|Service|Dienst|Groep|Group|Team|Bureau|Universit\p{L}*|Ziekenhuis|Hospital|Vereniging|Association|Stichting|Foundation|Nederland|Netherlands|Bruxelles|Antwerpen|Amsterdam|Haag|Volksgezondheid|Welzijn|Sport|Zaken|Website|Email|Mail|Role|Rol|Independent)(?![\p{Ll}])`,
  'u',
);

/** A person's name in the DPO's zone: two to four capitalised words, no common or address word. */
function personIn(doc: PolicyText, start: number, end: number): { value: string; start: number; end: number } | null {
  const zone = doc.view.slice(start, end);
  for (const m of zone.matchAll(PERSON)) {
    if (NOT_A_NAME.test(m[1])) continue;
    const at = start + (m.index ?? 0);
    return { value: m[1], start: at, end: at + m[1].length };
  }
  return null;
}

/** "Steven Deweirt, onze functionaris voor gegevensbescherming": the person named just before the term. */
function personBefore(doc: PolicyText, termStart: number): { value: string; start: number; end: number } | null {
  const from = Math.max(0, termStart - 70);
  const before = doc.view.slice(from, termStart);
  const m =
    /(\p{Lu}\p{Ll}+(?:[ -](?:(?:van|de|der|den|du|le|la|Van|De|Le|La|Du)\s)*\p{Lu}\p{Ll}+){1,3}),?\s(?:onze|ons|uw|our|your|notre|votre|als|as|en tant que)?\s?$/u.exec(
      before,
    );
  if (!m || NOT_A_NAME.test(m[1])) return null;
  return { value: m[1], start: from + m.index, end: from + m.index + m[1].length };
}

// A DPO stated to exist, without details ("heeft een Functionaris voor de Gegevensbescherming aangesteld").
const APPOINTED =
  /aangesteld|benoemd|aangewezen|appointed|designated|nomm[ée]|d[ée]sign[ée]|heeft een|has an?|dispose d'un|contactgegevens van de/i;

/** "diensten als Functionaris Gegevensbescherming (FG)", "DPO services": the role sold as a service, no DPO. */
function offeredService(doc: PolicyText, start: number, end: number): boolean {
  const before = doc.view.slice(Math.max(0, start - 40), start);
  const after = doc.view.slice(end, end + 16);
  return (
    /(?:diensten|services|dienstverlening|leveren van|aanbieden van|offer(?:ing)?)\s(?:als|as|de|en tant que)?\s?$/i.test(
      before,
    ) || /^\s?(?:\(\w+\)\s)?(?:diensten|services|-diensten|as a service)/i.test(after)
  );
}

/**
 * The data protection officer, when the policy names one: the term in nl/en/fr, then the person's name, e-mail and
 * phone in the block that follows. "No DPO appointed" and a DPO named without any detail give null.
 */
export function extractDpo(doc: PolicyText): Extracted<DpoFacts> | null {
  const term = new RegExp(DPO_TERM.source, DPO_TERM.flags);
  const zones = dpoZones(doc);
  let stated: Extracted<DpoFacts> | null = null;
  for (const [i, m] of [...doc.view.matchAll(term)].entries()) {
    const start = m.index ?? 0;
    const sentence = sentenceAt(doc, start);
    if (sentence && negated(doc, sentence, start, start + m[0].length, 30)) continue;
    if (offeredService(doc, start, start + m[0].length)) continue;
    const zone = zones[i];
    const email = findEmails(doc).find((e) => e.start >= zone.start && e.start < zone.end) ?? null;
    const phone = findPhones(doc, countryHint(doc)).find((p) => p.start >= zone.start && p.start < zone.end) ?? null;
    const person = personBefore(doc, start) ?? personIn(doc, start + m[0].length, zone.end);
    if (!person && !email) {
      if (!stated && sentence && APPOINTED.test(doc.view.slice(sentence.start, sentence.end)))
        stated = statedOnly(doc, start, m[0].length);
      continue;
    }
    const evidence = [evidenceAt(doc, start, start + m[0].length)];
    for (const f of [person, email, phone]) if (f) evidence.push(evidenceAt(doc, f.start, f.end));
    return {
      name: person?.value ?? null,
      organization: null,
      email: email?.value ?? null,
      phone: phone?.value ?? null,
      address: null,
      evidence: uniqueSpans(evidence),
      confidence: person ? 0.85 : 0.7,
    };
  }
  return stated;
}

/** A DPO the policy says exists but names without details: "a DPO is named" only. */
function statedOnly(doc: PolicyText, start: number, length: number): Extracted<DpoFacts> {
  return {
    name: null,
    organization: null,
    email: null,
    phone: null,
    address: null,
    evidence: [evidenceAt(doc, start, start + length)],
    confidence: 0.6,
  };
}
