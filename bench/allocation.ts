import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createSchema } from '../src/schema/build-schema';
import { createServer } from '../src/server/create-server';
import { createDatabase, f, load, options, QUERIES } from './bench';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** Sends `amount` requests of `body` at 4 connections from another process (its allocations are not the server's). */
function send(port: number, body: string, amount: number): Promise<void> {
  const bin = require.resolve('autocannon/autocannon.js');
  const args = ['-c', '4', '-a', String(amount), '-m', 'POST', '-H', 'content-type=application/json', '-b', body];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, `http://127.0.0.1:${port}/graphql`], { stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`autocannon exited with ${code}`))));
  });
}

/**
 * `node dist/bench/allocation.js [--queries b] [--requests 200] [--controllers 10000] [--engines postgres] [--keep name]`:
 * runs the server in this process (production settings, cache off) over the benchmark database, warms it up, then
 * samples every allocation with V8's sampling heap profiler (objects the collector already freed included) while
 * the load runs, and prints the MB allocated per request and the functions that allocate the most. Allocation does
 * not move with the machine's load: it is how the garbage collector's share of the CPU was judged.
 */
async function main(): Promise<void> {
  const o = options();
  const at = process.argv.indexOf('--requests');
  const requests = at > 0 ? Number(process.argv[at + 1]) : 200;
  const database = await createDatabase(o.engines[0], o, o.controllers);
  try {
    await load(database.url, o.controllers, o.keep !== null);
    const dataSource = await createDataSource(parseDatabaseUrl(database.url), undefined, { migrations: 'none' });
    const server = await createServer({
      schema: await createSchema(),
      dataSource,
      logger: pino({ level: 'silent' }),
      production: true,
      responseCache: false,
      pointsPerWindow: 1e12,
      ingest: { concurrency: 0 },
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, resolve));
    const { port } = server.httpServer.address() as AddressInfo;
    const session = new Session();
    session.connect();
    const post = <T>(method: string, params?: object) =>
      new Promise<T>((resolve, reject) =>
        session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
      );
    try {
      await post('HeapProfiler.enable');
      for (const q of QUERIES.filter((query) => o.queries.includes(query.key))) {
        const body = JSON.stringify({ query: q.query, variables: q.variables, operationName: q.operationName });
        await send(port, body, 40);
        await post('HeapProfiler.startSampling', {
          samplingInterval: 16384,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
        await send(port, body, requests);
        const { profile } = await post<{ profile: { head: SamplingNode } }>('HeapProfiler.stopSampling');
        const bySite = new Map<string, number>();
        let total = 0;
        const walk = (node: SamplingNode) => {
          const { functionName, url, lineNumber } = node.callFrame;
          const site = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^.*dist\//, '')}:${lineNumber + 1}`;
          bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
          total += node.selfSize;
          node.children.forEach(walk);
        };
        walk(profile.head);
        console.log(`(${q.key}) ${f(total / requests / 1e6, 2)} MB allocated per request; the largest sites:`);
        for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 25))
          console.log(
            `${f((100 * bytes) / total, 1).padStart(5)} %  ${f(bytes / requests / 1e3).padStart(5)} KB  ${site}`,
          );
      }
    } finally {
      session.disconnect();
      await server.stop(0);
      await dataSource.destroy();
    }
  } finally {
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
