import 'reflect-metadata';
import { readSeeds } from '../../../src/seed/read-seeds';
import { extractPolicy, ExtractedPolicy, parseDocument } from '../../../src/ingest';

export const vocabulary = readSeeds().vocabulary;

/** Parses an excerpt as plain text (or the given type) and extracts it with the seed vocabulary. */
export async function extractText(text: string, mediaType = 'text/plain'): Promise<ExtractedPolicy> {
  return extractPolicy(await parseDocument(Buffer.from(text, 'utf8'), mediaType), vocabulary);
}
