import { IngestError } from './ingest-error';
import { findLigatureRepairs, applyRepairs } from './ligature-repair';
import { detectLanguage } from './detect-language';
import { ParseLimits } from './limits';
import { Block, Language } from './parsed-document';
import { buildParagraphs, pageLines, runningLines } from './pdf-layout';
import { extractPdfItems } from './pdf-worker';
import { TextBuilder } from './text-builder';

export interface PdfText {
  text: string;
  blocks: Block[];
  warnings: string[];
  language: Language | null;
}

/**
 * Reads a PDF into the canonical text: pdf.js in a bounded worker, lines and paragraphs rebuilt from positions,
 * running headers and footers dropped, end-of-line hyphenation undone, broken ligatures ("Nafionaliteit") repaired
 * against the hunspell dictionary of the detected language. Rejects with IngestError (UNREADABLE_PDF, EMPTY_TEXT,
 * TOO_MANY_PAGES, ENCRYPTED_PDF, TIMEOUT).
 */
export async function parsePdf(bytes: Buffer, limits: ParseLimits, timeoutMs: number): Promise<PdfText> {
  const { pages } = await extractPdfItems(bytes, limits, timeoutMs);
  const lines = pages.map((items, n) => pageLines(items, n + 1));
  const running = runningLines(lines);
  const body = lines.flat().filter((l) => !running.has(l.text.replace(/\d+/g, '#').toLowerCase()));
  if (body.length === 0) {
    throw new IngestError(
      'EMPTY_TEXT',
      'the PDF has no text layer (a scan or images only); run OCR first or send the text',
    );
  }
  const paragraphs = buildParagraphs(body);
  const language = detectLanguage(paragraphs.map((p) => p.text).join('\n'));
  const warnings: string[] = [];
  const builder = new TextBuilder();
  let repaired = 0;
  for (const p of paragraphs) {
    const repairs = language ? findLigatureRepairs(p.text, language) : [];
    repaired += repairs.length;
    builder.add(p.kind, applyRepairs(p.text, repairs), p.level);
  }
  if (repaired)
    warnings.push(`${repaired} word(s) with broken ligatures repaired (e.g. "Nafionaliteit" -> "Nationaliteit")`);
  if (running.size) warnings.push(`${running.size} running header/footer line(s) dropped`);
  return { ...builder.finish(), warnings, language };
}
