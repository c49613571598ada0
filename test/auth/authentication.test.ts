import { listApiKeys, Role } from '../../src/auth';
import { loadSeeds } from '../../src/seed';
import { RunningServer } from '../../src/server/start-server';
import { createTestKey, revokeTestKey, TestKey } from '../support/keys';
import { TEST_ENGINE } from '../support/test-database';
import { capturingLogger } from '../support/capturing-logger';
import { startTestServer } from '../support/test-server';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(server: RunningServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as AnyRecord };
}

const VIEWER = '{ viewer { role name keyId keyPrefix } }';
const PUBLIC = '{ legalBases { code } }';
const INVALID_KEY_MESSAGE = (prefix: string) =>
  `The API key sent (${prefix}...) is unknown or revoked: send a valid key, or send no Authorization header to read published facts anonymously.`;
const MALFORMED_MESSAGE =
  'The Authorization header must be `Bearer <key>` with a Policy Graph API key (pgk_ and 43 characters): send a valid key, or send no Authorization header to read published facts anonymously.';

describe(`API keys over HTTP (${TEST_ENGINE})`, () => {
  let server: RunningServer;
  const logLines: AnyRecord[] = [];
  const keys = {} as Record<Role, TestKey>;
  beforeAll(async () => {
    server = await startTestServer({ logger: capturingLogger(logLines), corsOrigins: ['https://app.example.com'] });
    for (const role of [Role.READER, Role.CURATOR, Role.ADMIN])
      keys[role] = await createTestKey(server.dataSource, role);
  });
  afterAll(() => server.close());

  it('answers an anonymous request as before: viewer null, public and cacheable, varying on Authorization', async () => {
    const { status, headers, body } = await post(server, VIEWER);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { viewer: null }, extensions: { cost: 5 } });
    expect(headers.get('cache-control')).toBe('max-age=300, public');
    expect(headers.get('vary')).toMatch(/\bAuthorization\b/);
  });

  it.each([Role.READER, Role.CURATOR, Role.ADMIN])('says who holds a key of role %s, privately', async (role) => {
    const key = keys[role];
    const { status, headers, body } = await post(server, VIEWER, { authorization: key.bearer });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      viewer: { role, name: `Test ${role.toLowerCase()}`, keyId: String(key.id), keyPrefix: key.key.slice(0, 12) },
    });
    expect(body.data.viewer.keyPrefix).toMatch(/^pgk_[\w-]{8}$/);
    expect(headers.get('cache-control')).toBe('private, no-store');
  });

  it('takes the scheme in any case, as HTTP does', async () => {
    const { body } = await post(server, VIEWER, { authorization: `bearer ${keys.READER.key}` });
    expect(body.data.viewer.role).toBe('READER');
  });

  it('refuses a revoked key for every operation, with 401 and WWW-Authenticate', async () => {
    const key = await createTestKey(server.dataSource, Role.CURATOR, 'Leaver');
    expect((await post(server, VIEWER, { authorization: key.bearer })).body.data.viewer.name).toBe('Leaver');
    await revokeTestKey(server.dataSource, key);
    for (const query of [VIEWER, PUBLIC]) {
      const { status, headers, body } = await post(server, query, { authorization: key.bearer });
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(headers.get('cache-control')).toBe('no-store');
      expect(body).toEqual({
        errors: [{ message: INVALID_KEY_MESSAGE(key.key.slice(0, 12)), extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });

  it('refuses a well-formed key it never handed out, whether or not its prefix is that of a real key', async () => {
    const stranger = `pgk_${'A'.repeat(43)}`;
    const sharedPrefix = keys.ADMIN.key.slice(0, 12) + 'B'.repeat(35); // a real key's prefix, another secret
    for (const key of [stranger, sharedPrefix]) {
      const { status, body } = await post(server, PUBLIC, { authorization: `Bearer ${key}` });
      expect(status).toBe(401);
      expect(body.errors).toEqual([
        { message: INVALID_KEY_MESSAGE(key.slice(0, 12)), extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    }
  });

  it('refuses a malformed Authorization header instead of answering anonymously, also on GET', async () => {
    const malformed = [
      'Bearer nope',
      'Bearer',
      `Basic ${Buffer.from('admin:admin').toString('base64')}`,
      keys.READER.key, // no scheme
      `Bearer ${keys.READER.key}x`,
      `Bearer ${keys.READER.key} ${keys.READER.key}`,
    ];
    for (const authorization of malformed) {
      const { status, headers, body } = await post(server, PUBLIC, { authorization });
      expect({ authorization, status }).toEqual({ authorization, status: 401 });
      expect(headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(body).toEqual({ errors: [{ message: MALFORMED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(PUBLIC)}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: 'Bearer nope' },
    });
    expect(get.status).toBe(401);
  });

  it('records when a key was last used, and who created and revoked keys', async () => {
    const key = await createTestKey(server.dataSource, Role.READER, 'Counter');
    const row = async () => (await listApiKeys(server.dataSource)).find((k) => k.id === key.id)!;
    expect((await row()).lastUsedAt).toBeNull();
    const before = Date.now();
    await post(server, PUBLIC, { authorization: key.bearer });
    const used = await row();
    expect(Date.parse(used.lastUsedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(used).toMatchObject({ createdBy: 'test', revokedAt: null, revokedBy: null });
    await revokeTestKey(server.dataSource, key);
    expect(await row()).toMatchObject({ revokedBy: 'test', revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('neither serves nor stores answers of requests with a key in the response cache', async () => {
    const query = '{ controllers(first: 3) { nodes { slug dpo { name } } } }';
    // First with a key: the answer must not be kept for anyone.
    const keyed = await post(server, query, { authorization: keys.CURATOR.bearer });
    expect(keyed.headers.get('x-response-cache')).toBeNull();
    const anonymous = await post(server, query);
    expect(anonymous.headers.get('x-response-cache')).toBe('miss');
    expect((await post(server, query)).headers.get('x-response-cache')).toBe('hit');
    // Now cached for anonymous clients, yet a request with a key still runs the query.
    const before = server.statementCount();
    const again = await post(server, query, { authorization: keys.CURATOR.bearer });
    expect(again.headers.get('x-response-cache')).toBeNull();
    expect(again.headers.get('cache-control')).toBe('private, no-store');
    expect(again.body.data).toEqual(anonymous.body.data);
    expect(server.statementCount()).toBeGreaterThan(before);
  });

  it('never logs a key: the Authorization header is redacted, the key id says who sent the request', async () => {
    const key = await createTestKey(server.dataSource, Role.READER, 'Logged');
    const start = logLines.length;
    await post(server, PUBLIC, { authorization: key.bearer, 'x-request-id': 'log-redaction-1' });
    // The key with its last character changed (to one it is not: a key ending in A stayed valid once in 64 runs).
    const wrong = `${key.key.slice(0, -1)}${key.key.endsWith('A') ? 'B' : 'A'}`;
    await post(server, PUBLIC, { authorization: `Bearer ${wrong}`, 'x-request-id': 'log-redaction-2' });
    const lines = logLines.slice(start);
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed.map((line) => [line.req.id, line.res.statusCode])).toEqual([
      ['log-redaction-1', 200],
      ['log-redaction-2', 401],
    ]);
    expect(completed[0].keyId).toBe(String(key.id));
    for (const line of completed) expect(line.req.headers.authorization).toBe('[redacted]');
    const failure = lines.find((line) => line.msg === 'authentication failed');
    expect(failure).toMatchObject({ reason: 'unknown or revoked key', req: { id: 'log-redaction-2' } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(key.key.slice(12)); // not the key, nor anything past its public prefix
    expect(text).not.toContain(key.key.slice(12, -1));
  });

  it('outlives a reseed: keys are not seed content', async () => {
    await loadSeeds(server.dataSource);
    const { body } = await post(server, VIEWER, { authorization: keys.ADMIN.bearer });
    expect(body.data.viewer).toMatchObject({ role: 'ADMIN', keyId: String(keys.ADMIN.id) });
  });

  it('lets browsers of the allowed origins send the Authorization header', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/\bauthorization\b/);
  });
});

describe('rate limits with API keys', () => {
  it('gives every valid key a budget of its own, apart from the address it calls from', async () => {
    // The viewer query costs 5 points: two fit in a budget of 10.
    const server = await startTestServer({ pointsPerWindow: 10 });
    try {
      const [a, b] = [
        await createTestKey(server.dataSource, Role.READER, 'A'),
        await createTestKey(server.dataSource, Role.READER, 'B'),
      ];
      const statuses = async (headers: Record<string, string>, times: number) => {
        const seen: number[] = [];
        for (let i = 0; i < times; i++) seen.push((await post(server, VIEWER, headers)).status);
        return seen;
      };
      expect(await statuses({ authorization: a.bearer }, 2)).toEqual([200, 200]);
      const refused = await post(server, VIEWER, { authorization: a.bearer });
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Key B and the anonymous client at the same address still have their whole budget.
      expect(await statuses({ authorization: b.bearer }, 2)).toEqual([200, 200]);
      expect(await statuses({}, 2)).toEqual([200, 200]);
      expect(await statuses({}, 1)).toEqual([429]);
    } finally {
      await server.close();
    }
  });

  it('refuses an address with 429 after 20 failed authentications a minute, even with a valid key', async () => {
    const server = await startTestServer();
    try {
      const valid = await createTestKey(server.dataSource, Role.ADMIN);
      for (let i = 0; i < 20; i++) {
        const wrong = `Bearer pgk_${String(i).padStart(43, 'x')}`;
        expect((await post(server, PUBLIC, { authorization: wrong })).status).toBe(401);
      }
      for (const authorization of ['Bearer pgk_guess', valid.bearer]) {
        const { status, headers, body } = await post(server, PUBLIC, { authorization });
        expect(status).toBe(429);
        const retryAfter = Number(headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(60);
        expect(body.errors).toEqual([
          {
            message: `Too many requests with an invalid API key from this address: 20 in 60 s. Retry after ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ]);
      }
      // Anonymous reading is not held back: it guesses nothing.
      expect((await post(server, PUBLIC)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe(`the log below info (${TEST_ENGINE})`, () => {
  let server: RunningServer;
  const logLines: AnyRecord[] = [];
  beforeAll(async () => {
    server = await startTestServer({ logger: capturingLogger(logLines, 'warn') });
  });
  afterAll(() => server.close());

  it('logs no request line, and a failed authentication still with its request and the header redacted', async () => {
    const key = await createTestKey(server.dataSource, Role.READER, 'Quiet');
    const wrong = `${key.key.slice(0, -1)}${key.key.endsWith('A') ? 'B' : 'A'}`;
    expect((await post(server, PUBLIC)).status).toBe(200);
    expect((await post(server, PUBLIC, { authorization: `Bearer ${wrong}`, 'x-request-id': 'quiet-1' })).status).toBe(
      401,
    );
    expect(logLines.filter((line) => line.msg === 'request completed')).toEqual([]);
    const failure = logLines.find((line) => line.msg === 'authentication failed');
    expect(failure).toMatchObject({ level: 40, reason: 'unknown or revoked key', req: { id: 'quiet-1' } });
    expect(failure!.req.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(logLines)).not.toContain(key.key.slice(12, -1));
  });
});
