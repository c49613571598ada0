import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { Block, BlockKind } from './parsed-document';
import { CELL_BREAK, LINE_BREAK, TextBuilder } from './text-builder';

const markdown = new MarkdownIt('commonmark', { html: true }).enable('table');

/** The visible text of an inline token: text, code spans, link text and image alt text; inline HTML dropped. */
function inlineText(token: Token): string {
  const out: string[] = [];
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') out.push(child.content);
    else if (child.type === 'softbreak') out.push(' ');
    else if (child.type === 'hardbreak') out.push(LINE_BREAK);
    else if (child.type === 'image') out.push(child.content);
  }
  return out.join('');
}

/**
 * Reads Markdown (CommonMark with tables, markdown-it's tokens) into the canonical text: headings with their level,
 * paragraphs, list items, table rows (cells separated by a tab). Code blocks and raw HTML blocks are dropped.
 */
export function parseMarkdown(source: string): { text: string; blocks: Block[]; warnings: string[] } {
  const tokens = markdown.parse(source, {});
  const builder = new TextBuilder();
  let listDepth = 0;
  let heading: number | undefined;
  let row: string[] | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'list_item_open':
        listDepth++;
        break;
      case 'list_item_close':
        listDepth--;
        break;
      case 'heading_open':
        heading = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        builder.add('paragraph', (row ?? []).join(CELL_BREAK));
        row = undefined;
        break;
      case 'inline': {
        const content = inlineText(token);
        if (row) row.push(content);
        else {
          const kind: BlockKind = heading ? 'heading' : listDepth > 0 ? 'list-item' : 'paragraph';
          builder.add(kind, content, heading);
        }
        break;
      }
    }
  }
  return { ...builder.finish(), warnings: [] };
}
