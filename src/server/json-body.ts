import http from 'node:http';
import express, { Request, RequestHandler } from 'express';
import { LIMITS } from './limits';

/** What the body parser kept about a request (`req[READ]`), when the hit path read the body before express. */
interface BodyRead {
  error: unknown;
  /** The raw bytes, for a body no larger than LIMITS.maxBodyBytes (the only ones whose answer may be cached). */
  raw: Buffer | undefined;
}

const READ = Symbol('json-body');
type WithBody = http.IncomingMessage & { [READ]?: BodyRead; bodyBytes?: number; body?: unknown };

export interface JsonBody {
  /**
   * Reads and parses the body of `req` (express.json: limit LIMITS.maxMutationBodyBytes, JSON objects and arrays
   * only), then calls `done`. Sets `req.body`, and keeps the size (for limitBodyByOperation), the raw bytes of a body
   * of at most LIMITS.maxBodyBytes (rawBody) and the parser's error, if any, for `middleware`.
   */
  read(req: http.IncomingMessage, res: http.ServerResponse, done: () => void): void;
  /** The express stage: passes on what `read` found (its error, if any) when it ran, else parses the body itself. */
  middleware: RequestHandler;
}

/** The raw bytes of a body `read` parsed without error and that is no larger than LIMITS.maxBodyBytes. */
export function rawBody(req: http.IncomingMessage): Buffer | undefined {
  const read = (req as WithBody)[READ];
  return read && read.error === undefined ? read.raw : undefined;
}

/** The body size, as the parser saw it (0 before it ran). */
export function bodyBytes(req: Request): number {
  return (req as WithBody).bodyBytes ?? 0;
}

/**
 * The one JSON body parser of `/graphql`: a POST body is read and parsed once, either by the hit path (which keys the
 * response cache on the raw bytes) or by express, with the same parser and options.
 */
export function jsonBody(): JsonBody {
  const parser = express.json({
    limit: LIMITS.maxMutationBodyBytes,
    verify: (req: WithBody, _res, body) => {
      req.bodyBytes = body.length;
      if (req[READ] && body.length <= LIMITS.maxBodyBytes) req[READ].raw = body;
    },
  });
  return {
    read(req, res, done) {
      const read: BodyRead = { error: undefined, raw: undefined };
      (req as WithBody)[READ] = read;
      // express.json runs outside express here: it reads only `req.headers` and the stream, and sets `req.body`.
      parser(req as Request, res as Parameters<RequestHandler>[1], (error?: unknown) => {
        read.error = error; // body-parser has read off the rest of a body it refused
        done();
      });
    },
    middleware(req, res, next) {
      const read = (req as WithBody)[READ];
      if (read) return next(read.error);
      parser(req, res, next);
    },
  };
}
