/** The languages the extractor reads; anything else is reported as `null`. */
export type Language = 'nl' | 'en' | 'fr' | 'de';

export type SupportedMediaType = 'text/plain' | 'text/markdown' | 'text/html' | 'application/pdf';

export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** A span of the canonical text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One block of the document: a heading (with its level), a paragraph or a list item. */
export interface Block extends TextSpan {
  kind: BlockKind;
  /** 1..6 for headings. */
  level?: number;
  /** For list items of HTML and Markdown: 1 for an item of a top-level list, 2 for an item of a list inside it... */
  depth?: number;
  /** For list items: the sentence that introduces the list ("We process the following data:"). */
  intro?: TextSpan;
}

/**
 * A same-length correction of the canonical text, for matching only: e.g. "Nafionaliteit" read as "Nationaliteit"
 * in a text/plain document whose bytes must stay as published. Evidence keeps pointing at the canonical text.
 */
export interface TextRepair extends TextSpan {
  replacement: string;
}

export interface ParsedDocument {
  /** The canonical text: every evidence offset points into it. */
  text: string;
  mediaType: SupportedMediaType;
  /** The document's main language, or null when it is none of nl/en/fr/de or too short to tell. */
  language: Language | null;
  blocks: Block[];
  /** What was dropped, repaired or cut short, for people to read. */
  warnings: string[];
  /** Same-length repairs to apply to a matching view of `text` (never to `text` itself). */
  repairs: TextRepair[];
}
