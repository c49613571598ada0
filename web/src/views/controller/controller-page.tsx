import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { FindingCounts, ScoreMeter } from '../../components/badges';
import { QueryState } from '../../components/query-state';
import { ControllerPageDocument } from '../../generated/graphql';
import { type ControllerDetail, controllerFacts, type PageFact, passageFromHash } from '../../lib/controller-facts';
import { segmentAt, segmentText, type TextSegment } from '../../lib/evidence-segments';
import { languageName } from '../../lib/format';
import { FactSelectionContext, type FactSelection } from './fact-selection';
import {
  DataCategoriesSection,
  FindingsSection,
  IdentitySection,
  PurposesSection,
  RightsSection,
  StatementsSection,
  TransparencySection,
  VendorsSection,
} from './fact-sections';
import { PolicyText } from './policy-text';
import { scrollFactIntoView, scrollSpanIntoView } from './scrolling';

/**
 * One controller: its facts on the left, its policy on the right with every fact's evidence highlighted. The URL
 * fragment is the selection: `#purpose-3` selects that fact (its spans are marked and scrolled to), `#text-S-E`
 * marks a passage (a search hit). Clicking a highlighted run lists the facts that rest on it.
 */
export function ControllerPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(ControllerPageDocument, { variables: { slug } });
  const controller = data?.controller;

  useEffect(() => {
    // The render-time probe the browser test reads: set once the facts and the marked text are on screen.
    if (controller) requestAnimationFrame(() => performance.mark('controller-rendered'));
  }, [controller]);

  if (!controller) {
    return (
      <div className="page">
        <title>{`${slug} · Policy Graph`}</title>
        <QueryState loading={loading} error={error} what="the controller" />
        {data && data.controller === null && (
          <div className="narrow">
            <h1>No controller “{slug}”</h1>
            <p>
              <Link to="/">Browse the controllers</Link>
            </p>
          </div>
        )}
      </div>
    );
  }
  return <ControllerView controller={controller} />;
}

function ControllerView({ controller }: { controller: ControllerDetail }) {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const facts = useMemo(() => controllerFacts(controller), [controller]);
  const byAnchor = useMemo(() => new Map(facts.map((fact) => [fact.anchor, fact])), [facts]);
  const passage = passageFromHash(hash);
  const segments = useMemo(
    () => segmentText(controller.document.text.length, facts, passage ? [passage] : []),
    // The passage is part of the hash; compare it by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [controller.document.text, facts, passage?.start, passage?.end],
  );
  const hashAnchor = decodeURIComponent(hash.slice(1));
  const selected = byAnchor.has(hashAnchor) ? hashAnchor : null;
  const selectedFact = selected ? byAnchor.get(selected) : undefined;
  const [spanIndex, setSpanIndex] = useState(0);
  const [clicked, setClicked] = useState<TextSegment | null>(null);
  const textPane = useRef<HTMLDivElement>(null);
  // Whether the last selection came from the fact column itself (then the fact card stays where it is).
  const fromCard = useRef(false);

  const select = useCallback(
    (anchor: string) => {
      fromCard.current = true;
      setSpanIndex(0);
      navigate({ hash: anchor }, { replace: true, preventScrollReset: true });
    },
    [navigate],
  );
  const selectFromText = (anchor: string) => {
    fromCard.current = false;
    setSpanIndex(0);
    navigate({ hash: anchor }, { replace: true, preventScrollReset: true });
  };
  const selection: FactSelection = useMemo(
    () => ({ selected, select, spanCount: (anchor) => byAnchor.get(anchor)?.spans.length ?? 0 }),
    [selected, select, byAnchor],
  );

  // A new selection (click or deep link) scrolls the text to its span, and the facts to the card unless it was
  // clicked there.
  useEffect(() => {
    if (selectedFact && selectedFact.spans.length > 0) {
      const spans = [...selectedFact.spans].sort((a, b) => a.start - b.start);
      const span = spans[Math.min(spanIndex, spans.length - 1)];
      scrollSpanIntoView(textPane.current, segmentAt(segments, span.start)?.start ?? span.start);
    }
    if (selected && !fromCard.current) scrollFactIntoView(selected);
    fromCard.current = false;
  }, [selectedFact, selected, spanIndex, segments]);
  useEffect(() => {
    if (passage) scrollSpanIntoView(textPane.current, segmentAt(segments, passage.start)?.start ?? passage.start);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [passage?.start]);

  const onSegment = useCallback((segment: TextSegment) => setClicked(segment), []);

  return (
    <div className="controller-page">
      <title>{`${controller.name} · Policy Graph`}</title>
      <ControllerHeader controller={controller} />
      <div className="controller-layout">
        <FactSelectionContext.Provider value={selection}>
          <div className="facts-column">
            <h2 className="visually-hidden">Facts</h2>
            <TableOfContents controller={controller} />
            <IdentitySection controller={controller} />
            <PurposesSection controller={controller} />
            <DataCategoriesSection controller={controller} />
            <VendorsSection controller={controller} />
            <RightsSection controller={controller} />
            <StatementsSection controller={controller} />
            <FindingsSection controller={controller} />
            <TransparencySection controller={controller} />
          </div>
        </FactSelectionContext.Provider>
        <section className="text-column" aria-labelledby="policy-text-heading">
          <div className="text-toolbar">
            <h2 id="policy-text-heading" className="text-title" lang={controller.document.language}>
              {controller.document.title}
            </h2>
            <div className="muted small">
              {languageName(controller.document.language)}
              {controller.document.lastUpdated && ` · updated ${controller.document.lastUpdated}`} ·{' '}
              <span title={`SHA-256 ${controller.document.sha256}`}>
                SHA-256 {controller.document.sha256.slice(0, 12)}…
              </span>
            </div>
            <SelectionBar
              fact={selectedFact}
              spanIndex={spanIndex}
              onSpan={setSpanIndex}
              onClear={() => navigate({ hash: '' }, { replace: true, preventScrollReset: true })}
            />
            {clicked && (
              <PassagePanel
                facts={clicked.anchors.map((anchor) => byAnchor.get(anchor)).filter((fact): fact is PageFact => !!fact)}
                selected={selected}
                onSelect={selectFromText}
                onClose={() => setClicked(null)}
              />
            )}
          </div>
          <div className="text-pane" ref={textPane} tabIndex={-1}>
            <PolicyText
              text={controller.document.text}
              language={controller.document.language}
              segments={segments}
              selected={selected}
              clickedStart={clicked?.start ?? null}
              onSegment={onSegment}
            />
          </div>
        </section>
      </div>
    </div>
  );
}

function ControllerHeader({ controller }: { controller: ControllerDetail }) {
  return (
    <div className="controller-header">
      <div>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/">Controllers</Link> <span aria-hidden="true">/</span>
        </nav>
        <h1>{controller.name}</h1>
        <div className="muted">
          {[controller.legalName, controller.enterpriseNumber && `KBO ${controller.enterpriseNumber}`]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </div>
      <div className="controller-header-side">
        <ScoreMeter score={controller.transparency.score} />
        <FindingCounts findings={controller.findings} />
        <div className="button-row">
          <Link className="button" to={`/compare?c=${encodeURIComponent(controller.slug)}`}>
            Compare…
          </Link>
          <Link className="button" to={`/controllers/${encodeURIComponent(controller.slug)}/history`}>
            History
          </Link>
          <a
            className="button"
            href={`/controllers/${encodeURIComponent(controller.slug)}.jsonld`}
            download={`${controller.slug}.jsonld`}
          >
            Download DPV JSON-LD
          </a>
        </div>
      </div>
    </div>
  );
}

function TableOfContents({ controller }: { controller: ControllerDetail }) {
  const entries: [string, string, number | undefined][] = [
    ['identity', 'Controller', undefined],
    ['purposes', 'Purposes', controller.purposes.length],
    ['data', 'Personal data', controller.dataCategories.length],
    ['vendors', 'Vendors', controller.processors.length + controller.recipients.length],
    ['rights', 'Rights', controller.rights.length],
    ...(controller.statements.length
      ? [['practice', 'Practice', controller.statements.length] as [string, string, number]]
      : []),
    ['findings', 'Findings', controller.findings.length],
    ['transparency', 'Transparency', undefined],
  ];
  return (
    <nav className="toc" aria-label="Sections">
      {entries.map(([id, label, count]) => (
        <a
          key={id}
          href={`#section-${id}`}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
          }}
        >
          {label}
          {count !== undefined && <span className="count">{count}</span>}
        </a>
      ))}
    </nav>
  );
}

