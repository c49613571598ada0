import { TextSpan } from '../parse';

// Abbreviations after which a period does not end a sentence (nl/en/fr), lower case, without the period.
const ABBREVIATIONS = new Set([
  'bv',
  'bijv',
  'o.a',
  'oa',
  'e.g',
  'i.e',
  'etc',
  'art',
  'nr',
  'no',
  'n°',
  'z.g.a',
  'zgn',
  'ca',
  'cf',
  'vs',
  'dhr',
  'mevr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'p',
  'pp',
  'resp',
  'incl',
  'excl',
  'evt',
  'm.b.t',
  'mbt',
  't.a.v',
  'ivm',
  'i.v.m',
  'd.w.z',
  'dwz',
  'e.d',
  'ed',
  'a.u.b',
  'cfr',
  'ex',
  'min',
  'max',
  'tel',
  'fax',
  'ea',
  'e.a',
  'ltd',
  'inc',
  'co',
  'corp',
  'mme',
  'mlle',
  'm',
  'cie',
  'av',
  'bd',
  'gsm',
  'jan',
  'feb',
  'apr',
  'aug',
  'sept',
  'okt',
  'oct',
  'nov',
  'dec',
  'vb',
  'blz',
  'al',
  'lid',
  'par',
  'para',
  'sub',
  'ref',
  'approx',
  'esp',
  'viz',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.°]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return /\d$/.test(text.slice(0, dot)) && /^\.\s*\d/.test(text.slice(dot, dot + 3));
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Splits a span of text into sentences at ".", "!", "?" (and ";" ending a list-like clause) followed by white space
 * and a capital, a digit or an opening mark; never after a known abbreviation or an initial. Spans are trimmed.
 */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const body = text.slice(span.start, span.end);
  const re = /[.!?]+["'’”)\]]*(?=\s+["'‘“([]?[\p{Lu}\d•])|[.!?]+["'’”)\]]*$/gu;
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0][0] === '.' && m[0].length === 1 && endsWithAbbreviation(body, m.index)) continue;
    push(out, span.start, body, from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(out, span.start, body, from, body.length);
  return out;
}

function push(out: TextSpan[], offset: number, body: string, from: number, to: number): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed.length === 0) return;
  out.push({ start: offset + from + lead, end: offset + from + lead + trimmed.length });
}
