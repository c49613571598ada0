import { RunningServer } from '../../src/server/start-server';
import { LIMITS } from '../../src/server/limits';
import { capturingLogger } from '../support/capturing-logger';
import { startTestServer } from '../support/test-server';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://app.example.com';
/** The headers that differ from one response to the next by design. */
const PER_RESPONSE = ['date', 'x-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-response-cache'];

interface Answer {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

async function send(server: RunningServer, path: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const without = (headers: Record<string, string>, names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));

interface Probe {
  name: string;
  path: string;
  init: RequestInit & { headers: Record<string, string> };
}

/** POST and GET, each with both media types of GraphQL over HTTP, of one operation. */
function requests(query: string): Probe[] {
  const get = `/graphql?query=${encodeURIComponent(query)}`;
  const body = JSON.stringify({ query });
  return ['application/json', 'application/graphql-response+json'].flatMap((accept): Probe[] => [
    {
      name: `POST ${accept}`,
      path: '/graphql',
      init: { method: 'POST', headers: { 'content-type': 'application/json', accept, origin: ORIGIN }, body },
    },
    {
      name: `GET ${accept}`,
      path: get,
      init: { headers: { accept, 'apollo-require-preflight': 'true', origin: ORIGIN } },
    },
  ]);
}

/** The probe's request with more headers. */
const adding = ({ init }: Probe, headers: Record<string, string>): RequestInit => ({
  ...init,
  headers: { ...init.headers, ...headers },
});

describe('response-cache hits answered in front of express', () => {
  let server: RunningServer;
  const logLines: AnyRecord[] = [];
  beforeAll(async () => {
    server = await startTestServer({ corsOrigins: [ORIGIN], logger: capturingLogger(logLines) });
  });
  afterAll(() => server.close());

  it('sends a hit with the bytes and every header of the first answer (security, CORS, Vary, ETag, rate limit)', async () => {
    for (const { name, path, init } of requests('query Same { rights { code } }')) {
      const miss = await send(server, path, init);
      const hit = await send(server, path, init);
      expect([name, miss.status, miss.headers['x-response-cache']]).toEqual([name, 200, 'miss']);
      expect([name, hit.status, hit.headers['x-response-cache']]).toEqual([name, 200, 'hit']);
      expect(hit.bytes.equals(miss.bytes)).toBe(true);
      expect([name, without(hit.headers, PER_RESPONSE)]).toEqual([name, without(miss.headers, PER_RESPONSE)]);
      expect(hit.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(hit.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(Number(hit.headers['x-ratelimit-remaining'])).toBeLessThan(Number(miss.headers['x-ratelimit-remaining']));
    }
  });

  it('keeps a valid client request id on a hit and gives each hit its own otherwise', async () => {
    const [post] = requests('{ legalBases { code } }');
    await send(server, post.path, post.init);
    const traced = await send(server, post.path, adding(post, { 'x-request-id': 'hit-trace-7' }));
    const anonymous = await send(server, post.path, post.init);
    expect(traced.headers['x-response-cache']).toBe('hit');
    expect(traced.headers['x-request-id']).toBe('hit-trace-7');
    expect(anonymous.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 304 without a body to a GET hit whose If-None-Match names its ETag, and 200 to a POST', async () => {
    const [post, get] = requests('{ dataCategories { code } }');
    const first = await send(server, get.path, get.init);
    // With a Cache-Control of its own: fetch would send `no-cache` with a conditional header, which revalidates.
    const conditional = (probe: Probe) =>
      adding(probe, { 'if-none-match': first.headers.etag, 'cache-control': 'max-age=60' });
    const notModified = await send(server, get.path, conditional(get));
    expect(notModified.status).toBe(304);
    expect(notModified.bytes.length).toBe(0);
    expect(notModified.headers.etag).toBe(first.headers.etag);
    expect(notModified.headers['content-type']).toBeUndefined();
    await send(server, post.path, post.init);
    const posted = await send(server, post.path, conditional(post));
    expect([posted.status, posted.headers['x-response-cache']]).toEqual([200, 'hit']);
  });

  it('logs a hit at info as every other request: id, method, URL, status and headers sent, response time', async () => {
    const [post, get] = requests('query Logged { rights { name } }');
    for (const probe of [post, post, get, get])
      await send(server, probe.path, adding(probe, { 'x-request-id': `logged-${probe.init.method ?? 'GET'}` }));
    const completed = logLines.filter((line) => line.msg === 'request completed' && /^logged-/.test(line.req.id));
    expect(completed.map((line) => [line.req.id, line.req.method, line.res.headers['x-response-cache']])).toEqual([
      ['logged-POST', 'POST', 'miss'],
      ['logged-POST', 'POST', 'hit'],
      ['logged-GET', 'GET', 'miss'],
      ['logged-GET', 'GET', 'hit'],
    ]);
    for (const line of completed) {
      expect(line).toMatchObject({ level: 30, res: { statusCode: 200 }, req: { headers: { origin: ORIGIN } } });
      expect(line.req.url).toMatch(/^\/graphql/);
      expect(line.responseTime).toEqual(expect.any(Number));
    }
  });

  it('refuses bodies as express does, with the body read only once: malformed, too large, wrong media type', async () => {
    const post = (body: string, contentType = 'application/json') =>
      send(server, '/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
    for (let i = 0; i < 2; i++) {
      const malformed = await post('{"query": "{ rights { code } }"');
      expect([malformed.status, JSON.parse(malformed.bytes.toString()).errors[0].message]).toEqual([
        400,
        'The request body is not valid JSON.',
      ]);
      const large = await post(
        JSON.stringify({ query: '{ rights { code } }', padding: 'x'.repeat(LIMITS.maxBodyBytes) }),
      );
      expect([large.status, JSON.parse(large.bytes.toString()).errors[0].extensions.code]).toEqual([
        413,
        'QUERY_TOO_COMPLEX',
      ]);
      const latin1 = await post(JSON.stringify({ query: '{ rights { code } }' }), 'application/json; charset=latin1');
      expect(latin1.status).toBe(415);
      const scalar = await post('"{ rights { code } }"');
      expect(scalar.status).toBe(400);
    }
  });

  it('never answers a request with an API key from the cache: a bad key is refused even for a cached operation', async () => {
    const [post] = requests('{ rights { article } }');
    await send(server, post.path, post.init);
    expect((await send(server, post.path, post.init)).headers['x-response-cache']).toBe('hit');
    const withKey = await send(server, post.path, adding(post, { authorization: 'Bearer pgk_nonsense' }));
    expect(withKey.status).toBe(401);
    expect(withKey.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('leaves a browser asking for a page to the playground, and a dry run to Apollo', async () => {
    const page = await send(server, '/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const [post] = requests('{ legalBases { article } }');
    await send(server, post.path, post.init);
    const dryRun = await send(server, post.path, adding(post, { 'x-dry-run': 'true' }));
    expect(dryRun.headers['x-response-cache']).toBeUndefined();
    expect(JSON.parse(dryRun.bytes.toString())).toEqual({
      data: null,
      extensions: { cost: expect.any(Number), dryRun: true },
    });
  });
});

describe('response-cache hits behind a proxy', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ trustProxy: 1 });
  });
  afterAll(() => server.close());

  it("charges a hit to the client's address as express sees it (X-Forwarded-For from a trusted proxy)", async () => {
    const from = (address: string) =>
      send(server, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: '{ rights { code name } }' }),
      });
    const remaining = (answer: Answer) => Number(answer.headers['x-ratelimit-remaining']);
    const miss = await from('203.0.113.1');
    const hit = await from('203.0.113.1');
    const elsewhere = await from('203.0.113.2');
    expect([miss.headers['x-response-cache'], hit.headers['x-response-cache']]).toEqual(['miss', 'hit']);
    const cost = Number(miss.headers['x-ratelimit-limit']) - remaining(miss);
    expect(cost).toBeGreaterThan(0);
    expect(remaining(hit)).toBe(remaining(miss) - cost);
    expect([elsewhere.headers['x-response-cache'], remaining(elsewhere)]).toEqual(['hit', remaining(miss)]);
  });
});
