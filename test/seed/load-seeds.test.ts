import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { Evidence, PolicyDocument } from '../../src/entities';
import { loadSeeds, SeedErrors } from '../../src/seed';
import { copySeeds, editFacts } from '../support/seed-fixtures';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

let database: TestDatabase;
let dataSource: DataSource;

/** Every row of every table, in primary-key order (the seed_run time stamp left out). */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const { tableName, primaryColumns } of dataSource.entityMetadatas) {
    const order = primaryColumns.map((c) => `"${c.databaseName}"`).join(', ');
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM "${tableName}" ORDER BY ${order}`);
    tables[tableName] = rows.map(({ loadedAt: _loadedAt, ...row }) => row);
  }
  return tables;
}

/** Makes every insert into evidence fail with `message`, as a full disk would; returns the undo. */
async function refuseEvidence(message: string): Promise<() => Promise<void>> {
  if (TEST_ENGINE === 'postgres') {
    await dataSource.query(
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`,
    );
    await dataSource.query('CREATE TRIGGER refuse BEFORE INSERT ON evidence FOR EACH ROW EXECUTE FUNCTION refuse()');
    return async () => {
      await dataSource.query('DROP TRIGGER refuse ON evidence');
      await dataSource.query('DROP FUNCTION refuse()');
    };
  }
  await dataSource.query(
    `CREATE TRIGGER refuse BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, '${message}'); END`,
  );
  return async () => {
    await dataSource.query('DROP TRIGGER refuse');
  };
}

async function expectRejected(seedsDir: string, ...fragments: string[]): Promise<void> {
  const before = await snapshot();
  const error = await loadSeeds(dataSource, seedsDir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedErrors);
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
  expect(await snapshot()).toEqual(before);
}

// One database for the file (on SQLite in memory, so each test opens a fresh one); every test starts seeded.
beforeAll(async () => {
  database = await createTestDatabase();
});
beforeEach(async () => {
  dataSource = await createDataSource(database.config);
  await loadSeeds(dataSource);
});
afterEach(() => dataSource.destroy());
afterAll(() => database.drop());

describe('loadSeeds', () => {
  it('loads all five documents, every evidence quote equal to its slice of the document text', async () => {
    const documents = await dataSource.getRepository(PolicyDocument).find({ select: ['id', 'slug', 'text'] });
    expect(documents.map((d) => d.slug).sort()).toEqual([
      'cloudar',
      'cloudpiling',
      'cloudware',
      'cluma',
      'it-voor-ondernemers',
    ]);
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    const evidence = await dataSource.getRepository(Evidence).find();
    expect(evidence.length).toBeGreaterThan(400);
    for (const e of evidence) expect(texts.get(e.documentId)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it('is idempotent: a second load leaves the very same rows and ids', async () => {
    const first = await snapshot();
    await loadSeeds(dataSource);
    expect(await snapshot()).toEqual(first);
  });

  it('serialises concurrent loads: 20 at once all commit, and the database is as after one', async () => {
    const first = await snapshot();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => loadSeeds(dataSource)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    expect(await snapshot()).toEqual(first);
  });

  it('rejects a quote that is not in the document, naming file, entry and quote, and changes nothing', async () => {
    const dir = copySeeds();
    editFacts(dir, 'cluma', (facts) => {
      facts.purposes[0].evidence = ['Deze zin staat niet in het document'];
    });
    await expectRejected(
      dir,
      'seeds/facts/cluma.yaml',
      'purposes[0].evidence[0]',
      'quote not found',
      'Deze zin staat niet in het document',
    );
  });

  it('rejects a quote found twice without an occurrence', async () => {
    const dir = copySeeds();
    editFacts(dir, 'cluma', (facts) => {
      facts.purposes[0].evidence = ['Cluma'];
    });
    await expectRejected(dir, 'seeds/facts/cluma.yaml', 'purposes[0].evidence[0]', 'add "occurrence: N"');
  });

  it('rejects an enterprise number that fails the KBO mod-97 check', async () => {
    const dir = copySeeds();
    editFacts(dir, 'cloudpiling', (facts) => {
      facts.controller.enterpriseNumber = '0746.725.498';
    });
    await expectRejected(dir, 'seeds/facts/cloudpiling.yaml', 'controller.enterpriseNumber', 'mod-97', '0746.725.498');
  });

  it('rejects a dangling reference to the vocabulary', async () => {
    const dir = copySeeds();
    editFacts(dir, 'cloudar', (facts) => {
      facts.dataCategories[0].category = 'shoe-size';
    });
    await expectRejected(
      dir,
      'seeds/facts/cloudar.yaml',
      'dataCategories[0].category',
      'unknown data category "shoe-size"',
    );
  });

  it('rejects malformed values and unknown keys with what was expected and what was found', async () => {
    const dir = copySeeds();
    editFacts(dir, 'it-voor-ondernemers', (facts) => {
      facts.purposes[0].retention.duration = '10 jaar';
      facts.controller.phone = '011 12 34 56';
      facts.controller.fax = '+3211123456';
    });
    await expectRejected(
      dir,
      'purposes[0].retention.duration: duration must be an ISO 8601 duration such as P10Y or P30D (found "10 jaar")',
      'controller.phone',
      'controller.fax',
    );
  });

  it('rolls back a load that fails in the database and leaves the previous content', async () => {
    const before = await snapshot();
    const undo = await refuseEvidence('disk full');
    await expect(loadSeeds(dataSource)).rejects.toThrow('disk full');
    await undo();
    expect(await snapshot()).toEqual(before);
  });
});
