import type { Quote } from '../../lib/review-facts';

/**
 * The words selected inside the policy text, as a quote with its offsets in `text` (the container's text content is
 * the document text, byte-exact); null when nothing is selected there. Spaces at either end are left out.
 */
export function selectionIn(container: Element | null, text: string): Quote | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { quote: text.slice(start, end), start, end };
}

/**
 * Selects `[start, end)` of the container's text content, as a drag with the mouse would (so that `selectionIn`
 * reads it back); returns the range, or null when the offsets are outside the text.
 */
export function selectOffsets(container: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    // A start at a node's very end begins in the next node, so that the range does not open on an empty tail.
    if (!started && start >= offset && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end > offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range;
    }
    offset += length;
  }
  return null;
}
