import Negotiator from 'negotiator';

/** The two media types of a GraphQL response (GraphQL over HTTP). */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/**
 * The media type of the answer to a request with this `Accept` header, as Apollo Server chooses it: no header (or
 * `*` / `*` ) means `application/json` (the legacy type old clients expect), else the type the client prefers of
 * the two; null when it accepts neither (Apollo answers 406).
 */
export function responseMediaType(accept: string | undefined | null): string | null {
  if (!accept) return APPLICATION_JSON;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) ?? null;
}

/**
 * Whether a browser asks for a page rather than JSON: it prefers `text/html` to both GraphQL media types (the
 * playground answers it). No header and `*` / `*` mean JSON.
 */
export function prefersHtml(accept: string | undefined | null): boolean {
  if (!accept) return false;
  return (
    new Negotiator({ headers: { accept } }).mediaType([GRAPHQL_RESPONSE_JSON, APPLICATION_JSON, 'text/html']) ===
    'text/html'
  );
}
