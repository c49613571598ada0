import 'reflect-metadata';
import autocannon from 'autocannon';
import { startServer } from '../src/server/start-server';

const OPERATIONS = [
  '{ controller(slug: "cluma") { name dpo { name } purposes { name legalBases { code } retention { duration } evidence { quote start end } } } }',
  '{ controllers(first: 5, filter: { dataCategory: "ip-address" }) { totalCount nodes { slug rights { right { code } } } } }',
  '{ processors(first: 20) { nodes { slug controllers { slug } dataCategories { code } } } }',
  '{ search(query: "bewaren gegevens", first: 5) { snippet controller { slug } } }',
  '{ dataCategories { code controllers { slug } } legalBases { code controllers { slug } } }',
];

/**
 * `npm run soak -- [--seconds 60] [--connections 16]`: holds concurrent load on an in-process server with a mix of
 * operations, then prints errors (must be 0), p99 latency, RSS growth and live-heap growth. Exits 1 on any error.
 */
async function soak(seconds: number, connections: number): Promise<void> {
  const server = await startServer({ production: true, pointsPerWindow: Number.MAX_SAFE_INTEGER });
  let graphqlErrors = 0;
  const requests = OPERATIONS.map((query) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
    },
  }));
  try {
    await autocannon({ url: server.url, connections: 4, duration: 3, requests }); // warm-up
    // With --expose-gc (as `npm run soak` runs it) the heap is measured after a full collection: live memory, not
    // what V8 has not collected yet.
    const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    collect();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await autocannon({ url: server.url, connections, duration: seconds, requests });
    collect();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    console.log(
      `soak: ${seconds} s, ${connections} connections, ${result.requests.total} requests (${result.requests.average} req/s)`,
    );
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.log(`RSS: ${mb(rssBefore)} MB -> ${mb(rssAfter)} MB (${mb(rssAfter - rssBefore)} MB growth)`);
    console.log(
      `live heap after GC: ${mb(heapBefore)} MB -> ${mb(heapAfter)} MB (${mb(heapAfter - heapBefore)} MB growth)`,
    );
    console.log(
      `errors: ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`,
    );
    process.exitCode = errors ? 1 : 0;
  } finally {
    await server.close();
  }
}

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
soak(arg('seconds', 60), arg('connections', 16)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
