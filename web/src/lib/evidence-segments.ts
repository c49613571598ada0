/** A span of a document: UTF-16 offsets, `start` inclusive, `end` exclusive (the API's Evidence and Span). */
export interface TextSpan {
  start: number;
  end: number;
}

/** Something shown beside the text whose evidence is highlighted in it: a fact, a finding, a transparency item. */
export interface EvidencedFact {
  /** Unique on the page; also the URL fragment that selects it (e.g. `purpose-3`). */
  anchor: string;
  spans: readonly TextSpan[];
}

/** A run of the text with the same highlighting: the facts whose evidence covers all of it. */
export interface TextSegment {
  start: number;
  end: number;
  /** Anchors of the facts with a span covering this run, in the order of `facts`. */
  anchors: string[];
  /** Whether one of the extra passages (e.g. a search hit) covers this run. */
  passage: boolean;
}

/**
 * Cuts a text of `length` code units into consecutive segments at every span boundary, so that each segment is
 * covered by the same facts (and passages) throughout. Segments cover `[0, length)` without gaps or overlaps;
 * neighbours always differ in coverage. Spans are clipped to the text; empty and inverted spans are ignored.
 */
export function segmentText(
  length: number,
  facts: readonly EvidencedFact[],
  passages: readonly TextSpan[] = [],
): TextSegment[] {
  if (length <= 0) return [];
  const order = new Map(facts.map((fact, index) => [fact.anchor, index]));
  // Boundary events: +1/-1 per fact anchor (a fact may have overlapping spans) and per passage.
  const events = new Map<number, { anchor: string | null; delta: number }[]>();
  const add = (at: number, anchor: string | null, delta: number) => {
    const list = events.get(at) ?? [];
    list.push({ anchor, delta });
    events.set(at, list);
  };
  const addSpan = (span: TextSpan, anchor: string | null) => {
    const start = Math.max(0, span.start);
    const end = Math.min(length, span.end);
    if (end <= start) return;
    add(start, anchor, 1);
    add(end, anchor, -1);
  };
  for (const fact of facts) for (const span of fact.spans) addSpan(span, fact.anchor);
  for (const span of passages) addSpan(span, null);

  const cuts = [...new Set([0, length, ...events.keys()])].sort((a, b) => a - b);
  const active = new Map<string, number>();
  let passageDepth = 0;
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    for (const { anchor, delta } of events.get(cuts[i]) ?? []) {
      if (anchor === null) passageDepth += delta;
      else {
        const count = (active.get(anchor) ?? 0) + delta;
        if (count > 0) active.set(anchor, count);
        else active.delete(anchor);
      }
    }
    const anchors = [...active.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    const passage = passageDepth > 0;
    const previous = segments[segments.length - 1];
    if (previous && previous.passage === passage && sameAnchors(previous.anchors, anchors)) {
      previous.end = cuts[i + 1];
    } else {
      segments.push({ start: cuts[i], end: cuts[i + 1], anchors, passage });
    }
  }
  return segments;
}

function sameAnchors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((anchor, index) => anchor === b[index]);
}

/**
 * The segment that starts at `offset` or, when none does, the one that contains it; undefined outside the text.
 * `segments` must come from segmentText (sorted, contiguous).
 */
export function segmentAt(segments: readonly TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.end) low = middle + 1;
    else return segment;
  }
  return undefined;
}
