import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { IngestionDocument } from '../../generated/graphql';
import { useSession } from '../../session/use-viewer';
import { SignInForm } from './sign-in-form';

const STAGE_LABELS = {
  QUEUED: 'Waiting for a worker',
  READING: 'Reading the document',
  EXTRACTING: 'Finding the facts and their evidence',
  WRITING: 'Writing the draft',
  FINISHED: 'Finished',
} as const;

/** A submitted policy's reading (`/curate/ingestions/<id>`), polled until it is done; then its draft. */
export function IngestionPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, startPolling, stopPolling } = useQuery(IngestionDocument, {
    variables: { id },
    skip: !session.signedIn,
    fetchPolicy: 'network-only',
  });
  const ingestion = data?.ingestion;
  const finished = ingestion?.status === 'DONE' || ingestion?.status === 'FAILED';
  useEffect(() => {
    if (!ingestion || finished) stopPolling();
    else startPolling(750);
    return () => stopPolling();
  }, [ingestion, finished, startPolling, stopPolling]);

  if (!session.signedIn) {
    return (
      <div className="page narrow-wide">
        <h1>A submitted policy</h1>
        <SignInForm />
      </div>
    );
  }
  return (
    <div className="page narrow-wide ingestion-status">
      <title>Reading a policy · Policy Graph</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/curate">Curation</Link> <span aria-hidden="true">/</span>
      </nav>
      <h1>Reading the submitted policy</h1>
      <QueryState loading={loading && !data} error={error} what="the submission" />
      {data && !ingestion && <p className="empty">No such submission.</p>}
      {ingestion && (
        <>
          <p role="status" aria-live="polite" className="ingestion-stage">
            <strong>{ingestion.status === 'FAILED' ? 'Failed' : STAGE_LABELS[ingestion.stage]}</strong>
            {!finished && ` · ${Math.round(ingestion.progress * 100)} %`}
            {ingestion.attempts > 1 && ` · attempt ${ingestion.attempts}`}
          </p>
          <progress className="ingestion-progress" max={1} value={ingestion.progress} aria-label="Progress">
            {Math.round(ingestion.progress * 100)} %
          </progress>
          {ingestion.status === 'FAILED' && (
            <div className="callout callout-error" role="alert">
              <code className="error-code">{ingestion.errorCode}</code> {ingestion.error}
            </div>
          )}
          {ingestion.status === 'DONE' && ingestion.controller && (
            <p>
              <Link
                className="button button-primary"
                to={`/curate/drafts/${encodeURIComponent(ingestion.controller.slug)}/${ingestion.controller.version}`}
              >
                Review the draft of {ingestion.controller.name} (version {ingestion.controller.version})
              </Link>
            </p>
          )}
          <dl className="pairs">
            <div>
              <dt>Read as</dt>
              <dd>
                {ingestion.mediaType}, {ingestion.byteLength.toLocaleString('en-GB')} bytes
              </dd>
            </div>
            <div>
              <dt>Submitted</dt>
              <dd>
                {new Date(ingestion.submittedAt).toLocaleString('en-GB')}
                {ingestion.submittedBy && ` by ${ingestion.submittedBy}`}
              </dd>
            </div>
            {ingestion.sourceUrl && (
              <div>
                <dt>Published at</dt>
                <dd>{ingestion.sourceUrl}</dd>
              </div>
            )}
          </dl>
          {ingestion.warnings.length > 0 && (
            <section className="section" aria-labelledby="warnings-heading">
              <h2 id="warnings-heading">What the reader noticed</h2>
              <ul>
                {ingestion.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
