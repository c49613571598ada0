import type { DataCategoryFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { DATA_CATEGORY_PATTERNS, DATA_CUE, SENSITIVE_CUE } from '../lexicon/data-categories';
import { PolicyText, Sentence } from '../structure';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { inTopic, negated, viewOf } from './scan';

// "registration details, such as name, address, ...", "Identificatiegegevens zoals naam, adres": a data list anywhere.
const DATA_LIST =
  /(?:gegevens|details|data|information|informatie|donn[ée]es)(?:\s\p{Ll}{4,}(?<!\b(?:over|about|that|which|die|dat|que|qui)))?\s?\(?(?:\([^)]*\)\s?)?(?:,\s)?(?:zoals|such as|like|comme|namelijk|:)\s/iu;
// "Het bevat namen, adressen, geboortedata, e-mailadressen": a verb of content followed by a list of three or more.
const CONTENT_LIST =
  /\b(?:bevat(?:ten)?|omvat(?:ten)?|contains?|include[sd]?|comprend|contien(?:t|nent))\s(?:[^.,;:]{2,40},\s){2,}/i;
// "Fedict enregistre, outre les données précitées, votre adresse IP, votre navigateur, ...": a verb of recording
// followed by a list of three or more.
const RECORD_LIST =
  /\b(?:enregistr\w*|registre(?:ert|ren)|record(?:s|ed)?|collect(?:s|ed|e|ons)?|verzamel(?:t|en|d)|logt|loggen)\b[,\s]+(?:[^.;:]{2,60},\s){2,}/i;
// "Deze gegevens zijn: IP-adres, vermoedelijke plaats van consultatie, ...", "These data are: ...", "Ces données sont :".
const ENUMERATION =
  /\b(?:deze|die|dergelijke|these|such|ces|les) (?:persoons)?(?:gegevens|data|donn[ée]es|informations?) (?:zijn|are|sont)\s?:\s(?:[^.;:]{2,60},\s){2,}/i;
const NOT_DATA_INTRO = /doel|purpose|finalit|recht|right|droit|cookie|ontvanger|recipient|destinataire|partag|delen/i;
// "Voor de bovenstaande doelstelling(en) kan ... de volgende persoonsgegevens van u vragen:": the intro names the
// purposes it serves, but what it introduces is a list of data.
const DATA_LIST_INTRO =
  /(?:volgende|onderstaande|navolgende|following)\s(?:\p{L}+\s)?(?:persoons)?(?:gegevens|data|information)\b[^.;]*:\s*$|donn[ée]es (?:personnelles )?suivantes/iu;

/** True when a list intro introduces personal data. */
function introducesData(intro: string): boolean {
  return DATA_CUE.test(intro) && (!NOT_DATA_INTRO.test(intro) || DATA_LIST_INTRO.test(intro));
}

/** Sentences that list personal data: list items introduced as data or standing in a data section, sentences of
 * data sections, and data lists anywhere ("such as name, address"). */
function dataSentences(doc: PolicyText): Sentence[] {
  return doc.sentences.filter((s) => {
    // A sub-heading of a data section that names data ("#### Naam en adresgegevens" above its items).
    if (s.kind === 'heading') return subHeadingOfData(doc, s);
    // The controller's own identity block ("Naam van de organisatie: MaasISO", "Rechtsvorm: ...") lists no data.
    const field = s.kind === 'list-item' && /^[^:.]{2,40}:\s*\S/.test(viewOf(doc, s));
    if (field && inTopic(doc, s, ['controller']) && !inTopic(doc, s, ['data-categories'])) return false;
    const intro = s.intro ? viewOf(doc, s.intro) : '';
    const introDatum = s.intro !== undefined && introducesData(intro);
    const section = inTopic(doc, s, ['data-categories']);
    if (s.kind === 'list-item' && (introDatum || (section && !NOT_DATA_INTRO.test(intro)))) return true;
    if (
      section &&
      (DATA_CUE.test(viewOf(doc, s)) ||
        /\s(?:zoals|such as|comme|bijvoorbeeld|par exemple|for example|for instance)\b/i.test(viewOf(doc, s)))
    )
      return true;
    const text = viewOf(doc, s);
    // "Deze gegevens zijn: IP-adres, ...": an explicit enumeration of data counts in any section but rights.
    if (ENUMERATION.test(text) && !inTopic(doc, s, ['rights'])) return true;
    return (
      (DATA_LIST.test(text) || CONTENT_LIST.test(text) || RECORD_LIST.test(text)) &&
      !inTopic(doc, s, ['rights', 'cookies', 'purposes'])
    );
  });
}

/** A heading that inherits the data-categories topic from its parent section: it names a group of data. */
function subHeadingOfData(doc: PolicyText, s: Sentence): boolean {
  const section = doc.sections[s.section];
  return (
    !!section &&
    section.level > 1 &&
    inTopic(doc, s, ['data-categories']) &&
    !/\?|data|gegevens(?!\p{L})|donn[ée]es|information/iu.test(viewOf(doc, s).replace(/\p{L}+gegevens/gu, ''))
  );
}

// Group terms, kept only when the statement names no item of its own ("Identificatiegegevens zoals naam, adres").
const GROUPS = new Set(['identification-data', 'contact-data', 'financial-data']);

// Conjunctions between listed items; Dutch "of" (or) only in Dutch text, where English "date of birth" cannot occur.
const SPLIT = /\s(?:en|and|et|or|ou|zoals|such as|comme|namelijk|\+)\s/;
const NL_SPLIT = /\s(?:en|and|et|of|or|ou|zoals|such as|comme|namelijk|\+)\s/;

/** Splits a sentence into the items it lists ("naam, adres en e-mailadres"), as offsets of the view. */
function items(doc: PolicyText, s: Sentence): { start: number; end: number }[] {
  const body = viewOf(doc, s);
  const out: { start: number; end: number }[] = [];
  const re = /[^,;:()]+/g;
  for (const m of body.matchAll(re)) {
    for (const part of m[0].split(doc.language === 'nl' ? NL_SPLIT : SPLIT)) {
      const at = s.start + (m.index ?? 0) + m[0].indexOf(part);
      if (part.trim()) out.push({ start: at, end: at + part.length });
    }
  }
  return out;
}

/**
 * The codes one listed item names, left to right: the earliest match of any pattern (the first pattern on a tie),
 * then the rest of the item after it. An item the text runs together without separators ("prénom et nom de famille
 * adresse électronique numéro de téléphone", lines of a list without bullets) gives each of its data.
 */
const MODIFIER =
  /^\s*(?:van|of|de|du|des|d['’]|from|on|op|for|voor|uw|your|votre|vos|je|jouw|in|within|binnen|bij|at|with|met|avec|per|par)\b/i;

function itemCodes(phrase: string, known: Set<string>): { code: string; at: number; end: number }[] {
  const out: { code: string; at: number; end: number }[] = [];
  let from = 0;
  while (from < phrase.length) {
    const rest = phrase.slice(from);
    let best: { code: string; at: number; end: number } | null = null;
    for (const [code, re] of DATA_CATEGORY_PATTERNS) {
      if (!known.has(code)) continue;
      const m = re.exec(rest);
      if (m && m[0].length > 0 && (!best || m.index < best.at))
        best = { code, at: m.index, end: m.index + m[0].length };
    }
    if (!best) break;
    // "het besturingssysteem van uw mobiele telefoon", "copy of your ID": what follows a preposition qualifies the
    // datum already found, it is no second one.
    if (out.length && MODIFIER.test(rest.slice(0, best.at))) break;
    out.push({ code: best.code, at: from + best.at, end: from + best.end });
    // "^"-anchored patterns ("^\s*locatie\b") only match at the start of the item.
    from += best.end;
  }
  return out;
}

/**
 * The personal data the policy lists, coded to the vocabulary (open class: proposals, confidence 0.5-0.75). One fact
 * per item and code; an item in a list the policy introduces as special or sensitive is flagged `sensitive`.
 */
export function extractDataCategories(doc: PolicyText, vocabulary: Vocabulary): Extracted<DataCategoryFacts>[] {
  const special = new Set(vocabulary.dataCategories.filter((c) => c.special).map((c) => c.code));
  const known = new Set(vocabulary.dataCategories.map((c) => c.code));
  const out: Extracted<DataCategoryFacts>[] = [];
  const seen = new Set<string>();
  for (const s of dataSentences(doc)) {
    const first = out.length;
    const sensitive =
      SENSITIVE_CUE.test(s.intro ? viewOf(doc, s.intro) : '') ||
      SENSITIVE_CUE.test(doc.sections[s.section].headingText);
    for (const item of items(doc, s)) {
      for (const { code, at, end } of itemCodes(doc.view.slice(item.start, item.end), known)) {
        const after = s.kind === 'list-item' ? 80 : 0;
        const from = item.start + at;
        if (negated(doc, s, from, item.start + end, after) || seen.has(`${code}:${s.start}`)) continue;
        seen.add(`${code}:${s.start}`);
        out.push({
          category: code,
          label: doc.text.slice(item.start, item.end).replace(/\s+/g, ' ').trim(),
          sensitive: sensitive || special.has(code),
          context: null,
          evidence: [sentenceEvidence(doc, s, from, item.start + end)],
          confidence: s.kind === 'list-item' ? 0.7 : 0.55,
        });
      }
    }
    const mine = out.slice(first);
    // "Identificatiegegevens:" heading a nested list of its items: the items are the facts.
    const heads = /:\s*$/.test(viewOf(doc, s)) && doc.blocks[s.block + 1]?.kind === 'list-item';
    if (heads || mine.some((d) => !GROUPS.has(d.category)))
      out.splice(first, mine.length, ...mine.filter((d) => !GROUPS.has(d.category)));
  }
  return withoutCoveredGroups([...out, ...recordedData(doc, known, seen), ...picturesUsed(doc, known, seen)]);
}

// "Finally we record IP addresses to find out ...", "Wij registreren uw IP-adres om ...": a verb of collecting and
// what it takes, up to the purpose ("to", "om", "pour") or the end of the clause.
const RECORDS =
  /\b(?:we|wij|nous)\s(?:also\s|ook\s|aussi\s)?(?:record|collect|log|registreren|verzamelen|loggen|enregistrons|collectons)\s((?:[\p{L}'’-]+\s?){1,4}?)(?=\s(?:to|in order|om|pour|afin|van|of|from|when|wanneer|lorsque)\b|[,.;:]|$)/giu;

/** Data named as the object of a collecting verb in prose, outside data lists (one fact per code and sentence). */
function recordedData(doc: PolicyText, known: Set<string>, seen: Set<string>): Extracted<DataCategoryFacts>[] {
  const out: Extracted<DataCategoryFacts>[] = [];
  for (const s of doc.sentences) {
    if (s.kind === 'heading' || inTopic(doc, s, ['cookies', 'rights'])) continue;
    for (const m of viewOf(doc, s).matchAll(RECORDS)) {
      const object = m[1];
      const hit = DATA_CATEGORY_PATTERNS.find(([code, re]) => known.has(code) && re.test(object));
      if (!hit || seen.has(`${hit[0]}:${s.start}`)) continue;
      const inner = hit[1].exec(object);
      const at = s.start + (m.index ?? 0) + m[0].indexOf(object) + (inner?.index ?? 0);
      const end = at + (inner?.[0].length ?? object.length);
      if (negated(doc, s, at, end, 0)) continue;
      seen.add(`${hit[0]}:${s.start}`);
      out.push({
        category: hit[0],
        label: doc.text.slice(at, end),
        sensitive: false,
        context: null,
        evidence: [sentenceEvidence(doc, s, at, end)],
        confidence: 0.5,
      });
    }
  }
  return out;
}

// The item codes of each group term: a group is a fact only where the policy names none of its items.
const GROUP_ITEMS: Record<string, string[]> = {
  'identification-data': ['name', 'date-of-birth', 'place-of-birth', 'gender', 'nationality', 'national-id'],
  'contact-data': ['email-address', 'phone', 'address'],
  'financial-data': ['bank-account', 'payment-data'],
};

function withoutCoveredGroups(found: Extracted<DataCategoryFacts>[]): Extracted<DataCategoryFacts>[] {
  const codes = new Set(found.map((d) => d.category));
  return found.filter((d) => !(GROUP_ITEMS[d.category] ?? []).some((item) => codes.has(item)));
}

// "Any photographs or video footage made during our events may be used for promotional purposes", "Foto's van
// activiteiten worden gepubliceerd op onze website": pictures as the subject of a verb of use, storage or publication.
const PICTURES_USED =
  /\b(?:photo(?:graph)?s|pictures|video(?: footage|s)?|foto'?s|beeldmateriaal|video-?opnamen|vid[ée]os)\b(?=[^.;]{0,60}\b(?:(?:may|can|will) be (?:used|published|stored|shared)|are (?:used|published|stored|shared)|(?:kunnen )?worden (?:gebruikt|gepubliceerd|opgeslagen|gedeeld|geplaatst)|peuvent [êe]tre (?:utilis[ée]es|publi[ée]es)|sont (?:utilis[ée]es|publi[ée]es))\b)/i;

/** Photos or video named as what is used, stored or published, in prose (one fact per sentence). */
function picturesUsed(doc: PolicyText, known: Set<string>, seen: Set<string>): Extracted<DataCategoryFacts>[] {
  if (!known.has('uploaded-content')) return [];
  const out: Extracted<DataCategoryFacts>[] = [];
  for (const s of doc.sentences) {
    if (s.kind === 'heading' || inTopic(doc, s, ['cookies', 'rights']) || seen.has(`uploaded-content:${s.start}`))
      continue;
    const m = PICTURES_USED.exec(viewOf(doc, s));
    if (!m) continue;
    const at = s.start + m.index;
    if (negated(doc, s, at, at + m[0].length, 0)) continue;
    seen.add(`uploaded-content:${s.start}`);
    out.push({
      category: 'uploaded-content',
      label: doc.text.slice(at, at + m[0].length),
      sensitive: false,
      context: null,
      evidence: [sentenceEvidence(doc, s, at, at + m[0].length)],
      confidence: 0.5,
    });
  }
  return out;
}
