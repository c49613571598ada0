import type { PurposeFacts } from '../../policy/fact-file';
import type { Vocabulary } from '../../policy/vocabulary';
import { LegalBasisCode } from '../../entities/enums';
import { BASIS_STATEMENT } from '../lexicon/legal-bases';
import { NOT_PERSONAL, PURPOSE_CUE, PURPOSE_PATTERNS, USE_CUE, USER_USE } from '../lexicon/purposes';
import { PolicyText, Sentence } from '../structure';
import { findDuration } from './durations';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { legalBasesAt, legalBasesIn } from './legal-bases.extractor';
import { inTopic, negated, viewOf } from './scan';
import { parentheticalBases, sectionTies } from './section-lists';

// A list introduced by a retention sentence ("Les données sont conservées ... aux finalités ... :") gives periods.
const NOT_PURPOSE_INTRO =
  /gegevens(?! (om|voor))|data (?!to)|informatie die|cookies|rechten|rights|droits|ontvangers|recipients|derden|third parties|bewaard|bewaren|bewaartermijn|retained|retain|kept|conserv[ée]e?s?|dur[ée]e de conservation/i;
// "... worden verwerkt ten behoeve van de volgende doelstelling(en):": whatever else the intro names, the list it
// ends is a list of purposes.
const PURPOSE_LIST_INTRO =
  /(?:volgende|onderstaande|navolgende|following)\s(?:\p{L}+\s)?(?:doel(?:einden|en|stellingen|stelling\(en\)|stelling)|purposes)\s*:\s*$|finalit[ée]s suivantes\s*:\s*$/iu;
// A definition ("Het begrip 'verwerking' dekt ...", "'Processing' means ...") states no purpose.
const DEFINITION =
  /het begrip|wordt verstaan|verstaan we|betekent|\bomvat elke\b|\bmeans\b|is defined as|d[ée]signe|on entend par|se d[ée]finit/i;
// "Wij verwerken onderstaande persoonsgegevens ...:", "we collect the following data:": a list of data items.
const DATA_LIST_INTRO =
  /(?:volgende|onderstaande|navolgende|following|suivantes)\s(?:\w+\s)?(?:persoons)?(?:gegevens|data|information|donn[ée]es)|donn[ée]es (?:personnelles )?suivantes/i;
// Sections whose sentences state rights, recipients or the authority: their "om ... te" clauses are no purposes.
const OTHER_TOPICS = ['rights', 'recipients', 'authority', 'changes', 'children', 'automated'] as const;
// "op basis van ... wettelijke verplichtingen", "basé sur : les obligations légales": the law named as a basis, not
// the legal-compliance purpose (which a purpose verb states: "om te voldoen aan", "to comply with").
const BASIS_BEFORE =
  /(?:op basis van|op grond van|gebaseerd op|on the basis of|based on|sur (?:la )?base d|bas[ée]e? sur|fond[ée]e? sur)\b/i;
const COMPLY_VERB = /voldoen|naleven|nakomen|compl(?:y|iance)|respect|conformer|meet (?:our|its)/i;

// "This Privacy Policy provides an explanation as to how ...", "Deze privacyverklaring legt uit ...": the policy
// describing itself states no purpose.
const ABOUT_POLICY =
  /^(?:this|our|deze|dit|onze|cette|la pr[ée]sente|notre) (?:privacy ?|cookie ?)?(?:policy|statement|notice|verklaring|beleid|privacyverklaring|privacybeleid|d[ée]claration|politique)\b/i;
// "zolang je account actief is", "as long as your account is active": the account bounds a period, it is no purpose.
const ACCOUNT_PERIOD =
  /zolang (?:je|jouw|uw|u een) account|as long as (?:you have an |your )account|tant que (?:votre|le) compte/i;

