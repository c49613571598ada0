import { applyRepairs, Block, Language, ParsedDocument, TextSpan } from '../parse';
import { splitSentences } from './sentences';
import { Topic, topicsOfHeading } from './topics';
import { detectLanguage } from '../parse/detect-language';

export interface Sentence extends TextSpan {
  /** Index of its block in `blocks`. */
  block: number;
  /** Index of its section in `sections`. */
  section: number;
  kind: Block['kind'];
  /** For list items: the sentence introducing the list. */
  intro?: TextSpan;
}

export interface Section extends TextSpan {
  heading: TextSpan | null;
  headingText: string;
  level: number;
  topics: Topic[];
  language: Language | null;
  /** Index range of its sentences: [firstSentence, endSentence). */
  firstSentence: number;
  endSentence: number;
}

/**
 * The document as the extractors read it: the canonical `text` (evidence slices it), a same-length matching
 * `view` (ligature repairs applied, curly quotes and NBSP normalised), its sections with topics, and its sentences.
 */
export interface PolicyText {
  text: string;
  view: string;
  language: Language | null;
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
}

/** 1:1 character normalisation: offsets of the view are offsets of the text. */
function normaliseView(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[‐‑]/g, '-');
}

function openSection(parsed: ParsedDocument, view: string, block: Block | null, at: number, sentence: number): Section {
  const headingText = block ? view.slice(block.start, block.end) : '';
  return {
    start: block ? block.start : at,
    end: block ? block.end : at,
    heading: block ? { start: block.start, end: block.end } : null,
    headingText,
    level: block?.level ?? 0,
    topics: block ? topicsOfHeading(headingText, parsed.language) : [],
    language: null,
    firstSentence: sentence,
    endSentence: sentence,
  };
}

/** Builds sections (a heading and the blocks up to the next heading) and sentences from a parsed document. */
export function buildPolicyText(parsed: ParsedDocument): PolicyText {
  const text = parsed.text;
  const view = normaliseView(applyRepairs(text, parsed.repairs));
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let current = openSection(parsed, view, null, 0, 0);
  sections.push(current);
  parsed.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      current = openSection(parsed, view, block, block.start, sentences.length);
      inheritTopics(current, sections);
      sections.push(current);
    }
    const spans = block.kind === 'heading' ? [{ start: block.start, end: block.end }] : splitSentences(view, block);
    for (const span of spans) {
      const sentence: Sentence = { ...span, block: index, section: sections.length - 1, kind: block.kind };
      if (block.intro) sentence.intro = block.intro;
      sentences.push(sentence);
    }
    current.end = block.end;
    current.endSentence = sentences.length;
  });
  for (const section of sections) {
    section.language = detectLanguage(view.slice(section.start, section.end)) ?? parsed.language;
  }
  const nonEmpty = sections.filter((s, i) => i > 0 || s.endSentence > s.firstSentence);
  return {
    text,
    view,
    language: parsed.language,
    blocks: parsed.blocks,
    sections: nonEmpty,
    sentences: reindex(sentences, sections, nonEmpty),
  };
}

/**
 * A sub-section whose heading names no topic ("1. Gegevens inkijken" under "Jouw rechten") reads as part of the
 * nearest enclosing section (a heading of a lower level): it takes that section's topics.
 */
function inheritTopics(section: Section, before: Section[]): void {
  if (section.topics.length || section.level <= 0) return;
  for (let i = before.length - 1; i >= 0; i--) {
    const parent = before[i];
    if (parent.level > 0 && parent.level < section.level) {
      section.topics = [...parent.topics];
      return;
    }
  }
}

function reindex(sentences: Sentence[], all: Section[], kept: Section[]): Sentence[] {
  if (all.length === kept.length) return sentences;
  return sentences.map((s) => ({ ...s, section: kept.indexOf(all[s.section]) }));
}
