import { ErrorRequestHandler, RequestHandler } from 'express';
import { getOperationAST, parse } from 'graphql';
import { bodyBytes } from './json-body';
import { LIMITS } from './limits';

/** Sends a GraphQL-shaped error body (clients parse one format for every failure). */
export function sendError(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  res
    .status(status)
    .set(headers)
    .json({ errors: [{ message, extensions: { code } }] });
}

/** Only GET and POST (and the preflight) reach the GraphQL endpoint; anything else is 405 with `Allow`. */
export const allowGraphQLMethods: RequestHandler = (req, res, next) => {
  if (['GET', 'HEAD', 'POST', 'OPTIONS'].includes(req.method)) return next();
  sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on /graphql; use POST, or GET for queries.`, {
    Allow: 'GET, POST',
  });
};

/** Whether a `Content-Type` is JSON in UTF-8 (the charset may be left out). */
export function isJsonUtf8(type: string | undefined): boolean {
  const [mediaType, ...parameters] = (type ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = parameters
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return mediaType === 'application/json' && (charset === undefined || charset === 'utf-8' || charset === 'utf8');
}

/** POST bodies must be JSON in UTF-8: other charsets (utf-7 smuggling) and content types are refused with 415. */
export const requireJsonUtf8: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || isJsonUtf8(req.headers['content-type'])) return next();
  sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the operation as application/json in UTF-8.');
};

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

/**
 * Refuses requests that no valid operation needs: a query text over the size limit (413) and NUL characters anywhere
 * in the query, variables or extensions (PostgreSQL cannot store them and would answer with an internal error).
 */
export const guardOperationText: RequestHandler = (req, res, next) => {
  const payload: unknown = req.method === 'POST' ? req.body : req.query;
  const query = payload && typeof payload === 'object' ? (payload as { query?: unknown }).query : undefined;
  if (typeof query === 'string' && Buffer.byteLength(query, 'utf8') > LIMITS.maxQueryBytes) {
    return sendError(res, 413, 'QUERY_TOO_COMPLEX', `The query text is larger than ${LIMITS.maxQueryBytes} bytes.`);
  }
  // NUL arrives either decoded from JSON or as a GraphQL string escape in the query text.
  if (containsNul(payload) || (typeof query === 'string' && /\\u(0000|\{0+\})/i.test(query))) {
    return sendError(res, 400, 'BAD_USER_INPUT', 'NUL characters (\\u0000) are not allowed in a request.');
  }
  next();
};

/** Body-parser failures (malformed JSON, too large, bad encoding) as JSON errors with their 4xx status. */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : null;
  if (res.headersSent || status === null) return next(error);
  const message =
    error.type === 'entity.too.large'
      ? `The request body is larger than ${LIMITS.maxMutationBodyBytes} bytes.`
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : 'The request body could not be read.';
  sendError(res, status, status === 413 ? 'QUERY_TOO_COMPLEX' : 'BAD_REQUEST', message);
};

/** Whether a request body holds a mutation (its query parsed, the operation picked by its name). */
export function isMutation(payload: { query?: unknown; operationName?: unknown }): boolean {
  if (typeof payload.query !== 'string') return false;
  try {
    const name = typeof payload.operationName === 'string' ? payload.operationName : undefined;
    return getOperationAST(parse(payload.query, { maxTokens: LIMITS.maxTokens }), name)?.operation === 'mutation';
  } catch {
    return false; // Apollo answers the syntax error
  }
}

/**
 * The body limits by operation: a mutation may send up to LIMITS.maxMutationBodyBytes (a whole policy text), any other
 * operation LIMITS.maxBodyBytes (413 beyond). The body parser takes the larger limit; this decides once the query is
 * known.
 */
export const limitBodyByOperation: RequestHandler = (req, res, next) => {
  const bytes = bodyBytes(req);
  if (req.method !== 'POST' || bytes <= LIMITS.maxBodyBytes || isMutation(req.body ?? {})) return next();
  sendError(
    res,
    413,
    'QUERY_TOO_COMPLEX',
    `The request body is larger than ${LIMITS.maxBodyBytes} bytes (only mutations may send up to ${LIMITS.maxMutationBodyBytes}).`,
  );
};
