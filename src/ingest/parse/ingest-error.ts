/** Why a document could not be read. Stable codes: callers branch on them, people read the message. */
export type IngestErrorCode =
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNREADABLE_PDF'
  | 'ENCRYPTED_PDF'
  | 'EMPTY_TEXT'
  | 'TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'TIMEOUT'
  | 'BINARY_CONTENT';

/** A document that cannot be turned into text: bad input, not a bug. Carries a code and a message saying what to do. */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
