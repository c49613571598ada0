import { IngestError, parseDocument } from '../../src/ingest/parse';
import { minimalPdf } from './support/minimal-pdf';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).code;
  }
}

describe('parseDocument on hostile or bad input', () => {
  it('rejects an unsupported media type with a message naming the supported ones', async () => {
    await expect(parseDocument(Buffer.from('x'), 'application/msword')).rejects.toThrow(
      /text\/plain, text\/markdown, text\/html or application\/pdf/,
    );
    expect(await codeOf(parseDocument(Buffer.from('x'), 'image/png'))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects binary garbage, also when labelled text/html or sent without a type', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(await codeOf(parseDocument(garbage, 'text/html'))).toBe('BINARY_CONTENT');
    expect(await codeOf(parseDocument(garbage))).toBe('BINARY_CONTENT');
  });

  it('rejects text over 2 MB and a PDF over 10 MB', async () => {
    expect(await codeOf(parseDocument(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'), 'text/plain'))).toBe('TOO_LARGE');
    expect(
      await codeOf(parseDocument(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]))),
    ).toBe('TOO_LARGE');
  });

  it('rejects a document without text', async () => {
    expect(
      await codeOf(parseDocument(Buffer.from('<html><body><script>x()</script></body></html>'), 'text/html')),
    ).toBe('EMPTY_TEXT');
    expect(await codeOf(parseDocument(Buffer.from('   \n\n  '), 'text/plain'))).toBe('EMPTY_TEXT');
    expect(await codeOf(parseDocument(minimalPdf([[]])))).toBe('EMPTY_TEXT');
  });

  it('reads a 2 MB single line without hanging', async () => {
    const line = 'Wij verwerken uw gegevens voor de uitvoering van de overeenkomst '
      .repeat(31000)
      .slice(0, 2 * 1024 * 1024 - 10);
    const parsed = await parseDocument(Buffer.from(line), 'text/plain');
    expect(parsed.text.length).toBe(line.length);
  });

  it('cuts deeply nested HTML off with a warning and keeps the rest', async () => {
    const html = `<p>Bovenaan de pagina staat deze privacyverklaring.</p>${'<div>'.repeat(20000)}diep${'</div>'.repeat(20000)}`;
    const parsed = await parseDocument(Buffer.from(html), 'text/html');
    expect(parsed.text).toContain('Bovenaan de pagina staat deze privacyverklaring.');
    expect(parsed.warnings.join(' ')).toMatch(/nested deeper than/);
  });

  it('rejects a corrupt PDF, too many pages, and a PDF over its time budget', async () => {
    expect(
      await codeOf(parseDocument(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'), 'application/pdf')),
    ).toBe('UNREADABLE_PDF');
    const threePages = minimalPdf([['Pagina een'], ['Pagina twee'], ['Pagina drie']]);
    expect(await codeOf(parseDocument(threePages, 'application/pdf', { maxPages: 2 }))).toBe('TOO_MANY_PAGES');
    expect(await codeOf(parseDocument(threePages, 'application/pdf', { timeoutMs: 1 }))).toBe('TIMEOUT');
  });

  it('survives a PDF bomb (a content stream far larger than the worker heap allows)', async () => {
    // 200,000 text operations on one page: pdf.js must either finish within the worker's heap or the worker dies;
    // either way parseDocument settles with text or an IngestError, never a crash of this process.
    const lines = Array.from({ length: 200000 }, (_, i) => `regel ${i}`);
    const bomb = minimalPdf([lines]);
    const result = await parseDocument(bomb, 'application/pdf', { pdfHeapMb: 64, timeoutMs: 20000 }).then(
      (p) => `text ${p.text.length > 0}`,
      (e: IngestError) => e.code,
    );
    expect(['text true', 'UNREADABLE_PDF', 'TIMEOUT']).toContain(result);
  });
});
