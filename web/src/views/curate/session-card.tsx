import { useNavigate } from 'react-router';
import type { Session } from '../../session/use-viewer';

const ROLE_NAMES = { READER: 'reader', CURATOR: 'curator', ADMIN: 'administrator' } as const;

/** Who the kept key is, and signing out; or why the key no longer works. */
export function SessionCard({ session }: { session: Session }) {
  const navigate = useNavigate();
  const signOut = async () => {
    await session.signOut();
    navigate('/curate');
  };
  return (
    <div className="callout session-card">
      {session.viewer ? (
        <p>
          Signed in as <strong>{session.viewer.name}</strong> ({ROLE_NAMES[session.viewer.role]}, key{' '}
          <code>{session.viewer.keyPrefix}…</code>).
          {!session.canCurate && ' This key may read only: curation needs a curator key.'}
        </p>
      ) : session.error ? (
        <p className="form-error" role="alert">
          Your key no longer works ({session.error}). Sign out and sign in with another.
        </p>
      ) : (
        <p className="muted" role="status">
          Checking your key…
        </p>
      )}
      <button type="button" className="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
