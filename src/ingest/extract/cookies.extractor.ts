import type { CookieFacts } from '../../policy/fact-file';
import { PolicyText, Sentence } from '../structure';
import { sentenceEvidence } from './evidence';
import { Extracted } from './extracted-policy';
import { inTopic, negated, scan, viewOf } from './scan';

const KINDS: [string, RegExp][] = [
  [
    'ESSENTIAL',
    /technische|strikt noodzakelijke?|noodzakelijke|essenti[ëe]le|strictly necessary|necessary|essential|techniques|n[ée]cessaires?|indispensables?|essentiels?/i,
  ],
  [
    'FUNCTIONAL',
    /functionele|functional|fonctionnels|pr[ée]f[ée]rence|voorkeur|choix de la langue|taalkeuze|language (?:choice|setting)/i,
  ],
  [
    'ANALYTICS',
    /analytische|analytics?|analytical|analytiques?|statisti|analyse|mesure d'audience|prestatie|performance/i,
  ],
  [
    'MARKETING',
    /marketing|advertentie|advertis(?:ing|ement)|reclame|tracking|tracerings|publicitaires|ciblage|targeting|ad cookies/i,
  ],
  ['THIRD_PARTY', /van derden|derde partijen|third[- ]part(y|ies)|de tiers|tierces/i],
];

// "no cookies beyond what is necessary", "geen cookies behalve de noodzakelijke": only essential cookies.
const ONLY_NECESSARY =
  /(?:not use|no|geen|pas de|aucun)\s(?:\w+\s){0,2}cookies?[^.]{0,80}(?:beyond|other than|except|behalve|buiten|dan|sauf|autres que)\s(?:what is |de |die |les )?(?:strictly |strikt )?(?:necessary|noodzakelijk|n[ée]cessaires?)/i;
// "plaatst geen cookies", "does not use cookies", "n'utilise pas de cookies".
const NO_COOKIES =
  /(?:geen|no|not (?:use|place|set)|n'utilise pas de|pas de|aucun)\s(?:\w+\s){0,2}cookies?|cookies?\s(?:worden )?niet (?:gebruikt|geplaatst)/i;

// "Technische gegevens (zonder cookies)", "analysed without the use of cookies": a sentence that sets cookies aside.
const WITHOUT_COOKIES = /\b(?:zonder|without|sans)\s(?:[\p{L}']+\s){0,3}cookies?\b/iu;

const DEFINITION =
  /^(?:een |a |an |un |une |les |de |the )?cookies?\s(?:\([^)]*\)\s)?(?:is|zijn|are|est|sont)\s(?:een |a |an |un |une |de |des )?(?:klein|small|petit|tekst|text)/i;

// "Cookies are small text files ... They can be used to save your preferences": the pronoun stands for the cookies.
const PRONOUN = /^(?:They|These|Ze|Zij|Deze|Die|Ils|Elles|Ceux-ci|Celles-ci)\s/;

/** The sentence at index i opens with a pronoun right after a sentence on cookies, in the same paragraph. */
function continuesCookies(doc: PolicyText, i: number): boolean {
  const s = doc.sentences[i];
  const prev = doc.sentences[i - 1];
  return (
    prev !== undefined &&
    PRONOUN.test(viewOf(doc, s)) &&
    /cookie/i.test(viewOf(doc, prev)) &&
    !doc.view.slice(prev.end, s.start).includes('\n')
  );
}

/** "Deze website gebruikt geen technische, functionele of analytische cookies": the word cookies itself negated. */
function cookiesDenied(doc: PolicyText, s: Sentence): boolean {
  const m = /cookies?/i.exec(viewOf(doc, s));
  return m !== null && negated(doc, s, s.start + m.index, s.start + m.index + m[0].length, 0);
}

/** The kinds of cookies the policy says it uses; UNSPECIFIED when it speaks of cookies without saying which. */
export function extractCookies(doc: PolicyText): Extracted<CookieFacts>[] {
  const sentences = doc.sentences.filter(
    (s, i) =>
      s.kind !== 'heading' &&
      !WITHOUT_COOKIES.test(viewOf(doc, s)) &&
      (/cookie/i.test(viewOf(doc, s)) ||
        (s.kind === 'list-item' && inTopic(doc, s, ['cookies'])) ||
        continuesCookies(doc, i)),
  );
  if (sentences.length === 0) return [];
  const only = sentences.find((s) => ONLY_NECESSARY.test(viewOf(doc, s)));
  if (only) {
    const m = ONLY_NECESSARY.exec(viewOf(doc, only));
    const at = only.start + (m?.index ?? 0);
    return [
      {
        kind: 'ESSENTIAL',
        description: viewOf(doc, only).replace(/\s+/g, ' ').trim(),
        evidence: [sentenceEvidence(doc, only, at, at + (m?.[0].length ?? 0))],
        confidence: 0.6,
      },
    ];
  }
  const out: Extracted<CookieFacts>[] = [];
  // "Cookies zijn kleine tekstbestanden die ...", "A cookie is a small file ...": a definition names no kind in use.
  const kinds = sentences.filter((s) => !DEFINITION.test(viewOf(doc, s)));
  for (const [kind, pattern] of KINDS) {
    const hit = scan(doc, pattern, (s) => kinds.includes(s)).find((h) => !negated(doc, h.sentence, h.start, h.end, 0));
    if (!hit) continue;
    out.push({
      kind,
      description: viewOf(doc, hit.sentence).replace(/\s+/g, ' ').trim(),
      evidence: [sentenceEvidence(doc, hit.sentence, hit.start, hit.end)],
      confidence: 0.65,
    });
  }
  const used = sentences.filter((x) => !NO_COOKIES.test(viewOf(doc, x)) && !cookiesDenied(doc, x));
  if (out.length === 0 && used.length) {
    const s = used[0];
    out.push({
      kind: 'UNSPECIFIED',
      description: viewOf(doc, s).replace(/\s+/g, ' ').trim(),
      evidence: [sentenceEvidence(doc, s)],
      confidence: 0.6,
    });
  }
  return out;
}
