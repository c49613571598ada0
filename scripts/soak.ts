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
 * operations, then prints errors (must be 0), p99 latency and RSS growth. Exits 1 on any error.
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
    const rssBefore = process.memoryUsage().rss;
    const result = await autocannon({ url: server.url, connections, duration: seconds, requests });
    const rssAfter = process.memoryUsage().rss;
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    console.log(
      `soak: ${seconds} s, ${connections} connections, ${result.requests.total} requests (${result.requests.average} req/s)`,
    );
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(
      `RSS: ${(rssBefore / 2 ** 20).toFixed(0)} MB -> ${(rssAfter / 2 ** 20).toFixed(0)} MB (${((rssAfter - rssBefore) / 2 ** 20).toFixed(1)} MB growth)`,
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
