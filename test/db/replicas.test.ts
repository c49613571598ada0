import { createDataSource } from '../../src/db/data-source';
import { loadSeeds } from '../../src/seed';
import { readDataVersion } from '../../src/store/transaction';
import { RunningServer, startServer } from '../../src/server/start-server';
import { CONTROLLER_OPERATION, CONTROLLER_SLUGS } from '../support/operations';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(server: RunningServer, query: string, variables?: Record<string, unknown>): Promise<AnyRecord> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as AnyRecord;
}

// One database that several replicas share: a schema of PostgreSQL, or a file for SQLite (several connections).
const shared = () => createTestDatabase({ file: true });
const where = TEST_ENGINE === 'postgres' ? 'one PostgreSQL database' : 'one SQLite file';

describe(`replicas on ${where}`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await shared();
  });
  afterEach(() => database.drop());

  it('seed once when they start at the same time: one loads, the others find the seeds current', async () => {
    const replicas = await Promise.all([1, 2, 3].map(() => createDataSource(database.config)));
    try {
      const loads = await Promise.all(replicas.map((r) => loadSeeds(r)));
      expect(loads.filter((l) => l !== null)).toHaveLength(1);
      const versions = await Promise.all(replicas.map((r) => readDataVersion(r)));
      expect(new Set(versions)).toEqual(new Set([1]));
    } finally {
      await Promise.all(replicas.map((r) => r.destroy()));
    }
  });

  it('two servers started at once serve the same answers to the Controller contract query', async () => {
    const servers = await Promise.all([
      startServer({ databaseUrl: database.url }),
      startServer({ databaseUrl: database.url }),
    ]);
    try {
      expect(servers[0].url).not.toBe(servers[1].url);
      for (const slug of CONTROLLER_SLUGS) {
        const [a, b] = await Promise.all(servers.map((s) => post(s, CONTROLLER_OPERATION, { slug })));
        expect(a.errors).toBeUndefined();
        expect(a.data.controller.slug).toBe(slug);
        expect(b).toEqual(a);
      }
      const search =
        '{ search(query: "gegevens bewaren", first: 5) { document { slug } start end highlights { start } } }';
      const [a, b] = await Promise.all(servers.map((s) => post(s, search)));
      expect(a.data.search.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });
});