interface SelectionBarProps {
  fact: PageFact | undefined;
  spanIndex: number;
  onSpan(index: number): void;
  onClear(): void;
}

/** What is marked in the text: the selected fact, and which of its spans is in view. */
function SelectionBar({ fact, spanIndex, onSpan, onClear }: SelectionBarProps) {
  if (!fact) {
    return (
      <p className="selection-bar muted small">
        Select a fact’s “Evidence” to mark its words; click a highlight to see its facts.
      </p>
    );
  }
  const count = fact.spans.length;
  const index = Math.min(spanIndex, count - 1);
  return (
    <div className="selection-bar" role="status">
      <span className="selection-title">
        <span className="muted">Evidence for</span> {fact.title}
      </span>
      {count > 1 && (
        <span className="span-pager">
          <button
            type="button"
            className="icon-button"
            onClick={() => onSpan((index - 1 + count) % count)}
            aria-label="Previous quote"
          >
            ‹
          </button>
          <span className="small">
            {index + 1} of {count}
          </span>
          <button
            type="button"
            className="icon-button"
            onClick={() => onSpan((index + 1) % count)}
            aria-label="Next quote"
          >
            ›
          </button>
        </span>
      )}
      <button type="button" className="icon-button" onClick={onClear} aria-label="Clear the selection">
        ×
      </button>
    </div>
  );
}

interface PassagePanelProps {
  facts: PageFact[];
  selected: string | null;
  onSelect(anchor: string): void;
  onClose(): void;
}

/** The facts resting on the highlighted run the reader clicked. */
function PassagePanel({ facts, selected, onSelect, onClose }: PassagePanelProps) {
  return (
    <div className="passage-panel" role="region" aria-label="Facts on this passage">
      <div className="passage-panel-head">
        <strong>
          {facts.length} {facts.length === 1 ? 'fact rests' : 'facts rest'} on this passage
        </strong>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <ul>
        {facts.map((fact) => (
          <li key={fact.anchor}>
            <button
              type="button"
              className={`link-button${fact.anchor === selected ? ' is-selected' : ''}`}
              onClick={() => onSelect(fact.anchor)}
            >
              {fact.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
