import { AUTHORITIES } from '../lexicon/authorities';
import { TextSpan } from '../parse';
import { PolicyText } from '../structure';

export const DPO_TERM =
  /functionaris (?:(?:voor|van) )?(?:de )?gegevensbescherming|data ?protection ?officer|\bDPO\b|d[ée]l[ée]gu[ée]e? [àa] la protection des donn[ée]es|\bDPD\b|privacy officer|privacyverantwoordelijke|Datenschutzbeauftragte/gi;

/** A zone after each match: to the end of its section, at most `reach` characters (the contact block that follows). */
function zonesAfter(doc: PolicyText, re: RegExp, reach: number): TextSpan[] {
  const zones: TextSpan[] = [];
  for (const m of doc.view.matchAll(re)) {
    const start = m.index ?? 0;
    const section = doc.sections.find((s) => s.start <= start && start < Math.max(s.end, s.start + 1));
    const end = Math.min(start + reach, section && section.end > start + 40 ? section.end : start + reach);
    zones.push({ start, end });
  }
  return zones;
}

/** Where the DPO's own details stand. */
export function dpoZones(doc: PolicyText): TextSpan[] {
  return zonesAfter(doc, new RegExp(DPO_TERM.source, 'g' + (DPO_TERM.flags.includes('i') ? 'i' : '')), 260);
}

/** Where a supervisory authority's details stand (its name, then its address, phone, e-mail). */
export function authorityZones(doc: PolicyText): TextSpan[] {
  const sources = AUTHORITIES.flatMap((a) => a.names.map((n) => `(?:${n.pattern})`)).join('|');
  const zones = zonesAfter(doc, new RegExp(sources, 'gi'), 220);
  for (const a of AUTHORITIES) {
    for (const site of a.websites) {
      const at = doc.view.indexOf(site);
      if (at >= 0) zones.push({ start: Math.max(0, at - 150), end: at + site.length + 100 });
    }
  }
  return zones;
}

export function inZones(zones: TextSpan[], at: number): boolean {
  return zones.some((z) => z.start <= at && at < z.end);
}
