import { DataSource, EntityManager, In } from 'typeorm';
import { runWrite } from '../db/write-queue';
import { SeedRun, unseededEntities } from '../entities';
import { BulkWriter } from './bulk-writer';
import { DEFAULT_SEEDS_DIR, readSeeds, SeedSet } from './read-seeds';
import { Terms, writePolicy, writeVocabulary } from './write-policy';

export interface SeedSummary {
  fingerprint: string;
  controllers: number;
  evidence: number;
}

const SEED_RUN_KEY = 'seeds';
/** The seed_run key of a synthetic corpus loaded on top of the seeds (src/synth). */
export const SYNTH_RUN_KEY = 'synth';

/** The fingerprint of the seed files the database was loaded from, or null for a database that was never seeded. */
async function seedsFingerprint(manager: EntityManager): Promise<string | null> {
  const run = await manager.findOneBy(SeedRun, { key: SEED_RUN_KEY });
  return run?.fingerprint ?? null;
}

/**
 * The version of the data the database holds, for caches: the fingerprint of the seeds it was loaded from, followed
 * by that of the synthetic corpus when one is loaded on top (`npm run synth`); null for a database never seeded.
 * Every write of data (loadSeeds, loadSynth) changes it. One statement.
 */
export async function seededFingerprint(dataSource: DataSource): Promise<string | null> {
  const runs = await dataSource
    .getRepository(SeedRun)
    .find({ where: { key: In([SEED_RUN_KEY, SYNTH_RUN_KEY]) }, order: { key: 'ASC' } });
  const seeds = runs.find((r) => r.key === SEED_RUN_KEY);
  const synth = runs.find((r) => r.key === SYNTH_RUN_KEY);
  if (!seeds) return null;
  return synth ? `${seeds.fingerprint}+${synth.fingerprint}` : seeds.fingerprint;
}

async function clearAll(manager: EntityManager): Promise<void> {
  // API keys are not seed content: they outlive every reseed (and keep their ids).
  const kept = new Set<unknown>(unseededEntities);
  const names = manager.connection.entityMetadatas.filter((m) => !kept.has(m.target)).map((m) => m.tableName);
  const tables = names.map((name) => `"${name}"`);
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
    return;
  }
  for (const table of tables) await manager.query(`DELETE FROM ${table}`);
  // Restart ids so that a second load writes the very same rows (global ids of link rows stay stable).
  const sequence = await manager.query(`SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'`);
  if (sequence.length)
    await manager.query(`DELETE FROM sqlite_sequence WHERE name IN (${names.map(() => '?').join(', ')})`, names);
}

/**
 * Makes this transaction the only seeding one until it ends, across every process on the database: PostgreSQL takes
 * a transaction-scoped advisory lock (one per schema); SQLite takes its write lock with a first, empty write (a
 * deferred transaction that reads first could not upgrade its lock when another process seeds at the same time).
 */
