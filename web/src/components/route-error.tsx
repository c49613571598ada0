import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a view fails to load (its chunk, or an error while rendering). */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="pad">
      <h1>Something went wrong</h1>
      <p className="error-text">{message}</p>
      <p>
        <Link to="/">Back to the controllers</Link>
      </p>
    </main>
  );
}
