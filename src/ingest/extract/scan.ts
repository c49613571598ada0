import { PolicyText, Section, Sentence, Topic } from '../structure';

export interface Hit {
  sentence: Sentence;
  section: Section;
  start: number;
  end: number;
  match: RegExpExecArray;
}

/** The text of a sentence in the matching view. */
export function viewOf(doc: PolicyText, s: { start: number; end: number }): string {
  return doc.view.slice(s.start, s.end);
}

/** True when the sentence's section (or the section of the list intro) has one of the topics. */
export function inTopic(doc: PolicyText, sentence: Sentence, topics: Topic[]): boolean {
  return doc.sections[sentence.section]?.topics.some((t) => topics.includes(t)) ?? false;
}

/** Every match of `pattern` (global flag added) in every sentence, optionally only sentences passing `filter`. */
export function scan(doc: PolicyText, pattern: RegExp, filter?: (s: Sentence) => boolean): Hit[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const hits: Hit[] = [];
  for (const sentence of doc.sentences) {
    if (filter && !filter(sentence)) continue;
    const body = viewOf(doc, sentence);
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      hits.push({
        sentence,
        section: doc.sections[sentence.section],
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        match: m,
      });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return hits;
}

// Negation cues of nl/en/fr; checked in the clause before a match (same sentence, no clause boundary between).
const NEGATION =
  /\b(niet|geen|nooit|noch|not|no|never|neither|nor|without|zonder|ne|n'|pas|aucune?|jamais|sans)\b|n't\b/i;

// French restrictive "ne ... que" ("ne seront utilisées que pour", "ne sont collectées qu'à des fins"): "only", no
// negation, unless a negation word stands between ("ne ... pas que").
const RESTRICTIVE =
  /\bn(?:e\s|['’])(?:(?!\b(?:pas|plus|jamais|aucune?|rien|point|gu[eè]re)\b)[^,;.])*?\bqu(?:e\b|['’])/gi;

/** True when the clause holding [start, end) is negated before the match ("wij geven ... niet door", "we do not"). */
export function negated(doc: PolicyText, sentence: Sentence, start: number, end: number, after = 40): boolean {
  const before = doc.view.slice(sentence.start, start);
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.search(/\b(but|maar|mais|however|tenzij|unless|sauf)\b[^]*$/i),
  );
  // The restrictive "ne ... que" may close after the match ("Nous n'utilisons les services qui traitent des données
  // ... que si"): it is blanked over the clause and the rest of the sentence, then the clause before the match kept.
  const head = before.slice(clauseStart + 1);
  const blanked = (head + doc.view.slice(start, sentence.end)).replace(RESTRICTIVE, (m) => ' '.repeat(m.length));
  const clause =
    blanked.slice(0, head.length) + doc.view.slice(end, Math.min(sentence.end, end + after)).split(/[,;.]/)[0];
  return (
    NEGATION.test(clause.replace(RESTRICTIVE, ' ')) ||
    negatedList(before) ||
    negatedEnumeration(before, doc.view.slice(end, sentence.end))
  );
}

// "nooit gebruikt voor commerciële doeleinden, nieuwsbrieven of marketingcampagnes": the later items of an
// enumeration of objects after a negated verb share its negation.
const ENUM_HEAD =
  /\b(?:niet|geen|nooit|not|never|no|jamais|pas|aucune?)\b[^.;:]*\b(?:voor|for|pour|aan|to|à des fins de)\b[^.;:]*,\s*(?!(?:behalve|except|excepting|sauf|except[ée]|hormis|tenzij|unless|but|maar|mais|other|apart|only|alleen|enkel|uniquement|seulement)\b)(?:[\p{L}-]+\s){0,2}$/iu;
const ENUM_TAIL =
  /^[\p{L}-]*(?:\s[\p{L}-]+)?(?:,\s*[\p{L}-]+(?:\s[\p{L}-]+)?)*(?:\s(?:of|or|ou|en|and|et|nor|noch|ni)\s[\p{L}-]+(?:\s[\p{L}-]+){0,2})?\s*[.!]?\s*$/iu;

function negatedEnumeration(before: string, after: string): boolean {
  return ENUM_HEAD.test(before) && ENUM_TAIL.test(after);
}

const LIST_NEGATION = /\b(?:geen|no|not|aucune?|pas de|zonder|without|sans|never|nooit)\s([^.;:!?]{0,80})$/i;
const LIST_SEPARATOR = /,\s*|\s(?:of|or|ou|en|and|et|nor|noch|ni)\s/;

/**
 * True when the text before a match ends in a negated enumeration of short items: "gebruikt geen technische,
 * functionele of analytische [cookies]", "geen tracking, analytics of [profiling]". Each item has one or two words,
 * and the last one at most one word, so a comma that opens a new clause ("we do not sell your data, we share ...")
 * ends the negation.
 */
function negatedList(before: string): boolean {
  const m = LIST_NEGATION.exec(before);
  if (!m || !/,/.test(m[1])) return false;
  const parts = m[1].split(LIST_SEPARATOR).map((part) => part.trim());
  const words = (part: string) => (part === '' ? 0 : part.split(/\s+/).length);
  // The match follows a separator or one qualifying word ("of analytische [cookies]"), not a clause ("we gebruiken").
  return words(parts[parts.length - 1]) <= 1 && parts.every((part) => words(part) <= 2);
}
