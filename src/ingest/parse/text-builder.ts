import { assignListIntros } from './list-intro';
import { Block, BlockKind } from './parsed-document';

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Marks a hard line break (HTML <br>) and a table-cell boundary inside raw block text; kept through white-space collapsing. */
export const LINE_BREAK = '\ue000';
export const CELL_BREAK = '\ue001';

/**
 * Collapses white space (NBSP included) to single spaces, drops soft hyphens and zero-width characters, expands
 * ligature glyphs; LINE_BREAK becomes a newline and CELL_BREAK a tab.
 */
export function cleanInline(raw: string): string {
  return raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?([\ue000\ue001]) ?/g, '$1')
    .replace(/^[\s\ue000\ue001]+|[\s\ue000\ue001]+$/g, '')
    .replace(/\ue000+/g, '\n')
    .replace(/\ue001+/g, '\t');
}

/**
 * Builds the canonical text of a structured document (HTML, Markdown, PDF) block by block: blocks are separated by
 * a blank line (list items of one list by a newline) and each block's offsets are recorded as it is appended.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];

  get size(): number {
    return this.length;
  }

  add(kind: BlockKind, raw: string, level?: number, depth?: number): void {
    const content = cleanInline(raw);
    if (!content) return;
    if (this.length > 0) {
      const last = this.blocks[this.blocks.length - 1];
      const separator = kind === 'list-item' && last?.kind === 'list-item' ? '\n' : '\n\n';
      this.parts.push(separator);
      this.length += separator.length;
    }
    const block: Block = { kind, start: this.length, end: this.length + content.length };
    if (level !== undefined) block.level = level;
    if (depth !== undefined && kind === 'list-item') block.depth = depth;
    this.parts.push(content);
    this.length += content.length;
    this.blocks.push(block);
  }

  finish(): { text: string; blocks: Block[] } {
    const text = this.parts.join('');
    assignListIntros(text, this.blocks);
    return { text, blocks: this.blocks };
  }
}