const STATUTORY_KEEP =
  /\b(?:tax|fiscal|accounting) (?:law|legislation|rules)\b[^.;]{0,30}\brequired\b[^.;]{0,20}\bto (?:keep|retain|store)\b|\b(?:fiscale|wettelijke|boekhoudkundige) bewaarplicht\b|\bobligations? (?:l[ée]gales?|fiscales?|comptables?) de conserv/i;

interface Statement {
  sentence: Sentence;
  /** A list item of a lawful-basis section ("Gerechtvaardigd belang: ... bijvoorbeeld ..."): its purposes are examples. */
  basisItem: boolean;
  /** The text read for purposes: a list item's whole text, or the sentence. */
  phrase: string;
  body: string;
  confidence: number;
}

/** Purpose statements: list items introduced as purposes, sentences of purpose sections, "used to/for" sentences. */
function statements(doc: PolicyText): Statement[] {
  const out: Statement[] = [];
  const itemsSeen = new Set<number>();
  for (const s of doc.sentences) {
    if (s.kind === 'heading') continue;
    const intro = s.intro ? viewOf(doc, s.intro) : '';
    const text = viewOf(doc, s);
    const item = s.kind === 'list-item';
    const purposeSection = inTopic(doc, s, ['purposes']);
    const introduced =
      item &&
      (PURPOSE_LIST_INTRO.test(intro) ||
        ((PURPOSE_CUE.test(intro) || USE_CUE.test(intro)) && !NOT_PURPOSE_INTRO.test(intro.replace(PURPOSE_CUE, ''))));
    if (DEFINITION.test(text) || NOT_PERSONAL.test(text) || ABOUT_POLICY.test(text)) continue;
    // "functionele cookies, zoals sessie- en login cookies ...": an item naming the kinds of cookies, not a purpose
    // (unless it says what they are used for).
    const cookieKinds = item && inTopic(doc, s, ['cookies']) && /cookies?\b/i.test(text);
    if (cookieKinds && !PURPOSE_LIST_INTRO.test(intro) && !USE_CUE.test(text.replace(USER_USE, ''))) continue;
    const dataIntro = DATA_LIST_INTRO.test(intro);
    const used = USE_CUE.test(text.replace(USER_USE, '')) && !inTopic(doc, s, [...OTHER_TOPICS]);
    // "... worden verwerkt voor ledenbeheer op basis van de contractuele relatie": a purpose tied to a named basis.
    const withBasis =
      !item &&
      (purposeSection || PURPOSE_CUE.test(text)) &&
      legalBasesIn(text).length > 0 &&
      !inTopic(doc, s, [...OTHER_TOPICS, 'legal-basis']);
    // "4.1 Legitimate Interest" followed by "Security monitoring: ...": a basis section lists its purposes.
    const basisItem = item && inTopic(doc, s, ['legal-basis']) && !purposeSection;
    // Items of a data list ("Wij verwerken onderstaande persoonsgegevens ...:") name data, not purposes.
    const sectionItem = item && purposeSection && !dataIntro;
    // "Due to tax law we are required to keep these forms for at least 7 years": a statutory duty to keep data is
    // the legal-compliance purpose of that keeping (a retention rule for an activity not listed as a purpose).
    const statutoryKeep = !item && STATUTORY_KEEP.test(text);
    if (!(
      statutoryKeep ||
      (introduced && !dataIntro) ||
      sectionItem ||
      (purposeSection && PURPOSE_CUE.test(text)) ||
      used ||
      basisItem ||
      withBasis
    ))
      continue;
    // A list item is one statement: its first sentence names it, the rest may tie a basis or a period.
    if (item && itemsSeen.has(s.block)) continue;
    itemsSeen.add(s.block);
    const body = item ? viewOf(doc, doc.blocks[s.block]) : text;
    const confidence = introduced || (item && purposeSection) ? 0.6 : purposeSection ? 0.5 : 0.4;
    // "Het leveren van diensten: Het beheer van de klantenadministratie ...": the label names the purpose.
    const label = item ? body.split(/:\s/)[0] : body;
    out.push({ sentence: s, basisItem, phrase: label, body, confidence });
  }
  return out;
}

