import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { ActorType, AuditEntry, Controller, Evidence, Fact, PolicyDocument } from '../../src/entities';
import { loadSeeds, SeedErrors } from '../../src/seed';
import * as seedFiles from '../../src/seed/read-seeds';
import { loadSynth } from '../../src/synth';
import { deleteFact } from '../../src/store/fact-operations';
import { Actor, readDataVersion } from '../../src/store/transaction';
import { copySeeds, editFacts } from '../support/seed-fixtures';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

let database: TestDatabase;
let dataSource: DataSource;

const CURATOR: Actor = { type: ActorType.KEY, id: 'k1', name: 'Jane', role: 'curator', requestId: 'test' };

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

// A fresh database for each test (on SQLite in memory, on PostgreSQL a schema of its own); every test starts seeded.
beforeEach(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.config);
  await loadSeeds(dataSource);
});
afterEach(async () => {
  await dataSource.destroy();
  await database.drop();
});

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
    const dir = copySeeds();
    editFacts(dir, 'cluma', (facts) => {
      facts.controller.name = 'Cluma Engineering';
    });
    const before = await snapshot();
    const undo = await refuseEvidence('disk full');
    await expect(loadSeeds(dataSource, dir)).rejects.toThrow('disk full');
    await undo();
    expect(await snapshot()).toEqual(before);
  });
});

describe('loadSeeds and versions', () => {
  const versions = async (slug: string) =>
    (await dataSource.getRepository(Controller).find({ where: { slug }, order: { version: 'ASC' } })).map(
      (c) => `${c.version} ${c.status} ${c.source}`,
    );

  it('loads each seed policy as version 1, published, with the seeds as actor in the audit log', async () => {
    expect(await versions('cluma')).toEqual(['1 PUBLISHED SEED']);
    const entries = await dataSource.getRepository(AuditEntry).find({ where: { controllerSlug: 'cluma' } });
    expect(entries.map((e) => `${e.actorType} ${e.action} ${e.version}`)).toEqual(['SEED VERSION_CREATED 1']);
  });

  it('writes nothing, not even the data version, when the seed files are unchanged', async () => {
    const version = await readDataVersion(dataSource);
    expect(await loadSeeds(dataSource)).toBeNull();
    expect(await readDataVersion(dataSource)).toBe(version);
  });

  it('does not even read the seed files when they are byte for byte those of the last load', async () => {
    const read = jest.spyOn(seedFiles, 'readSeeds');
    try {
      expect(await loadSeeds(dataSource)).toBeNull();
      expect(read).not.toHaveBeenCalled();
      // The fingerprint is the files' content: a copy elsewhere is the same seeds; an edited one is read, once.
      const dir = copySeeds();
      expect(await loadSeeds(dataSource, dir)).toBeNull();
      expect(read).not.toHaveBeenCalled();
      editFacts(dir, 'cluma', (facts) => {
        facts.controller.name = 'Cluma Engineering';
      });
      expect(await loadSeeds(dataSource, dir)).toMatchObject({ published: ['cluma@2'] });
      expect(await loadSeeds(dataSource, dir)).toBeNull();
      expect(read).toHaveBeenCalledTimes(1);
      // A synthetic corpus replaces the content with the default seeds: the next load reads the files again.
      await loadSynth(dataSource, { controllers: 2 });
      expect(await loadSeeds(dataSource, dir)).toMatchObject({ published: ['cluma@2'] });
      expect(read).toHaveBeenCalledTimes(3); // loadSynth's own reading, then this load's
    } finally {
      read.mockRestore();
    }
  });

  it('reads the files again when one byte of one changed, and refuses them if they are bad', async () => {
    const dir = copySeeds();
    await loadSeeds(dataSource, dir);
    editFacts(dir, 'cluma', (facts) => {
      facts.purposes[0].evidence = ['Deze zin staat niet in het document'];
    });
    await expect(loadSeeds(dataSource, dir)).rejects.toBeInstanceOf(SeedErrors);
    // Refused files are not recorded as loaded: the next start refuses them again.
    await expect(loadSeeds(dataSource, dir)).rejects.toBeInstanceOf(SeedErrors);
  });

  it('publishes a changed seed file as the next version, superseding the seeds’ own', async () => {
    const dir = copySeeds();
    editFacts(dir, 'cluma', (facts) => {
      facts.controller.name = 'Cluma Engineering';
    });
    const summary = await loadSeeds(dataSource, dir);
    expect(summary).toMatchObject({ published: ['cluma@2'], drafts: [] });
    expect(await versions('cluma')).toEqual(['1 SUPERSEDED SEED', '2 PUBLISHED SEED']);
    expect(await versions('cloudar')).toEqual(['1 PUBLISHED SEED']);
    expect(await loadSeeds(dataSource, dir)).toBeNull();
  });

  it('leaves a changed seed file as a draft when curators changed the published version', async () => {
    const published = await dataSource.getRepository(Controller).findOneByOrFail({ slug: 'cluma' });
    const fact = await dataSource
      .getRepository(Fact)
      .findOneByOrFail({ controllerId: published.id, key: 'right:ACCESS' });
    await deleteFact(dataSource, CURATOR, { factId: fact.id, expectedRevision: fact.revision });
    const dir = copySeeds();
    editFacts(dir, 'cluma', (facts) => {
      facts.controller.name = 'Cluma Engineering';
    });
    expect(await loadSeeds(dataSource, dir)).toMatchObject({ published: [], drafts: ['cluma@2'] });
    expect(await versions('cluma')).toEqual(['1 PUBLISHED SEED', '2 DRAFT SEED']);
  });
});
