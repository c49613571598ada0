import { RunningServer, startServer } from '../../src/server/start-server';
import { LIMITS } from '../../src/server/limits';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ production: true });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  body: AnyRecord | null;
  headers: Headers;
}

async function send(init: RequestInit & { path?: string }): Promise<Reply> {
  const response = await fetch(`${server.url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let body: AnyRecord | null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null; // not JSON: the assertions on status and code then fail with a readable diff
  }
  return { status: response.status, body, headers: response.headers };
}

/** A current client: it accepts the GraphQL response media type, so request errors come with their 4xx status. */
const postJson = (payload: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(payload),
  });
const postQuery = (query: string, variables?: unknown) => postJson({ query, variables });

const code = (reply: Reply) => reply.body?.errors?.[0]?.extensions?.code;

/** Refused before execution with a 4xx and a code, never an internal error. */
function expectRefused(reply: Reply, expectedCode: string, status = 400) {
  expect({ status: reply.status, code: code(reply) }).toEqual({ status, code: expectedCode });
  expect(JSON.stringify(reply.body)).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR|\bSELECT\b|sqlite/);
}

async function expectStillServing() {
  const reply = await postQuery('{ controller(slug: "cluma") { name } }');
  expect(reply.body?.data).toEqual({ controller: { name: 'Cluma' } });
}

describe('hostile input: each gets a fast 4xx or a coded GraphQL error, and the server keeps serving', () => {
  afterEach(expectStillServing);

  it('deep nesting (depth 50)', async () => {
    let query = 'slug';
    for (let i = 0; i < 25; i++)
      query = `processors { processor { controllers { ${query} } } }`.replace('controllers { ', 'controllers { slug ');
    const reply = await postQuery(`{ controller(slug: "cluma") { ${query} } }`);
    expectRefused(reply, 'QUERY_TOO_COMPLEX');
    expect(reply.body!.errors[0].message).toMatch(/depth limit of 10/);
  });

  it('1,000 aliases (refused for size before parsing)', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}:rights{code}`).join(' ');
    expectRefused(await postQuery(`{ ${aliases} }`), 'QUERY_TOO_COMPLEX', 413);
  });

  it('100 aliases (under the token limit, over the alias limit)', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: legalBases { code }`).join(' ');
    const reply = await postQuery(`{ ${aliases} }`);
    expectRefused(reply, 'QUERY_TOO_COMPLEX');
    expect(reply.body!.errors[0].message).toMatch(/Aliases limit of 30/);
  });

  it('10,000 repeated fields (refused for size before parsing)', async () => {
    expectRefused(await postQuery(`{ legalBases { ${'code '.repeat(10_000)} } }`), 'QUERY_TOO_COMPLEX', 413);
  });

  it('circular fragments', async () => {
    const reply = await postQuery(
      'query { controller(slug: "cluma") { ...A } } fragment A on Controller { dpo { name } ...B } fragment B on Controller { ...A }',
    );
    expectRefused(reply, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('very many fragments (an exponential fragment bomb)', async () => {
    const fragments = ['fragment F0 on Controller { slug name }'];
    for (let i = 1; i < 40; i++) fragments.push(`fragment F${i} on Controller { ...F${i - 1} ...F${i - 1} }`);
    const reply = await postQuery(`{ controller(slug: "cluma") { ...F39 } } ${fragments.join(' ')}`);
    expectRefused(reply, 'QUERY_TOO_COMPLEX');
  });

  it('500 directives (over the token limit) and 300 (under it, over the directive limit)', async () => {
    const many = await postQuery(`{ legalBases { ${'code @include(if: true) '.repeat(500)} } }`);
    expectRefused(many, 'QUERY_TOO_COMPLEX');
    expect(many.body!.errors[0].message).toMatch(/more tha[nt] 4000 tokens/);
    const fewer = await postQuery(`{ legalBases { ${'code @include(if: true) '.repeat(300)} } }`);
    expectRefused(fewer, 'QUERY_TOO_COMPLEX');
    expect(fewer.body!.errors[0].message).toMatch(/Directives limit of 30/);
  });

  it('a query over the size limit, and a 5 MB body', async () => {
    expectRefused(
      await postQuery(`{ legalBases { code } } # ${'x'.repeat(LIMITS.maxQueryBytes)}`),
      'QUERY_TOO_COMPLEX',
      413,
    );
    expectRefused(
      await postQuery(`{ legalBases { code } } # ${'x'.repeat(5 * 1024 * 1024)}`),
      'QUERY_TOO_COMPLEX',
      413,
    );
  });

  it('a JSON array of 1,000 operations (batching is off)', async () => {
    const reply = await postJson(Array.from({ length: 1000 }, () => ({ query: '{ legalBases { code } }' })));
    expect(reply.status).toBe(400);
  });

  it('malformed JSON', async () => {
    const reply = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ legalBases { code } }"',
    });
    expectRefused(reply, 'BAD_REQUEST');
  });

  it('wrong content types and charset=utf-7', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-7',
    ]) {
      const reply = await send({
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"query":"{ legalBases { code } }"}',
      });
      expectRefused(reply, 'UNSUPPORTED_MEDIA_TYPE', 415);
    }
  });

  it('PUT, DELETE and PATCH', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const reply = await send({ method, headers: { 'content-type': 'application/json' }, body: '{}' });
      expectRefused(reply, 'METHOD_NOT_ALLOWED', 405);
      expect(reply.headers.get('allow')).toBe('GET, POST');
    }
  });

  it('a mutation sent with GET', async () => {
    const reply = await send({
      path: `/graphql?query=${encodeURIComponent('mutation { policyVersionDiscard(input: { id: "x", expectedRevision: 1 }) { userErrors { code } } }')}`,
      headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
    });
    // GET is for queries only (no write through a link or an <img>): 405, whatever the key.
    expect(reply.status).toBe(405);
  });

  it('variables sent as a string', async () => {
    const reply = await postJson({
      query: 'query($s: String!) { controller(slug: $s) { slug } }',
      variables: '{"s":"cluma"}',
    });
    expect(reply.status).toBe(400);
    expect(code(reply)).toBe('BAD_REQUEST');
  });

  it('first: -1, first: 1000000 inline and through variables', async () => {
    expectRefused(await postQuery('{ controllers(first: -1) { nodes { slug } } }'), 'BAD_USER_INPUT', 200);
    expectRefused(await postQuery('{ controllers(first: 1000000) { nodes { slug } } }'), 'QUERY_TOO_COMPLEX');
    expectRefused(
      await postQuery('query($n: Int!) { controllers(first: $n) { nodes { slug } } }', { n: 1_000_000 }),
      'QUERY_TOO_COMPLEX',
    );
    expectRefused(
      await postQuery('query($n: Int!) { processors(first: $n) { nodes { slug } } }', { n: 101 }),
      'BAD_USER_INPUT',
      200,
    );
  });

  it('forged and overlong cursors', async () => {
    for (const after of [
      'Y3Vyc29yOnYxOg',
      'not a cursor',
      'A'.repeat(10_000),
      Buffer.from('cursor:v1:cluma').toString('base64url'),
      Buffer.from('cursor:v2:Processor:combell').toString('base64url'),
    ]) {
      const reply = await postQuery('query($a: String) { controllers(after: $a) { nodes { slug } } }', { a: after });
      expectRefused(reply, 'BAD_USER_INPUT', 200);
    }
    // A well-formed cursor around a hostile key is only a position: the slugs after "' OR 1=1 --", i.e. all of them.
    const forged = Buffer.from("cursor:v2:Controller:' OR 1=1 --").toString('base64url');
    const reply = await postQuery('query($a: String) { controllers(after: $a) { nodes { slug } } }', { a: forged });
    expect(reply.body!.data.controllers.nodes).toHaveLength(5);
  });

  it('null bytes in a literal, a variable or an extension', async () => {
    expectRefused(
      await postQuery('query($s: String!) { controller(slug: $s) { slug } }', { s: 'clu\u0000ma' }),
      'BAD_USER_INPUT',
    );
    expectRefused(await postQuery('{ controller(slug: "clu\\u0000ma") { slug } }'), 'BAD_USER_INPUT');
    expectRefused(await postJson({ query: '{ legalBases { code } }', extensions: { x: '\u0000' } }), 'BAD_USER_INPUT');
  });

  it('lone surrogates', async () => {
    const reply = await postQuery('query($s: String!) { controller(slug: $s) { slug } search(query: $s) { start } }', {
      s: 'a\ud800b',
    });
    expect(reply.status).toBe(200);
    expect(reply.body!.data.controller).toBeNull();
  });

  it('SQL metacharacters, % and _ in every string argument match literally (no rows, no error)', async () => {
    for (const value of ["' OR '1'='1", '"; DROP TABLE controller; --', '%', '_', '\\', 'cl%', 'c_uma']) {
      const reply = await postQuery(
        `query($v: String!, $id: ID!) {
           controller(slug: $v) { slug } processor(slug: $v) { slug } dataCategory(code: $v) { code }
           purposeCategory(code: $v) { code } recipientCategory(code: $v) { code } supervisoryAuthority(slug: $v) { slug }
           policyDocument(slug: $v) { slug } node(id: $id) { id }
           controllers(filter: { dataCategory: $v, processor: $v, purposeCategory: $v, name: $v }) { totalCount }
           byName: controllers(filter: { name: $v }) { totalCount }
           processors(filter: { controller: $v, dataCategory: $v }) { totalCount } }`,
        { v: value, id: value },
      );
      expect(reply.body!.errors).toBeUndefined();
      const data = reply.body!.data;
      for (const key of [
        'controller',
        'processor',
        'dataCategory',
        'purposeCategory',
        'recipientCategory',
        'supervisoryAuthority',
        'policyDocument',
        'node',
      ]) {
        expect(data[key]).toBeNull();
      }
      expect([data.controllers.totalCount, data.byName.totalCount, data.processors.totalCount]).toEqual([0, 0, 0]);
    }
  });

  it('unknown slugs and unknown fields (with no field suggestions in production)', async () => {
    expect((await postQuery('{ controller(slug: "does-not-exist") { slug } }')).body).toMatchObject({
      data: { controller: null },
    });
    const reply = await postQuery('{ controler(slug: "cluma") { slug } }');
    expectRefused(reply, 'GRAPHQL_VALIDATION_FAILED');
    expect(reply.body!.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('does not grow memory over repeated hostile rounds', async () => {
    const round = async () => {
      await postQuery(
        `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: controller(slug: "x") { slug }`).join(' ')} }`,
      );
      await postQuery(`{ legalBases { code } } # ${'x'.repeat(200_000)}`);
      await postQuery(
        'query { controller(slug: "cluma") { ...A } } fragment A on Controller { ...B } fragment B on Controller { ...A }',
      );
    };
    for (let i = 0; i < 5; i++) await round();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 30; i++) await round();
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('limits that normal clients rely on', () => {
  it('answers within limits with the cost, and the remaining budget in headers', async () => {
    const reply = await postQuery('{ controllers(first: 5) { nodes { slug } } }');
    // controllers: first × (1 + nodes), nodes: 1 + slug = 2, so 5 × 3.
    expect(reply.body!.extensions.cost).toBe(15);
    expect(Number(reply.headers.get('x-ratelimit-limit'))).toBe(LIMITS.pointsPerWindow);
    expect(Number(reply.headers.get('x-ratelimit-remaining'))).toBeLessThan(LIMITS.pointsPerWindow);
  });

  it('tells the cost without executing on a dry run', async () => {
    const reply = await postJson(
      { query: '{ controllers(first: 50) { nodes { slug rights { right { code } } } } }' },
      { 'x-dry-run': 'true' },
    );
    // nodes = 1 + slug (1) + rights (an unpaginated list: 10 × (1 + right (1 + code))) = 32; controllers = 50 × 33.
    expect(reply.body).toEqual({ data: null, extensions: { cost: 1650, dryRun: true } });
  });

  it('answers 429 with Retry-After when a client spends its budget', async () => {
    const limited = await startServer({ production: true });
    try {
      const expensive =
        '{ controllers(first: 100) { nodes { rights { evidence { quote } } purposes { evidence { quote } } } } }';
      const post = () =>
        fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: expensive }),
        });
      let response = await post();
      for (let i = 0; i < 40 && response.status !== 429; i++) response = await post();
      expect(response.status).toBe(429);
      expect((await response.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
