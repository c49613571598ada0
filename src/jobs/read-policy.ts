import type { Vocabulary } from '../policy/vocabulary';
import { readSeeds } from '../seed/read-seeds';
import { ExtractedPolicy, extractPolicy, ParsedDocument, parseDocument } from '../ingest';

/** The two steps of reading a policy, each run in a worker thread of its own budget (see PolicyReader). */
export interface ReadTask {
  step: 'parse' | 'extract';
}

export interface ParseTask extends ReadTask {
  step: 'parse';
  bytes: Uint8Array;
  mediaType: string | null;
  timeoutMs: number;
}

export interface ExtractTask extends ReadTask {
  step: 'extract';
  parsed: ParsedDocument;
}

let vocabulary: Vocabulary | null = null;

/**
 * The vocabulary the extractor maps words to: the seed vocabulary (seeds/vocabulary), read once per thread. The
 * database holds at least these terms (seeding writes them, nothing deletes a term); the ingest catalogues extend it.
 */
export function extractorVocabulary(): Vocabulary {
  return (vocabulary ??= readSeeds().vocabulary);
}

/** Runs one step: the bytes into the canonical text and its blocks, or the parsed text into draft facts. Pure code. */
export async function runReadTask(task: ParseTask | ExtractTask): Promise<ParsedDocument | ExtractedPolicy> {
  if (task.step === 'parse')
    return parseDocument(Buffer.from(task.bytes), task.mediaType ?? undefined, { timeoutMs: task.timeoutMs });
  return extractPolicy(task.parsed, extractorVocabulary());
}
