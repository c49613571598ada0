import { DataSource } from 'typeorm';
import { Role } from '../../src/auth';
import { createDataSource } from '../../src/db/data-source';
import { AuditEntry, Evidence, Fact, PolicyDocument, PolicyStatement } from '../../src/entities';
import { buildServer, removeBuild, runServer, ServerProcess } from '../support/built-server';
import { createTestKey } from '../support/keys';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A write is all or nothing even when the process dies in the middle: the built server (what `npm start` runs) takes a
 * stream of curation writes from four clients at once and is killed with SIGKILL; the database then holds every write
 * the server acknowledged, each whole (its fact, its content, its evidence, its audit entry), and nothing half-written.
 */
let outDir: string;
let database: TestDatabase;
let dataSource: DataSource;
beforeAll(() => {
  outDir = buildServer();
});
afterAll(() => removeBuild(outDir));
beforeEach(async () => {
  database = await createTestDatabase({ file: true });
});
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await database.drop();
});

const CREATE = `mutation($input: FactCreateInput!) { factCreate(input: $input) {
  fact { id ... on PolicyStatement { key description } } userErrors { code message } } }`;

async function post(server: ServerProcess, bearer: string, query: string, variables: unknown) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as AnyRecord;
}

it(`keeps every acknowledged write, and only whole ones, when the server is killed mid-stream (${TEST_ENGINE})`, async () => {
  dataSource = await createDataSource(database.config);
  // The server seeds the database as it starts; the key is created first, as an admin would.
  const server = await runServer(outDir, { DATABASE_URL: database.url });
  const key = await createTestKey(dataSource, Role.CURATOR, 'Crash test');
  const { id: controller } = (await post(server, key.bearer, '{ controller(slug: "cluma") { id } }', {})).data
    .controller;

  const acknowledged: string[] = [];
  let stop = false;
  const client = async (n: number) => {
    for (let i = 0; !stop; i++) {
      const description = `Measure ${n}-${i}: access to the data is logged.`;
      const input = { controller, fact: { security: { description, evidence: [{ quote: 'Cluma engineering nv' }] } } };
      try {
        const body = await post(server, key.bearer, CREATE, { input });
        if (body.data?.factCreate?.userErrors?.length === 0) acknowledged.push(description);
      } catch {
        return; // the connection died with the server
      }
    }
  };
  const clients = [1, 2, 3, 4].map(client);
  // Killed once a few writes are acknowledged (however fast the engine is), with more in flight.
  for (const started = Date.now(); acknowledged.length < 8 && Date.now() - started < 20_000;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  server.child.kill('SIGKILL');
  stop = true;
  await Promise.all(clients);
  await server.exited;
  expect(acknowledged.length).toBeGreaterThan(3);

  await dataSource.destroy();
  dataSource = await createDataSource(database.config); // recovery (SQLite's WAL, PostgreSQL's log) happens here
  const statements = await dataSource.getRepository(PolicyStatement).findBy({ topic: 'SECURITY' as never });
  const written = new Set(statements.map((s) => s.description));
  for (const description of acknowledged) expect(written).toContain(description);

  // Nothing half-written: every curator's fact has its content, its evidence (true to the text) and its audit entry.
  const facts = await dataSource.getRepository(Fact).findBy({ source: 'CURATOR' as never });
  expect(facts.length).toBe(statements.filter((s) => /^Measure \d+-\d+:/.test(s.description)).length);
  const evidence = await dataSource.getRepository(Evidence).find();
  const cluma = await dataSource
    .getRepository(PolicyDocument)
    .createQueryBuilder('d')
    .addSelect('d.text')
    .where('d.slug = :slug', { slug: 'cluma' })
    .getOneOrFail();
  for (const fact of facts) {
    const spans = evidence.filter((e) => e.factId === fact.id);
    expect(spans).toHaveLength(1);
    expect((cluma.text as string).slice(spans[0].start, spans[0].end)).toBe(spans[0].quote);
  }
  const audited = await dataSource.getRepository(AuditEntry).countBy({ action: 'FACT_CREATED' });
  expect(audited).toBe(facts.length);
  const orphans: unknown[] = await dataSource.query(
    `SELECT e.id FROM evidence e LEFT JOIN fact f ON f.id = e."factId" WHERE f.id IS NULL`,
  );
  expect(orphans).toEqual([]);
}, 120_000);
