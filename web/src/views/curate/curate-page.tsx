import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { DraftsDocument } from '../../generated/graphql';
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
      <NewVersionForm />
    </>
  );
}