// "the full range of services that we offer", "preferences for a service", "the products and services of PostNL": the
// noun "service(s)" as an object, not the purpose of providing a service.
const SERVICE_NOUN = /^(?:diensten|dienstverlening|services?)$/i;
const OBJECT_BEFORE =
  /(?:\b(?:of|for|about|concerning|regarding|van|over|omtrent|betreffende|sur|concernant)\s(?:(?:a|an|the|our|its|your|onze|uw|je|de|het|een|nos|vos|les|des|un|une)\s)?(?:\p{L}+\s){0,2}|\b(?:products?|producten|produits)\s(?:and|en|et|&)\s)$/iu;

function serviceAsObject(phrase: string, code: string, index: number, match: string): boolean {
  return code === 'ServiceProvision' && SERVICE_NOUN.test(match) && OBJECT_BEFORE.test(phrase.slice(0, index));
}

// "for the purposes for which it has been provided", "voor de doeleinden waarvoor ze zijn verstrekt": the principle
// of purpose limitation names no purpose (its "provided" is no service provision).
const PURPOSE_LIMITATION =
  /(?:purposes?|doel(?:einden|en|stelling)?|fins|finalit[ée]s?) (?:for which|waarvoor|pour lesquelles)[^.;,]{0,60}?(?:provided|collected|given|verstrekt|verzameld|gegeven|fournies|collect[ée]es|communiqu[ée]es)/gi;

/** The distinct purpose categories a phrase names, clause by clause ("klantenbeheer en boekhouding" gives two). */
function categoriesIn(text: string, known: Set<string>, dutch: boolean): Found[] {
  const out: Found[] = [];
  const phrase = text.replace(PURPOSE_LIMITATION, (m) => ' '.repeat(m.length));
  for (const c of phrase.matchAll(/[^,;]+/g)) {
    // Dutch "of" (or) splits only Dutch text: "keeping you informed of new developments" is one purpose.
    for (const part of c[0].split(dutch ? /\s(?:en|and|et|of|or|ou)\s/ : /\s(?:en|and|et|or|ou)\s/)) {
      const offset = (c.index ?? 0) + c[0].indexOf(part);
      const hit = PURPOSE_PATTERNS.find(([code, re]) => known.has(code) && re.test(part));
      if (!hit || out.some((o) => o.code === hit[0])) continue;
      const m = hit[1].exec(part);
      if (m && serviceAsObject(phrase, hit[0], offset + m.index, m[0])) continue;
      out.push({ code: hit[0], index: offset + (m?.index ?? 0), length: m?.[0].length ?? 0 });
    }
  }
  return out;
}

/** The whole paragraph a list intro ends ("... de bijhorende contractuele relatie. De gegevens worden gebruikt voor:"). */
function introParagraph(doc: PolicyText, intro: { start: number; end: number }): string {
  const block = doc.blocks.find((b) => b.start <= intro.start && intro.start < b.end);
  return block ? viewOf(doc, block) : viewOf(doc, intro);
}

/** Lawful bases tied to a statement: in its own text, else in the list's intro, else in its section heading. */
function basesFor(doc: PolicyText, st: Statement): LegalBasisCode[] {
  const own = legalBasesIn(st.body);
  if (own.length) return own;
  // A list item under a basis intro ("met volgende rechtsgronden:"), or a line after one in its paragraph, naming its
  // basis in brackets.
  const i = doc.sentences.indexOf(st.sentence);
  const prev = i > 0 && doc.sentences[i - 1].block === st.sentence.block ? viewOf(doc, doc.sentences[i - 1]) : '';
  const lead = st.sentence.intro ? introParagraph(doc, st.sentence.intro) : prev;
  if (BASIS_STATEMENT.test(lead) || BASIS_STATEMENT.test(st.body)) {
    const bracketed = parentheticalBases(st.body);
    if (bracketed.length) return bracketed;
  }
  const intro = st.sentence.intro ? legalBasesIn(introParagraph(doc, st.sentence.intro)) : [];
  if (intro.length) return intro;
  const heading = legalBasesIn(doc.sections[st.sentence.section]?.headingText ?? '');
  if (heading.length || st.sentence.kind !== 'list-item') return heading;
  return sectionTies(doc, st.sentence.section).bases;
}

