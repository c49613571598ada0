import { IngestError } from '../ingest/parse/ingest-error';
import { DEFAULT_LIMITS } from '../ingest/parse/limits';
import { normaliseMediaType, sniffMediaType } from '../ingest/parse/sniff-media-type';
import { IngestionRequest } from '../store/ingestion-operations';
import { userError, UserErrorCode } from '../store/user-errors';

/** What a client submits: the content as a string (GraphQL: text, or base64 for a PDF) or as raw bytes (HTTP). */
export interface Submission {
  content: string | Buffer;
  mediaType: string | null;
  sourceUrl: string | null;
  controller: string | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a submission: raw, base64 for a PDF given as a string, else the string's UTF-8. */
function bytesOf(content: string | Buffer, pdf: boolean): Buffer {
  if (Buffer.isBuffer(content)) return content;
  if (!pdf) return Buffer.from(content, 'utf8');
  const compact = content.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact))
    throw userError(UserErrorCode.INVALID, 'A PDF is sent base64-encoded: the content is not base64.', [
      'input',
      'content',
    ]);
  return Buffer.from(compact, 'base64');
}

function checkUrl(url: string | null): void {
  if (url === null) return;
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || url.length > 2000)
    throw userError(UserErrorCode.INVALID, 'sourceUrl must be an http(s) URL of at most 2,000 characters.', [
      'input',
      'sourceUrl',
    ]);
}

/** The media type as declared (checked), else sniffed from the bytes; a client's mistake is a user error. */
function mediaTypeOf(declared: string | null, bytes: Buffer | null): string {
  try {
    if (declared !== null) return normaliseMediaType(declared);
    return bytes ? sniffMediaType(bytes) : 'text/plain';
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    const code = error.code === 'UNSUPPORTED_MEDIA_TYPE' ? UserErrorCode.UNSUPPORTED_MEDIA_TYPE : UserErrorCode.INVALID;
    throw userError(code, `${error.message[0].toUpperCase()}${error.message.slice(1)}.`, ['input', 'mediaType']);
  }
}

/**
 * Checks a submission at the door, before anything is stored: a supported media type, content within the size
 * limits (2 MB of text, 10 MB of PDF), base64 for a PDF sent as a string, an http(s) source URL. Throws UserErrors.
 * What only reading can tell (an unreadable PDF, binary data declared as HTML) ends the ingestion FAILED instead.
 */
export function checkSubmission(submission: Submission): IngestionRequest {
  const { content, controller } = submission;
  const declared = submission.mediaType?.trim() || null;
  checkUrl(submission.sourceUrl);
  const sniffFrom = Buffer.isBuffer(content) ? content : null;
  // "%PDF-" in base64: a PDF sent as a string without its media type.
  const base64Pdf = declared === null && typeof content === 'string' && content.trimStart().startsWith('JVBERi0');
  let mediaType = base64Pdf ? 'application/pdf' : mediaTypeOf(declared, sniffFrom);
  const bytes = bytesOf(content, mediaType === 'application/pdf');
  if (declared === null && !base64Pdf && !Buffer.isBuffer(content)) mediaType = mediaTypeOf(null, bytes);
  const max = mediaType === 'application/pdf' ? DEFAULT_LIMITS.maxPdfBytes : DEFAULT_LIMITS.maxTextBytes;
  if (bytes.length > max)
    throw userError(
      UserErrorCode.TOO_LARGE,
      `The content is ${bytes.length} bytes; at most ${max} are read for ${mediaType}.`,
      ['input', 'content'],
    );
  if (bytes.length === 0) throw userError(UserErrorCode.INVALID, 'The content is empty.', ['input', 'content']);
  return { bytes, mediaType, sourceUrl: submission.sourceUrl, controller };
}
