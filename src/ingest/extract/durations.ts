import { DURATION, toIsoDuration } from '../lexicon/durations';

/** The first period in a text as an ISO 8601 duration, with where it stands, or null. */
export function findDuration(text: string): { duration: string; index: number; length: number } | null {
  const re = new RegExp(DURATION.source, 'gi');
  for (const m of text.matchAll(re)) {
    const duration = toIsoDuration(m[1], m[2]);
    // "16 jaar" of an age and "24 uur per dag" are not retention periods.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 25), m.index);
    if (/jonger|ouder|younger|older|under|onder|moins de|[âa]g[ée]s? de|leeftijd|age of/i.test(before)) continue;
    if (duration) return { duration, index: m.index ?? 0, length: m[0].length };
  }
  return null;
}