/** The retention period a statement gives, else (for a list item) the one its section's retention list gives. */
function retentionFor(doc: PolicyText, st: Statement): PurposeFacts['retention'] {
  const own = findDuration(st.body);
  // "for at least 7 years", "minimaal 5 jaar": a minimum is a rule without a period.
  if (own)
    return {
      description: st.body.slice(own.index, own.index + own.length),
      duration: AT_LEAST.test(st.body.slice(0, own.index)) ? null : own.duration,
    };
  if (st.sentence.kind === 'list-item') return sectionTies(doc, st.sentence.section).retention;
  // "Information collected from volunteers ... is collected to support these volunteers. This data will be kept for
  // at most 3 years after the project ends.": the next sentence of the paragraph keeps "this data" for a period.
  const i = doc.sentences.indexOf(st.sentence);
  const next = doc.sentences[i + 1];
  if (!next || next.block !== st.sentence.block) return null;
  const text = viewOf(doc, next);
  const period = findDuration(text);
  return period && THIS_DATA_KEPT.test(text)
    ? { description: text.slice(period.index, period.index + period.length), duration: period.duration }
    : null;
}

const AT_LEAST = /\b(?:at least|a minimum of|minimum|minimaal|ten minste|tenminste|minstens|au moins|au minimum)\s*$/i;

const THIS_DATA_KEPT =
  /^(?:this|these|such|that) (?:personal )?(?:data|information)\b[^.;]{0,30}\b(?:kept|retained|stored|saved|deleted)\b|^(?:deze|die|dergelijke) (?:persoons)?gegevens\b[^.;]{0,30}\b(?:bewaard|opgeslagen|bijgehouden|verwijderd)\b|^(?:ces|ces m[êe]mes) (?:donn[ée]es|informations)\b[^.;]{0,30}\b(?:conserv[ée]es|stock[ée]es|supprim[ée]es)\b/i;

interface Found {
  code: string;
  index: number;
  length: number;
}

/**
 * Bases per purpose where one statement names several purposes and several bases ("voor ledenbeheer op basis van de
 * contractuele relatie en om u te informeren op basis van het gerechtvaardigd belang"): a purpose takes the bases
 * named next after it (the run of bases up to the next purpose), else the run named last before it. A basis that is
 * a purpose's own wording ("het voldoen aan wettelijke verplichtingen") goes to that purpose only. Null when the
 * statement gives no such structure: then every purpose takes every basis.
 */
function basesPerPurpose(st: Statement, found: Found[]): Map<Found, LegalBasisCode[]> | null {
  const mentions = legalBasesAt(st.body);
  if (found.length < 2 || mentions.length === 0 || st.basisItem) return null;
  const out = new Map<Found, LegalBasisCode[]>(found.map((f) => [f, []]));
  const overlaps = (f: Found, m: { start: number; end: number }) => m.start < f.index + f.length && f.index < m.end;
  const free = mentions.filter((m) => {
    const own = found.find((f) => overlaps(f, m));
    if (own) out.get(own)!.push(m.code);
    return !own;
  });
  const ordered = [...found].sort((a, b) => a.index - b.index);
  for (const f of ordered) {
    const after = free.filter((m) => m.start > f.index);
    // The run of bases that starts with the first one after the purpose and ends where another purpose stands.
    let run = after.filter((m) => !ordered.some((g) => g.index > after[0].start && g.index < m.start));
    if (!run.length) {
      const before = free.filter((m) => m.start < f.index);
      run = before.filter((m) => !ordered.some((g) => g.index > m.start && g.index < f.index));
    }
    out.get(f)!.push(...run.map((m) => m.code));
  }
  for (const [f, codes] of out) out.set(f, [...new Set(codes)]);
  return out;
}

