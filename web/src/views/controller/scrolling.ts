const smooth = () => window.matchMedia('(prefers-reduced-motion: no-preference)').matches;

/**
 * Brings the run starting at `start` into view: inside the text pane when it scrolls on its own (wide screens),
 * else in the page (phones, where the text follows the facts).
 */
export function scrollSpanIntoView(pane: HTMLElement | null, start: number): void {
  const element = document.getElementById(`seg-${start}`);
  if (!element) return;
  const behavior: ScrollBehavior = smooth() ? 'smooth' : 'auto';
  if (pane && pane.scrollHeight > pane.clientHeight + 1 && getComputedStyle(pane).overflowY !== 'visible') {
    const top = element.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior });
  } else {
    element.scrollIntoView({ block: 'center', behavior });
  }
}

/** Scrolls the fact column to a fact card (a deep link, or a fact picked from the text). */
export function scrollFactIntoView(anchor: string): void {
  document
    .getElementById(`fact-${anchor}`)
    ?.scrollIntoView({ block: 'nearest', behavior: smooth() ? 'smooth' : 'auto' });
}
