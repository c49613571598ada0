import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ParseLimits } from './limits';
import { Block, BlockKind } from './parsed-document';
import { pseudoHeadingLevel } from './pseudo-heading';
import { CELL_BREAK, LINE_BREAK, TextBuilder } from './text-builder';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'nav',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'dialog',
  'menu',
  'picture',
  'img',
]);
const PAGE_CHROME = new Set(['header', 'footer', 'aside']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'address',
  'dl',
  'dt',
  'dd',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'details',
  'summary',
  'center',
  'body',
  'html',
]);
const CHROME_ROLE = /^(navigation|banner|contentinfo|search|dialog|alertdialog|complementary|menu|menubar)$/;
const BANNER =
  /cookie[-_]?(banner|bar|notice|consent|popup|law|wall|modal)|consent|onetrust|cookiebot|cc[-_]window|\bcmp\b|gdpr[-_]banner|skip[-_]link|breadcrumb|\bnavbar\b|site[-_]header|site[-_]footer/i;

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attr(element, 'role');
  if (role && CHROME_ROLE.test(role)) return true;
  const marker = `${attr(element, 'id') ?? ''} ${attr(element, 'class') ?? ''}`;
  return BANNER.test(marker);
}

function findMain(node: Node, depth: number, maxDepth: number): Element | undefined {
  if (depth > maxDepth || !('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'main' || attr(child, 'role') === 'main') return child;
    const found = findMain(child, depth + 1, maxDepth);
    if (found) return found;
  }
  return undefined;
}

class HtmlWalker {
  private buffer: string[] = [];
  private kind: BlockKind = 'paragraph';
  private level: number | undefined;
  /** How many <li> elements enclose the current one. */
  private listDepth = 0;
  /** Inside a <dt>. */
  private inTerm = false;
  truncated = false;

  constructor(
    private readonly builder: TextBuilder,
    private readonly maxDepth: number,
    private readonly inMain: boolean,
  ) {}

  private flush(): void {
    if (this.buffer.length) {
      const content = this.buffer.join('');
      // A definition term (<dt>) shaped as a title heads its <dd>: "Cookies, of vergelijkbare technieken, die wij gebruiken".
      const term = this.inTerm ? pseudoHeadingLevel(content.trim(), true) : undefined;
      this.builder.add(
        term ? 'heading' : this.kind,
        content,
        term ?? this.level,
        this.kind === 'list-item' ? this.listDepth : undefined,
      );
    }
    this.buffer = [];
  }

  walk(node: Node, depth: number): void {
    if (depth > this.maxDepth) {
      this.truncated = true;
      return;
    }
    if (node.nodeName === '#text') {
      this.buffer.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) this.walk(child, depth + 1);
      return;
    }
    this.element(node, depth);
  }

  private element(element: Element, depth: number): void {
    const tag = element.tagName;
    if (SKIPPED.has(tag) || isHidden(element) || (!this.inMain && PAGE_CHROME.has(tag))) return;
    if (tag === 'br') return void this.buffer.push(LINE_BREAK);
    const heading = /^h([1-6])$/.exec(tag);
    const kind: BlockKind | undefined = heading ? 'heading' : tag === 'li' ? 'list-item' : undefined;
    const block = kind !== undefined || BLOCKS.has(tag) || tag === 'tr';
    if (!block) {
      for (const child of element.childNodes) this.walk(child, depth + 1);
      if (tag === 'td' || tag === 'th') this.buffer.push(CELL_BREAK);
      return;
    }
    this.flush();
    const saved = { kind: this.kind, level: this.level };
    this.kind = kind ?? 'paragraph';
    this.level = heading ? Number(heading[1]) : undefined;
    if (tag === 'li') this.listDepth++;
    const inTerm = this.inTerm;
    this.inTerm = tag === 'dt';
    for (const child of element.childNodes) this.walk(child, depth + 1);
    this.flush();
    this.inTerm = inTerm;
    if (tag === 'li') this.listDepth--;
    this.kind = saved.kind === 'heading' ? 'paragraph' : saved.kind;
    this.level = saved.kind === 'heading' ? undefined : saved.level;
  }

  finish(): void {
    this.flush();
  }
}

/**
 * Reads HTML as browsers do (parse5, the WHATWG algorithm: broken markup, templates and inline scripts included)
 * and keeps the visible prose: headings with their level, paragraphs, list items, table rows. Drops scripts, styles,
 * navigation, forms, hidden elements, cookie banners and the page's header, footer and sidebars (kept only inside
 * <main>). Nesting deeper than `limits.maxDepth` is cut off with a warning.
 */
export function parseHtml(html: string, limits: ParseLimits): { text: string; blocks: Block[]; warnings: string[] } {
  const document = parse(html);
  const main = findMain(document, 0, limits.maxDepth);
  const builder = new TextBuilder();
  const walker = new HtmlWalker(builder, limits.maxDepth, main !== undefined);
  walker.walk(main ?? document, 0);
  walker.finish();
  const warnings = walker.truncated
    ? [`HTML nested deeper than ${limits.maxDepth} elements: the deepest content was dropped`]
    : [];
  return { ...builder.finish(), warnings };
}

/**
 * Appends the visible text of an HTML fragment (raw HTML inside Markdown) to `builder`, block by block, with the
 * same rules as whole pages (hidden elements, scripts and forms dropped). Returns true when nesting was cut off.
 */
export function addHtmlFragment(builder: TextBuilder, html: string, maxDepth: number): boolean {
  const walker = new HtmlWalker(builder, maxDepth, true);
  walker.walk(parseFragment(html), 0);
  walker.finish();
  return walker.truncated;
}