/** The legal-compliance purpose read off a lawful basis ("op basis van ... wettelijke verplichtingen"): not one. */
function basisWording(doc: PolicyText, st: Statement, f: Found): boolean {
  const isBasis = legalBasesAt(st.body).some((m) => m.start < f.index + f.length && f.index < m.end);
  // "l'exécution d'un contrat ou de mesures précontractuelles" in a list of bases: the basis, not a purpose.
  if (st.basisItem && isBasis) return true;
  if (f.code !== 'LegalCompliance') return false;
  const before = st.body.slice(0, f.index);
  if (COMPLY_VERB.test(st.body.slice(Math.max(0, f.index - 30), f.index + f.length))) return false;
  // A basis-section item naming the law as its basis ("Wettelijke verplichting: ..."), not a purpose it lists
  // ("Data breach notification: Required under GDPR" under "Legal Obligation").
  if (st.basisItem || st.sentence.kind === 'list-item') {
    const intro = st.sentence.intro ? viewOf(doc, st.sentence.intro) : '';
    return isBasis && (st.basisItem || BASIS_BEFORE.test(intro));
  }
  return BASIS_BEFORE.test(before);
}

/** True for a nested list item under an item that already names a purpose (its examples and details). */
function underPurposeItem(doc: PolicyText, s: Sentence, named: Set<number>): boolean {
  const depth = doc.blocks[s.block].depth ?? 1;
  if (depth <= 1) return false;
  for (let b = s.block - 1; b >= 0; b--) {
    const block = doc.blocks[b];
    if (block.kind !== 'list-item') return false;
    if ((block.depth ?? 1) < depth) return named.has(b);
  }
  return false;
}

/**
 * The purposes the policy states, each coded to a DPV purpose category (open class: proposals, confidence 0.3-0.6),
 * with the lawful bases and the retention period the same statement (or its list intro or section heading) ties to
 * it. One statement may name several purposes; a negated one ("we do not use ... for marketing") is left out.
 */
export function extractPurposes(doc: PolicyText, vocabulary: Vocabulary): Extracted<PurposeFacts>[] {
  const known = new Set(vocabulary.purposeCategories.map((c) => c.code));
  const names = new Map(vocabulary.purposeCategories.map((c) => [c.code, c.name]));
  const out: Extracted<PurposeFacts>[] = [];
  const named = new Set<number>();
  for (const st of statements(doc)) {
    if (st.sentence.kind === 'list-item' && underPurposeItem(doc, st.sentence, named)) continue;
    const dutch = doc.language === 'nl';
    const inLabel = categoriesIn(st.phrase, known, dutch);
    let found = inLabel.filter(
      (f) => !basisWording(doc, st, f) && !(f.code === 'AccountManagement' && ACCOUNT_PERIOD.test(st.body)),
    );
    // A label that names only a basis ("Om een overeenkomst te kunnen uitvoeren: ...") is not read further.
    if (found.length === 0 && inLabel.length === 0 && st.phrase !== st.body)
      found = categoriesIn(st.body, known, dutch)
        .filter((f) => !basisWording(doc, st, f))
        .slice(0, st.basisItem ? undefined : 1);
    if (found.length === 0) continue;
    named.add(st.sentence.block);
    const bases = basesFor(doc, st);
    const perPurpose = basesPerPurpose(st, found);
    const retention = retentionFor(doc, st);
    for (const f of found) {
      const at = st.sentence.start + f.index;
      if (negated(doc, st.sentence, at, at + f.length, 0)) continue;
      out.push({
        name: names.get(f.code) ?? f.code,
        label: doc.text
          .slice(st.sentence.start, st.sentence.start + Math.min(st.phrase.length, 160))
          .replace(/\s+/g, ' ')
          .trim(),
        category: f.code,
        legalBases: perPurpose?.get(f) ?? bases,
        dataCategories: [],
        retention,
        evidence: [sentenceEvidence(doc, st.sentence, at, at + f.length)],
        confidence: found.length > 1 ? st.confidence - 0.1 : st.confidence,
      });
    }
  }
  retentionNamingPurposes(doc, out);
  const tied = new Set(out.map((p) => `${p.category}:${p.retention?.duration}`));
  return [
    ...out,
    ...retentionPurposes(doc, known, names).filter((p) => !tied.has(`${p.category}:${p.retention?.duration}`)),
  ];
}

