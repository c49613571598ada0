import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseConfig, parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { runMigrations } from '../../src/db/migrate';

function postgresBase(): (DatabaseConfig & { type: 'postgres' }) | null {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return null;
  const config = parseDatabaseUrl(url);
  if (config.type !== 'postgres') {
    throw new Error(`TEST_DATABASE_URL must name a PostgreSQL database (postgres://...); unset it to test on SQLite`);
  }
  return config;
}

/** The engine the suite runs on: PostgreSQL when TEST_DATABASE_URL names one, else SQLite (in memory). */
export const TEST_ENGINE: 'sqlite' | 'postgres' = postgresBase() ? 'postgres' : 'sqlite';

export interface TestDatabase {
  /** Its DATABASE_URL, e.g. for startServer. */
  url: string;
  config: DatabaseConfig;
  /** Drops it (the PostgreSQL schema, the SQLite file); call it after closing every connection to it. */
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database of a test's own. On PostgreSQL: a new schema `test_<worker>_<random>` in TEST_DATABASE_URL
 * (so that parallel jest workers never see each other's rows), migrated unless `migrated: false`. On SQLite: in
 * memory, or with `file: true` a temporary file that several connections can share (SQLite migrates itself when
 * opened: see the start-up rule).
 */
export async function createTestDatabase(options: { migrated?: boolean; file?: boolean } = {}): Promise<TestDatabase> {
  const base = postgresBase();
  if (!base) {
    if (!options.file)
      return { url: 'sqlite::memory:', config: parseDatabaseUrl('sqlite::memory:'), drop: async () => {} };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-db-'));
    const url = `sqlite:${path.join(dir, 'test.sqlite')}`;
    return { url, config: parseDatabaseUrl(url), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(6).toString('hex')}`;
  await withClient(base.url, (client) => client.query(`CREATE SCHEMA "${schema}"`));
  const separator = base.url.includes('?') ? '&' : '?';
  const url = `${base.url}${separator}schema=${schema}`;
  const config = parseDatabaseUrl(url);
  if (options.migrated ?? true) {
    const dataSource = await createDataSource(config, undefined, { migrations: 'none' });
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
  return {
    url,
    config,
    // The job queue's schema (pg-boss, see bossSchemaOf) goes with it.
    drop: () =>
      withClient(base.url, (client) =>
        client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_pgboss" CASCADE`),
      ).then(() => undefined),
  };
}
