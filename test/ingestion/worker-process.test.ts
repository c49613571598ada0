import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth';
import { createDataSource } from '../../src/db/data-source';
import { AuditEntry, Controller, Ingestion } from '../../src/entities';
import { minimalPdf } from '../ingest/support/minimal-pdf';
import { buildServer, removeBuild, runServer, ServerProcess } from '../support/built-server';
import { createTestKey, TestKey } from '../support/keys';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

/**
 * The ingestion workers of the built server (what `npm start` runs: reader threads, the engine's job queue) on
 * hostile input, over HTTP uploads, and across a SIGKILL: every submitted policy ends DONE or FAILED exactly once.
 */
const ROOT = join(__dirname, '..', '..');
const DEV = ['postnl', 'bgsnl', 'scouts-heirbrug', 'networking4all', 'minbzk-regelrecht'];
const devSource = (slug: string) => readFileSync(join(ROOT, 'eval', 'dev', slug, 'source.md'));
const ENV = {
  INGEST_CONCURRENCY: '2',
  INGEST_THREADS: '2',
  INGEST_TIMEOUT_MS: '60000',
  INGEST_HEAP_MB: '192',
  INGEST_LEASE_SECONDS: '4',
  INGEST_MAINTENANCE_SECONDS: '1',
  INGEST_RETRY_DELAY_SECONDS: '1',
  INGEST_POLL_MS: '200',
};

let outDir: string;
let database: TestDatabase;
let dataSource: DataSource;
let server: ServerProcess | null = null;
let key: TestKey;

beforeAll(async () => {
  outDir = buildServer();
  database = await createTestDatabase({ file: true });
  dataSource = await createDataSource(database.config);
  key = await createTestKey(dataSource, Role.CURATOR, 'Worker test');
}, 120_000);
afterAll(async () => {
  if (server) server.child.kill('SIGKILL');
  await dataSource?.destroy();
  await database?.drop();
  removeBuild(outDir);
});

