import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { Block, BlockKind } from './parsed-document';
import { addHtmlFragment } from './html.parser';
import { DEFAULT_LIMITS } from './limits';
import { pseudoHeadingLevel } from './pseudo-heading';
import { CELL_BREAK, LINE_BREAK, TextBuilder } from './text-builder';

const markdown = new MarkdownIt('commonmark', { html: true }).enable('table');

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n[\s\S]{0,4000}?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Source without YAML front matter (Jekyll, Hugo, Astro, Docusaurus): site metadata, not visible text. */
export function stripFrontMatter(source: string): string {
  return source.replace(FRONT_MATTER, '');
}

const BR = /^<br\s*\/?>$/i;

/** The visible text of an inline token: text, code spans, link text and image alt text; inline tags dropped, <br> a line break. */
function inlineText(token: Token): string {
  return childrenText(token.children ?? []);
}

function childrenText(children: Token[]): string {
  const out: string[] = [];
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') out.push(child.content);
    else if (child.type === 'softbreak') out.push(' ');
    else if (child.type === 'hardbreak') out.push(LINE_BREAK);
    else if (child.type === 'image') out.push(child.content);
    else if (child.type === 'html_inline' && BR.test(child.content.trim())) out.push(LINE_BREAK);
  }
  return out.join('');
}

/** True when the inline content is one bold (or italic-bold) run and nothing else: "**Bewaartermijn**". */
function wholeStrong(token: Token): boolean {
  const kids = (token.children ?? []).filter((c) => !(c.type === 'text' && !c.content.trim()));
  const opens = kids.filter((c) => c.type === 'strong_open').length;
  return opens === 1 && kids[0]?.type === 'strong_open' && kids[kids.length - 1]?.type === 'strong_close';
}

/**
 * A paragraph that opens with a bold title line ended by a hard break ("**Cookies**  \nCookies are small text
 * files..."): the title as a heading and the rest as the paragraph. Undefined when the paragraph has no such line.
 */
function leadingTitle(token: Token): { title: string; level: number; rest: string } | undefined {
  const all = token.children ?? [];
  const first = all.findIndex((c) => !(c.type === 'text' && !c.content.trim()));
  const kids = first > 0 ? all.slice(first) : all;
  if (kids[0]?.type !== 'strong_open') return undefined;
  const close = kids.findIndex((c) => c.type === 'strong_close');
  let next = close + 1;
  while (kids[next]?.type === 'text' && !kids[next].content.trim()) next++;
  if (close < 0 || kids[next]?.type !== 'hardbreak') return undefined;
  const title = childrenText(kids.slice(1, close)).trim();
  const rest = childrenText(kids.slice(next + 1));
  const level = pseudoHeadingLevel(title, true);
  // Only prose under the title: "**BGSNL (...)**  \nEmail: info@bgsnl.nl" is a name over a contact block.
  const line = rest.trim().split(LINE_BREAK)[0];
  const prose = line.split(/\s+/).length >= 5 && !/^[^:]{0,25}:/.test(line);
  return level && prose ? { title, level, rest } : undefined;
}

/** A paragraph's block kind and level: a bold or ALL-CAPS title line without heading markup reads as a heading. */
function paragraphKind(token: Token, content: string): { kind: BlockKind; level?: number } {
  const level = pseudoHeadingLevel(content.trim(), wholeStrong(token));
  return level ? { kind: 'heading', level } : { kind: 'paragraph' };
}

/**
 * Reads Markdown (CommonMark with tables, markdown-it's tokens) into the canonical text: headings with their level,
 * paragraphs, list items, table rows (cells separated by a tab). Raw HTML blocks are read as HTML (their visible
 * text kept, as a browser shows it); code blocks are dropped.
 */
export function parseMarkdown(source: string): { text: string; blocks: Block[]; warnings: string[] } {
  const tokens = markdown.parse(stripFrontMatter(source), {});
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
      case 'html_block':
        addHtmlFragment(builder, token.content, DEFAULT_LIMITS.maxDepth);
        break;
      case 'inline': {
        const content = inlineText(token);
        if (row) row.push(content);
        else {
          if (heading) builder.add('heading', content, heading);
          else if (listDepth > 0) builder.add('list-item', content, undefined, listDepth);
          else {
            const lead = leadingTitle(token);
            if (lead) {
              builder.add('heading', lead.title, lead.level);
              builder.add('paragraph', lead.rest);
            } else {
              const { kind, level } = paragraphKind(token, content);
              builder.add(kind, content, level);
            }
          }
        }
        break;
      }
    }
  }
  return { ...builder.finish(), warnings: [] };
}
