import { PolicyText } from '../structure';
import { evidenceAt } from './evidence';
import { ExtractedDocument } from './extracted-policy';

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  janvier: 1,
  jan: 1,
  februari: 2,
  february: 2,
  février: 2,
  fevrier: 2,
  feb: 2,
  maart: 3,
  march: 3,
  mars: 3,
  april: 4,
  avril: 4,
  apr: 4,
  mei: 5,
  may: 5,
  mai: 5,
  juni: 6,
  june: 6,
  juin: 6,
  juli: 7,
  july: 7,
  juillet: 7,
  augustus: 8,
  august: 8,
  août: 8,
  aout: 8,
  aug: 8,
  september: 9,
  septembre: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  octobre: 10,
  okt: 10,
  oct: 10,
  november: 11,
  novembre: 11,
  nov: 11,
  december: 12,
  décembre: 12,
  decembre: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS).join('|');
// Strong cues name the policy's own update; weak ones ("versie", "datum") may date something else ("het
// wetsvoorstel, versie 8 maart 2021") and count only when no strong cue dates the policy.
const STRONG_CUE =
  /(laatst(e)? (bijgewerkt|gewijzigd|aangepast|herzien|update|aanpassing|wijziging)|bijgewerkt op|gewijzigd op|aangepast op|last (updated|modified|revised|changed)|updated( on)?|dernière (mise à jour|modification)|mis(e)? à jour( le)?|date de mise à jour|(datum van )?inwerkingtreding|in werking (getreden|sinds)|effective( date| as of| from)?|en vigueur( le| depuis| à compter du)?|adopt[ée]e? le|vastgesteld op|van toepassing (?:vanaf|sinds|met ingang van)|geldig (?:vanaf|sinds)|met ingang van|applicable (?:from|as of|since)|applicable [àa] (?:partir du|compter du))\s*:?\s*(op|on|le|du|per)?\s*\[?/i;
const WEAK_CUE = /(versie( van)?|revised|datum|date)\s*:?\s*(op|on|le|du)?\s*\[?/i;
const DATE = new RegExp(
  String.raw`(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})(?:st|nd|rd|th|er)?\s(${MONTH})\.?\s(\d{4})|(${MONTH})\s(\d{1,2}),?\s(\d{4})`,
  'i',
);

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1995 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toIso(m: RegExpExecArray): string | null {
  if (m[3]) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  if (m[4]) return iso(Number(m[4]), Number(m[5]), Number(m[6]));
  if (m[9]) return iso(Number(m[9]), MONTHS[m[8].toLowerCase()], Number(m[7]));
  return iso(Number(m[12]), MONTHS[m[10].toLowerCase()], Number(m[11]));
}

/** The document's title (its first heading), language and last-updated date (a date after an update cue). */
export function extractDocument(doc: PolicyText): ExtractedDocument {
  const heading = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks[0];
  const title = heading
    ? doc.text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim().slice(0, 200)
    : 'Privacy policy';
  const dated = (cue: RegExp) => [...doc.view.matchAll(new RegExp(cue.source + `(?:${DATE.source})`, 'gi'))];
  for (const m of [...dated(STRONG_CUE), ...dated(WEAK_CUE)]) {
    const dateMatch = DATE.exec(m[0]);
    const value = dateMatch ? toIso(dateMatch) : null;
    if (!value) continue;
    const start = (m.index ?? 0) + (dateMatch?.index ?? 0);
    return {
      title,
      language: doc.language ?? 'nl',
      lastUpdated: value,
      lastUpdatedEvidence: [evidenceAt(doc, start, start + (dateMatch?.[0].length ?? 0))],
      confidence: 0.8,
    };
  }
  return {
    title,
    language: doc.language ?? 'nl',
    lastUpdated: null,
    lastUpdatedEvidence: [],
    confidence: doc.language ? 0.9 : 0.3,
  };
}
