import { createHash } from 'node:crypto';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Request, RequestHandler, Response } from 'express';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { requestAuth } from '../auth/authenticate';
import { readDataVersion, storeEvents } from '../store/transaction';
import { Context, OperationFacts } from '../schema/context';
import { Metrics } from './metrics';
import { responseMediaType } from './media-type';
import { rateLimitHeaders } from './operation-limits';

/** How long a process trusts the data version it read last (a reseed elsewhere shows after at most this long). */
const VERSION_TTL_MS = 1000;

/**
 * The version of the data: the counter every write transaction of the store adds one to (data_version), re-read at
 * most once a second, so a cache keyed on it never serves data older than that, whichever replica wrote; a write of
 * this process makes it re-read at once.
 */
function dataVersion(dataSource: DataSource): { read: () => Promise<string>; close: () => void } {
  let value: string | null = null;
  let readAt = 0;
  let pending: Promise<string> | null = null;
  const committed = (written: DataSource) => {
    if (written === dataSource) readAt = 0;
  };
  storeEvents.on('committed', committed);
  const read = async () => {
    if (value !== null && Date.now() - readAt < VERSION_TTL_MS) return value;
    pending ??= readDataVersion(dataSource)
      .then((version) => {
        value = String(version);
        readAt = Date.now();
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  return { read, close: () => storeEvents.off('committed', committed) };
}

/** A stored answer: the exact bytes Apollo sent, with what a hit must repeat or charge. */
interface Entry {
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

/** What the cache keeps about a request on its way through Apollo (`res.locals.responseCache`). */
interface Pending {
  key: string;
  operation?: OperationFacts;
}

/** Headers with which Apollo's CSRF prevention lets a GET through (its defaults); a hit must not skip that rule. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * The cache key of a request, or null when the request must go to Apollo (a request with an API key, whose answer may
 * depend on who asks; dry runs, HEAD, a GET that Apollo's CSRF prevention would refuse, an `Accept` that allows no
 * GraphQL media type). Everything Apollo reads from a request is
 * in it: the media type the answer will have (from `Accept`), the query, operation name, variables and extensions of a
 * POST body, the whole query string of a GET. Equal operations written differently (other spacing, other order of
 * variables) are different keys: a miss, never a wrong answer.
 */
function requestKey(req: Request): string | null {
  if (req.headers.authorization !== undefined || req.headers['x-dry-run'] !== undefined) return null;
  const mediaType = responseMediaType(req.headers.accept);
  if (mediaType === null) return null;
  let payload: string;
  if (req.method === 'POST') {
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    if ((body.extensions as { dryRun?: unknown } | undefined)?.dryRun !== undefined) return null;
    payload = JSON.stringify([body.query, body.operationName, body.variables, body.extensions]);
  } else if (req.method === 'GET') {
    if (!PREFLIGHT_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    const at = req.url.indexOf('?');
    if (at < 0) return null;
    payload = req.url.slice(at);
  } else {
    return null;
  }
  return `${req.method} ${mediaType} ${createHash('sha256').update(payload).digest('base64url')}`;
}

/** Only answers every client may get, for a while: public with a positive max-age (errors are `no-store`). */
function cacheable(cacheControl: unknown): cacheControl is string {
  if (typeof cacheControl !== 'string' || !/\bpublic\b/.test(cacheControl)) return false;
  const maxAge = /\bmax-age=(\d+)/.exec(cacheControl);
  return maxAge !== null && Number(maxAge[1]) > 0;
}

export interface ResponseCache {
  /** Express middleware in front of Apollo: answers a hit, or lets the request through and stores its answer. */
  middleware: RequestHandler;
  /** Keeps the request's context, so that the answer is stored with the operation's cost and name. */
  track(res: Response, context: Context): void;
  /** Stops following this process's writes (when the server stops). */
  close(): void;
}

/**
 * An in-process cache of whole answers for identical operations, in front of Apollo: a hit is answered from the bytes
 * Apollo sent the first time, without parsing, validating or executing the operation and without SQL. It keeps what
 * Apollo's cache-control policy marks public (never errors), keyed on the data version, so that a reseed (in this
 * process or another replica) invalidates it within a second. Requests with an API key neither read nor fill it. A hit
 * still pays its rate-limit cost (the cost of the operation, stored with the answer, charged to the request's client
 * key as Apollo charges it: see requestAuth) and counts in the request metrics; a client over its budget goes to
 * Apollo, which refuses it as for any request. Entries are evicted least recently used beyond `maxBytes`.
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
  const version = dataVersion(options.dataSource);
  const entries = new InMemoryLRUCache<Entry>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.length + 512,
  });

  async function answer(res: Response, entry: Entry, started: bigint): Promise<boolean> {
    let charged: RateLimiterRes;
    try {
      charged = await limiter.consume(requestAuth(res).clientKey, Math.max(1, entry.cost));
    } catch (error) {
      if (error instanceof RateLimiterRes) return false; // Apollo refuses it with RATE_LIMITED and Retry-After.
      throw error;
    }
    res.set(rateLimitHeaders(limiter, charged));
    res.set('content-type', entry.contentType);
    res.set('cache-control', entry.cacheControl);
    for (const field of entry.vary?.split(',') ?? []) res.vary(field.trim());
    if (entry.etag) res.set('etag', entry.etag);
    res.set('x-response-cache', 'hit');
    res.status(200).send(entry.body);
    metrics.observe(entry.operationName, 'ok', Number(process.hrtime.bigint() - started) / 1e9);
    return true;
  }

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
        void entries.set(pending.key, {
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

  const middleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const key = requestKey(req);
    if (key === null) return next();
    void (async () => {
      const fullKey = `${await version.read()} ${key}`;
      const entry = await entries.get(fullKey);
      if (entry && (await answer(res, entry, started))) return;
      const pending: Pending = { key: fullKey };
      res.locals.responseCache = pending;
      storeAnswer(res, pending);
      next();
    })().catch(next);
  };

  return {
    middleware,
    close: version.close,
    track(res, context) {
      const pending = res.locals.responseCache as Pending | undefined;
      if (pending) pending.operation = context.operation;
    },
  };
}
