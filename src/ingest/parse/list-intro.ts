import { Block, TextSpan } from './parsed-document';

/** The last sentence of a paragraph: the part after its last sentence end that is followed by more text. */
function lastSentence(text: string, block: TextSpan): TextSpan {
  const body = text.slice(block.start, block.end);
  let cut = 0;
  const re = /[.!?]\s+(?=\S)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) cut = m.index + m[0].length;
  return { start: block.start + cut, end: block.end };
}

/**
 * Gives every list item the sentence that introduces its list: the last sentence of the paragraph right before
 * the list (typically ending with ":"). Items of a list that follows a heading directly get no intro.
 */
export function assignListIntros(text: string, blocks: Block[]): void {
  let intro: TextSpan | undefined;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === 'list-item') {
      if (previous?.kind === 'paragraph') intro = lastSentence(text, previous);
      else if (previous?.kind !== 'list-item') intro = undefined;
      if (intro) block.intro = intro;
    }
    previous = block;
  }
}
