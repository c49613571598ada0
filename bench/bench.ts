import 'reflect-metadata';
import { Controller } from '../src/entities';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { parseDatabaseUrl, PROJECT_ROOT } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { runMigrations } from '../src/db/migrate';
import { loadSeeds } from '../src/seed';
import { loadSynth } from '../src/synth';
import { CONTROLLER_OPERATION } from '../test/support/operations';
import { RecordedResponse } from './bare-server';

// ---------------------------------------------------------------------------------------------------------------
// What is measured

export interface BenchQuery {
  key: string;
  title: string;
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const QUERIES: BenchQuery[] = [
  {
    key: 'a',
    title: "one controller's full `Controller` query (cluma)",
    operationName: 'Controller',
    query: CONTROLLER_OPERATION,
    variables: { slug: 'cluma' },
  },
  {
    key: 'b',
    title: 'first 50 controllers with DPO, rights, processors, categories, purposes',
    operationName: 'ControllerList',
    // The list of test/security/limits.test.ts (its cost, 18,350, is pinned there and quoted in the README).
    query: `query ControllerList { controllers(first: 50) { nodes { slug name dpo { name email } rights { right { code } }
  processors { processor { slug name } service } dataCategories { label category { code } }
  purposes { name legalBases { code } retention { duration } } } } }`,
  },
  {
    key: 'c',
    title: 'first 20 processors with their controllers',
    operationName: 'ProcessorsWithControllers',
    query: `query ProcessorsWithControllers { processors(first: 20) { nodes { slug name country controllers { slug name } } } }`,
  },
  {
    key: 'd',
    title: 'controllers processing `ip-address` using `LEGITIMATE_INTERESTS` (first 20, with the count)',
    operationName: 'FilteredControllers',
    query: `query FilteredControllers { controllers(first: 20, filter: { dataCategory: "ip-address", legalBasis: LEGITIMATE_INTERESTS }) {
  totalCount pageInfo { hasNextPage endCursor } nodes { slug name legalBases { code } dataCategories { label category { code } } } } }`,
  },
];

export interface Options {
  duration: number;
  connections: number;
  controllers: number;
  engines: string[];
  queries: string[];
  postgresUrl: string;
  out: string | null;
  /** A database to keep between runs (`--keep <name>`): loaded once if empty, never dropped. */
  keep: string | null;
  /** `--peer postgraphile`: the comparison with PostGraphile v4 (see peer.ts). */
  peer: string | null;
  /** Rounds of alternating measurements in peer and hits modes. */
  rounds: number;
  /** `--hits`: response-cache hits against the bare node:http floor, alternated (see hits.ts). */
  hits: boolean;
  /** `--log-level`: the API's LOG_LEVEL (default silent; at info every request is logged, and the log dropped). */
  logLevel: string;
  /** `--against <dist>`: in hits mode, another build of the server (its `dist` folder) measured in the same rounds. */
  against: string | null;
}

export function options(): Options {
  const value = (name: string): string | undefined => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} expects a positive integer, found ${raw}`);
    return Number(raw);
  };
  return {
    duration: number('duration', 10),
    connections: number('connections', 16),
    controllers: number('controllers', 10_000),
    engines: (value('engines') ?? 'sqlite,postgres').split(','),
    queries: (value('queries') ?? 'a,b,c,d').split(','),
    postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    out: process.argv.includes('--no-write') ? null : (value('out') ?? path.join(PROJECT_ROOT, 'bench/RESULTS.md')),
    keep: value('keep') ?? null,
    peer: value('peer') ?? null,
    rounds: number('rounds', 2),
    hits: process.argv.includes('--hits'),
    logLevel: value('log-level') ?? 'silent',
    against: value('against') ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

const DIST = path.join(__dirname, '..');

/** What an interrupted run must undo: the servers it started and the databases it created. */
const cleanups = new Set<() => Promise<void>>();
export function onCleanup(cleanup: () => Promise<void>): () => Promise<void> {
  const once = async () => {
    cleanups.delete(once);
    await cleanup();
  };
  cleanups.add(once);
  return once;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the databases of this run`);
    void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(130));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** The Node.js flags of `npm start` (package.json), so that the benchmark runs the server exactly as it is started. */
function startFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = manifest.scripts.start.split(/\s+/);
  if (words[0] !== 'node') throw new Error(`npm start does not run node: ${manifest.scripts.start}`);
  return words.slice(1).filter((word) => word.startsWith('--'));
}

/**
 * The real server (`node dist/src/main.js` with the flags of `npm start`; `dist` another build) on a port of its own. It
 * runs with LOG_LEVEL=silent unless told (at `info` it logs every request, which is then measured too), so the port is
 * chosen here and readiness is polled.
 */
export async function startApi(
  databaseUrl: string,
  cache: boolean,
  nodeFlags: string[] = [],
  logLevel = 'silent',
  dist = DIST,
): Promise<Child> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...startFlags(), ...nodeFlags, path.join(dist, 'src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: logLevel,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      RESPONSE_CACHE: cache ? 'on' : 'off',
      RATE_LIMIT_POINTS: '1000000000000',
      SHUTDOWN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopServer = onCleanup(() => stop(child));
  // At a level other than silent the log is measured as written, but not kept.
  child.stdout!.on('data', (chunk) => (output.length < 100_000 ? (output += chunk) : undefined));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopServer();
      throw new Error(`the server did not get ready (exit code ${child.exitCode}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid!, stop: stopServer };
}

/** SIGTERM, then SIGKILL if the process has not exited within 15 s. */
export async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited(child);
  clearTimeout(timer);
}

/** The port a server process we started prints on its stdout (`{"port":N}`); rejects if it exits first. */
export function announcedPort(child: ChildProcess, name: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`${name} exited: ${output}`)));
  });
}

/** The bare node:http server answering `recorded` to every request. */
export async function startBare(recorded: RecordedResponse): Promise<Child> {
  const file = path.join(os.tmpdir(), `policy-graph-bench-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  fs.writeFileSync(file, JSON.stringify(recorded));
  const child = spawn(process.execPath, [path.join(__dirname, 'bare-server.js'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await announcedPort(child, 'the bare server');
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: onCleanup(async () => {
      await stop(child);
      fs.rmSync(file, { force: true });
    }),
  };
}

/** The resident set of a process (VmRSS) and its peak so far (VmHWM), in MB. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

/**
 * CPU time (user + system) of a process so far, in ms (Linux clock ticks of 10 ms); with `children`, also that of its
 * children that have exited (PostgreSQL's postmaster thus counts the backends that closed during a run).
 */
export function cpuOf(pid: number, children = false): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks * 10;
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL process on the machine (the server is local): the database's share of a run. */
export function postgresCpu(): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuOf(Number(entry), true);
    } catch {
      // the process ended
    }
  }
  return total;
}

export interface Measure {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** SQL statements per request (API only). */
  sql: number | null;
  /** Peak resident set of the server process while the load ran (VmRSS sampled every 100 ms), MB. */
  peakRss: number;
}

const body = (q: BenchQuery) =>
  JSON.stringify({ query: q.query, operationName: q.operationName, variables: q.variables ?? {} });

/** One benchmark request: method, path, headers, body. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The benchmark's request for a query: a POST of its JSON to /graphql. */
export const postRequest = (q: BenchQuery): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: body(q),
});

export async function post(url: string, q: BenchQuery, request = postRequest(q)): Promise<RecordedResponse> {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const parsed = JSON.parse(bytes.toString('utf8')) as { errors?: unknown[] };
  if (response.status !== 200 || parsed.errors) {
    throw new Error(`query (${q.key}) failed: ${response.status} ${bytes.toString('utf8').slice(0, 500)}`);
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name))
      headers[name] = value;
  });
  return { status: response.status, headers, body: bytes.toString('base64') };
}

export async function metrics(
  url: string,
  operationName: string,
): Promise<{ statements: number; requests: number; failed: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const statements = Number(/^policygraph_db_queries_total (\d+)/m.exec(text)?.[1] ?? NaN);
  let requests = 0;
  let failed = 0;
  const re = new RegExp(
    `^policygraph_graphql_requests_total\\{operation="${operationName}",outcome="([^"]+)"\\} (\\d+)`,
    'gm',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    requests += Number(m[2]);
    if (m[1] !== 'ok') failed += Number(m[2]);
  }
  return { statements, requests, failed };
}

