import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { SearchDocument, SearchFacetsDocument, type SearchQuery } from '../../generated/graphql';
import { type ControllerFacets, hasFilters, type ListParams, passesFilters } from './list-filters';

const FIRST = 20;
const MAX = 50;

type Hit = SearchQuery['search'][number];

/**
 * Passages of the policies that match the search, best first, matched words marked. With filters set, only hits of
 * controllers that pass them (tested here: the API's search takes no filter). A hit links to its passage, marked in
 * the policy text.
 */
export function SearchResults({ params }: { params: ListParams }) {
  const [first, setFirst] = useState(FIRST);
  const { data, previousData, loading, error } = useQuery(SearchDocument, {
    variables: { query: params.query, first },
  });
  const hits = (data ?? previousData)?.search ?? [];
  const filtered = hasFilters(params);
  const ids = [...new Set(hits.map((hit) => hit.controller?.id).filter((id): id is string => !!id))];
  const facets = useQuery(SearchFacetsDocument, { variables: { ids }, skip: !filtered || ids.length === 0 });
  const facetsById = new Map(
    (facets.data?.nodes ?? []).flatMap((node) =>
      node && node.__typename === 'Controller' ? [[node.id, node as unknown as ControllerFacets] as const] : [],
    ),
  );
  const shown = filtered
    ? hits.filter((hit) => {
        const controllerFacets = hit.controller && facetsById.get(hit.controller.id);
        return controllerFacets ? passesFilters(controllerFacets, params) : false;
      })
    : hits;

  return (
    <section aria-labelledby="search-heading" className="section">
      <div className="section-heading">
        <h2 id="search-heading">
          Passages matching “{params.query}”{data && <span className="count">{shown.length}</span>}
        </h2>
      </div>
      <QueryState loading={loading && !data} error={error ?? facets.error} what="the search results" />
      {data && shown.length === 0 && (
        <p className="empty">
          No passage matches{filtered ? ' in the controllers that pass the filters' : ''}. Every word must occur; the
          last may be the start of a word.
        </p>
      )}
      <ol className="hit-list">
        {shown.map((hit) => (
          <SearchHitItem key={`${hit.document.id}:${hit.start}`} hit={hit} />
        ))}
      </ol>
      {data && hits.length === first && first < MAX && (
        <button type="button" className="button" onClick={() => setFirst(MAX)}>
          Show up to {MAX} passages
        </button>
      )}
    </section>
  );
}

function SearchHitItem({ hit }: { hit: Hit }) {
  const slug = hit.controller?.slug ?? hit.document.slug;
  return (
    <li className="hit">
      <div className="hit-head">
        <Link to={`/controllers/${slug}#text-${hit.start}-${hit.end}`} className="hit-link">
          {hit.controller?.name ?? hit.document.title}
        </Link>
        <span className="muted small">{hit.document.title}</span>
      </div>
      <p className="hit-text" lang={hit.document.language}>
        {markHighlights(hit)}
      </p>
    </li>
  );
}

/** The passage with its highlights (document offsets) as <mark> elements; React escapes the text. */
function markHighlights(hit: Hit): ReactNode[] {
  const nodes: ReactNode[] = [];
  let position = hit.start;
  const highlights = [...hit.highlights].sort((a, b) => a.start - b.start);
  for (const highlight of highlights) {
    const start = Math.max(highlight.start, position);
    const end = Math.min(highlight.end, hit.end);
    if (end <= start) continue;
    nodes.push(hit.text.slice(position - hit.start, start - hit.start));
    nodes.push(<mark key={start}>{hit.text.slice(start - hit.start, end - hit.start)}</mark>);
    position = end;
  }
  nodes.push(hit.text.slice(position - hit.start));
  return nodes;
}
