import { RequestHandler, Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { LIMITS } from '../server/limits';
import { sendError } from '../server/http-guards';
import { isWellFormedKey, keyPrefixOf } from './api-key-secret';
import { viewerForKey } from './api-key-store';
import { Viewer } from './viewer';

/** Who sent a request, as authenticate found out (`res.locals.auth`). */
export interface RequestAuth {
  /** The holder of the valid key the request sent; null when it sent none. */
  viewer: Viewer | null;
  /**
   * Who is charged in rate limiting, by the operation limits and by response-cache hits alike: the key once a valid one
   * is sent (`key:<id>`, a budget of its own wherever it calls from), else the client's address (`ip:<address>`).
   */
  clientKey: string;
}

/** What authenticate decided about this request; throws (an internal error) when it did not run before. */
export function requestAuth(res: Response): RequestAuth {
  const auth = res.locals.auth as RequestAuth | undefined;
  if (!auth) throw new Error('internal: requestAuth read before the authenticate middleware ran');
  return auth;
}

const BEARER = /^Bearer +(\S+) *$/i;
const ANONYMOUS_HINT = 'or send no Authorization header to read published facts anonymously';

/**
 * Express middleware in front of the response cache and Apollo: reads `Authorization: Bearer <key>` and records who
 * sent the request (requestAuth). No header: anonymous, charged to the client's address. A header that is not a
 * valid key (another scheme, a malformed, unknown or revoked key) is refused here, for every operation, with 401
 * UNAUTHENTICATED and `WWW-Authenticate: Bearer error="invalid_token"`: a client that meant to authenticate never
 * gets an anonymous answer instead. Each such failure counts against the client's address: after
 * LIMITS.failedAuthenticationsPerWindow in a window, every request from it that sends a key is refused with 429
 * RATE_LIMITED and Retry-After, without looking at the key (valid or not), so that keys cannot be guessed faster. Every
 * answer varies on Authorization, for shared caches. The key is never logged.
 */
export function authenticate(dataSource: DataSource): RequestHandler {
  const failures = new RateLimiterMemory({
    points: LIMITS.failedAuthenticationsPerWindow,
    duration: LIMITS.windowSeconds,
  });
  return async (req, res, next) => {
    res.vary('Authorization');
    const address = `ip:${req.ip ?? 'unknown'}`;
    const header = req.headers.authorization;
    if (header === undefined) {
      res.locals.auth = { viewer: null, clientKey: address } satisfies RequestAuth;
      return next();
    }
    const counted = await failures.get(address);
    if (counted && counted.consumedPoints >= LIMITS.failedAuthenticationsPerWindow) {
      const retryAfter = Math.max(1, Math.ceil(counted.msBeforeNext / 1000));
      return sendError(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests with an invalid API key from this address: ${LIMITS.failedAuthenticationsPerWindow} in ${LIMITS.windowSeconds} s. Retry after ${retryAfter} s.`,
        { 'retry-after': String(retryAfter), 'cache-control': 'no-store' },
      );
    }
    const key = BEARER.exec(header)?.[1];
    const viewer = key ? await viewerForKey(dataSource, key) : null;
    if (viewer) {
      res.locals.auth = { viewer, clientKey: `key:${viewer.keyId}` } satisfies RequestAuth;
      return next();
    }
    await failures.penalty(address, 1);
    const wellFormed = key !== undefined && isWellFormedKey(key);
    req.log.warn({ reason: wellFormed ? 'unknown or revoked key' : 'malformed' }, 'authentication failed');
    const message = wellFormed
      ? `The API key sent (${keyPrefixOf(key)}...) is unknown or revoked: send a valid key, ${ANONYMOUS_HINT}.`
      : `The Authorization header must be \`Bearer <key>\` with a Policy Graph API key (pgk_ and 43 characters): send a valid key, ${ANONYMOUS_HINT}.`;
    sendError(res, 401, 'UNAUTHENTICATED', message, {
      'www-authenticate': 'Bearer error="invalid_token"',
      'cache-control': 'no-store',
    });
  };
}
