import { decodeText } from './decode-text';
import { detectLanguage } from './detect-language';
import { IngestError } from './ingest-error';
import { findLigatureRepairs, suspectsBrokenLigatures } from './ligature-repair';
import { DEFAULT_LIMITS, ParseLimits } from './limits';
import { parseHtml } from './html.parser';
import { parseMarkdown } from './markdown.parser';
import { Block, ParsedDocument, SupportedMediaType } from './parsed-document';
import { parsePdf } from './pdf.parser';
import { segmentPlainText } from './plain-text.parser';
import { normaliseMediaType, sniffMediaType } from './sniff-media-type';

function checkSize(bytes: Buffer, mediaType: SupportedMediaType, limits: ParseLimits): void {
  const max = mediaType === 'application/pdf' ? limits.maxPdfBytes : limits.maxTextBytes;
  if (bytes.length > max) {
    throw new IngestError(
      'TOO_LARGE',
      `the document is ${bytes.length} bytes; at most ${max} are accepted for ${mediaType}`,
    );
  }
}

function parseText(bytes: Buffer, mediaType: SupportedMediaType, limits: ParseLimits) {
  const source = decodeText(bytes);
  if (mediaType === 'text/html') return parseHtml(source, limits);
  if (mediaType === 'text/markdown') return parseMarkdown(source);
  return { text: source, blocks: segmentPlainText(source), warnings: [] as string[] };
}

function checkDeadline(startedAt: number, limits: ParseLimits): void {
  if (Date.now() - startedAt > limits.timeoutMs) {
    throw new IngestError('TIMEOUT', `reading the document took longer than ${limits.timeoutMs} ms`);
  }
}

/**
 * Turns the bytes of a privacy policy into its canonical text and blocks. `mediaType` is the declared type
 * (parameters such as charset ignored); absent, it is sniffed. For text/plain the canonical text is the input
 * itself, byte-exact; for HTML, Markdown and PDF it is the visible prose rebuilt block by block.
 * Rejects with IngestError: UNSUPPORTED_MEDIA_TYPE, BINARY_CONTENT, TOO_LARGE, TOO_MANY_PAGES, UNREADABLE_PDF,
 * ENCRYPTED_PDF, EMPTY_TEXT or TIMEOUT. Pure apart from the PDF worker thread; touches no database.
 */
export async function parseDocument(
  bytes: Buffer,
  mediaType?: string,
  limits: Partial<ParseLimits> = {},
): Promise<ParsedDocument> {
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  const startedAt = Date.now();
  const type = mediaType ? normaliseMediaType(mediaType) : sniffMediaType(bytes);
  checkSize(bytes, type, bounds);
  if (type === 'application/pdf') {
    const pdf = await parsePdf(bytes, bounds, bounds.timeoutMs);
    return { ...pdf, mediaType: type, repairs: [] };
  }
  const { text, blocks, warnings } = parseText(bytes, type, bounds);
  checkDeadline(startedAt, bounds);
  if (!/\p{L}{2}/u.test(text)) {
    throw new IngestError('EMPTY_TEXT', 'the document has no readable text');
  }
  const language = detectLanguage(text);
  const repairs = language && suspectsBrokenLigatures(text) ? findLigatureRepairs(text, language) : [];
  if (repairs.length) warnings.push(`${repairs.length} word(s) read with broken ligatures repaired for matching`);
  checkDeadline(startedAt, bounds);
  return { text, mediaType: type, language, blocks: blocks as Block[], warnings, repairs };
}
