import { isValidEnterpriseNumber } from '../../policy/fact-file';
import { PolicyText } from '../structure';
import { countryHint, findAddresses, findEmails, findPhones, findWebsites, Found } from './contact-grammar';
import { controllerName } from './controller-name';
import { evidenceAt, uniqueSpans } from './evidence';
import { ExtractedController, LocatedSpan } from './extracted-policy';
import { authorityZones, dpoZones, inZones } from './zones';

const VENDOR_HOSTS =
  /google|facebook|microsoft|apple|mozilla|opera|safari|allaboutcookies|youronlinechoices|aboutcookies|paypal|mollie|linkedin|twitter|instagram|youtube|wikipedia|europa\.eu|privacyshield|dataprivacyframework|cookiecentral|allaboutcookies|autoriteitpersoonsgegevens|gegevensbeschermingsautoriteit|dataprotectionauthority|autoriteprotectiondonnees|cnil\.fr|edpb|eur-lex|wetten\.overheid/;

/** A Belgian enterprise number (KBO/BCE) near its label or bare, normalised to 0xxx.xxx.xxx and mod-97 checked. */
function enterpriseNumber(doc: PolicyText): Found | null {
  const re = /\b(?:BE)?\s?(0?[01]\d{3})[.\s]?(\d{3})[.\s]?(\d{3})\b/g;
  for (const m of doc.view.matchAll(re)) {
    const value = `${m[1].padStart(4, '0')}.${m[2]}.${m[3]}`;
    if (isValidEnterpriseNumber(value)) return { value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

function kvkNumber(doc: PolicyText): Found | null {
  const m =
    /\b(?:KvK|KVK|Kamer van Koophandel|KvK-nummer|Chamber of Commerce)(?:[- ]?(?:nummer|number|nr\.?))?\s*(?:(?:onder|under)\s)?(?:(?:nummer|number)\s)?:?\s*(\d{8})\b/.exec(
      doc.view,
    );
  return m ? { value: m[1], start: m.index, end: m.index + m[0].length } : null;
}

function vatNumber(doc: PolicyText): Found | null {
  const m =
    /\b(NL ?\d{9} ?B ?\d{2}|BE ?0?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3}|FR ?[0-9A-Z]{2} ?\d{9}|LU ?\d{8}|DE ?\d{9})\b/.exec(
      doc.view,
    );
  if (!m || !/btw|vat|tva|ust|omzetbelasting/i.test(doc.view.slice(Math.max(0, m.index - 40), m.index))) return null;
  return { value: m[1].replace(/[\s.]/g, ''), start: m.index, end: m.index + m[0].length };
}

// "Le site a été créé par X (https://...)", "Webdesign: ...": the web agency's site, not the controller's.
const CREDITS =
  /cr[ée]{2}e? par|r[ée]alis[ée]e? par|con[çc]u par|designed by|developed by|built by|made by|gemaakt door|ontwikkeld door|ontworpen door|webdesign|cr[ée]dits|powered by/i;

const COMPLAINT_SITE = /klacht|complaint|plainte|r[ée]clamation|toezicht|supervisory|autorit[ée] de contr[ôo]le/i;

/** "Rechtsvorm: Eenmanszaak", "Forme juridique : ASBL": a legal form written as a labelled field. */
function labelledLegalForm(doc: PolicyText): Found | null {
  const m = /\b(?:Rechtsvorm|Legal form|Forme juridique)\s*:\s*(\p{L}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u.exec(doc.view);
  return m ? { value: m[1], start: m.index, end: m.index + m[0].length } : null;
}

/** The most frequent value outside the excluded zones, preferring values related to the controller's name or site. */
function pick(found: Found[], excluded: (at: number) => boolean, related: (value: string) => boolean): Found | null {
  const kept = found.filter((f) => !excluded(f.start));
  if (kept.length === 0) return null;
  const counts = new Map<string, number>();
  kept.forEach((f) => counts.set(f.value, (counts.get(f.value) ?? 0) + (related(f.value) ? 10 : 1)));
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return kept.find((f) => f.value === best) ?? null;
}

// A line that can head an address block as its organisation: capitalised words, quotes and dots, no digits, no
// label ("Adres:", "Contact"), no sentence.
const BLOCK_NAME = /^(?=[^\d:]{3,60}$)[\p{Lu}"'“][\p{L}"'“”.&-]*(?:\s[\p{L}"'“”.&-]+){0,5}$/u;
const NOT_A_NAME =
  /^(?:adres|address|adresse|contact|contactgegevens|coordonn[ée]es|e-?mail|tel|telefoon|phone|postadres|bezoekadres)\b/i;

/**
 * The organisation heading the postal address of a contact block ("D.S.V. "Nieuwe Delft"" above "Buitenwatersloot
 * 1-3, 2613 TA Delft"), for a policy that names its controller nowhere else: the line just before the street.
 */
function addresseeName(doc: PolicyText, excluded: (at: number) => boolean) {
  const address = findAddresses(doc).find((a) => !excluded(a.start));
  if (!address) return null;
  const before = doc.view.slice(Math.max(0, address.start - 80), address.start);
  const m = /(?:^|\n)([^\n]+)\n\s*$/.exec(before);
  const line = m?.[1].trim() ?? '';
  if (!BLOCK_NAME.test(line) || NOT_A_NAME.test(line)) return null;
  const start = address.start - before.length + (m!.index ?? 0) + m![0].indexOf(m![1].trim());
  return { name: line, legalName: null, legalForm: null, start, end: start + line.length, confidence: 0.5 };
}

/**
 * The controller's identity: name and legal form, registration numbers (BE enterprise number checked mod 97, NL KvK,
 * EU VAT), address, e-mail, phone (E.164) and website, skipping the DPO's and the authority's contact details and
 * known vendors' sites.
 */
export function extractController(doc: PolicyText): ExtractedController {
  const zones = [...dpoZones(doc), ...authorityZones(doc)];
  const excluded = (at: number) => inZones(zones, at);
  const name = controllerName(doc) ?? addresseeName(doc, excluded);
  const token = (name?.name ?? '')
    .split(' ')[0]
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const related = (value: string) => token.length >= 3 && value.replace(/[^a-z0-9]/g, '').includes(token);
  const country = countryHint(doc);
  const website = pick(
    findWebsites(doc).filter(
      (w) =>
        !VENDOR_HOSTS.test(w.value) &&
        !CREDITS.test(doc.view.slice(Math.max(0, w.start - 60), w.start)) &&
        // "Meer informatie over klachtenprocedures vind je op deze website: ...": a complaint body's site.
        !COMPLAINT_SITE.test(doc.view.slice(Math.max(0, w.start - 100), w.start)) &&
        // A bare domain ("de website coronacheck.nl") counts only when it carries the controller's name.
        (/^(?:https?:|www\.)/i.test(doc.view.slice(w.start, w.start + 8)) || related(w.value)),
    ),
    excluded,
    related,
  );
  const email = pick(findEmails(doc), excluded, (v) => related(v) || (website !== null && v.endsWith(website.value)));
  const phone = pick(findPhones(doc, country), excluded, () => false);
  const address = pick(findAddresses(doc), excluded, () => false) as ReturnType<typeof findAddresses>[number] | null;
  const enterprise = country === 'BE' ? enterpriseNumber(doc) : null;
  const kvk = kvkNumber(doc);
  const vat = vatNumber(doc);
  const evidence: LocatedSpan[] = [];
  const confidence: Record<string, number> = {};
  const note = (field: string, f: { start: number; end: number } | null, c: number) => {
    if (!f) return;
    evidence.push(evidenceAt(doc, f.start, f.end));
    confidence[field] = c;
  };
  note('name', name, name?.confidence ?? 0);
  const labelledForm = name?.legalForm ? null : labelledLegalForm(doc);
  if (name?.legalForm) confidence.legalForm = 0.8;
  note('legalForm', labelledForm, 0.75);
  note('enterpriseNumber', enterprise, 0.95);
  note('kvkNumber', kvk, 0.95);
  note('vatNumber', vat, 0.9);
  note('address', address, 0.75);
  note('email', email, 0.75);
  note('phone', phone, 0.7);
  note('website', website, 0.7);
  return {
    name: name?.name ?? null,
    legalName: name?.legalName ?? null,
    legalForm: name?.legalForm ?? labelledForm?.value ?? null,
    enterpriseNumber: enterprise?.value ?? null,
    kvkNumber: kvk?.value ?? null,
    vatNumber: vat?.value ?? null,
    address: address ? { street: address.street, postalCode: address.postalCode, city: address.city, country } : null,
    email: email?.value ?? null,
    phone: phone?.value ?? null,
    website: website
      ? `https://${doc.view
          .slice(website.start, website.end)
          .replace(/^https?:\/\//i, '')
          .toLowerCase()}`
      : null,
    evidence: uniqueSpans(evidence),
    confidence,
  };
}
