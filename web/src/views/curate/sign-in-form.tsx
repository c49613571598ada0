import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { ViewerDocument } from '../../generated/graphql';
import { isKeyShaped, writeCuratorKey } from '../../session/curator-key';

/**
 * Enter a curator key once: the server says whose it is (Query.viewer, with the key as `Authorization: Bearer`);
 * only a key it accepts with a curator's role (or an admin's) is kept for the tab.
 */
export function SignInForm() {
  const client = useApolloClient();
  const id = useId();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = key.trim();
    if (!isKeyShaped(value)) {
      setError('A key starts with “pgk_” followed by letters, digits, “-” and “_” (ask your administrator for one).');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: ViewerDocument,
        fetchPolicy: 'network-only',
        context: { headers: { authorization: `Bearer ${value}` } },
      });
      const viewer = data?.viewer;
      if (!viewer) setError('The server did not recognise this key.');
      else if (viewer.role === 'READER')
        setError(`This is a reader’s key (${viewer.name}): curation needs a curator key.`);
      else {
        // Answers fetched without the key (published facts only) must not be mixed with the curator's view.
        await client.clearStore();
        writeCuratorKey(value);
      }
    } catch (caught) {
      setError(signInError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in callout" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sign in with a curator key</h2>
      <p className="muted">
        Curators submit policies, review drafts and publish them. Your administrator creates a key with{' '}
        <code>npm run keys -- create --role curator --name "Your name"</code>. It is kept in this browser tab only,
        until you sign out or close the tab.
      </p>
      <label htmlFor={`${id}-key`}>API key</label>
      <div className="input-row">
        <input
          id={`${id}-key`}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="pgk_…"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function signInError(error: unknown): string {
  if (ServerError.is(error) && error.statusCode === 401)
    return 'The server refused this key: it is unknown or revoked.';
  if (ServerError.is(error) && error.statusCode === 429)
    return 'Too many failed attempts: wait a minute and try again.';
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') return 'The server refused this key: it is unknown or revoked.';
    if (code === 'RATE_LIMITED') return 'Too many failed attempts: wait a minute and try again.';
    return error.errors.map((item) => item.message).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
