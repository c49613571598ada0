import { Writable } from 'node:stream';
import pino from 'pino';
import { RunningServer, startServer } from '../../src/server/start-server';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('HTTP hardening', () => {
  let server: RunningServer;
  const logLines: AnyRecord[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    server = await startServer({
      production: true,
      corsOrigins: ['https://app.example.com'],
      logger: pino({ level: 'info' }, sink),
    });
  });
  afterAll(() => server.close());

  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ legalBases { code } }' }),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('allows browsers only from the configured origins (CORS_ORIGINS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const denied = await preflight('https://evil.example.net');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple cross-site GET without a preflight header is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ legalBases { code } }')}`);
    expect(response.status).toBe(400);
  });

  it('masks an internal error and logs it with the request id the client sees', async () => {
    await server.dataSource.query('DROP TABLE passage_fts');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' },
      body: JSON.stringify({ query: '{ search(query: "privacy") { start } }' }),
    });
    const body = (await response.json()) as AnyRecord;
    expect(body.errors[0]).toEqual({
      message: 'Internal server error. The request id in extensions identifies it in our logs.',
      locations: [{ line: 1, column: 3 }],
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-me-42' },
    });
    const logged = logLines.find((line) => line.requestId === 'trace-me-42' && line.msg === 'internal error');
    expect(logged?.err?.message).toMatch(/passage_fts/);
  });
});
