import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { pendingMigrations, runMigrations, SchemaError } from '../../src/db/migrate';
import { postgresMigrations } from '../../src/db/migrations/postgres';
import { sqliteMigrations } from '../../src/db/migrations/sqlite';
import { entities } from '../../src/entities';
import { loadSeeds } from '../../src/seed';
import { POSTGRES_SEARCH_VECTOR } from '../../src/queries/search';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

const open = (database: TestDatabase, migrations: 'startup' | 'none' = 'none') =>
  createDataSource(database.config, undefined, { migrations });

/** Every migration of the engine under test, oldest first. */
const ALL = (TEST_ENGINE === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name);

/** The tables of the database, TypeORM's `migrations` included, FTS5's shadow tables left out. */
async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    TEST_ENGINE === 'postgres'
      ? await dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
        )
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'passage_fts_%'`);
  return rows
    .map((r) => r.name)
    .filter((name) => name !== 'sqlite_sequence')
    .sort();
}

let database: TestDatabase;
let dataSource: DataSource;
beforeEach(async () => {
  // A file on SQLite: these tests open it more than once and expect to find what they left.
  database = await createTestDatabase({ migrated: false, file: true });
});
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await database.drop();
});

describe(`migrations (${TEST_ENGINE})`, () => {
  it('build exactly the schema the entities describe: TypeORM finds nothing to change', async () => {
    dataSource = await open(database);
    expect(await runMigrations(dataSource)).toEqual(ALL);
    const log = await dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
    const expected = new Set([
      ...entities.map((e) => dataSource.getMetadata(e).tableName),
      ...dataSource.entityMetadatas.flatMap((m) => m.manyToManyRelations.map((r) => r.joinTableName)),
      'migrations',
      ...(TEST_ENGINE === 'sqlite' ? ['passage_fts'] : []),
    ]);
    expect(await tables(dataSource)).toEqual([...expected].sort());
  });

  it('revert to an empty database', async () => {
    dataSource = await open(database);
    await runMigrations(dataSource);
    while ((await pendingMigrations(dataSource)).length < dataSource.migrations.length) {
      await dataSource.undoLastMigration();
    }
    expect(await tables(dataSource)).toEqual(['migrations']);
  });

  /** The rows of the tables that hold content, by table. */
  const contentCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        [
          'controller',
          'fact',
          'evidence',
          'purpose',
          'policy_document',
          'processor_engagement',
          'processor_engagement_data_category',
        ].map(async (table) => {
          const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`);
          return [table, Number(n)];
        }),
      ),
    );

  it('add the ingestion tables to a database that holds content without losing any of it', async () => {
    dataSource = await open(database);
    await runMigrations(dataSource);
    await loadSeeds(dataSource);
    const before = await contentCounts();
    expect(before.evidence).toBeGreaterThan(400);
    const later = ALL.slice(ALL.indexOf('Ingestions1796124764284'));
    for (const _ of later) await dataSource.undoLastMigration();
    expect(await pendingMigrations(dataSource)).toEqual(later);
    expect(await contentCounts()).toEqual(before);
    expect(await runMigrations(dataSource)).toEqual(later);
    expect(await contentCounts()).toEqual(before);
    const [document] = await dataSource.query(`SELECT "mediaType", "sourceId" FROM policy_document LIMIT 1`);
    expect(document).toEqual({ mediaType: 'text/plain', sourceId: null });
  });

  it('give the engagements already stored the slug of their controller, keeping every row and link', async () => {
    dataSource = await open(database);
    await runMigrations(dataSource);
    await loadSeeds(dataSource);
    const slugs = () =>
      dataSource.query(
        `SELECT e.id, e."controllerSlug" AS stored, c.slug FROM processor_engagement e JOIN controller c ON c.id = e."controllerId" ORDER BY e.id`,
      ) as Promise<{ id: number; stored: string; slug: string }[]>;
    const before = await contentCounts();
    expect(before.processor_engagement).toBeGreaterThan(10);
    expect((await slugs()).every((row) => row.stored === row.slug)).toBe(true);
    await dataSource.undoLastMigration();
    expect(await pendingMigrations(dataSource)).toEqual(['EngagementControllerSlug1796137079671']);
    expect(await contentCounts()).toEqual(before);
    expect(await runMigrations(dataSource)).toEqual(['EngagementControllerSlug1796137079671']);
    expect(await contentCounts()).toEqual(before);
    const rows = await slugs();
    expect(rows).toHaveLength(before.processor_engagement);
    expect(rows.filter((row) => row.stored !== row.slug)).toEqual([]);
  });

  it('run once when several processes migrate one database at the same time', async () => {
    const [a, b] = await Promise.all([open(database), open(database)]);
    try {
      const applied = await Promise.all([runMigrations(a), runMigrations(b)]);
      expect(applied.flat()).toEqual(ALL);
      expect(await pendingMigrations(a)).toEqual([]);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });

  it('upgrade a database of the first schema that holds seeded content: it is cleared, and the seeds load again', async () => {
    dataSource = await open(database);
    // The database as the first version of the schema left it: only the first migration applied, then seeded rows.
    const all = dataSource.migrations;
    Object.assign(dataSource, { migrations: all.slice(0, 1) });
    await dataSource.runMigrations();
    Object.assign(dataSource, { migrations: all });
    await dataSource.query(
      `INSERT INTO controller (slug, name, language, "documentId", "hasDpo") VALUES ('old', 'Old', 'nl', 1, ${TEST_ENGINE === 'postgres' ? 'false' : '0'})`,
    );
    expect(await runMigrations(dataSource)).toEqual(ALL.slice(1));
    expect(await dataSource.query('SELECT slug FROM controller')).toEqual([]);
    const summary = await loadSeeds(dataSource);
    expect(summary?.published).toHaveLength(5);
  });

  it('refuse a database that an older version built with synchronize, saying what to do', async () => {
    dataSource = await open(database);
    await dataSource.synchronize(); // the schema as older versions built it, with no migration history
    const error = await runMigrations(dataSource).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as Error).message).toMatch(/before it had migrations.*delete it.*npm run migrate/s);
  });
});

