import { VENDORS } from '../lexicon/vendors';
import { PolicyText } from '../structure';
import { StatedName, statedController } from './stated-controller';

export interface NameCandidate {
  name: string;
  legalName: string | null;
  legalForm: string | null;
  start: number;
  end: number;
  confidence: number;
}

const FORMS = String.raw`NV|BV|BVBA|B\.V\.|N\.V\.|CommV|Comm\.V\.|VOF|CVBA|CV|VZW|SA|S\.A\.|SRL|SPRL|SAS|SARL|SNC|ASBL|Ltd\.?|Limited|GmbH|AG|Inc\.?|LLC|S\.à r\.l\.|sàrl`;
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d&'-]*|voor|van|en|de|der|ondernemers|et|des|du|of|the|and|&)`;
// Forms often written in lower case ("LBRP bv", "KIN vzw"); "bv." is also "bijvoorbeeld".
const FORMS_LC = String.raw`vzw|asbl|bvba|cvba|bv(?!\.)|nv(?!\.)`;
const AFTER = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}\d&'-]*(?:\s${NAME_WORD}){0,4}?)\s?,?\s(${FORMS}|${FORMS_LC})(?![\p{L}])`,
  'gu',
);
const BEFORE = new RegExp(
  String.raw`\b(?:de|la|het|the|la société|société)\s(${FORMS})\s(\p{Lu}[\p{L}\d&-]+(?:\s\p{Lu}[\p{L}\d&-]+){0,2})`,
  'gu',
);
const STOP =
  /^(De|Het|Een|The|La|Le|Les|Wij|We|Our|Onze|Deze|This|Cette|Ce|Dit|En|Of|In|Als|Door|Met|Voor|Bij|Via|Privacy|Privacyverklaring|Privacybeleid|GDPR|AVG|RGPD|You|Your|Vous|Votre|Vos|Nous|Je|Jij|Jouw|Uw|U|Zij|They|It|Its|Right|Recht|Droit)$/;

function count(view: string, word: string): number {
  const re = new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu');
  return view.match(re)?.length ?? 0;
}

function isVendor(name: string): boolean {
  return VENDORS.some((v) => v.aliases.some((a) => new RegExp(`^${a}`).test(name)) || name.startsWith(v.name));
}

function legalNameCandidates(doc: PolicyText): NameCandidate[] {
  const out: NameCandidate[] = [];
  const push = (raw: string, form: string, start: number, end: number) => {
    const words = raw.split(/\s+/);
    while (words.length && STOP.test(words[0])) words.shift();
    const name = words.join(' ');
    if (!name || isVendor(name) || /^\d/.test(name)) return;
    out.push({
      name,
      legalName: `${name} ${form}`,
      legalForm: (form.replace(/\.$/, '').replace(/\./g, '') || form).replace(/^(vzw|asbl|bvba|cvba|bv|nv)$/, (f) =>
        f.toUpperCase(),
      ),
      start,
      end,
      confidence: 0.8,
    });
  };
  for (const m of doc.view.matchAll(AFTER)) push(m[1], m[2], m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of doc.view.matchAll(BEFORE)) push(m[2], m[1], m.index ?? 0, (m.index ?? 0) + m[0].length);
  return out;
}

/** The shortest leading part of a legal name that the policy uses on its own ("Cluma Engineering" -> "Cluma"). */
function commonName(view: string, name: string): string {
  const words = name.split(' ');
  const full = count(view, name);
  for (let n = 1; n < words.length; n++) {
    const part = words.slice(0, n).join(' ');
    if (part.length >= 3 && count(view, part) >= full + 3) return part;
  }
  return name;
}

