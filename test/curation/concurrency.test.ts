import { DataSource } from 'typeorm';
import { Role } from '../../src/auth';
import { createDataSource } from '../../src/db/data-source';
import { AuditEntry } from '../../src/entities';
import { buildServer, removeBuild, runServer, ServerProcess } from '../support/built-server';
import { createTestKey, TestKey } from '../support/keys';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Two replicas (two processes of the built server, as `npm start` runs) over one database (one PostgreSQL, or one
 * SQLite file) take concurrent edits of the same fact: exactly
 * one edit of each round applies, the others get CONFLICT and change nothing, the audit log has one entry per applied
 * edit, and readers never see a half-applied one (the retention period and its evidence always go together).
 */
let outDir: string;
let database: TestDatabase;
let dataSource: DataSource;
let replicas: ServerProcess[];
let key: TestKey;
beforeAll(async () => {
  outDir = buildServer();
  database = await createTestDatabase({ file: true });
  dataSource = await createDataSource(database.config);
  // The reader below sends as fast as it can: its rate-limit budget is lifted.
  const env = { DATABASE_URL: database.url, RATE_LIMIT_POINTS: '1000000000' };
  replicas = [await runServer(outDir, env), await runServer(outDir, env)];
  key = await createTestKey(dataSource, Role.CURATOR, 'Concurrent');
}, 120_000);
afterAll(async () => {
  for (const replica of replicas ?? []) {
    replica.child.kill('SIGTERM');
    await replica.exited;
  }
  await dataSource.destroy();
  await database.drop();
  removeBuild(outDir);
});

async function post(server: ServerProcess, query: string, variables?: unknown, bearer?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as AnyRecord;
}

const READ = `{ controller(slug: "it-voor-ondernemers") { purposes { id revision name retention { duration }
  evidence { quote } } } }`;
const UPDATE = `mutation($input: FactUpdateInput!) { factUpdate(input: $input) { userErrors { code } } }`;

/** Two versions of the direct-marketing purpose, each with its own period and its own quote. */
const VARIANTS = [
  { duration: 'P2Y', quote: '(Direct) marketing' },
  { duration: 'P5Y', quote: 'Direct marketing: 3 jaar na het laatste betekenisvolle contact' },
];
function purposeOf(body: AnyRecord) {
  if (!body.data) throw new Error(`no data: ${JSON.stringify(body)}`);
  return body.data.controller.purposes.find((p: AnyRecord) => p.name === 'Direct marketing');
}

it(`applies exactly one of concurrent edits of one fact, on two replicas (${TEST_ENGINE})`, async () => {
  const rounds = 5;
  let reading = true;
  const torn: string[] = [];
  const reader = (async () => {
    while (reading) {
      for (const replica of replicas) {
        const p = purposeOf(await post(replica, READ));
        const variant = VARIANTS.find((v) => v.duration === p.retention.duration);
        // Before the first edit the seeds' own version is there (P3Y with its two quotes).
        if (variant && !(p.evidence.length === 1 && p.evidence[0].quote === variant.quote))
          torn.push(JSON.stringify(p));
      }
    }
  })();
  for (let round = 0; round < rounds; round++) {
    // Read with the key: an answer to a key is never a cached one (another replica's cache follows within a second).
    const current = purposeOf(await post(replicas[round % 2], READ, undefined, key.bearer));
    const attempts = Array.from({ length: 6 }, (_, i) => {
      const variant = VARIANTS[i % 2];
      const input = {
        id: current.id,
        expectedRevision: current.revision,
        fact: {
          purpose: {
            name: 'Direct marketing',
            label: '(Direct) marketing',
            category: 'DirectMarketing',
            retention: { description: variant.duration, duration: variant.duration },
            evidence: [{ quote: variant.quote }],
          },
        },
      };
      return post(replicas[i % 2], UPDATE, { input }, key.bearer);
    });
    const codes = (await Promise.all(attempts)).map((body) =>
      body.data.factUpdate.userErrors.length ? body.data.factUpdate.userErrors[0].code : 'APPLIED',
    );
    expect(codes.filter((c) => c === 'APPLIED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(5);
    expect(purposeOf(await post(replicas[(round + 1) % 2], READ, undefined, key.bearer)).revision).toBe(
      current.revision + 1,
    );
  }
  reading = false;
  await reader;
  expect(torn).toEqual([]);
  expect(await dataSource.getRepository(AuditEntry).countBy({ action: 'FACT_UPDATED' })).toBe(rounds);
}, 120_000);