/**
 * Loads `url` with the query for `duration` seconds. (No `onResponse` check: it makes autocannon keep every body as a
 * string, which slows the client down more than some servers; GraphQL errors are counted from /metrics instead.)
 */
export async function cannon(
  url: string,
  q: BenchQuery,
  connections: number,
  duration: number,
  request = postRequest(q),
) {
  const result = await autocannon({ url, connections, duration, requests: [request] });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Waits until the server has finished the requests autocannon left in flight (its counters stop moving). */
export async function settled(url: string, operationName: string): Promise<Awaited<ReturnType<typeof metrics>>> {
  let last = await metrics(url, operationName);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const next = await metrics(url, operationName);
    if (next.statements === last.statements && next.requests === last.requests) return next;
    last = next;
  }
  return last;
}

export async function measure(
  server: Child,
  q: BenchQuery,
  o: Options,
  api: boolean,
  request = postRequest(q),
): Promise<Measure> {
  // Warm-up: JIT, connection pools, and the response cache when it is on.
  await cannon(server.url, q, Math.min(4, o.connections), Math.max(1, Math.round(o.duration / 5)), request);
  const before = api ? await settled(server.url, q.operationName) : null;
  // The resident set, sampled while the load runs (VmHWM also counts start-up and earlier queries).
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(server.pid).rss)), 100);
  const run = await cannon(server.url, q, o.connections, o.duration, request).finally(() => clearInterval(sampler));
  const after = api ? await settled(server.url, q.operationName) : null;
  const sql =
    before && after && after.requests > before.requests
      ? (after.statements - before.statements) / (after.requests - before.requests)
      : null;
  const failed = before && after ? after.failed - before.failed : 0;
  return { ...run, errors: run.errors + failed, sql, peakRss };
}

