import { segmentAt, segmentText } from '../../web/src/lib/evidence-segments';

describe('segmentText (the highlighted runs of the explorer’s policy text)', () => {
  it('cuts the text at every span boundary, each run knowing the facts that cover it', () => {
    const facts = [
      { anchor: 'purpose-1', spans: [{ start: 2, end: 8 }] },
      { anchor: 'data-category-1', spans: [{ start: 5, end: 10 }] },
    ];
    expect(segmentText(12, facts)).toEqual([
      { start: 0, end: 2, anchors: [], passage: false },
      { start: 2, end: 5, anchors: ['purpose-1'], passage: false },
      { start: 5, end: 8, anchors: ['purpose-1', 'data-category-1'], passage: false },
      { start: 8, end: 10, anchors: ['data-category-1'], passage: false },
      { start: 10, end: 12, anchors: [], passage: false },
    ]);
  });

  it('merges a fact’s touching or overlapping spans, keeps the facts’ order, and marks passages', () => {
    const facts = [
      { anchor: 'b', spans: [{ start: 4, end: 6 }] },
      {
        anchor: 'a',
        spans: [
          { start: 0, end: 4 },
          { start: 4, end: 6 },
          { start: 1, end: 3 },
        ],
      },
    ];
    expect(segmentText(8, facts, [{ start: 5, end: 7 }])).toEqual([
      { start: 0, end: 4, anchors: ['a'], passage: false },
      { start: 4, end: 5, anchors: ['b', 'a'], passage: false },
      { start: 5, end: 6, anchors: ['b', 'a'], passage: true },
      { start: 6, end: 7, anchors: [], passage: true },
      { start: 7, end: 8, anchors: [], passage: false },
    ]);
  });

  it('covers the whole text without gaps, clips spans to it and ignores empty ones', () => {
    const segments = segmentText(10, [
      {
        anchor: 'x',
        spans: [
          { start: -3, end: 2 },
          { start: 7, end: 99 },
          { start: 5, end: 5 },
        ],
      },
    ]);
    expect(segments.map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [2, 7],
      [7, 10],
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it('finds the run at an offset', () => {
    const segments = segmentText(12, [{ anchor: 'a', spans: [{ start: 3, end: 6 }] }]);
    expect(segmentAt(segments, 3)).toMatchObject({ start: 3, end: 6, anchors: ['a'] });
    expect(segmentAt(segments, 5)).toMatchObject({ start: 3 });
    expect(segmentAt(segments, 11)).toMatchObject({ start: 6, end: 12 });
    expect(segmentAt(segments, 12)).toBeUndefined();
  });
});
