/**
 * npm run bench:ingest [-- --policies 50 --engine sqlite|postgres]: submits N policies at once to the built server
 * (what `npm start` runs: its ingestion workers and reader threads, default INGEST_* settings) over POST /ingestions,
 * and prints how long until every one is DONE or FAILED, each attempt's time (median, p95, max), and the server's
 * peak RSS while it works. Numbers only: no assertion.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey, Role } from '../src/auth';
import { parseDatabaseUrl, PROJECT_ROOT } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { runMigrations } from '../src/db/migrate';
import { Ingestion } from '../src/entities';

const { values } = parseArgs({
  options: { policies: { type: 'string', default: '50' }, engine: { type: 'string', default: 'sqlite' } },
});
const COUNT = Number(values.policies);
const TYPES: Record<string, string> = {
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

/** The policies to send: the development set's sources and the seeds' texts, round robin. */
function corpus(): { bytes: Buffer; type: string; name: string }[] {
  const dev = join(PROJECT_ROOT, 'eval', 'dev');
  const docs = readdirSync(dev, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const file = readdirSync(join(dev, d.name)).find((f) => f.startsWith('source.'));
      return file
        ? [{ bytes: readFileSync(join(dev, d.name, file)), type: TYPES[file.split('.').pop()!], name: d.name }]
        : [];
    });
  const seeds = join(PROJECT_ROOT, 'seeds', 'documents');
  for (const file of readdirSync(seeds))
    docs.push({ bytes: readFileSync(join(seeds, file)), type: 'text/plain', name: file });
  return docs;
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /"port":(\d+)[^\n]*ready at/.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
  child.stdout!.resume();
  return { child, url };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function main(): Promise<void> {
  const file = join(tmpdir(), `bench-ingest-${process.pid}.sqlite`);
  const databaseUrl =
    values.engine === 'postgres'
      ? `postgres://postgres@127.0.0.1:5432/test?schema=bench_ingest_${process.pid}`
      : `sqlite:${file}`;
  const config = parseDatabaseUrl(databaseUrl);
  if (config.type === 'postgres') {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await client.connect();
    await client.query(`CREATE SCHEMA ${config.schema}`);
    await client.end();
  }
  // As a deploy would: migrate first (PostgreSQL is never migrated by a server), then start the server.
  const dataSource = await createDataSource(config, undefined, { migrations: 'none' });
  await runMigrations(dataSource);
  const { key } = await createApiKey(dataSource, { role: Role.CURATOR, name: 'bench', actor: 'bench' });
  const server = await startServer(databaseUrl);
  const idle = rssKb(server.child.pid!);
  const docs = corpus();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(server.child.pid!))), 50);
  const started = Date.now();
  const keys = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const doc = docs[i % docs.length];
      const response = await fetch(`${server.url}/ingestions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': doc.type },
        body: new Uint8Array(doc.bytes),
      });
      if (response.status !== 202) throw new Error(`${doc.name}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    }),
  );
  const submitted = Date.now() - started;
  let rows: Ingestion[];
  for (;;) {
    rows = await dataSource.getRepository(Ingestion).find();
    if (rows.length >= COUNT && rows.every((r) => r.status === 'DONE' || r.status === 'FAILED')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const total = Date.now() - started;
  clearInterval(sampler);
  const attempt = rows.map((r) => Date.parse(r.finishedAt!) - Date.parse(r.startedAt!));
  const done = rows.filter((r) => r.status === 'DONE').length;
  console.log(
    `engine ${values.engine}, ${COUNT} policies (${keys.length} accepted in ${submitted} ms), INGEST_CONCURRENCY default`,
  );
  console.log(`all finished in ${(total / 1000).toFixed(1)} s: ${done} DONE, ${rows.length - done} FAILED`);
  console.log(
    `attempt time: median ${percentile(attempt, 0.5)} ms, p95 ${percentile(attempt, 0.95)} ms, max ${Math.max(...attempt)} ms`,
  );
  const reasons = rows.filter((r) => r.status === 'FAILED').map((r) => r.errorCode);
  if (reasons.length) console.log(`FAILED: ${reasons.join(', ')}`);
  console.log(
    `server RSS: idle ${(idle / 1024).toFixed(0)} MB, peak while reading (reader threads included) ${(peak / 1024).toFixed(0)} MB`,
  );
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await dataSource.destroy();
  if (config.type === 'postgres') {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await client.connect();
    await client.query(`DROP SCHEMA ${config.schema} CASCADE; DROP SCHEMA IF EXISTS ${config.schema}_pgboss CASCADE`);
    await client.end();
  }
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