/**
 * "Bovenstaande gegevens worden bewaard zolang het nodig is voor een goede ledenadministratie en boekhouding met een
 * maximale bewaartermijn van 3 maanden": a retention sentence that names purposes already found gives them its
 * period (those without one).
 */
function retentionNamingPurposes(doc: PolicyText, purposes: Extracted<PurposeFacts>[]): void {
  for (const s of retentionSentencesNamingPurposes(doc)) {
    const body = viewOf(doc, s);
    const d = findDuration(body);
    if (!d) continue;
    for (const p of purposes) {
      const re = PURPOSE_PATTERNS.find(([code]) => code === p.category)?.[1];
      if (p.retention || !re?.test(body)) continue;
      p.retention = { description: body.slice(d.index, d.index + d.length), duration: d.duration };
      p.evidence = [...p.evidence, sentenceEvidence(doc, s, s.start + d.index, s.start + d.index + d.length)];
    }
  }
}

/** Paragraphs of a retention section that keep data "for" named purposes (a purpose pattern in the sentence). */
export function retentionSentencesNamingPurposes(doc: PolicyText): Sentence[] {
  return doc.sentences.filter((s) => {
    if (s.kind !== 'paragraph' || !inTopic(doc, s, ['retention'])) return false;
    const body = viewOf(doc, s);
    return (
      /\b(?:bewaard|bewaren|kept|retained|conserv[ée]es?)\b/i.test(body) &&
      /\b(?:voor|for|pour)\b/i.test(body) &&
      PURPOSE_PATTERNS.some(([code, re]) => code !== 'ServiceProvision' && re.test(body))
    );
  });
}

/** "Marketingdoeleinden: 1 jaar", "Security logs: 12 months": a retention list gives a period per purpose. */
function retentionPurposes(doc: PolicyText, known: Set<string>, names: Map<string, string>): Extracted<PurposeFacts>[] {
  const out: Extracted<PurposeFacts>[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'list-item' || !inTopic(doc, s, ['retention'])) continue;
    const body = viewOf(doc, s);
    // "Marketingdoeleinden: 1 jaar", or a sentence naming the purpose before its period ("Het IP-adres dat voor
    // beveiligingsdoeleinden wordt verwerkt, wordt daarna maximaal 7 dagen verwijderd").
    const found = findDuration(body);
    const colon =
      body.indexOf(':') >= 3 && body.indexOf(':') < (found?.index ?? 0) ? body.indexOf(':') : (found?.index ?? 0);
    const duration = found && findDuration(body.slice(colon));
    const hit = PURPOSE_PATTERNS.find(([code, re]) => known.has(code) && re.test(body.slice(0, colon)));
    if (!duration || !hit || colon < 3) continue;
    out.push({
      name: names.get(hit[0]) ?? hit[0],
      label: doc.text.slice(s.start, s.start + colon).trim(),
      category: hit[0],
      legalBases: [],
      dataCategories: [],
      retention: { description: body.slice(colon + 1).trim(), duration: duration.duration },
      evidence: [sentenceEvidence(doc, s)],
      confidence: 0.5,
    });
  }
  return out;
}
