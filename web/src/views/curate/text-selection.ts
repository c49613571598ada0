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
