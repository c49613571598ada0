import { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction once every earlier write on the same DataSource has finished. TypeORM shares one
 * SQLite connection, and transactions started in parallel on it interleave and half-commit; one queue per
 * DataSource makes them run one at a time. Resolves with `work`'s result; rejects (and rolls back) if it throws.
 */
export function runWrite<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  queues.set(dataSource, next);
  return next;
}
