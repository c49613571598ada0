import { DataSource, EntityManager } from 'typeorm';
import { sqliteLock } from './read-write-lock';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction once every earlier write on the same DataSource has finished. TypeORM shares one
 * SQLite connection, and transactions started in parallel on it interleave and half-commit; one queue per
 * DataSource makes them run one at a time. On SQLite the transaction also holds the DataSource's read-write lock alone,
 * so that no read-only request reads its uncommitted rows. Resolves with `work`'s result; rejects (and rolls back) if
 * it throws.
 */
export function runWrite<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const lock = sqliteLock(dataSource);
  const transaction = () => (lock ? immediateTransaction(dataSource, work) : dataSource.transaction(work));
  const next = previous.catch(() => undefined).then(() => (lock ? lock.write(transaction) : transaction()));
  queues.set(dataSource, next);
  return next;
}

/**
 * An SQLite write transaction that takes the database's write lock as it begins (BEGIN IMMEDIATE, waiting for it up
 * to the busy timeout). TypeORM's transactions begin deferred: a read that another request sends on the shared
 * connection before the transaction's first write then opens the transaction as a reader, and once another process
 * has committed, that reader can never become the writer (SQLite answers SQLITE_BUSY at once, however long one
 * retries). TypeORM's own nested transactions (a `save`) see this one as active and join it.
 */
async function immediateTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.query('BEGIN IMMEDIATE');
  const state = runner as { isTransactionActive: boolean };
  state.isTransactionActive = true;
  try {
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    state.isTransactionActive = false;
    await runner.release();
  }
}
