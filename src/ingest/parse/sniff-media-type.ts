import { IngestError } from './ingest-error';
import { looksBinary } from './decode-text';
import { SupportedMediaType } from './parsed-document';

const ALIASES: Record<string, SupportedMediaType> = {
  'text/plain': 'text/plain',
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/html': 'text/html',
  'application/xhtml+xml': 'text/html',
  'application/pdf': 'application/pdf',
};

const HTML_MARKERS =
  /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|div[\s>]|p[\s>]|h[1-6][\s>]|meta\s|title>|section[\s>]|article[\s>])/i;
const MARKDOWN_MARKERS =
  /^(#{1,6}\s+\S|\s{0,3}[-*+]\s+\S.*\n\s{0,3}[-*+]\s+\S|\s{0,3}\d+\.\s+\S.*\n\s{0,3}\d+\.\s|.*\[[^\]\n]+\]\([^)\s]+\)|.*\*\*[^*\n]+\*\*)/m;

/** Normalises a declared media type ("text/html; charset=utf-8" -> "text/html"); throws on an unsupported one. */
export function normaliseMediaType(declared: string): SupportedMediaType {
  const bare = declared.split(';')[0].trim().toLowerCase();
  const known = ALIASES[bare];
  if (!known) {
    throw new IngestError(
      'UNSUPPORTED_MEDIA_TYPE',
      `media type "${bare}" is not supported; send text/plain, text/markdown, text/html or application/pdf`,
    );
  }
  return known;
}

/**
 * Guesses the media type of undeclared bytes: %PDF, then HTML tags, then Markdown markers, else plain text.
 * Throws BINARY_CONTENT for bytes that are no text at all.
 */
export function sniffMediaType(bytes: Buffer): SupportedMediaType {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (/^\s*%PDF-/.test(head)) return 'application/pdf';
  if (looksBinary(bytes)) {
    throw new IngestError('BINARY_CONTENT', 'the document is binary data of an unknown kind, not text or PDF');
  }
  const sample = bytes.subarray(0, 16384).toString('utf8');
  if (HTML_MARKERS.test(sample)) return 'text/html';
  if (MARKDOWN_MARKERS.test(sample)) return 'text/markdown';
  return 'text/plain';
}
