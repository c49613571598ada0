import { createHash } from 'node:crypto';
import { createDataSource } from '../../src/db/data-source';
import { loadSeeds } from '../../src/seed';
import { RunningServer, startServer } from '../../src/server/start-server';
import { copySeeds, editFacts } from '../support/seed-fixtures';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startTestServer } from '../support/test-server';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function postRaw(server: RunningServer, payload: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function post(server: RunningServer, payload: unknown, headers: Record<string, string> = {}) {
  const { status, headers: responseHeaders, bytes } = await postRaw(server, payload, headers);
  return { status, headers: responseHeaders, body: JSON.parse(bytes.toString('utf8')) as AnyRecord };
}

async function metricsText(server: RunningServer): Promise<string> {
  return (await fetch(`${server.url}/metrics`)).text();
}

function requestsCounted(text: string, operation: string, outcome = 'ok'): number {
  const line = new RegExp(
    `^policygraph_graphql_requests_total\\{operation="${operation}",outcome="${outcome}"\\} (\\d+)`,
    'm',
  );
  return Number(line.exec(text)?.[1] ?? 0);
}

const QUERY = '{ controller(slug: "cluma") { name purposes { name evidence { quote } } } }';

describe('HTTP caching', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('marks public answers cacheable for five minutes, and errors and dry runs no-store', async () => {
    expect((await post(server, { query: QUERY })).headers.get('cache-control')).toBe('max-age=300, public');
    const error = await post(server, { query: '{ controllers(first: 1000) { nodes { slug } } }' });
    expect(error.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(error.headers.get('cache-control')).toBe('no-store');
    expect((await post(server, { query: QUERY }, { 'x-dry-run': 'true' })).headers.get('cache-control')).toBe(
      'no-store',
    );
  });

  it('answers GET requests with the same cache headers, so that CDNs and browsers can cache them', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
    });
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    expect(((await response.json()) as AnyRecord).data.controller.name).toBe('Cluma');
  });

  it('supports automatic persisted queries: a hash alone after the query was sent once, also with GET', async () => {
    const query = '{ legalBases { code article } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post(server, { extensions });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(server, { query, extensions })).body.data.legalBases).toHaveLength(6);
    expect((await post(server, { extensions })).body.data.legalBases).toHaveLength(6);
    const get = await fetch(`${server.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
    });
    expect(((await get.json()) as AnyRecord).data.legalBases).toHaveLength(6);
  });

  it('answers a repeated operation from the response cache without any SQL', async () => {
    const query = '{ controllers(first: 5) { nodes { slug rights { right { code } } } } }';
    await post(server, { query });
    const before = server.statementCount();
    const again = await post(server, { query });
    expect(again.body.data.controllers.nodes).toHaveLength(5);
    expect(server.statementCount() - before).toBe(0);
  });

  it('answers a hit with the very bytes and headers of the first answer, and says it was a hit', async () => {
    const payload = { query: 'query Hit { controller(slug: "cloudar") { name dpo { name } } }' };
    const first = await postRaw(server, payload);
    const again = await postRaw(server, payload);
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(again.headers.get('x-response-cache')).toBe('hit');
    expect(again.bytes.equals(first.bytes)).toBe(true);
    for (const header of ['content-type', 'cache-control', 'etag'])
      expect(again.headers.get(header)).toBe(first.headers.get(header));
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('keys on everything that changes the answer: variables, operation name, query text', async () => {
    const query =
      'query A($slug: String!) { controller(slug: $slug) { slug } } query B { controller(slug: "cluma") { name } }';
    const a1 = await post(server, { query, operationName: 'A', variables: { slug: 'cloudar' } });
    const a2 = await post(server, { query, operationName: 'A', variables: { slug: 'cloudware' } });
    const b = await post(server, { query, operationName: 'B' });
    const a1Again = await post(server, { query, operationName: 'A', variables: { slug: 'cloudar' } });
    expect(a1.body.data.controller.slug).toBe('cloudar');
    expect(a2.body.data.controller.slug).toBe('cloudware');
    expect(b.body.data.controller.name).toBe('Cluma');
    expect(a1Again.headers.get('x-response-cache')).toBe('hit');
    expect(a1Again.body).toEqual(a1.body);
  });

  it('never keeps errors, dry runs, or GETs that CSRF prevention refuses', async () => {
    const bad = { query: '{ controllers(first: 1000) { nodes { slug } } }' };
    await post(server, bad);
    const badAgain = await post(server, bad);
    expect(badAgain.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badAgain.headers.get('x-response-cache')).toBeNull();

    const query = { query: '{ rights { code } }' };
    await post(server, query);
    expect((await post(server, query)).headers.get('x-response-cache')).toBe('hit');
    const dryRun = await post(server, query, { 'x-dry-run': 'true' });
    expect(dryRun.body).toEqual({ data: null, extensions: { cost: expect.any(Number), dryRun: true } });

    const url = `${server.url}/graphql?query=${encodeURIComponent('{ legalBases { code } }')}`;
    const preflighted = { 'apollo-require-preflight': 'true', accept: 'application/json' };
    await fetch(url, { headers: preflighted });
    expect((await fetch(url, { headers: preflighted })).headers.get('x-response-cache')).toBe('hit');
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    expect(((await simple.json()) as AnyRecord).errors[0].message).toMatch(/CSRF/);
  });

  it('counts hits in the request metrics', async () => {
    const payload = { query: 'query CountedHit { legalBases { code } }' };
    await post(server, payload);
    const before = requestsCounted(await metricsText(server), 'CountedHit');
    await post(server, payload);
    await post(server, payload);
    expect(requestsCounted(await metricsText(server), 'CountedHit')).toBe(before + 2);
  });

  it('serves /metrics: requests by operation and outcome, latency, SQL statements', async () => {
    await post(server, { query: 'query MetricsProbe { legalBases { code } }', operationName: 'MetricsProbe' });
    await post(server, {
      query: 'query MetricsProbe { controllers(first: 1000) { totalCount } }',
      operationName: 'MetricsProbe',
    });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/policygraph_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1/);
    expect(text).toMatch(/policygraph_graphql_requests_total\{operation="MetricsProbe",outcome="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/policygraph_graphql_request_duration_seconds_count\{operation="MetricsProbe"\} 2/);
    expect(Number(/policygraph_db_queries_total (\d+)/.exec(text)![1])).toBeGreaterThan(0);
  });
});

describe('response cache invalidation', () => {
  let database: TestDatabase;
  afterEach(() => database.drop());

  it('serves the new data after a reseed from changed files (within the one-second version check)', async () => {
    database = await createTestDatabase({ file: true });
    const server = await startServer({ databaseUrl: database.url });
    try {
      expect((await post(server, { query: QUERY })).body.data.controller.name).toBe('Cluma');
      const dir = copySeeds();
      editFacts(dir, 'cluma', (facts) => {
        facts.controller.name = 'Cluma Engineering';
      });
      const writer = await createDataSource(database.config, undefined, { migrations: 'none' });
      try {
        await loadSeeds(writer, dir);
      } finally {
        await writer.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await post(server, { query: QUERY })).body.data.controller.name).toBe('Cluma Engineering');
    } finally {
      await server.close();
    }
  });

  it('charges a hit its cost against the rate limit, and refuses a client over budget even for a cached answer', async () => {
    database = await createTestDatabase();
    const payload = { query: '{ controllers(first: 5) { nodes { slug } } }' };
    const server = await startServer({ databaseUrl: database.url, pointsPerWindow: 40 });
    try {
      const first = await post(server, payload);
      const cost = first.body.extensions.cost as number;
      expect(cost).toBeGreaterThan(1);
      const remaining = Number(first.headers.get('x-ratelimit-remaining'));
      const hit = await post(server, payload);
      expect(hit.headers.get('x-response-cache')).toBe('hit');
      expect(Number(hit.headers.get('x-ratelimit-remaining'))).toBe(remaining - cost);
      let refused = hit;
      for (let i = 0; i < 40 && refused.status === 200; i++) refused = await post(server, payload);
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('can be turned off (RESPONSE_CACHE=off): every request then runs its SQL', async () => {
    database = await createTestDatabase();
    const server = await startServer({ databaseUrl: database.url, responseCache: false });
    try {
      await post(server, { query: QUERY });
      const before = server.statementCount();
      await post(server, { query: QUERY });
      expect(server.statementCount() - before).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
