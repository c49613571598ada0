/**
 * Every limit the public API enforces, in one place (the README's "Limits" section lists the same numbers; a test
 * checks that each example operation stays within them).
 */
export const LIMITS = {
  /** Request body of a query, bytes. */
  maxBodyBytes: 100 * 1024,
  /** Request body of a mutation, bytes: a whole policy text (2 million characters) fits, JSON-escaped. */
  maxMutationBodyBytes: 3 * 1024 * 1024,
  /** Query text, bytes (POST body or GET parameter). */
  maxQueryBytes: 16 * 1024,
  /** Lexical tokens in the query (Apollo refuses more while parsing, with HTTP 400). */
  maxTokens: 4000,
  /** Nesting depth of selections, fragments flattened. */
  maxDepth: 10,
  /** Aliased fields per operation. */
  maxAliases: 30,
  /** Directives per operation. */
  maxDirectives: 30,
  /** Selections visited while validating fragments (Apollo's guard against fragment bombs). */
  maxRecursiveSelections: 10_000,
  /** Query cost (see costEstimator): about the number of objects the query can read. */
  maxCost: 50_000,
  /** Size assumed for a list that has no `first` argument (the facts of one policy). */
  assumedListSize: 10,
  /** Cost points per client per window (rate limiting). */
  pointsPerWindow: 500_000,
  windowSeconds: 60,
  /** Requests with a malformed, unknown or revoked API key per client address per window; more are RATE_LIMITED. */
  failedAuthenticationsPerWindow: 20,
  /** GraphQL operations executing at once per process (admission control; response-cache hits do not count). */
  concurrentOperations: 4,
  /** Operations waiting for their turn; one more is refused with 503 SERVER_BUSY and Retry-After. */
  queuedOperations: 256,
  /** Seconds a request may take before the server gives up on it. */
  requestTimeoutSeconds: 30,
} as const;