/** The most frequent capitalised word that is no common word: the brand a policy keeps naming ("Cloudar"). */
function frequentBrand(doc: PolicyText): NameCandidate | null {
  const counts = new Map<string, { n: number; start: number }>();
  for (const m of doc.view.matchAll(/(?<=[\p{Ll},;:] )\p{Lu}[\p{L}\d-]{2,}(?:\s\p{Lu}[\p{L}\d-]+)?/gu)) {
    const word = m[0];
    if (
      STOP.test(word) ||
      isVendor(word) ||
      /^(EU|EER|EEA|Europe|Belgi|Nederland|France|Website|Internet|Data|Commissie|Commission)/.test(word)
    )
      continue;
    const entry = counts.get(word) ?? { n: 0, start: m.index ?? 0 };
    entry.n++;
    counts.set(word, entry);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best || best[1].n < 5) return null;
  return {
    name: best[0],
    legalName: null,
    legalForm: null,
    start: best[1].start,
    end: best[1].start + best[0].length,
    confidence: 0.55,
  };
}

// Case-insensitive: "KIN vzw", "LBRP bv".
const TRAILING_FORM = new RegExp(String.raw`[\s,]+(${FORMS})$`, 'iu');

/** A stated name cleaned: "BGSNL (Bulgarian Society Netherlands)", "BVM Parts - Bert van Maasdijk", "X B.V.". */
/** "PostNL N.V." written somewhere: the legal form after the stated name (a vendor's own policy included). */
function formAfter(view: string, name: string): NameCandidate | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(String.raw`(?<![\p{L}\d])${escaped},?\s(${FORMS})(?![\p{L}])`, 'u').exec(view);
  if (!m) return undefined;
  const form = m[1].replace(/\./g, '');
  return {
    name,
    legalName: `${name} ${m[1]}`,
    legalForm: form,
    start: m.index,
    end: m.index + m[0].length,
    confidence: 0.8,
  };
}

function fromStated(view: string, stated: StatedName, candidates: NameCandidate[]): NameCandidate {
  let raw = stated.raw.replace(/[\s,.;:]+$/, '').split(/\s[-–]\s/)[0];
  let alias: string | null = null;
  const paren = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(raw);
  if (paren) {
    raw = paren[1];
    alias = paren[2].length > raw.length ? paren[2] : null;
  }
  const form = TRAILING_FORM.exec(raw);
  const name = form ? raw.slice(0, form.index).trim() : raw.trim();
  // A candidate with a legal form is the same organisation when one name begins with the other ("Cluma" and "Cluma
  // Engineering NV"), not when only the first word is shared ("KLJ Wiekevorst" and "KLJ & Groene Kring vzw").
  const lower = name.toLowerCase();
  const match =
    candidates.find((c) => c.name.toLowerCase().startsWith(lower) || lower.startsWith(c.name.toLowerCase())) ??
    formAfter(view, name);
  const written = form ? form[1].replace(/\./g, '') : null;
  // "vzw", "bv" written in lower case are given as the forms' usual capitals.
  const legalForm = written
    ? written === written.toLowerCase()
      ? written.toUpperCase()
      : written
    : (match?.legalForm ?? null);
  return {
    name,
    legalName: form ? raw.trim() : (match?.legalName ?? alias),
    legalForm,
    start: stated.start,
    end: stated.end,
    confidence: stated.strength,
  };
}

/**
 * The controller's name: the name the policy states as controller (see statedController), else the organisation
 * with a legal form (NV, BV, SA, GmbH...) the policy names most, not a
 * known vendor, shortened to the common name the policy uses on its own; else the brand it keeps naming.
 */
export function controllerName(doc: PolicyText): NameCandidate | null {
  const candidates = legalNameCandidates(doc);
  const stated = statedController(doc);
  if (stated) return fromStated(doc.view, stated, candidates);
  if (candidates.length === 0) return frequentBrand(doc);
  const scored = candidates.map((c) => ({
    c,
    score: count(doc.view, c.name.split(' ')[0]) * 10 - c.start / doc.view.length,
  }));
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0].c;
  const name = commonName(doc.view, best.name);
  return { ...best, name, confidence: name === best.name ? 0.8 : 0.85 };
}
