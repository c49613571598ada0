import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { DraftsDocument, RecentIngestionsDocument } from '../../generated/graphql';
import { useSession } from '../../session/use-viewer';
import { NewVersionForm } from './new-version-form';
import { SessionCard } from './session-card';
import { SignInForm } from './sign-in-form';

/**
 * The curator's desk (`/curate`): sign in with a key; then who you are, the drafts waiting for review, and the ways
 * to make one (submit a policy, or a new text for a controller).
 */
export function CuratePage() {
  const session = useSession();
  return (
    <div className="page narrow-wide">
      <title>Curate · Policy Graph</title>
      <div className="page-heading">
        <h1>Curation</h1>
      </div>
      {!session.signedIn ? (
        <SignInForm />
      ) : (
        <>
          <SessionCard session={session} />
          {session.canCurate && <CuratorDesk />}
        </>
      )}
    </div>
  );
}

function CuratorDesk() {
  const { data, loading, error } = useQuery(DraftsDocument, { fetchPolicy: 'cache-and-network' });
  const drafts = data?.controllers.nodes ?? [];
  return (
    <>
      <section className="section" aria-labelledby="drafts-heading">
        <div className="section-heading">
          <h2 id="drafts-heading">Drafts to review</h2>
          <Link className="button button-primary" to="/curate/submit">
            Submit a policy
          </Link>
        </div>
        <QueryState loading={loading && !data} error={error} what="the drafts" />
        {data && drafts.length === 0 && <p className="empty">No draft waits for review.</p>}
        {drafts.length > 0 && (
          <ul className="draft-list">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link to={`/curate/drafts/${encodeURIComponent(draft.slug)}/${draft.version}`}>
                  {draft.name} · version {draft.version}
                </Link>
                <span className="muted small">
                  {' '}
                  made by the {draft.source.toLowerCase()} on {new Date(draft.createdAt).toLocaleString('en-GB')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <RecentIngestions />
      <NewVersionForm />
    </>
  );
}

/** The latest submissions with where each stands; each opens its progress page (and from there its draft). */
function RecentIngestions() {
  const { data, loading, error } = useQuery(RecentIngestionsDocument, { fetchPolicy: 'cache-and-network' });
  const ingestions = data?.ingestions.nodes ?? [];
  return (
    <section className="section" aria-labelledby="ingestions-heading">
      <div className="section-heading">
        <h2 id="ingestions-heading">Recent submissions</h2>
      </div>
      <QueryState loading={loading && !data} error={error} what="the submissions" />
      {data && ingestions.length === 0 && <p className="empty">No policy submitted yet.</p>}
      {ingestions.length > 0 && (
        <ul className="draft-list" data-testid="recent-ingestions">
          {ingestions.map((ingestion) => (
            <li key={ingestion.id}>
              <Link to={`/curate/ingestions/${encodeURIComponent(ingestion.id)}`}>
                {ingestion.controller
                  ? `${ingestion.controller.name} · version ${ingestion.controller.version}`
                  : ingestion.mediaType}
              </Link>{' '}
              <span className={`badge status-${ingestion.status.toLowerCase()}`}>
                {ingestion.status.toLowerCase()}
                {ingestion.errorCode ? `: ${ingestion.errorCode.toLowerCase().replace(/_/g, ' ')}` : ''}
              </span>
              <span className="muted small">
                {' '}
                {Math.ceil(ingestion.byteLength / 1024)} KB by {ingestion.submittedBy ?? 'unknown'} on{' '}
                {new Date(ingestion.submittedAt).toLocaleString('en-GB')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