if (TEST_ENGINE === 'postgres') {
  describe('the start-up rule on PostgreSQL', () => {
    it('refuses an unmigrated database with a message that names npm run migrate', async () => {
      const error = await open(database, 'startup').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^PostgreSQL database "\\w+" \\(schema "test_\\w+"\\) is not migrated: ${ALL.length} migration\\(s\\) pending \\(${ALL.join(', ')}\\)\\. Run \`npm run migrate\` with the same DATABASE_URL`,
        ),
      );
    });

    it('starts on a migrated database without changing it', async () => {
      dataSource = await open(database);
      await runMigrations(dataSource);
      await dataSource.destroy();
      dataSource = await open(database, 'startup');
      expect(await pendingMigrations(dataSource)).toEqual([]);
    });

    it('searches through the GIN index: search repeats the index expression exactly', async () => {
      dataSource = await open(database);
      await runMigrations(dataSource);
      const runner = dataSource.createQueryRunner();
      try {
        await runner.query('SET enable_seqscan = off');
        const plan: { 'QUERY PLAN': string }[] = await runner.query(
          `EXPLAIN SELECT p.id FROM passage p WHERE ${POSTGRES_SEARCH_VECTOR} @@ to_tsquery('policy_graph_search', 'privacy')`,
        );
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('IDX_passage_search');
      } finally {
        await runner.release();
      }
    });
  });
} else {
  describe('the start-up rule on SQLite', () => {
    it('migrates an embedded database when it opens, once', async () => {
      dataSource = await open(database, 'startup');
      expect(await pendingMigrations(dataSource)).toEqual([]);
      await dataSource.destroy();
      dataSource = await open(database, 'startup');
      expect(await runMigrations(dataSource)).toEqual([]);
    });
  });
}
