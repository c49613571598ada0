import { IngestError } from './ingest-error';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Share of characters that no text document contains: C0 controls other than tab/newline/CR/form feed, and NUL. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/** True when the bytes look like binary data rather than text in any encoding. */
export function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 65536);
  if (sample.length === 0) return false;
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)))
    return false;
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  return nul > 0 || controlShare(sample.toString('latin1')) > 0.05;
}

/**
 * Decodes text bytes: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 (the usual legacy encoding of
 * West-European pages). Throws BINARY_CONTENT when the result is not text.
 */
export function decodeText(bytes: Buffer): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = UTF8.decode(bytes);
    } catch {
      text = WINDOWS_1252.decode(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > 0.05) {
    throw new IngestError(
      'BINARY_CONTENT',
      'the document is binary data, not text; send the PDF as application/pdf or the page as text/html',
    );
  }
  return text;
}
