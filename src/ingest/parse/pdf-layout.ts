import { BULLET } from './plain-text.parser';
import { BlockKind } from './parsed-document';
import { PdfItem } from './pdf-worker';

export interface PdfLine {
  text: string;
  y: number;
  x: number;
  height: number;
  page: number;
}

export interface PdfParagraph {
  kind: BlockKind;
  text: string;
  level?: number;
}

/** Groups a page's items into lines (same baseline within a third of the font size), left to right. */
export function pageLines(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfItem[]; y: number; height: number }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.height, item.height) / 3);
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, height: item.height });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const row = line.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of row) {
        const gap = item.x - end;
        if (text && gap > item.height * 0.2 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      const height = Math.max(...row.map((i) => i.height));
      return { text: text.replace(/\s+/g, ' ').trim(), y: line.y, x: row[0].x, height, page };
    })
    .filter((l) => l.text.length > 0);
}

/** Lines repeated at the top or bottom of most pages (running headers, footers, page numbers), digits ignored. */
export function runningLines(pages: PdfLine[][]): Set<string> {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  if (pages.length < 3) {
    for (const lines of pages)
      for (const l of lines) if (/^(page |pagina )?#( ?\/ ?#| of #| van #)?$/i.test(key(l))) repeated.add(key(l));
    return repeated;
  }
  for (const [k, n] of counts) if (n >= Math.max(3, pages.length * 0.5)) repeated.add(k);
  return repeated;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length * p)] : 0;
}

const median = (values: number[]) => percentile(values, 0.5);

/** Joins a line to the paragraph so far, undoing end-of-line hyphenation ("verwerkings-" + "doeleinden"). */
export function joinLine(paragraph: string, line: string): string {
  const hyphen = /(\p{L}{3,})[-\u00ad]$/u.exec(paragraph);
  if (hyphen && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/**
 * Rebuilds paragraphs from lines: a new block starts at a larger vertical gap than the body's line spacing, at a
 * change of font size, at a bullet, or after a line ending a sentence that is much shorter than the column. Lines in
 * a font clearly larger than the body text, short and unpunctuated, are headings.
 */
export function buildParagraphs(lines: PdfLine[]): PdfParagraph[] {
  const body = median(lines.map((l) => l.height)) || 10;
  // The body's line spacing: a low percentile, since paragraph gaps are as common as line gaps in short texts.
  const spacing =
    percentile(
      lines
        .slice(1)
        .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
        .filter((d) => d > 0),
      0.25,
    ) || body * 1.2;
  const width = Math.max(...lines.map((l) => l.text.length), 1);
  const out: PdfParagraph[] = [];
  let current: PdfParagraph | undefined;
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const heading = line.height > body * 1.15 && line.text.length < 120 && !/[.;,]$/.test(line.text);
    const bullet = BULLET.test(line.text);
    const gap = prev && prev.page === line.page ? prev.y - line.y : spacing;
    const sameBlock =
      current &&
      prev &&
      !bullet &&
      (current.kind === 'heading') === heading &&
      gap <= spacing * 1.35 &&
      Math.abs(line.height - prev.height) < body * 0.15 &&
      !(/[.:!?]$/.test(prev.text) && prev.text.length < width * 0.6);
    if (sameBlock && current) current.text = joinLine(current.text, line.text);
    else {
      const text = bullet ? line.text.replace(BULLET, '') : line.text;
      current = { kind: heading ? 'heading' : bullet ? 'list-item' : 'paragraph', text };
      if (heading) current.level = line.height > body * 1.6 ? 1 : 2;
      out.push(current);
    }
    prev = line;
  }
  return out;
}
