import fs from 'node:fs';
import path from 'node:path';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { DatabaseConfig } from '../config';
import { entities } from '../entities';

/** Counts the SQL statements a DataSource runs; tests and metrics read it to prove batching. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
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
 * Creates and initialises the one long-lived DataSource of the process. The schema is created from the entities
 * (`synchronize`), plus the FTS5 index that search uses. Throws if the database cannot be opened.
 */
export async function createDataSource(
  config: DatabaseConfig,
  counter: StatementCounter = new StatementCounter(),
): Promise<DataSource> {
  if (config.type === 'sqlite' && config.database !== ':memory:') {
    fs.mkdirSync(path.dirname(config.database), { recursive: true });
  }
  const dataSource = new DataSource(
    config.type === 'sqlite'
      ? { type: 'sqlite', database: config.database, entities, synchronize: true, logger: counter, logging: true }
      : { type: 'postgres', url: config.url, entities, synchronize: true, logger: counter, logging: true },
  );
  await dataSource.initialize();
  if (config.type === 'sqlite') {
    // WAL lets readers go on while the seed step writes; busy_timeout waits for a lock instead of failing.
    if (config.database !== ':memory:') await dataSource.query('PRAGMA journal_mode = WAL');
    await dataSource.query('PRAGMA busy_timeout = 5000');
    await dataSource.query('PRAGMA synchronous = FULL');
    await dataSource.query(
      `CREATE VIRTUAL TABLE IF NOT EXISTS passage_fts USING fts5(text, content='passage', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    );
  }
  return dataSource;
}
