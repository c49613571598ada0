import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { DatabaseConfig } from '../config';
import { entities } from '../entities';
import { applyStartupRule } from './migrate';
import { postgresMigrations } from './migrations/postgres';
import { sqliteMigrations } from './migrations/sqlite';

/**
 * The sqlite3 module for TypeORM, which calls `verbose()` on what it is given: verbose mode wraps every call of the
 * driver to capture a stack trace (a tenth of the server's CPU under load, measured with --cpu-prof).
 */
const quietSqlite = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => sqlite3 });

/**
 * Counts the SQL statements a DataSource runs; tests and metrics read it to prove batching. `count` is every statement
 * logged (the requests', the writes'); `background` the reads of the process itself, which no request's count
 * should show (the data version once a second at most, the term snapshot after a write: see src/store/version-watch).
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  background = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * Creates and initialises the one long-lived DataSource of the process. The schema comes from the migrations of
 * src/db/migrations (never from `synchronize`); with `migrations: 'startup'` (the default) the start-up rule applies:
 * pending migrations are run on SQLite, and on PostgreSQL a pending migration throws a SchemaError that names
 * `npm run migrate`. With `migrations: 'none'` the database is opened as it is (the migrate command, tests).
 * Throws if the database cannot be opened.
 */
export async function createDataSource(
  config: DatabaseConfig,
  counter: StatementCounter = new StatementCounter(),
  options: { migrations?: 'startup' | 'none' } = {},
): Promise<DataSource> {
  if (config.type === 'sqlite' && config.database !== ':memory:') {
    fs.mkdirSync(path.dirname(config.database), { recursive: true });
  }
  const common = { entities, logger: counter, logging: true as const, migrationsTableName: 'migrations' };
  const dataSource = new DataSource(
    config.type === 'sqlite'
      ? {
          ...common,
          type: 'sqlite',
          database: config.database,
          migrations: sqliteMigrations,
          driver: quietSqlite,
          // Set by the driver as the connection opens, before any other statement (TypeORM's own pragmas included).
          busyTimeout: 30_000,
          // Some lock conflicts (switching to WAL while another process opens the file) fail at once instead of
          // waiting: TypeORM then retries the statement after 50 ms. Every write transaction here begins with a
          // write, so a retried statement never replays a stale read.
          busyErrorRetry: 50,
        }
      : {
          ...common,
          type: 'postgres',
          url: config.url,
          schema: config.schema,
          migrations: postgresMigrations,
          // Raw SQL (search, filters, migrations) names tables without a schema: the search path finds them.
          // No JIT: the API's statements are short, and compiling one costs more than it saves (at 10,000
          // controllers, a filtered count spent 370 ms compiling and 90 ms running).
          extra: { options: `${config.schema ? `-c search_path=${config.schema} ` : ''}-c jit=off` },
        },
  );
  await dataSource.initialize();
  try {
    if (config.type === 'sqlite') {
      // busy_timeout waits for a lock instead of failing: set first, as switching to WAL takes a lock too, and long
      // enough for another process's migrations and seeding to finish (several seconds on a busy machine). WAL lets
      // readers go on while seeding writes.
      await dataSource.query('PRAGMA busy_timeout = 30000');
      if (config.database !== ':memory:') await dataSource.query('PRAGMA journal_mode = WAL');
      await dataSource.query('PRAGMA synchronous = FULL');
    }
    if ((options.migrations ?? 'startup') === 'startup') await applyStartupRule(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
