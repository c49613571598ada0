import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { VersionHistoryDocument, type VersionHistoryQuery } from '../../generated/graphql';
import { asFact, describeFact, type Quote } from '../../lib/review-facts';

type History = NonNullable<VersionHistoryQuery['controller']>;
type Change = NonNullable<History['changes']>[number];
type Side = Change['before'];

const CHANGE_LABELS = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed' } as const;
const STATUS_LABELS = { DRAFT: 'Draft', PUBLISHED: 'Published', SUPERSEDED: 'Superseded' } as const;

/**
 * A controller's versions (`/controllers/<slug>/history`) and what changed between two of them
 * (`?from=1&to=2`): each fact added, removed or changed, with the quotes of both sides. Without `from`, `to` is
 * compared with the version before it; without either, the published version with the one before it.
 */
export function HistoryPage() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const first = useQuery(VersionHistoryDocument, { variables: { slug, from: 0, to: 0, compare: false } });
  const versions = first.data?.controller?.versions ?? [];
  const numbers = versions.map((version) => version.version);
  const current = first.data?.controller?.version;
  const to = Number(params.get('to')) || current || 0;
  const older = numbers.filter((number) => number < to);
  const from = Number(params.get('from')) || (older.length ? Math.max(...older) : 0);
  const comparing = from > 0 && to > 0 && from !== to;
  const diff = useQuery(VersionHistoryDocument, {
    variables: { slug, from, to, compare: true },
    skip: !comparing,
  });
  const controller = first.data?.controller;

  if (!controller) {
    return (
      <div className="page">
        <title>{`${slug} history · Policy Graph`}</title>
        <QueryState loading={first.loading} error={first.error} what="the versions" />
        {first.data && first.data.controller === null && <h1>No controller “{slug}”</h1>}
      </div>
    );
  }
  const choose = (name: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    if (name === 'to' && !next.get('from')) next.delete('from');
    setParams(next, { replace: true });
  };
  const changes = diff.data?.controller?.changes ?? [];
  return (
    <div className="page history-page">
      <title>{`${controller.name} history · Policy Graph`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/controllers/${encodeURIComponent(slug)}`}>{controller.name}</Link> <span aria-hidden="true">/</span>
      </nav>
      <h1>Version history</h1>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Versions">
        <table className="versions-table">
          <caption className="visually-hidden">Versions of {controller.name}’s policy, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Made by</th>
              <th scope="col">Created</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} className={version.version === to ? 'is-selected' : undefined}>
                <th scope="row">
                  {version.status === 'DRAFT' ? (
                    <Link to={`/curate/drafts/${encodeURIComponent(slug)}/${version.version}`}>{version.version}</Link>
                  ) : (
                    version.version
                  )}
                </th>
                <td>{STATUS_LABELS[version.status]}</td>
                <td>{version.source.toLowerCase()}</td>
                <td>{new Date(version.createdAt).toLocaleDateString('en-GB')}</td>
                <td>{version.publishedAt ? new Date(version.publishedAt).toLocaleDateString('en-GB') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length < 2 ? (
        <p className="empty">This policy has one version: nothing to compare yet.</p>
      ) : (
        <section className="section" aria-labelledby="changes-heading">
          <h2 id="changes-heading">What changed</h2>
          <div className="filters">
            <VersionSelect label="From version" value={from} numbers={numbers} onChange={(v) => choose('from', v)} />
            <VersionSelect label="To version" value={to} numbers={numbers} onChange={(v) => choose('to', v)} />
          </div>
          <QueryState loading={diff.loading} error={diff.error} what="the changes" />
          {diff.data && changes.length === 0 && <p className="empty">No fact differs between these versions.</p>}
          {changes.length > 0 && (
            <>
              <p className="muted" role="status">
                {changes.length} {changes.length === 1 ? 'fact differs' : 'facts differ'} from version {from} to {to}.
              </p>
              <ul className="change-list">
                {changes.map((change) => (
                  <ChangeRow key={change.key} change={change} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}

function VersionSelect(props: { label: string; value: number; numbers: number[]; onChange(value: string): void }) {
  const id = `version-${props.label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value || ''} onChange={(event) => props.onChange(event.target.value)}>
        {props.numbers.map((number) => (
          <option key={number} value={number}>
            {number}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One fact that differs: what it is, how, which fields, and each side with its quotes. */
function ChangeRow({ change }: { change: Change }) {
  const side = change.after ?? change.before;
  const name = sideName(side) ?? change.key;
  return (
    <li className={`change change-${change.change.toLowerCase()}`}>
      <div className="change-head">
        <span className={`badge change-badge change-badge-${change.change.toLowerCase()}`}>
          {CHANGE_LABELS[change.change]}
        </span>
        <strong>{name}</strong>
        {change.fields.length > 0 && <span className="muted small">fields: {change.fields.join(', ')}</span>}
      </div>
      <div className="change-sides">
        <ChangeSide label="Before" side={change.before} />
        <ChangeSide label="After" side={change.after} />
      </div>
    </li>
  );
}

function sideName(side: Side): string | null {
  const fact = asFact(side);
  if (fact) {
    const { group, title } = describeFact(fact);
    return `${group}: ${title}`;
  }
  if (side && '__typename' in side && side.__typename === 'Controller') return `Controller: ${side.name}`;
  if (side && '__typename' in side && side.__typename === 'PolicyDocument')
    return `Last updated: ${side.lastUpdated ?? 'not stated'}`;
  return null;
}

function sideQuotes(side: Side): Quote[] {
  if (!side || !('evidence' in side)) return [];
  return side.evidence.map(({ quote, start, end }) => ({ quote, start, end }));
}

function ChangeSide({ label, side }: { label: string; side: Side }) {
  const fact = asFact(side);
  const details = fact ? describeFact(fact).details : [];
  return (
    <div className={`change-side${side ? '' : ' is-empty'}`}>
      <div className="group-title">{label}</div>
      {!side ? (
        <p className="muted small">—</p>
      ) : (
        <>
          <p>{sideName(side) ?? 'The document'}</p>
          {details.length > 0 && <p className="muted small">{details.join(' · ')}</p>}
          <ul className="quote-list">
            {sideQuotes(side).map((quote) => (
              <li key={`${quote.start}-${quote.end}`}>
                <blockquote>{quote.quote}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
