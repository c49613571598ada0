import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../../src/seed';
import { RunningServer, startServer } from '../../src/server/start-server';
import { VERSION_TTL_MS } from '../../src/store/version-watch';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(server: RunningServer, query: string): Promise<AnyRecord> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as AnyRecord;
  expect(body.errors).toBeUndefined();
  return body.data as AnyRecord;
}

const VENDORS = '{ controller(slug: "cluma") { processors { processor { slug name } } } }';
const vendorName = async (server: RunningServer, slug: string) =>
  ((await post(server, VENDORS)).controller.processors as AnyRecord[]).find((p) => p.processor.slug === slug)?.processor
    .name as string | undefined;

/**
 * The fact lists take the vocabulary terms they name from the process's term snapshot (src/dataloaders/term-snapshot):
 * a term changed by a write must show at once on the replica that wrote it and within a second on the others, and a
 * term the snapshot does not have must still be served. Two servers share one database, response cache off (the
 * answers are computed every time).
 */
describe(`the term snapshot on two replicas (${TEST_ENGINE})`, () => {
  let database: TestDatabase;
  let servers: RunningServer[];
  let seeds: string;

  beforeAll(async () => {
    database = await createTestDatabase({ file: true });
    servers = [];
    for (let i = 0; i < 2; i++) servers.push(await startServer({ databaseUrl: database.url, responseCache: false }));
    seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-seeds-'));
    fs.cpSync(path.join(__dirname, '../../seeds'), seeds, { recursive: true });
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await database.drop();
    fs.rmSync(seeds, { recursive: true, force: true });
  });

  it('shows a vendor renamed by a write at once where it was written, within a second on the other replica', async () => {
    const [writer, other] = servers;
    expect(await vendorName(writer, 'combell')).toBe('Combell');
    expect(await vendorName(other, 'combell')).toBe('Combell');
    // The vocabulary file edited and loaded again (writeVocabulary updates the term in place).
    const file = path.join(seeds, 'vocabulary/processors.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('name: Combell\n', 'name: Combell Hosting\n'));
    await loadSeeds(writer.dataSource, seeds);
    expect(await vendorName(writer, 'combell')).toBe('Combell Hosting');
    await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 200));
    expect(await vendorName(other, 'combell')).toBe('Combell Hosting');
  });

  it('serves the terms a fact names when the snapshot does not have them', async () => {
    const [server] = servers;
    await post(server, VENDORS);
    // Rows written past the store (no new data version), as another replica's write looks in its first second.
    const q = (sql: string) => server.dataSource.query(sql);
    await q(`INSERT INTO processor (slug, name) VALUES ('fresh-vendor', 'Fresh Vendor')`);
    await q(
      `INSERT INTO data_category (code, name, "nameNl", special, dpv) VALUES ('fresh-data', 'Fresh', 'Vers', false, 'dpv:Data')`,
    );
    await q(`UPDATE processor_engagement SET "processorId" = (SELECT id FROM processor WHERE slug = 'fresh-vendor')
       WHERE id = (SELECT MIN(e.id) FROM processor_engagement e JOIN controller c ON c.id = e."controllerId" AND c.slug = 'cluma' AND c.status = 'PUBLISHED')`);
    await q(`INSERT INTO purpose_data_category ("purposeId", "dataCategoryId") SELECT MIN(p.id), (SELECT id FROM data_category WHERE code = 'fresh-data')
       FROM purpose p JOIN controller c ON c.id = p."controllerId" AND c.slug = 'cluma' AND c.status = 'PUBLISHED'`);
    expect(await vendorName(server, 'fresh-vendor')).toBe('Fresh Vendor');
    const purposes = (await post(server, '{ controller(slug: "cluma") { purposes { dataCategories { code } } } }'))
      .controller.purposes as AnyRecord[];
    expect(purposes.flatMap((p) => (p.dataCategories as AnyRecord[]).map((c) => c.code))).toContain('fresh-data');
  });
});
