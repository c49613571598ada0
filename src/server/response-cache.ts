import http from 'node:http';
import { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { VersionWatch } from '../store/version-watch';
import { Context, OperationFacts } from '../schema/context';
import { rawBody } from './json-body';
import { Metrics } from './metrics';
import { responseMediaType } from './media-type';
import { rateLimitHeaders } from './operation-limits';

/** A stored answer: the exact bytes Apollo sent, with what a hit must repeat or charge. */
export interface Entry {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  vary: string | undefined;
  etag: string | undefined;
  /** The operation's cost, charged to the client's rate-limit budget on every hit as on a miss. */
  cost: number;
  /** The operation name Apollo resolved (for the request metrics). */
  operationName: string | null;
}

/** The key under which a request's answer is stored (`req[KEY]`), set by requestKey for the express stage. */
const KEY = Symbol('response-cache-key');
type Keyed = http.IncomingMessage & { [KEY]?: string };

/** What the cache keeps about a request on its way through Apollo (`res.locals.responseCache`). */
interface Pending {
  key: string;
  operation?: OperationFacts;
}

/** Headers with which Apollo's CSRF prevention lets a GET through (its defaults); a hit must not skip that rule. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * The media type of the answer when the request may be answered from the cache, judged from its headers alone, else
 * null: the request must go to Apollo (a request with an API key, whose answer may depend on who asks; dry runs, HEAD,
 * a GET that Apollo's CSRF prevention would refuse, an `Accept` that allows no GraphQL media type).
 */
export function cacheableMediaType(req: http.IncomingMessage): string | null {
  const { headers } = req;
  if (headers.authorization !== undefined || headers['x-dry-run'] !== undefined) return null;
  if (req.method === 'GET') {
    if (!PREFLIGHT_HEADERS.some((name) => headers[name] !== undefined) || !req.url?.includes('?')) return null;
  } else if (req.method !== 'POST') {
    return null;
  }
  return responseMediaType(headers.accept);
}

/**
 * The cache key of a request that cacheableMediaType admitted, or null. Everything Apollo reads from a request is in
 * it: the media type of the answer, the whole query string of a GET, the raw bytes of a POST body (as the body parser
 * read them: see rawBody; null when it did not, or refused the body). The bytes decide, not what they mean: equal
 * operations written differently (other spacing, other order of variables) are different keys, a miss, never a wrong
 * answer. A body that is a dry run (`extensions.dryRun`), too large, or has NUL characters is never stored (its answer
 * is not cacheable or is refused before Apollo), so the same bytes can never hit. Kept on the request for `middleware`.
 */
export function requestKey(req: http.IncomingMessage, mediaType: string): string | null {
  let payload: string;
  if (req.method === 'GET') {
    payload = req.url!.slice(req.url!.indexOf('?'));
  } else {
    const raw = rawBody(req);
    if (raw === undefined) return null;
    payload = raw.toString('latin1');
  }
  const key = `${req.method} ${mediaType} ${payload}`;
  (req as Keyed)[KEY] = key;
  return key;
}

/** Only answers every client may get, for a while: public with a positive max-age (errors are `no-store`). */
function cacheable(cacheControl: unknown): cacheControl is string {
  if (typeof cacheControl !== 'string' || !/\bpublic\b/.test(cacheControl)) return false;
  const maxAge = /\bmax-age=(\d+)/.exec(cacheControl);
  return maxAge !== null && Number(maxAge[1]) > 0;
}

export interface ResponseCache {
  /** The answer stored under `key` (requestKey) for the current data version, if any. */
  lookup(key: string): Entry | undefined | Promise<Entry | undefined>;
  /**
   * Charges a hit's cost to the client's budget (`clientKey`, as requestAuth names it): the rate-limit headers to send,
   * or null when the client is over its budget (the request then goes to Apollo, which refuses it with RATE_LIMITED).
   */
  charge(clientKey: string, entry: Entry): Promise<Record<string, string> | null>;
  /** Counts a hit in the request metrics, `started` being its process.hrtime.bigint() on arrival. */
  count(entry: Entry, started: bigint): void;
  /** Express middleware in front of Apollo: stores the answer of a request that requestKey keyed, when cacheable. */
  middleware: RequestHandler;
  /** Keeps the request's context, so that the answer is stored with the operation's cost and name. */
  track(res: Response, context: Context): void;
}

/**
 * An in-process cache of whole answers for identical operations, in front of Apollo: a hit is answered (by the hit
 * path, see createHitPath) from the bytes Apollo sent the first time, without parsing, validating or executing the
 * operation and without SQL. It keeps what Apollo's cache-control policy marks public (never errors), keyed on the
 * data version, so that a reseed (in this process or another replica) invalidates it within a second. Requests with
 * an API key neither read nor fill it. A hit still pays its rate-limit cost (the cost of the operation, stored with
 * the answer) and counts in the request metrics. Entries (body and key) are evicted least recently used beyond
 * `maxBytes`.
 *
 * It sits in front of Apollo rather than in it (Apollo's response-cache plugin) because a hit there still costs the
 * parse, validation, cost analysis and serialization of the stored result: measured in bench/RESULTS.md.
 */
export function createResponseCache(options: {
  dataSource: DataSource;
  limiter: RateLimiterAbstract;
  metrics: Metrics;
  maxBytes?: number;
}): ResponseCache {
  const { limiter, metrics } = options;
  // Answers are kept under the data version (see VersionWatch: a write anywhere shows within a second).
  const version = VersionWatch.of(options.dataSource);
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (entry, key) => entry.body.length + key.length + 512,
  });

  /** Wraps `res.send` for this request, to store Apollo's answer when it is cacheable. */
  function storeAnswer(res: Response, pending: Pending): void {
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      const cacheControl = res.getHeader('cache-control');
      const cost = pending.operation?.cost;
      if (res.statusCode === 200 && typeof body === 'string' && cacheable(cacheControl) && cost !== undefined) {
        const bytes = Buffer.from(body, 'utf8');
        const etagOf = res.app.get('etag fn') as ((body: Buffer, encoding?: string) => string) | undefined;
        const etag = etagOf ? etagOf(bytes) : undefined;
        entries.set(pending.key, {
          body: bytes,
          contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
          cacheControl,
          vary: res.getHeader('vary')?.toString(),
          etag,
          cost,
          operationName: pending.operation?.name ?? null,
        });
        // Set here, express does not hash the body a second time.
        if (etag) res.set('etag', etag);
        res.set('x-response-cache', 'miss');
        return send(bytes);
      }
      return send(body);
    };
  }

  const lookup = (key: string) => {
    const current = version.read();
    return typeof current === 'number'
      ? entries.get(`${current} ${key}`)
      : current.then((read) => entries.get(`${read} ${key}`));
  };

  const middleware: RequestHandler = (req, res, next) => {
    const key = (req as Keyed)[KEY];
    if (key === undefined) return next();
    void (async () => {
      // The version read now, not at lookup: an answer computed after a write is stored under the new version.
      const pending: Pending = { key: `${await version.read()} ${key}` };
      res.locals.responseCache = pending;
      storeAnswer(res, pending);
      next();
    })().catch(next);
  };

  return {
    lookup,
    async charge(clientKey, entry) {
      try {
        return rateLimitHeaders(limiter, await limiter.consume(clientKey, Math.max(1, entry.cost)));
      } catch (error) {
        if (error instanceof RateLimiterRes) return null;
        throw error;
      }
    },
    count(entry, started) {
      metrics.observe(entry.operationName, 'ok', Number(process.hrtime.bigint() - started) / 1e9);
    },
    middleware,
    track(res, context) {
      const pending = res.locals.responseCache as Pending | undefined;
      if (pending) pending.operation = context.operation;
    },
  };
}
