import { LegalBasisCode } from '../../entities/enums';
import { BARE_BASIS_PATTERNS, BASIS_STATEMENT } from '../lexicon/legal-bases';
import { PolicyText } from '../structure';
import { findDuration } from './durations';
import { legalBasesIn } from './legal-bases.extractor';
import { viewOf } from './scan';

// "Uw persoonsgegevens worden ... opgeslagen ... voor de periode:", "We keep this data for:": a retention list.
const RETENTION_INTRO =
  /bewaar|opgeslagen|bewaartermijn|\bperiode\b|retention|retain|kept for|stored for|keep (?:it|them|this|your)|conserv[ée]es?|dur[ée]e de conservation/i;

/** What the sibling lists of one section tie to the purposes it lists: the bases and the retention period. */
export interface SectionTies {
  bases: LegalBasisCode[];
  retention: { description: string; duration: string } | null;
}

/**
 * The ties a processing-activity section states in lists of their own, as Dutch templates write each activity
 * ("Verwerking van persoonsgegevens van verenigingsleden": purposes, then "Grondslag voor deze persoonsgegevens is:",
 * then "... opgeslagen ... voor de periode:"). Only for a section under a heading (marked up or pseudo): the
 * unheaded start of a document is no activity. A retention list ties a period only when it gives exactly one.
 */
export function sectionTies(doc: PolicyText, section: number): SectionTies {
  const none: SectionTies = { bases: [], retention: null };
  const sec = doc.sections[section];
  if (!sec?.heading || sec.topics.includes('legal-basis')) return none;
  const bases = new Set<LegalBasisCode>();
  const periods: { description: string; duration: string }[] = [];
  const seen = new Set<number>();
  for (let i = sec.firstSentence; i < sec.endSentence; i++) {
    const s = doc.sentences[i];
    if (s.kind !== 'list-item' || !s.intro || seen.has(s.block)) continue;
    seen.add(s.block);
    const intro = viewOf(doc, s.intro);
    const item = viewOf(doc, doc.blocks[s.block]);
    // Short items name a basis ("Het lidmaatschapsovereenkomst;"); long ones explain bases with purposes as examples.
    if (BASIS_STATEMENT.test(intro)) {
      // "Contactformulier: om aan je vraag te voldoen, een antwoord te geven (uitvoeren opdracht).": a purpose with
      // its own basis in brackets ties that basis to itself only (parentheticalBases), not to its siblings.
      if (item.length <= 120 && parentheticalBases(item).length === 0)
        for (const code of basesNamed(item)) bases.add(code);
    } else if (RETENTION_INTRO.test(intro)) {
      const found = findDuration(item);
      if (found) periods.push({ description: item.replace(/[.;]\s*$/, ''), duration: found.duration });
    }
  }
  return { bases: [...bases], retention: periods.length === 1 ? periods[0] : null };
}

function basesNamed(item: string): LegalBasisCode[] {
  const full = legalBasesIn(item);
  return full.length ? full : BARE_BASIS_PATTERNS.filter(([, re]) => re.test(item)).map(([code]) => code);
}

/** Bases named by their bare names in a closing bracket of a list item ("... een antwoord te geven (uitvoeren opdracht)."). */
export function parentheticalBases(item: string): LegalBasisCode[] {
  const m = /\(([^()]{2,60})\)\s*[.;]?\s*$/.exec(item);
  if (!m || legalBasesIn(m[1]).length) return m ? legalBasesIn(m[1]) : [];
  return BARE_BASIS_PATTERNS.filter(([, re]) => re.test(m[1])).map(([code]) => code);
}
