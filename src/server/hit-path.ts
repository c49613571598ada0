import http from 'node:http';
import { Express, Request, RequestHandler, Response } from 'express';
import fresh from 'fresh';
import proxyaddr from 'proxy-addr';
import { Logger } from 'pino';
import { isJsonUtf8 } from './http-guards';
import { JsonBody } from './json-body';
import { prefersHtml } from './media-type';
import { RequestLog } from './request-log';
import { cacheableMediaType, Entry, requestKey, ResponseCache } from './response-cache';

/** A request as the server's request handler passes it on: with its id (requestId). */
export type IdentifiedRequest = http.IncomingMessage & { id: string };

/** Hands a request to the express app, its id sent back in `X-Request-Id` (pino-http logs it). */
export function forwardTo(app: Express): (req: IdentifiedRequest, res: http.ServerResponse) => void {
  return (req, res) => {
    res.setHeader('x-request-id', req.id);
    app(req, res);
  };
}

export interface HitPathOptions {
  /** Everything that is not a hit goes here, with the POST body already parsed when the hit path read it. */
  app: Express;
  cache: ResponseCache;
  body: JsonBody;
  /** The headers of every response that do not depend on the request (helmet's): name, value, ... */
  staticHead: readonly string[];
  /** The CORS middleware the express app runs (the same one, so that a hit has the same CORS headers). */
  cors: RequestHandler;
  requestLog: RequestLog;
  logger: Logger;
}

/** Records the headers a middleware sets without looking at the request (helmet's), as name, value, ... */
export function recordStaticHeaders(middleware: RequestHandler): string[] {
  const head: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => head.push(name.toLowerCase(), String(value)),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  let done = false;
  void middleware({ headers: {}, method: 'GET', url: '/' } as Request, recorder as unknown as Response, () => {
    done = true;
  });
  if (!done) throw new Error('internal: the security headers middleware did not finish at once');
  return head;
}

/** Whether express would route the request to the GraphQL endpoint's cache (not the playground, not a 405 or 415). */
function routedToCache(req: http.IncomingMessage): boolean {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  if ((at < 0 ? url : url.slice(0, at)) !== '/graphql') return false;
  if (req.method === 'POST') return isJsonUtf8(req.headers['content-type']);
  return !prefersHtml(req.headers.accept);
}

/**
 * The request handler in front of the express app: answers a response-cache hit itself, with the bytes and headers
 * the express app would send (the stored answer, helmet's and the CORS headers, the request id, the rate-limit headers,
 * `ETag` and a 304 for a GET whose `If-None-Match` matches), and hands every other request to `app`. The rules that
 * decide whether a request may be served from the cache are those express applies before the cache: the route (POST
 * and GET `/graphql`, not a browser asking for the playground), a JSON body in UTF-8 that the body parser accepts and
 * that is no larger than a query's limit, no API key, no dry run, a GET that passes CSRF prevention, a client within
 * its rate-limit budget (charged the operation's cost). A POST body is read once, here, and handed on parsed on a miss.
 * A hit is counted in the request metrics and logged as express's responses are.
 */
export function createHitPath(options: HitPathOptions): (req: IdentifiedRequest, res: http.ServerResponse) => void {
  const { app, cache, body, staticHead, cors, requestLog, logger } = options;
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;

  const forward = forwardTo(app);

  function write(req: IdentifiedRequest, res: http.ServerResponse, entry: Entry, limits: Record<string, string>) {
    const head = [...staticHead, 'x-request-id', req.id];
    if (entry.vary !== undefined) head.push('vary', entry.vary);
    for (const name in limits) head.push(name, limits[name]);
    head.push('cache-control', entry.cacheControl);
    if (entry.etag !== undefined) head.push('etag', entry.etag);
    head.push('x-response-cache', 'hit');
    // As express's res.send: a GET whose If-None-Match names the ETag gets 304, without body or content headers.
    const notModified = req.method === 'GET' && fresh(req.headers, { etag: entry.etag });
    if (!notModified) head.push('content-type', entry.contentType, 'content-length', String(entry.body.length));
    res.writeHead(notModified ? 304 : 200, head);
    res.end(notModified ? undefined : entry.body);
    return { statusCode: notModified ? 304 : 200, head };
  }

  async function serve(req: IdentifiedRequest, res: http.ServerResponse, key: string): Promise<boolean> {
    const startedAt = Date.now();
    const started = process.hrtime.bigint();
    const entry = await cache.lookup(key);
    if (entry === undefined) return false;
    // The client key authenticate gives a request without an API key (requestAuth), from express's req.ip.
    const limits = await cache.charge(`ip:${proxyaddr(req, trust) ?? 'unknown'}`, entry);
    if (limits === null) return false;
    let sent = false;
    cors(req as Request, res as Response, () => {
      const { statusCode, head } = write(req, res, entry, limits);
      sent = true;
      cache.count(entry, started);
      requestLog.hit(req, statusCode, head, startedAt);
    });
    return sent;
  }

  const lookUp = (req: IdentifiedRequest, res: http.ServerResponse, mediaType: string) => {
    const key = requestKey(req, mediaType);
    if (key === null) return forward(req, res);
    serve(req, res, key).then(
      (served) => served || forward(req, res),
      (error: unknown) => {
        logger.error({ err: error, requestId: req.id }, 'response cache failed; the request goes to Apollo');
        forward(req, res);
      },
    );
  };

  return (req, res) => {
    const mediaType = routedToCache(req) ? cacheableMediaType(req) : null;
    if (mediaType === null) return forward(req, res);
    if (req.method === 'GET') return lookUp(req, res, mediaType);
    body.read(req, res, () => lookUp(req, res, mediaType));
  };
}
