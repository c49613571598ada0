import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';

/** The database's schema cannot be used as it is: migrations are pending, or it predates migrations. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

const isPostgres = (dataSource: DataSource) => dataSource.options.type === 'postgres';

/** Where the database is, for messages: the SQLite file or the PostgreSQL database and schema (no password). */
function describe(dataSource: DataSource): string {
  const options = dataSource.options;
  if (options.type === 'sqlite')
    return options.database === ':memory:' ? 'the in-memory SQLite database' : options.database;
  const driver = dataSource.driver as { database?: string; schema?: string };
  return `PostgreSQL database "${driver.database ?? '?'}" (schema "${driver.schema ?? 'public'}")`;
}

/** A database that has the tables but no migration history was built by `synchronize` before migrations existed. */
async function assertNotLegacy(runner: QueryRunner, dataSource: DataSource, executed: number): Promise<void> {
  if (executed > 0 || !(await runner.hasTable('seed_run'))) return;
  throw new SchemaError(
    `${describe(dataSource)} was created by an older Policy Graph, before it had migrations, and cannot be migrated. ` +
      'It holds only data loaded from seeds/: delete it (for the default, rm data/policy-graph.sqlite*; on PostgreSQL, ' +
      'drop its tables or use a fresh schema), then run `npm run migrate` (or `npm start` on SQLite).',
  );
}

/** The names of the migrations of this version that the database has not run yet (all of them on an empty one). */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const executor = new MigrationExecutor(dataSource, runner);
    await assertNotLegacy(runner, dataSource, (await executor.getExecutedMigrations()).length);
    return (await executor.getPendingMigrations()).map((m) => m.name);
  } finally {
    await runner.release();
  }
}

/**
 * Runs the pending migrations in one transaction and returns their names (empty when the database was current).
 * Safe to call from several processes at once: on PostgreSQL they queue on an advisory lock, on SQLite on the write
 * lock (BEGIN IMMEDIATE), and each re-reads the migration history once it holds the lock, so every migration runs
 * once. Creates the PostgreSQL schema named by `?schema=` if it does not exist. Throws SchemaError on a database
 * built before migrations existed; a failing migration rolls everything back and rethrows.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    if (isPostgres(dataSource)) {
      await runner.query('BEGIN');
      // One lock for the whole database, not per schema: a migration may create database-wide objects (extensions).
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('policy-graph:migrate'))`);
      const { schema } = dataSource.driver.options as { schema?: string };
      if (schema) await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } else {
      await runner.query('BEGIN IMMEDIATE');
    }
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'none'; // the transaction above holds the lock; TypeORM must not open another
    await assertNotLegacy(runner, dataSource, (await executor.getExecutedMigrations()).length);
    const applied = await executor.executePendingMigrations();
    await runner.query('COMMIT');
    return applied.map((m) => m.name);
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * The start-up rule for the database schema. SQLite is embedded and belongs to this process: its pending migrations
 * are applied here, so that `npm start` works on a fresh clone. PostgreSQL is shared by every replica: migrating it
 * is a deploy step (`npm run migrate`), and a server never does it on its own; a pending migration makes this throw
 * a SchemaError that says what to run. Returns the names of the migrations applied (always empty on PostgreSQL).
 */
export async function applyStartupRule(dataSource: DataSource): Promise<string[]> {
  if (!isPostgres(dataSource)) return runMigrations(dataSource);
  const pending = await pendingMigrations(dataSource);
  if (pending.length) {
    throw new SchemaError(
      `${describe(dataSource)} is not migrated: ${pending.length} migration(s) pending (${pending.join(', ')}). ` +
        'Run `npm run migrate` with the same DATABASE_URL, then start the server again.',
    );
  }
  return [];
}
