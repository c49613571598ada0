import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express, { RequestHandler } from 'express';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { RequestAuth } from '../auth';

const REQUEST_ID = /^[\w-]{1,64}$/;

/** The request id: the client's `X-Request-Id` when it is 1-64 letters, digits, `_` or `-`, else a new UUID. */
export function requestId(req: http.IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** `req.log` made on first use: the request's child of `log`, as pino-http binds it. */
function quietRequestLog(log: Logger): RequestHandler {
  return (req, _res, next) => {
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: false,
      get: () => (child ??= log.child({ req })),
      set: (value: Logger) => {
        child = value;
      },
    });
    next();
  };
}

export interface RequestLog {
  /** pino-http for express: `req.log`, and one `request completed` line at info per response (not for probes). */
  middleware: RequestHandler;
  /**
   * Logs a response the hit path wrote itself, as pino-http logs the others (the same logger, serializers, redaction
   * and message), `head` being the headers written (name, value, ...). Costs nothing when info is not enabled.
   */
  hit(req: http.IncomingMessage, statusCode: number, head: readonly string[], startedAt: number): void;
}

/**
 * The access log. Every request has an id (`req.id`, see requestId) before it reaches either path; the id is sent back
 * in `X-Request-Id` and is in every line logged for the request. API keys never reach the log; a key's id does.
 */
export function createRequestLog(logger: Logger): RequestLog {
  const middleware = pinoHttp({
    logger,
    genReqId: (req) => (req as { id?: string }).id ?? requestId(req),
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    // An API key is a password: it never reaches the log. The key's id says who sent the request.
    redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
    customProps: (_req, res) => {
      const auth = (res as unknown as express.Response).locals?.auth as RequestAuth | undefined;
      return auth?.viewer ? { keyId: auth.viewer.keyId } : {};
    },
  });
  const log = middleware.logger;
  return {
    // Below info nothing is logged per request: what pino-http does for each (two child loggers, a listener on the
    // response) is left out, and `req.log` is made only when something logs (a warning, an error), as pino-http's.
    middleware: log.isLevelEnabled('info') ? middleware : quietRequestLog(log),
    hit(req, statusCode, head, startedAt) {
      if (!log.isLevelEnabled('info')) return;
      const headers: Record<string, string> = {};
      for (let i = 0; i < head.length; i += 2) headers[head[i]] = head[i + 1];
      // What pino's response serializer reads of a response (the hit path writes its headers in one writeHead).
      const res = { statusCode, headersSent: true, getHeaders: () => headers };
      log.info({ req, res, responseTime: Date.now() - startedAt }, 'request completed');
    },
  };
}