// ---------------------------------------------------------------------------------------------------------------
// Databases

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function postgresReachable(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const [{ server_version: version }] = (await client.query('SHOW server_version')).rows;
    return String(version);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabase(engine: string, o: Options, controllers: number): Promise<BenchDatabase> {
  if (o.keep) {
    // A database kept between runs: the same name for the same data set, never dropped.
    if (!/^\w+$/.test(o.keep)) throw new Error(`--keep expects a name of letters, digits and _, found ${o.keep}`);
    const tag = `bench_keep_${o.keep}_${controllers}`;
    const separator = o.postgresUrl.includes('?') ? '&' : '?';
    return {
      url:
        engine === 'sqlite'
          ? `sqlite:${path.join(os.tmpdir(), `policy-graph-${tag}.sqlite`)}`
          : `${o.postgresUrl}${separator}schema=${tag}`,
      drop: async () => undefined,
    };
  }
  const tag = `bench_${randomBytes(4).toString('hex')}`;
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-bench-'));
    return {
      url: `sqlite:${path.join(dir, `${tag}.sqlite`)}`,
      drop: onCleanup(async () => fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const separator = o.postgresUrl.includes('?') ? '&' : '?';
  const client = async (sql: string) => {
    const c = new Client({ connectionString: o.postgresUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    url: `${o.postgresUrl}${separator}schema=${tag}`,
    drop: onCleanup(() => client(`DROP SCHEMA IF EXISTS "${tag}" CASCADE`)),
  };
}

/**
 * Migrates the database (as `npm run migrate` does) and loads the seeds, plus `controllers` synthetic ones; a kept
 * database (`keep`) that already holds them is left as it is.
 */
export async function load(
  url: string,
  controllers: number,
  keep = false,
): Promise<{ seconds: number; controllers: number }> {
  const config = parseDatabaseUrl(url);
  const dataSource = await createDataSource(config, undefined, { migrations: 'none' });
  try {
    await runMigrations(dataSource);
    const started = Date.now();
    const present = await dataSource.getRepository(Controller).count();
    if (keep && present === controllers + 5) return { seconds: 0, controllers: present };
    if (controllers) {
      const summary = await loadSynth(dataSource, { controllers });
      return { seconds: (Date.now() - started) / 1000, controllers: summary.controllers };
    }
    await loadSeeds(dataSource);
    return { seconds: (Date.now() - started) / 1000, controllers: await dataSource.getRepository(Controller).count() };
  } finally {
    await dataSource.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

export function machine(postgres: string | null): string[] {
  const cpuModel =
    /model name\s*:\s*(.+)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ??
    os.cpus()[0]?.model ??
    'unknown';
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    } catch {
      return 'unavailable';
    }
  };
  return [
    `- CPU: ${cpuModel}, \`nproc\` = ${sh('nproc', [])}`,
    `- memory (\`free -h\`):`,
    '',
    '```',
    sh('free', ['-h']),
    '```',
    '',
    `- Node.js ${process.version}, ${os.type()} ${os.release()}; load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `- SQLite ${sh(process.execPath, ['-e', "new (require('sqlite3').Database)(':memory:').get('select sqlite_version() v', (e, r) => console.log(r.v))"])} (file, WAL); PostgreSQL ${postgres ?? 'not reachable'} (local, same machine)`,
  ];
}

export const f = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

interface Row {
  engine: string;
  data: string;
  cache: string;
  query: BenchQuery;
  api: Measure;
  bare: Measure;
  bytes: number;
}

function table(rows: Row[]): string[] {
  const lines = [
    '| engine | data | cache | query | req/s | × bare | p50 ms | × bare | p99 ms | × bare | SQL/req | peak RSS MB | errors |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const ratio = (a: number, b: number) => (b > 0 ? f(a / b, 2) : '–');
    lines.push(
      `| ${r.engine} | ${r.data} | ${r.cache} | (${r.query.key}) | ${f(r.api.rps)} | ${ratio(r.api.rps, r.bare.rps)} | ` +
        `${f(r.api.p50)} | ${ratio(r.api.p50, r.bare.p50)} | ${f(r.api.p99)} | ${ratio(r.api.p99, r.bare.p99)} | ` +
        `${r.api.sql === null ? '–' : f(r.api.sql, 2)} | ${f(r.api.peakRss)} | ${r.api.errors} |`,
    );
  }
  return lines;
}

function bareTable(floors: Map<string, { query: BenchQuery; bare: Measure; bytes: number }>): string[] {
  const lines = [
    '| data | query | response bytes | req/s | p50 ms | p99 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [key, { query, bare, bytes }] of floors) {
    lines.push(
      `| ${key.split(':')[0]} | (${query.key}) | ${f(bytes)} | ${f(bare.rps)} | ${f(bare.p50)} | ${f(bare.p99)} |`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * `npm run bench -- [--duration 10] [--connections 16] [--controllers 10000] [--engines sqlite,postgres]
 * [--queries a,b,c,d] [--no-write]`: for each engine (PostgreSQL when BENCH_DATABASE_URL, default the local `test`
 * database, answers; in a schema of its own, dropped at the end) and each data set (the seeds; the seeds plus
 * `--controllers` synthetic policies), starts the real server with the response cache off, then on, and loads it with
 * autocannon with each query; reads SQL statements per request from /metrics and the server's peak RSS from /proc.
 * Each query's response is also served by a bare node:http server and measured the same way: the floor every
 * figure is divided by. Prints the tables and writes them into bench/RESULTS.md (between the bench markers).
 */
async function main(): Promise<void> {
  const o = options();
  if (o.peer) return (await import('./peer')).runPeer(o);
  if (o.hits) return (await import('./hits')).runHits(o);
  const started = Date.now();
  const postgresVersion = o.engines.includes('postgres') ? await postgresReachable(o.postgresUrl) : null;
  const engines = o.engines.filter((e) => e === 'sqlite' || (e === 'postgres' && postgresVersion));
  if (o.engines.includes('postgres') && !postgresVersion)
    console.log(`No PostgreSQL answers at ${o.postgresUrl}: benchmarking SQLite only.`);
  const queries = QUERIES.filter((q) => o.queries.includes(q.key));
  const datasets = [
    { name: 'seeds (5)', controllers: 0 },
    ...(o.controllers ? [{ name: f(o.controllers + 5), controllers: o.controllers }] : []),
  ];
  const header = machine(postgresVersion);
  console.log(header.join('\n'));
  console.log(
    `\n${o.connections} connections, ${o.duration} s per measurement (after a ${Math.max(1, Math.round(o.duration / 5))} s warm-up)\n`,
  );

  const rows: Row[] = [];
  const loads: string[] = [];
  const floors = new Map<string, { query: BenchQuery; bare: Measure; bytes: number }>();
  const memory: string[] = [];
  for (const engine of engines) {
    for (const dataset of datasets) {
      const database = await createDatabase(engine, o, dataset.controllers);
      try {
        const loaded = await load(database.url, dataset.controllers, o.keep !== null);
        loads.push(`| ${engine} | ${dataset.name} | ${f(loaded.controllers)} | ${f(loaded.seconds, 1)} s |`);
        console.log(
          `${engine}, ${dataset.name}: loaded ${loaded.controllers} controllers in ${f(loaded.seconds, 1)} s`,
        );
        for (const cache of [false, true]) {
          const server = await startApi(database.url, cache);
          try {
            for (const q of queries) {
              const recorded = await post(server.url, q);
              const bytes = Buffer.from(recorded.body, 'base64').length;
              const floorKey = `${dataset.name}:${q.key}`;
              if (!floors.has(floorKey)) {
                const bare = await startBare(recorded);
                try {
                  floors.set(floorKey, { query: q, bare: await measure(bare, q, o, false), bytes });
                } finally {
                  await bare.stop();
                }
              }
              const api = await measure(server, q, o, true);
              const row: Row = {
                engine,
                data: dataset.name,
                cache: cache ? 'on' : 'off',
                query: q,
                api,
                bare: floors.get(floorKey)!.bare,
                bytes,
              };
              rows.push(row);
              console.log(table([row])[2]);
            }
            memory.push(`| ${engine} | ${dataset.name} | ${cache ? 'on' : 'off'} | ${f(memoryOf(server.pid).peak)} |`);
          } finally {
            await server.stop();
          }
        }
      } finally {
        await database.drop();
      }
    }
  }

  const minutes = (Date.now() - started) / 60_000;
  const report = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${f(minutes, 1)} minutes: ` +
      `\`npm run bench -- --duration ${o.duration} --connections ${o.connections} --controllers ${o.controllers}\`.`,
    '',
    '### Machine',
    '',
    ...header,
    '',
    '### Queries',
    '',
    ...queries.map((q) => `- (${q.key}) ${q.title}: \`${q.query.replace(/\s+/g, ' ').slice(0, 400)}\``),
    '',
    '### Load times (migrated database, seeds plus synthetic corpus, one transaction)',
    '',
    '| engine | data | controllers | load |',
    '| --- | --- | ---: | ---: |',
    ...loads,
    '',
    `### Results (${o.connections} connections, ${o.duration} s each; × bare = ratio to the bare node:http server answering the same bytes)`,
    '',
    ...table(rows),
    '',
    '### Bare node:http floor (same response bytes, same load)',
    '',
    ...bareTable(floors),
    '',
    '### Peak RSS of each server process (VmHWM after all its queries)',
    '',
    '| engine | data | cache | peak RSS MB |',
    '| --- | --- | --- | ---: |',
    ...memory,
  ];
  console.log(`\n${report.join('\n')}`);
  if (o.out) {
    const begin = '<!-- bench:begin (written by npm run bench) -->';
    const end = '<!-- bench:end -->';
    const previous = fs.existsSync(o.out)
      ? fs.readFileSync(o.out, 'utf8')
      : `# Benchmark results\n\n${begin}\n${end}\n`;
    const at = previous.indexOf(begin);
    const until = previous.indexOf(end);
    const next =
      at >= 0 && until > at
        ? `${previous.slice(0, at + begin.length)}\n${report.join('\n')}\n${previous.slice(until)}`
        : `${previous.trimEnd()}\n\n${begin}\n${report.join('\n')}\n${end}\n`;
    fs.writeFileSync(o.out, next);
    console.log(`\nWritten to ${path.relative(process.cwd(), o.out)}.`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
