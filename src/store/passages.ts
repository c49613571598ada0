import { Passage } from '../entities';
import { Span } from '../policy/locate-quote';
import { BulkWriter } from './writer';

const MAX_PASSAGE = 600;
const SENTENCE_END = /[.:;!?)]\s*$/;

/**
 * Splits a document into the passages that search returns: runs of lines joined until a sentence ends or the passage
 * grows past ~600 characters (PDF extractions break sentences across lines). Spans are trimmed of surrounding space.
 */
export function splitPassages(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) lines.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  const passages: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    if (current && current.end - current.start + (line.end - line.start) <= MAX_PASSAGE) {
      current.end = line.end;
    } else {
      if (current) passages.push(current);
      current = { ...line };
    }
    if (SENTENCE_END.test(text.slice(current.start, current.end))) {
      passages.push(current);
      current = null;
    }
  }
  if (current) passages.push(current);
  return passages;
}

/** Buffers the search passages of a document (the published versions' documents are searchable, no others). */
export function writePassages(writer: BulkWriter, documentId: number, text: string): void {
  for (const span of splitPassages(text)) {
    writer.insert(Passage, { documentId, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
}
