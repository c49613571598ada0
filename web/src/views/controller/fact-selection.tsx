import { createContext, type MouseEvent, type ReactNode, useContext } from 'react';

export interface FactSelection {
  /** Anchor of the selected fact, or null. */
  selected: string | null;
  /** Selects a fact: marks its evidence in the text and scrolls to it. */
  select(anchor: string): void;
  /** Number of spans behind a fact. */
  spanCount(anchor: string): number;
}

export const FactSelectionContext = createContext<FactSelection>({
  selected: null,
  select: () => undefined,
  spanCount: () => 0,
});

interface FactCardProps {
  anchor: string;
  /** The fact in a few words: the card's heading. */
  heading: ReactNode;
  /** Extra content beside the heading (badges). */
  aside?: ReactNode;
  children?: ReactNode;
  /** A one-line row instead of a card (long lists such as personal data). */
  compact?: boolean;
  /** The `lang` of the heading when it quotes the policy. */
  lang?: string;
}

/**
 * One fact with its "Evidence" button. The button (keyboard) or a click anywhere on the card outside its links
 * selects the fact; the selected card is marked. The card's id is `fact-<anchor>` (not the anchor itself, so that the router does not jump to it on every selection).
 */
export function FactCard({ anchor, heading, aside, children, compact, lang }: FactCardProps) {
  const { selected, select, spanCount } = useContext(FactSelectionContext);
  const isSelected = selected === anchor;
  const count = spanCount(anchor);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('a, button, summary') || count === 0) return;
    select(anchor);
  };
  return (
    <article
      id={`fact-${anchor}`}
      className={`fact${compact ? ' fact-compact' : ''}${isSelected ? ' is-selected' : ''}${count ? ' has-evidence' : ''}`}
      onClick={onClick}
      aria-current={isSelected ? 'true' : undefined}
    >
      <div className="fact-head">
        <h4 className="fact-title" lang={lang} id={`fact-${anchor}-title`}>
          {heading}
        </h4>
        {aside}
        <EvidenceButton anchor={anchor} count={count} selected={isSelected} onSelect={select} />
      </div>
      {children && <div className="fact-body">{children}</div>}
    </article>
  );
}

function EvidenceButton(props: { anchor: string; count: number; selected: boolean; onSelect(anchor: string): void }) {
  if (props.count === 0) return <span className="evidence-none">no quote</span>;
  return (
    <button
      type="button"
      className="evidence-button"
      aria-pressed={props.selected}
      aria-describedby={`fact-${props.anchor}-title`}
      onClick={() => props.onSelect(props.anchor)}
      title="Show the words of the policy this rests on"
    >
      Evidence{props.count > 1 ? ` (${props.count})` : ''}
    </button>
  );
}
