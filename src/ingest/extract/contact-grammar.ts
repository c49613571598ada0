import { PolicyText } from '../structure';

export interface Found {
  value: string;
  start: number;
  end: number;
}

function all(doc: PolicyText, re: RegExp, map: (m: RegExpExecArray) => string | null): Found[] {
  const out: Found[] = [];
  for (const m of doc.view.matchAll(re)) {
    const value = map(m as RegExpExecArray);
    if (value) out.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

// Template placeholders ("privacy@domain.tld", "info@example.com", "naam@voorbeeld.nl"), never a real contact.
const PLACEHOLDER_EMAIL =
  /@(?:domain|domein|example|voorbeeld|exemple|yourdomain|uwdomein|company|bedrijf)\.[a-z]{2,4}$|\.tld$/;

/**
 * E-mail addresses, also as written with spaces around "@" ("privacy @ cloudar.be") or with "@" spelled out against
 * harvesting ("privacy [AT] invictokeerbergen.be", "info (at) club.be"); lower-cased.
 */
export function findEmails(doc: PolicyText): Found[] {
  return all(
    doc,
    /\b[A-Za-z0-9][A-Za-z0-9._%+-]*(?: ?@ ?| ?\[(?:at|AT|At)\] ?| ?\((?:at|AT|At)\) ?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    (m) => {
      const value = m[0]
        .replace(/\s+/g, '')
        .replace(/\[at\]|\(at\)/i, '@')
        .toLowerCase();
      return PLACEHOLDER_EMAIL.test(value) ? null : value;
    },
  );
}

const CALLING: Record<string, string> = { BE: '32', NL: '31', FR: '33', LU: '352', DE: '49' };

/** A phone number as written, in E.164 ("+32 (0) 56/98.08.65" -> +3256980865; "051 24 45 00" with BE -> +3251244500). */
export function toE164(raw: string, country: string): string | null {
  let s = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (!s.startsWith('+')) {
    if (!s.startsWith('0')) return null;
    s = `+${CALLING[country] ?? '32'}${s.slice(1)}`;
  }
  return /^\+[1-9]\d{7,13}$/.test(s) ? s : null;
}

/** Phone numbers in international or national form, as E.164; a number never runs on over a line break. */
export function findPhones(doc: PolicyText, country: string): Found[] {
  return all(
    doc,
    /(?:\+|\b00)[ \t\u00a0]?\d{2,3}[ \t\u00a0\d()./-]{6,18}\d|\b0\d{1,3}(?:[ \t\u00a0./-]?\d{2,3}){2,4}\b/g,
    (m) => {
      const after = doc.view.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2);
      const raw = m[0].trim();
      if (/^[.]\d/.test(after) || /^[01]\d{3}\.\d{3}\.\d{3}$/.test(raw)) return null;
      // A date ("05/05/2024", "01.09.2023") or an all-zero placeholder ("0000 00 00 00") is no phone number.
      if (/^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$/.test(raw) || /^[0\s./-]+$/.test(raw)) return null;
      return toE164(m[0], country);
    },
  );
}

/**
 * Web sites ("www.cloudware.be", "https://www.cluma.com/privacy", and a bare domain named as the site: "le site
 * internet outofthebooks.com", "de website kaniou.be"), as the host without "www.".
 */
export function findWebsites(doc: PolicyText): Found[] {
  const named = all(
    doc,
    /(?<=\b(?:site(?: internet| web)?|website|webstek|webpagina)\s)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|nl|com|org|net|eu|fr|lu|brussels|vlaanderen)\b/gi,
    (m) => m[0].toLowerCase(),
  );
  const linked = all(
    doc,
    /\b(?:https?:\/\/)?(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|\bhttps?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi,
    (m) =>
      m[0]
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, ''),
  );
  return [...linked, ...named].sort((a, b) => a.start - b.start);
}

export interface FoundAddress extends Found {
  street: string;
  postalCode: string;
  city: string;
}

const STREET = String.raw`(?:(?:Postbus|Postbox|P\.?O\.? Box|Bo[îi]te postale)\s\d{1,6}|(?:[\p{Lu}][\p{L}'.-]*(?:[ -][\p{L}'.-]+){0,3}?),?\s\d{1,4}(?:-\d{1,4})?(?:\s?[A-Za-z]\b)?(?:\s?(?:bus|box|/)\s?\d+[A-Za-z]?)?)`;
const FRENCH_STREET = String.raw`\d{1,4},?\s(?:rue|avenue|boulevard|chauss[ée]e|place|all[ée]e|quai|chemin)\s[\p{L}' -]{2,40}?`;

/** Postal addresses: a street and number, then a postal code (BE/LU 4 digits, NL 4 digits + 2 letters, FR 5) and a city. */
export function findAddresses(doc: PolicyText): FoundAddress[] {
  const re = new RegExp(
    String.raw`(${STREET}|${FRENCH_STREET})[,\s]{1,6}(?:(?:B|NL|F|L|BE)[- ])?(\d{4}(?: ?[A-Z]{2}\b)?|\d{5})\s+([\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)?)`,
    'gu',
  );
  const out: FoundAddress[] = [];
  for (const m of doc.view.matchAll(re)) {
    const start = m.index ?? 0;
    out.push({
      value: `${m[2]} ${m[3]}`,
      start,
      end: start + m[0].length,
      street: m[1].replace(/\s+/g, ' ').trim(),
      postalCode: m[2].replace(/\s/g, ' '),
      city: m[3],
    });
  }
  return out;
}

/** The country a policy's organisation is in, from its registration numbers, postal codes and country names. */
export function countryHint(doc: PolicyText): string {
  const v = doc.view;
  if (
    /\b(KvK|Kamer van Koophandel)\b|\bNL\d{9}B\d{2}\b|\b\d{4} ?[A-Z]{2} [A-Z][a-z]+|\bNederland\b/.test(v) &&
    !/ondernemingsnummer|KBO|Belgi[ëe]/i.test(v)
  )
    return 'NL';
  if (/\bSIRE[NT]\b|\bRCS\b|\bFrance\b|\bFR\d{11}\b/.test(v) && !/Belgique|BCE|Belgium/i.test(v)) return 'FR';
  if (/\bLuxembourg\b|\bRCS Luxembourg\b|\bLU\d{8}\b/.test(v) && !/Belgique|Belgium|BCE/i.test(v)) return 'LU';
  return 'BE';
}
