import type { ErrorLike } from '@apollo/client';

/** What a view shows while its query runs or when it failed; null once there is data. */
export function QueryState({ loading, error, what }: { loading: boolean; error?: ErrorLike; what: string }) {
  if (error) {
    return (
      <div className="callout callout-error" role="alert">
        Could not load {what}: {error.message}
      </div>
    );
  }
  if (loading) {
    return (
      <p className="muted" role="status">
        Loading {what}…
      </p>
    );
  }
  return null;
}
