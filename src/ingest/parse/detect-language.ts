import { franc } from 'franc';
import { Language } from './parsed-document';

const CODES: Record<string, Language> = { nld: 'nl', eng: 'en', fra: 'fr', deu: 'de' };
const ONLY = Object.keys(CODES);
const SAMPLE = 20000;

/**
 * The language of a text among nl/en/fr/de (franc's trigram model), or null when the text is too short (under 40
 * letters) to tell. Long texts are judged on their first 20,000 characters.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 40) return null;
  const code = franc(sample, { only: ONLY, minLength: 40 });
  return CODES[code] ?? null;
}
