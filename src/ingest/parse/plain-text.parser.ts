import { assignListIntros } from './list-intro';
import { Block } from './parsed-document';

interface Line {
  start: number;
  end: number;
  /** Empty lines right before this one. */
  gap: number;
}

interface Unit {
  start: number;
  end: number;
  /** A paragraph break (not a mere line break) precedes the unit. */
  broken: boolean;
}

export const BULLET = /^(?:[•·▪◦‣○●■□✓✔➢►→\-–—*]\s*)+|^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)/;
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\S/;
const SENTENCE_END = /[.;!:,]$/;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (!content) {
      gap++;
      continue;
    }
    lines.push({ start: m.index + lead, end: m.index + lead + content.length, gap });
    gap = 0;
  }
  return lines;
}

/** Double-spaced text (a blank line after nearly every line, as PDF-to-text tools write): one blank line is a line break. */
function isDoubleSpaced(lines: Line[]): boolean {
  if (lines.length < 8) return false;
  const single = lines.filter((l) => l.gap === 1).length;
  return single / lines.length > 0.6;
}

/**
 * Text whose paragraphs stand on one long line each (not hard-wrapped): there a line break between short lines
 * separates items ("op te vragen en in te kijken,\nte (laten) wijzigen,"), it does not wrap a sentence.
 */
function isUnwrapped(lines: Line[]): boolean {
  return lines.length >= 8 && lines.filter((l) => l.end - l.start > 120).length / lines.length >= 0.15;
}

function joinLines(text: string, lines: Line[]): Unit[] {
  const double = isDoubleSpaced(lines);
  const unwrapped = !double && isUnwrapped(lines);
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const broken = double ? line.gap >= 2 : line.gap >= 1;
    const prev = current ? text.slice(current.start, current.end) : '';
    const continues =
      current !== undefined &&
      !broken &&
      !BULLET.test(content) &&
      !/[.:;!?]$/.test(prev) &&
      (!unwrapped || text.slice(current.start, current.end).split('\n').pop()!.length > 80) &&
      (!double || /^[a-zà-ÿ(0-9]/.test(content) || /[-,]$/.test(prev));
    if (continues && current) current.end = line.end;
    else {
      current = { start: line.start, end: line.end, broken };
      units.push(current);
    }
  }
  return units;
}

function headingCandidate(content: string): boolean {
  if (content.length > 100 || SENTENCE_END.test(content.replace(/:$/, ''))) return false;
  if (/@|https?:|www\.|\+?\d[\d\s./()-]{6,}\d/i.test(content)) return false;
  const words = content.split(/\s+/).length;
  if (NUMBERED_HEADING.test(content)) return words <= 14;
  if (content.endsWith(':')) return words <= 6;
  return words <= 12 && /^[\p{Lu}\d]/u.test(content) && !/^[+\d\s()./-]+$/.test(content);
}

function classify(text: string, units: Unit[]): Block[] {
  const blocks: Block[] = [];
  units.forEach((unit, i) => {
    const content = text.slice(unit.start, unit.end);
    const bullet = BULLET.exec(content);
    const next = units[i + 1] ? text.slice(units[i + 1].start, units[i + 1].end) : '';
    const numberedHeading = NUMBERED_HEADING.test(content) && headingCandidate(content);
    const prevBlock = blocks[blocks.length - 1];
    const afterHeading = prevBlock?.kind === 'heading' && prevBlock.end === units[i - 1]?.end;
    if (bullet && !numberedHeading) {
      blocks.push({ kind: 'list-item', start: unit.start + bullet[0].length, end: unit.end });
    } else if (
      headingCandidate(content) &&
      next &&
      !afterHeading &&
      !/^[a-zà-ÿ]/.test(next) &&
      (numberedHeading || !headingCandidate(next) || next.endsWith(':'))
    ) {
      const depth = /^(\d{1,2}(?:\.\d{1,2})*)/.exec(content)?.[1].split('.').filter(Boolean).length ?? 1;
      blocks.push({ kind: 'heading', level: Math.min(6, depth + 1), start: unit.start, end: unit.end });
    } else {
      blocks.push({ kind: 'paragraph', start: unit.start, end: unit.end });
    }
  });
  return blocks;
}

/**
 * Short unmarked lines right after a line ending with ":" are the items of a list (bullets lost in extraction), and
 * so are two or more after a short unpunctuated line ("Zo verwerken we jouw gegevens" / "naam" / "adres").
 */
function markUnbulletedLists(text: string, blocks: Block[]): void {
  const short = (b: Block | undefined) =>
    b?.kind === 'paragraph' && b.end - b.start <= 60 && !/[.!?;:]$/.test(text.slice(b.start, b.end));
  for (let i = 0; i + 1 < blocks.length; i++) {
    const intro = text.slice(blocks[i].start, blocks[i].end);
    const colon = blocks[i].kind === 'paragraph' && intro.endsWith(':');
    const adjacent = (k: number) =>
      k < blocks.length && !/\n\s*\n/.test(text.slice(blocks[k - 1].end, blocks[k].start));
    const shortRun =
      short(blocks[i]) && short(blocks[i + 1]) && short(blocks[i + 2]) && adjacent(i + 1) && adjacent(i + 2);
    if (!colon && !shortRun) continue;
    for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'list-item'; j++) {
      const content = text.slice(blocks[j].start, blocks[j].end);
      if (content.length > 160 || content.endsWith(':') || /[.!?]\s+\p{Lu}/u.test(content)) break;
      // After a blank line, a short unpunctuated line heading lines of its own starts another list.
      const blankBefore = (k: number) => /\n\s*\n/.test(text.slice(blocks[k - 1].end, blocks[k].start));
      if (j > i + 1 && blankBefore(j) && short(blocks[j]) && j + 1 < blocks.length && !blankBefore(j + 1)) break;
      blocks[j] = { kind: 'list-item', start: blocks[j].start, end: blocks[j].end };
    }
  }
}

/**
 * Segments plain text into blocks without changing it: the canonical text is the input itself. Lines joined into
 * paragraphs (hard-wrapped and double-spaced text included), headings by shape (short, unpunctuated, numbered),
 * list items by their bullet or as the short lines after an introducing ":".
 */
export function segmentPlainText(text: string): Block[] {
  const units = joinLines(text, readLines(text));
  const blocks = classify(text, units);
  markUnbulletedLists(text, blocks);
  assignListIntros(text, blocks);
  return blocks;
}
