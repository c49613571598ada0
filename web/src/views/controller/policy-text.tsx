import { type KeyboardEvent, memo, useMemo } from 'react';
import type { TextSegment } from '../../lib/evidence-segments';

interface PolicyTextProps {
  text: string;
  language: string;
  segments: readonly TextSegment[];
  /** The selected fact: its segments are marked active. */
  selected: string | null;
  /** Start of the segment the reader clicked last (outlined). */
  clickedStart: number | null;
  onSegment(segment: TextSegment): void;
}

/**
 * The policy text, byte-exact, with every span of evidence highlighted: each highlighted run is a button (click or
 * Enter) that shows which facts rest on it; the runs of the selected fact are marked active. Each run's id is
 * `seg-<start>`, so that the page can scroll to a span by its start offset.
 */
export const PolicyText = memo(function PolicyText(props: PolicyTextProps) {
  const { text, segments, selected, clickedStart, onSegment } = props;
  const nodes = useMemo(
    () =>
      segments.map((segment) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.anchors.length === 0 && !segment.passage) return content;
        if (segment.anchors.length === 0) {
          return (
            <mark key={segment.start} id={`seg-${segment.start}`} className="passage">
              {content}
            </mark>
          );
        }
        const active = selected !== null && segment.anchors.includes(selected);
        const classes = ['evidence'];
        if (segment.anchors.length > 1) classes.push('evidence-multi');
        if (active) classes.push('is-active');
        if (segment.passage) classes.push('passage');
        if (clickedStart === segment.start) classes.push('is-clicked');
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSegment(segment);
          }
        };
        return (
          <mark
            key={segment.start}
            id={`seg-${segment.start}`}
            className={classes.join(' ')}
            role="button"
            tabIndex={0}
            aria-describedby="evidence-hint"
            onClick={() => onSegment(segment)}
            onKeyDown={onKeyDown}
          >
            {content}
          </mark>
        );
      }),
    [text, segments, selected, clickedStart, onSegment],
  );
  return (
    <>
      <p id="evidence-hint" hidden>
        Evidence: press to list the facts that rest on these words.
      </p>
      <div className="policy-text" lang={props.language} data-testid="policy-text">
        {nodes}
      </div>
    </>
  );
});
