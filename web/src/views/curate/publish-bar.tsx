import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PolicyVersionDiscardDocument, PolicyVersionPublishDocument, type ReviewState } from '../../generated/graphql';
import type { ReviewVersion } from '../../lib/review-facts';
import { errorText, type UserErrorFields } from '../../lib/user-errors';
import { REVIEW_SHORTCUTS } from './review-keys';

interface PublishBarProps {
  version: ReviewVersion;
  counts: Record<ReviewState, number>;
  total: number;
  onError(errors: { title: string; errors: UserErrorFields[] } | null): void;
}

/**
 * The head of the review: which draft, how much is left, the keys, and publishing or discarding it. Publishing
 * sends the version's revision (a CONFLICT if someone changed it meanwhile); the API's reasons are shown as they are.
 */
export function PublishBar({ version, counts, total, onError }: PublishBarProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [publish, { loading: publishing }] = useMutation(PolicyVersionPublishDocument);
  const [discard, { loading: discarding }] = useMutation(PolicyVersionDiscardDocument);
  const [confirming, setConfirming] = useState(false);
  const left = counts.PROPOSED;
  const done = total - left;
  const input = { id: version.id, expectedRevision: version.revision };

  /** Answers cached before the change (the published version, the drafts, the history) are read again. */
  const forgetVersions = () => {
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'controller' });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'controllers' });
    client.cache.gc();
  };

  const onPublish = async () => {
    onError(null);
    try {
      const { data } = await publish({ variables: { input } });
      const errors = data?.policyVersionPublish.userErrors ?? [];
      if (errors.length > 0) return onError({ title: 'The draft was not published:', errors });
      navigate(`/controllers/${encodeURIComponent(version.slug)}/history?to=${version.version}`);
      forgetVersions();
    } catch (caught) {
      onError({ title: `The draft was not published: ${errorText(caught)}`, errors: [] });
    }
  };

  const onDiscard = async () => {
    onError(null);
    try {
      const { data } = await discard({ variables: { input } });
      const errors = data?.policyVersionDiscard.userErrors ?? [];
      if (errors.length > 0) return onError({ title: 'The draft was not discarded:', errors });
      navigate('/curate');
      forgetVersions();
    } catch (caught) {
      onError({ title: `The draft was not discarded: ${errorText(caught)}`, errors: [] });
    }
  };

  const isDraft = version.status === 'DRAFT';
  return (
    <div className="review-head">
      <div className="review-title">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/curate">Curation</Link> <span aria-hidden="true">/</span>
        </nav>
        <h1>
          {version.name} <span className="muted">version {version.version}</span>
        </h1>
        <p className="muted small">
          {isDraft ? 'Draft' : version.status.toLowerCase()} · made by the {version.source.toLowerCase()} on{' '}
          {new Date(version.createdAt).toLocaleString('en-GB')} ·{' '}
          <Link to={`/controllers/${encodeURIComponent(version.slug)}/history`}>version history</Link>
        </p>
      </div>
      <div className="review-progress">
        <p className="review-counter" role="status" aria-live="polite">
          <strong>{left}</strong> of {total} left to review · {counts.ACCEPTED} accepted · {counts.REJECTED} rejected
        </p>
        <progress max={total} value={done} aria-label="Facts reviewed">
          {done} of {total}
        </progress>
        {isDraft && (
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={publishing} onClick={onPublish}>
              {publishing ? 'Publishing…' : 'Publish'}
            </button>
            {confirming ? (
              <span className="confirm" role="group" aria-label="Discard the draft?">
                <span>Discard this draft and its facts?</span>
                <button type="button" className="button button-danger" disabled={discarding} onClick={onDiscard}>
                  Discard
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                Discard…
              </button>
            )}
          </div>
        )}
      </div>
      <dl className="shortcuts small" aria-label="Keyboard shortcuts">
        {REVIEW_SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