async function upload(bytes: Buffer, contentType: string | null, query = '') {
  const headers: Record<string, string> = { authorization: key.bearer };
  if (contentType) headers['content-type'] = contentType;
  const response = await fetch(`${server!.url}/ingestions${query}`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  });
  return { status: response.status, location: response.headers.get('location'), body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function untilFinished(keys: string[], timeoutMs: number): Promise<Map<string, Ingestion>> {
  const started = Date.now();
  for (;;) {
    const rows = await dataSource.getRepository(Ingestion).find();
    const wanted = rows.filter((row) => keys.includes(row.key));
    if (wanted.length === keys.length && wanted.every((row) => row.status === 'DONE' || row.status === 'FAILED'))
      return new Map(wanted.map((row) => [row.key, row]));
    if (Date.now() - started > timeoutMs)
      throw new Error(`not finished: ${wanted.map((row) => `${row.key} ${row.status} ${row.stage}`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it(`reads uploads in worker threads and survives hostile input (${TEST_ENGINE})`, async () => {
  server = await runServer(outDir, { DATABASE_URL: database.url, ...ENV });
  const pdf = readFileSync(join(ROOT, 'eval', 'dev', 'que-bringue-fr', 'source.pdf'));
  const accepted = await upload(pdf, 'application/pdf', '?sourceUrl=https%3A%2F%2Fquebringue.example%2Fprivacy');
  expect(accepted.status).toBe(202);
  expect(accepted.location).toMatch(/^\/ingestions\/[0-9a-f-]{36}$/);
  expect(accepted.body).toMatchObject({ status: 'QUEUED', mediaType: 'application/pdf' });

  const hostile = {
    singleLine: Buffer.from(
      'Wij verwerken uw gegevens voor de uitvoering van de overeenkomst. '.repeat(31000).slice(0, 2_000_000),
    ),
    nested: Buffer.from(`<p>Privacyverklaring van Diep BV.</p>${'<div>'.repeat(50000)}diep${'</div>'.repeat(50000)}`),
    binary: Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)),
    bomb: minimalPdf([Array.from({ length: 200000 }, (_, i) => `regel ${i}`)]),
  };
  const submitted = {
    singleLine: await upload(hostile.singleLine, 'text/plain'),
    nested: await upload(hostile.nested, 'text/html'),
    binary: await upload(hostile.binary, 'text/html'),
    bomb: await upload(hostile.bomb, 'application/pdf'),
  };
  for (const answer of Object.values(submitted)) expect(answer.status).toBe(202);
  // Meanwhile the API answers.
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const keyOf = (location: string | null) => location!.split('/').pop()!;
  const all = [accepted, ...Object.values(submitted)].map((answer) => keyOf(answer.location));
  const done = await untilFinished(all, 120_000);

  const status = await fetch(`${server.url}${accepted.location}`, { headers: { authorization: key.bearer } });
  expect(status.status).toBe(200);
  const body = (await status.json()) as { status: string; draft: { controller: string; version: number } };
  expect(body.status).toBe('DONE');
  const draft = await dataSource.manager.findOneByOrFail(Controller, { slug: body.draft.controller, version: 1 });
  expect(draft.status).toBe('DRAFT');

  expect(done.get(keyOf(submitted.binary.location))).toMatchObject({ status: 'FAILED', errorCode: 'BINARY_CONTENT' });
  for (const name of ['singleLine', 'nested', 'bomb'] as const) {
    const row = done.get(keyOf(submitted[name].location))!;
    // A partial draft, or a clear reason; never INTERNAL (a crash of ours) and never left hanging.
    expect(
      row.status === 'DONE' || ['NO_CONTROLLER', 'TIMEOUT', 'TOO_COMPLEX', 'UNREADABLE_PDF'].includes(row.errorCode!),
    ).toBe(true);
  }
  expect(server.child.exitCode).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

  // Uploads refused at the door: no key, a reader's key, an unsupported type, too large.
  expect((await fetch(`${server.url}/ingestions`, { method: 'POST', body: 'x' })).status).toBe(401);
  const reader = await createTestKey(dataSource, Role.READER, 'Reader');
  const asReader = await fetch(`${server.url}/ingestions`, {
    method: 'POST',
    body: 'x',
    headers: { authorization: reader.bearer },
  });
  expect(asReader.status).toBe(403);
  expect((await upload(Buffer.from('x'), 'application/msword')).status).toBe(415);
  const large = await upload(Buffer.alloc(11 * 1024 * 1024, 32), 'application/pdf');
  expect(large).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'TOO_LARGE' } }] } });

  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  server = null;
}, 240_000);

it(`resumes the ingestions a SIGKILL interrupted and finishes each exactly once (${TEST_ENGINE})`, async () => {
  server = await runServer(outDir, { DATABASE_URL: database.url, ...ENV });
  const keys: string[] = [];
  for (let i = 0; i < 20; i++) {
    const answer = await upload(devSource(DEV[i % DEV.length]), 'text/markdown');
    expect(answer.status).toBe(202);
    keys.push(answer.location!.split('/').pop()!);
  }
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    const rows = await dataSource.getRepository(Ingestion).findBy({ status: 'DONE' as never });
    if (rows.some((row) => keys.includes(row.key))) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.child.kill('SIGKILL');
  await server.exited;
  const interrupted = await dataSource.getRepository(Ingestion).find();
  expect(interrupted.filter((row) => keys.includes(row.key) && row.status !== 'DONE').length).toBeGreaterThan(0);

  server = await runServer(outDir, { DATABASE_URL: database.url, ...ENV });
  const finished = await untilFinished(keys, 180_000);
  for (const row of finished.values()) {
    expect(row).toMatchObject({ status: 'DONE', errorCode: null });
    // Exactly one draft per ingestion, and one audit entry that created it.
    const drafts = await dataSource.manager.findBy(Controller, { slug: row.draftSlug!, version: row.draftVersion! });
    expect(drafts).toHaveLength(1);
  }
  const created = await dataSource.manager.findBy(AuditEntry, { action: 'VERSION_CREATED' });
  const byIngestion = created
    .map((entry) => (JSON.parse(entry.after ?? '{}') as { ingestion?: string }).ingestion)
    .filter((id): id is string => !!id);
  expect(new Set(byIngestion).size).toBe(byIngestion.length);
  expect(byIngestion.length).toBeGreaterThanOrEqual(20);
  server.child.kill('SIGTERM');
  await server.exited;
  server = null;
}, 360_000);
