import { DataSource, EntityManager } from 'typeorm';
import {
  ActorType,
  AuditEntry,
  DataVersion,
  FactSource,
  ReviewState,
  SeedRun,
  unseededEntities,
  VersionStatus,
} from '../entities';
import { SeedSet } from '../seed/read-seeds';
import { SEED_FILES_RUN_KEY, VOCABULARY_RUN_KEY } from './seed-sync';
import { Actor, AuditAction, WriteTransaction } from './transaction';
import { writeVersion } from './write-version';
import { writeVocabulary } from './vocabulary';

/** Tables a replacement keeps: the append-only audit log, the data version, the API keys. */
const KEPT = new Set([AuditEntry, DataVersion, ...unseededEntities].map((e) => e.name));

/** What is written on top of the seeds in a replacement: the synthetic corpus. */
export interface ExtraContent {
  /** Its seed_run entry (the fingerprint of what it writes). */
  key: string;
  fingerprint: string;
  /** Writes its versions through the transaction (it may flush the writer). */
  write(tx: WriteTransaction): Promise<void>;
}

export interface ReplaceSummary {
  controllers: number;
  evidence: number;
  rows: Record<string, number>;
}

/** The content tables: every entity's but those a replacement keeps. */
function contentTables(manager: EntityManager): string[] {
  return manager.connection.entityMetadatas.filter((m) => !KEPT.has(m.name)).map((m) => m.tableName);
}

async function clearContent(manager: EntityManager): Promise<void> {
  const tables = contentTables(manager).map((t) => `"${t}"`);
  if (manager.connection.options.type === 'postgres') {
    await manager.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
    return;
  }
  // Referencing tables first (the reverse of the DataSource's order), so that no cascade has work left to do.
  for (const table of [...tables].reverse()) await manager.query(`DELETE FROM ${table}`);
  await manager.query(
    `DELETE FROM sqlite_sequence WHERE name IN (${tables.map((t) => `'${t.slice(1, -1)}'`).join(', ')})`,
  );
}

/**
 * Prepares the indexes for a large load; `restore` (after the rows are in) builds them again. Every secondary index
 * of the content tables (PostgreSQL's GIN search index included) is dropped first and built at the end from its own
 * definition, faster than updating it row by row; unique indexes stay, to keep checking. SQLite's FTS5 table is
 * rebuilt from the passage table. A failed load rolls the drops back.
 */
async function suspendIndexes(manager: EntityManager): Promise<{ restore(): Promise<void> }> {
  const postgres = manager.connection.options.type === 'postgres';
  const tables = contentTables(manager);
  const indexes: { name: string; definition: string }[] = postgres
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
  if (manager.connection.options.type === 'postgres') {
    await manager.query(
      `ANALYZE ${contentTables(manager)
        .map((t) => `"${t}"`)
        .join(', ')}`,
    );
    return;
  }
  await manager.query('PRAGMA analysis_limit = 1000');
  await manager.query('ANALYZE');
  await manager.query('PRAGMA analysis_limit = 0');
}

/**
 * Replaces the whole content of the database (every version, curated ones included; the audit log stays) with the
 * seeds, each as its published version 1, and `extra` on top: the synthetic corpus of the benchmarks (`npm run
 * synth`), which is why it exists. One transaction under the write lock, written in bulk with the secondary indexes
 * suspended, then the planner's statistics refreshed. Throws (and rolls back) on a database error.
 */
export function replaceAll(
  dataSource: DataSource,
  seeds: SeedSet,
  extra: ExtraContent,
  actor: Actor = { type: ActorType.CLI, id: null, name: 'synth', role: null, requestId: null },
): Promise<ReplaceSummary> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    await clearContent(tx.manager);
    const indexes = await suspendIndexes(tx.manager);
    tx.useTerms(await writeVocabulary(tx, seeds.vocabulary));
    const writer = await tx.writer();
    const terms = await tx.terms();
    for (const policy of seeds.policies) {
      const options = {
        version: 1,
        status: VersionStatus.PUBLISHED,
        source: FactSource.SEED,
        reviewState: ReviewState.ACCEPTED,
        createdAt: tx.at,
        seedFingerprint: policy.fingerprint,
      };
      writeVersion(writer, terms, policy, options);
    }
    await extra.write(tx);
    await writer.flush();
    const rows = Object.fromEntries(writer.written);
    await tx.audit({ action: AuditAction.CONTENT_REPLACED, subject: extra.key, controllerSlug: '*', version: 0 });
    tx.onFlushed(async () => {
      await indexes.restore();
      await analyze(tx.manager);
    });
    const runs = [
      { key: VOCABULARY_RUN_KEY, fingerprint: seeds.vocabularyFingerprint, loadedAt: tx.at },
      { key: extra.key, fingerprint: extra.fingerprint, loadedAt: tx.at },
    ];
    await tx.manager.save(runs.map((run) => Object.assign(new SeedRun(), run)));
    // The content is no longer that of the last seed load (these seeds may come from another directory).
    await tx.manager.delete(SeedRun, { key: SEED_FILES_RUN_KEY });
    return { controllers: rows.controller ?? 0, evidence: rows.evidence ?? 0, rows };
  });
}
