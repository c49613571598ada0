import type { PurposeFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { PURPOSE_CUE, PURPOSE_PATTERNS } from '../lexicon/purposes';
import { PolicyText, Sentence } from '../structure';
import { findDuration } from './durations';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { legalBasesIn } from './legal-bases.extractor';
import { inTopic, viewOf } from './scan';

const NOT_PURPOSE_INTRO =
  /gegevens(?! (om|voor))|data (?!to)|informatie die|cookies|rechten|rights|droits|ontvangers|recipients|derden|third parties/i;

/** Purpose statements: list items introduced as purposes, and sentences of purpose sections. */
function purposeSentences(doc: PolicyText): Sentence[] {
  return doc.sentences.filter((s) => {
    if (s.kind === 'heading') return false;
    const intro = s.intro ? viewOf(doc, s.intro) : '';
    if (s.kind === 'list-item' && PURPOSE_CUE.test(intro) && !NOT_PURPOSE_INTRO.test(intro.replace(PURPOSE_CUE, '')))
      return true;
    if (s.kind === 'list-item' && inTopic(doc, s, ['purposes'])) return true;
    return inTopic(doc, s, ['purposes']) && PURPOSE_CUE.test(viewOf(doc, s));
  });
}

/**
 * The purposes the policy states, each coded to a DPV purpose category (open class: proposals, confidence about
 * 0.5), with the lawful bases and the retention period the same statement ties to it.
 */
export function extractPurposes(doc: PolicyText, vocabulary: Vocabulary): Extracted<PurposeFacts>[] {
  const known = new Set(vocabulary.purposeCategories.map((c) => c.code));
  const names = new Map(vocabulary.purposeCategories.map((c) => [c.code, c.name]));
  const out: Extracted<PurposeFacts>[] = [];
  const itemsSeen = new Set<number>();
  for (const s of purposeSentences(doc)) {
    // A list item is one purpose: its first sentence names it, the rest of the item may tie a basis or a period.
    if (s.kind === 'list-item' && itemsSeen.has(s.block)) continue;
    itemsSeen.add(s.block);
    const body = s.kind === 'list-item' ? viewOf(doc, doc.blocks[s.block]) : viewOf(doc, s);
    const phrase = s.kind === 'list-item' ? body.split(/:\s/)[0] : body;
    const hit = PURPOSE_PATTERNS.find(([code, re]) => known.has(code) && re.test(phrase));
    if (!hit) continue;
    const m = hit[1].exec(phrase);
    const at = s.start + (m?.index ?? 0);
    const duration = findDuration(body);
    out.push({
      name: names.get(hit[0]) ?? hit[0],
      label: doc.text
        .slice(s.start, s.start + phrase.length)
        .replace(/\s+/g, ' ')
        .trim(),
      category: hit[0],
      legalBases: legalBasesIn(body),
      dataCategories: [],
      retention: duration
        ? { description: body.slice(duration.index, duration.index + duration.length), duration: duration.duration }
        : null,
      evidence: [sentenceEvidence(doc, s, at, at + (m?.[0].length ?? 0))],
      confidence: s.kind === 'list-item' ? 0.6 : 0.45,
    });
  }
  return out;
}
