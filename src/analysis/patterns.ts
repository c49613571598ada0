/**
 * The wordings the rules look for in a fact's clean description and in its exact quotes, in the languages of the
 * policies (Dutch, English, French, German). Quotes keep a document's extraction errors (Cloudware's "fi" for "ti"),
 * so patterns avoid depending on such letters where they can.
 */

/** A retention rule that only says "as long as necessary" (WP260 rev.01 §45: not enough on its own). */
export const NECESSITY = /\b(noodzakelijk|nodig|necessary|nécessaire|erforderlich|notwendig)\b/i;

/** A concrete period: a number and a unit of time ("10 jaar", "30 dagen", "3 years", "6 mois"). */
export const PERIOD =
  /\b\d+\s*(jaar|jaren|maand|maanden|week|weken|dag|dagen|years?|months?|weeks?|days?|ans?|mois|semaines?|jours?|jahre?n?|monate?n?|tage?n?)\b/i;

/** A condition of Art. 9(2): explicit consent, or a reference to Art. 9 itself. */
export const ART9_CONDITION =
  /(uitdrukkelijke?\s+(?:en\s+\w+\s+)?toestemming|explicit\s+consent|consentement\s+explicite|ausdrückliche\s+einwilligung|\bart(?:ikel|icle|\.)?\s*9\b)/i;

/**
 * A transfer tool of Chapter V: an adequacy decision, standard contractual clauses, binding corporate rules, the EU-US
 * Data Privacy Framework, or an article of 45-49. (The Privacy Shield, invalidated in 2020, is not a tool.)
 */
export const TRANSFER_TOOL =
  /(adequa|adéqua|adequaatheid|passend beschermingsniveau|standa+rd\s*(?:contract|model|bepaling)|modelcontract|contractual clauses|clauses contractuelles|\bSCCs?\b|binding corporate rules|bindende bedrijfsvoorschriften|\bBCRs?\b|data privacy framework|\bart(?:ikel|icle|\.)?\s*4[5-9]\b)/i;

/** A fee limited to what Art. 12(5) and 15(3) allow: further copies, or manifestly unfounded or excessive requests. */
export const LAWFUL_FEE_LIMIT =
  /(bijkomende|extra|verdere|additional|further|supplémentaire|kennelijk ongegrond|buitensporig|manifestly unfounded|excessive|excessi(?:f|ve))/i;

/** Words of agreeing or consenting, to point at the sentence that presumes consent. */
export const CONSENT_WORDS = /(toestemming|stemt|instem|akkoord|aanvaard|consent|agree|accept|einwillig|zustimm)/i;

/** Words of a fee, to point at the sentence that asks for one. */
export const FEE_WORDS = /(bedrag|factur|kosten|vergoeding|betal|fee|charge|€|\beur\b|frais|gebühr)/i;

/** Words of an identity document and of its parts, to point at the instructions about one. */
export const IDENTITY_DOCUMENT_WORDS =
  /(kopie|copy|copie|identiteit|idenfiteit|identity|identité|paspoort|passport|passeport|pasfoto|MRZ|rijksregister|burgerservice|BSN)/i;

/** A role in the management of the controller, which cannot be combined with the DPO's (WP243 rev.01 §3.5). */
export const MANAGEMENT_ROLE =
  /\b(bestuurder|zaakvoerder|gedelegeerd bestuurder|directeur|algemeen directeur|voorzitter|ceo|coo|cfo|cto|managing director|director|chairman|administrateur|gérant|président|geschäftsführer|vorstand)\b/i;

/** National identification numbers and the country whose documents carry them. */
export const NATIONAL_IDENTIFIERS: readonly { country: string; name: string; pattern: RegExp }[] = [
  { country: 'NL', name: 'Burgerservicenummer (BSN)', pattern: /\b(burgerservicenummer|BSN)\b/i },
  {
    country: 'BE',
    name: 'rijksregisternummer (national register number)',
    pattern: /(rijksregisternummer|numéro (?:de|du) registre national|national register number)/i,
  },
  { country: 'FR', name: 'numéro de sécurité sociale (NIR)', pattern: /(numéro de sécurité sociale|\bNIR\b)/i },
  {
    country: 'DE',
    name: 'Steuer-Identifikationsnummer',
    pattern: /(steuer-?identifikationsnummer|steuer-id\b)/i,
  },
  { country: 'US', name: 'Social Security number', pattern: /(social security number|\bSSN\b)/i },
];

/** Normalises a name for comparison: no diacritics, lower case, letters and digits only. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Normalises an e-mail address or URL for comparison: lower case, no spaces, no scheme, `www.` or trailing slash. */
export function normalizeContact(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