async function lockForSeeding(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('policy-graph:seed'), hashtext(current_schema()))`);
  } else {
    await manager.query(`DELETE FROM seed_run WHERE 0`);
  }
}

/** What is written on top of the seeds (see replaceContent): the synthetic corpus. */
export interface ExtraContent {
  /** Its seed_run entry (the fingerprint of what it writes). */
  key: string;
  fingerprint: string;
  /** Buffers its rows through the writer, after the seeds (it may flush). */
  write(writer: BulkWriter, terms: Terms): Promise<void>;
}

/**
 * Replaces the whole content of the database with `seeds` (and `extra` on top) in one transaction, under the seed
 * lock; with `onlyIfStale`, does nothing when the database already holds these seeds (returns null). The rows go
 * through a BulkWriter: multi-row INSERTs in chunks, ids allocated from 1 (clearAll restarts them), so that the same
 * seeds always give the same rows and ids.
 */
export function replaceContent(
  dataSource: DataSource,
  seeds: SeedSet,
  options: { onlyIfStale?: boolean; extra?: ExtraContent } = {},
): Promise<SeedSummary | null> {
  return runWrite(dataSource, async (manager) => {
    await lockForSeeding(manager);
    // Another process may have loaded the same seeds while this one waited for the lock.
    if (options.onlyIfStale && (await seedsFingerprint(manager)) === seeds.fingerprint) return null;
    await clearAll(manager);
    const indexes = await suspendIndexes(manager, Boolean(options.extra));
    const writer = await BulkWriter.open(manager);
    const terms = writeVocabulary(writer, seeds.vocabulary);
    for (const policy of seeds.policies) writePolicy(writer, policy, terms);
    if (options.extra) await options.extra.write(writer, terms);
    await writer.finish();
    await indexes.restore();
    await analyze(manager);
    const loadedAt = new Date().toISOString();
    const runs = [{ key: SEED_RUN_KEY, fingerprint: seeds.fingerprint, loadedAt }];
    if (options.extra) runs.push({ key: options.extra.key, fingerprint: options.extra.fingerprint, loadedAt });
    await manager.save(runs.map((run) => Object.assign(new SeedRun(), run)));
    return {
      fingerprint: seeds.fingerprint,
      controllers: writer.written.get('controller') ?? 0,
      evidence: writer.written.get('evidence') ?? 0,
    };
  });
}

/**
 * Prepares the indexes for a load; `restore` (after the rows are in) finishes them. SQLite's FTS5 table has external
 * content: it is rebuilt from the passage table. For a large load (`bulk`), every secondary index of the entity
 * tables (PostgreSQL's GIN search index included) is dropped first and built again at the end from its own
 * definition, which is faster than updating it row by row; unique indexes stay, to keep checking. The transaction
 * holds the tables' write lock either way (clearAll took it), and a failed load rolls the drops back.
 */
async function suspendIndexes(manager: EntityManager, bulk: boolean): Promise<{ restore(): Promise<void> }> {
  const postgres = manager.connection.options.type === 'postgres';
  const tables = manager.connection.entityMetadatas.map((m) => m.tableName);
  let indexes: { name: string; definition: string }[] = [];
  if (bulk) {
    indexes = postgres
      ? await manager.query(
          `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
           WHERE schemaname = current_schema() AND tablename = ANY($1) AND indexdef NOT LIKE 'CREATE UNIQUE %'`,
          [tables],
        )
      : await manager.query(
          `SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
           AND sql NOT LIKE 'CREATE UNIQUE %' AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
          tables,
        );
    for (const index of indexes) await manager.query(`DROP INDEX "${index.name}"`);
  }
  return {
    async restore() {
      if (postgres && indexes.length) await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const index of indexes) await manager.query(index.definition);
      if (!postgres) await manager.query(`INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')`);
    },
  };
}

/**
 * Refreshes the planner's statistics of every table the load wrote. Without them both engines guess the selectivity of
 * an index from its shape alone: at 10,000 controllers SQLite then searched the disclosures of a data category by
 * category rather than by controller, and one filter query took 30 s instead of 20 ms. SQLite samples (analysis_limit)
 * to keep it short; PostgreSQL's ANALYZE samples anyway, and names the tables so as not to analyse other schemas.
 */
async function analyze(manager: EntityManager): Promise<void> {
  const tables = manager.connection.entityMetadatas.map((m) => `"${m.tableName}"`);
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`ANALYZE ${tables.join(', ')}`);
    return;
  }
  await manager.query('PRAGMA analysis_limit = 1000');
  await manager.query('ANALYZE');
  await manager.query('PRAGMA analysis_limit = 0');
}

/**
 * Loads the seed files into the database: validates every file first (see readSeeds), then replaces the whole
 * content of the database in one transaction, queued behind any other write of this process and locked against
 * seeding by any other process (see lockForSeeding). Idempotent: loading the same files twice leaves the same rows
 * with the same ids. Throws SeedErrors (and writes nothing) on a bad file; a database error rolls the transaction
 * back and leaves the database as it was.
 */
export async function loadSeeds(dataSource: DataSource, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedSummary> {
  const summary = await replaceContent(dataSource, readSeeds(dir));
  if (!summary) throw new Error('internal: an unconditional seed load returned no summary');
  return summary;
}

/**
 * Makes sure the database holds the current seeds: loads them when the database is empty or was seeded from other
 * files (a synthetic corpus loaded on top of the current seeds is kept; on top of other seeds it goes with them).
 * Returns the summary of the load, or null when the database was already current. When several processes
 * start on one database at once, exactly one of them loads (the others wait for it, see the seed lock, and find the
 * seeds current).
 */
export async function ensureSeeded(
  dataSource: DataSource,
  dir: string = DEFAULT_SEEDS_DIR,
): Promise<SeedSummary | null> {
  const seeds = readSeeds(dir);
  if ((await seedsFingerprint(dataSource.manager)) === seeds.fingerprint) return null;
  return replaceContent(dataSource, seeds, { onlyIfStale: true });
}
