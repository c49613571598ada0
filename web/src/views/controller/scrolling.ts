const smooth = () => window.matchMedia('(prefers-reduced-motion: no-preference)').matches;

/**
 * Brings the run starting at `start` into view: inside the text pane when it scrolls on its own (wide screens),
 * else in the page (phones, where the text follows the facts).
 */
export function scrollSpanIntoView(pane: HTMLElement | null, start: number): void {
  const element = document.getElementById(`seg-${start}`);
  if (element) scrollTargetIntoView(pane, element);
}

/** Brings a range of the text (a sentence picked with the keys) into view, as `scrollSpanIntoView` does a run. */
export function scrollTargetIntoView(pane: HTMLElement | null, target: Element | Range): void {
  const behavior: ScrollBehavior = smooth() ? 'smooth' : 'auto';
  const rect = target.getBoundingClientRect();
  if (pane && pane.scrollHeight > pane.clientHeight + 1 && getComputedStyle(pane).overflowY !== 'visible') {
    const top = rect.top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior });
  } else if (target instanceof Element) {
    target.scrollIntoView({ block: 'center', behavior });
  } else {
    window.scrollTo({ top: Math.max(0, rect.top + window.scrollY - window.innerHeight / 2), behavior });
  }
}

/** Scrolls the fact column to a fact card (a deep link, or a fact picked from the text). */
export function scrollFactIntoView(anchor: string): void {
  document
    .getElementById(`fact-${anchor}`)
    ?.scrollIntoView({ block: 'nearest', behavior: smooth() ? 'smooth' : 'auto' });
}
