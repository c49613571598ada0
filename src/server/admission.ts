import { RequestHandler } from 'express';
import { ReadWriteLock } from '../db/read-write-lock';
import { isMutation, sendError } from './http-guards';

export interface AdmissionOptions {
  /** Operations executing at once; the others wait their turn in arrival order. */
  concurrency: number;
  /** Operations allowed to wait; beyond that a request is refused at once with 503 and Retry-After. */
  maxQueue: number;
}

/**
 * Admission control in front of Apollo: at most `concurrency` GraphQL operations execute at once, the rest wait in
 * arrival order. One event loop does all the work, so running 16 operations side by side finishes none sooner than
 * running 4 and then the next: it only holds 16 half-built answers in memory at once, and the garbage collector then
 * copies all of them on every young-generation collection (measured in bench/RESULTS.md: peak RSS and throughput).
 * Four keep the database (SQLite's thread pool, PostgreSQL's connections) busy while JavaScript runs.
 * When `maxQueue` requests already wait, a new one is refused with 503 `SERVER_BUSY` and `Retry-After: 1`, rather
 * than growing the queue (and its memory) without bound. Response-cache hits never wait: the gate sits behind the cache.
 */
export function admissionGate(handler: RequestHandler, options: AdmissionOptions): RequestHandler {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) next();
  };

  return (req, res, next) => {
    const start = () => {
      running++;
      let released = false;
      const done = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      // A client that hangs up while its operation runs frees the slot when the response closes.
      res.once('close', done);
      Promise.resolve(handler(req, res, next)).then(done, (error: unknown) => {
        done();
        next(error);
      });
    };
    if (running < options.concurrency) return start();
    if (waiting.length >= options.maxQueue) {
      return sendError(res, 503, 'SERVER_BUSY', 'The server is busy; retry in a second.', { 'Retry-After': '1' });
    }
    const entry = () => {
      res.off('close', abandon);
      start();
    };
    // A client that hangs up while waiting leaves the queue.
    const abandon = () => {
      const at = waiting.indexOf(entry);
      if (at >= 0) waiting.splice(at, 1);
    };
    res.once('close', abandon);
    waiting.push(entry);
  };
}

/**
 * On SQLite, runs every read-only request (not a mutation) while holding a share of the DataSource's read-write lock
 * (see sqliteLock), so that its statements never see a write transaction's uncommitted rows; mutations take no share
 * (their write takes the lock alone). On PostgreSQL, `handler` as it is.
 */
export function consistentReads(handler: RequestHandler, lock: ReadWriteLock | null): RequestHandler {
  if (!lock) return handler;
  return (req, res, next) => {
    if (req.method === 'POST' && isMutation(req.body ?? {})) return handler(req, res, next);
    return lock.read(
      () =>
        new Promise<void>((resolve) => {
          res.once('close', resolve);
          Promise.resolve(handler(req, res, next)).then(
            () => resolve(),
            (error: unknown) => {
              resolve();
              next(error);
            },
          );
        }),
    );
  };
}
