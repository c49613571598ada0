import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FindingCounts, ScoreMeter } from '../../components/badges';
import { QueryState } from '../../components/query-state';
import { ControllerListDocument, type ControllerSummaryFragment } from '../../generated/graphql';
import { countryName, languageName } from '../../lib/format';
import { controllerFilter, hasFilters, type ListParams } from './list-filters';

const PAGE_SIZE = 20;
/** With the findings filter, how many pages one "Show more" may read looking for matches. */
const MAX_PAGES_PER_SCAN = 5;

/**
 * The controllers that pass the filters, PAGE_SIZE more at a time (relay pagination through the cache). The API has
 * no findings filter, so with one set the list reads further pages until it has a page of matches or has read
 * MAX_PAGES_PER_SCAN pages, and says how many controllers it has looked at.
 */
export function ControllerList({ params }: { params: ListParams }) {
  const filter = controllerFilter(params);
  const { data, previousData, loading, error, fetchMore, networkStatus } = useQuery(ControllerListDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  // The parent remounts the list when the filters change (its `key`), which resets these.
  const [wanted, setWanted] = useState(PAGE_SIZE);
  const [scanFrom, setScanFrom] = useState(0);

  const connection = (data ?? previousData)?.controllers;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];
  const shown = params.finding ? nodes.filter((node) => node.findings.some((f) => f.code === params.finding)) : nodes;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor;
  const fetching = networkStatus === NetworkStatus.fetchMore;
  const pagesRead = Math.ceil(nodes.length / PAGE_SIZE);

  // The findings scan: keep reading pages while there are too few matches, within the budget of one scan.
  const scanning =
    !!params.finding && !!data && shown.length < wanted && hasNextPage && pagesRead - scanFrom < MAX_PAGES_PER_SCAN;
  useEffect(() => {
    if (scanning && !fetching) void fetchMore({ variables: { after: endCursor } });
  }, [scanning, fetching, fetchMore, endCursor]);

  const showMore = () => {
    setWanted(shown.length + PAGE_SIZE);
    setScanFrom(pagesRead);
    if (!params.finding) void fetchMore({ variables: { after: endCursor } });
  };

  return (
    <section aria-labelledby="controller-list-heading" className="section">
      <div className="section-heading">
        <h2 id="controller-list-heading">
          {hasFilters(params) ? 'Matching controllers' : 'All controllers'}
          {connection && (
            <span className="count">
              {params.finding ? `${shown.length} of ${nodes.length} read` : connection.totalCount}
            </span>
          )}
        </h2>
      </div>
      <QueryState loading={loading && !connection} error={error} what="the controllers" />
      {connection && shown.length === 0 && !scanning && !fetching && (
        <p className="empty">No controller matches these filters.</p>
      )}
      <ul className="controller-list">
        {shown.map((node) => (
          <ControllerRow key={node.id} controller={node} />
        ))}
      </ul>
      {params.finding && connection && (
        <p className="muted small" role="status">
          The API cannot filter by finding: {nodes.length} of {connection.totalCount} controllers read so far.
        </p>
      )}
      {hasNextPage && (
        <button type="button" className="button" onClick={showMore} disabled={fetching || scanning}>
          {fetching || scanning ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}

function ControllerRow({ controller }: { controller: ControllerSummaryFragment }) {
  const place = [controller.address?.city, countryName(controller.address?.country)].filter(Boolean).join(', ');
  return (
    <li className="controller-row">
      <div className="controller-row-main">
        <Link to={`/controllers/${controller.slug}`} className="controller-name">
          {controller.name}
        </Link>
        <div className="muted small">
          {[controller.legalName, controller.enterpriseNumber && `KBO ${controller.enterpriseNumber}`, place]
            .filter(Boolean)
            .join(' · ')}
        </div>
      </div>
      <dl className="controller-row-facts">
        <div>
          <dt>Transparency</dt>
          <dd>
            <ScoreMeter score={controller.transparency.score} />
          </dd>
        </div>
        <div>
          <dt>Findings</dt>
          <dd>
            <FindingCounts findings={controller.findings} />
          </dd>
        </div>
        <div>
          <dt>Vendors</dt>
          <dd>{controller.processors.length}</dd>
        </div>
        <div>
          <dt>DPO</dt>
          <dd>{controller.dpo ? 'Named' : <span className="muted">None</span>}</dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>{languageName(controller.language)}</dd>
        </div>
      </dl>
    </li>
  );
}
