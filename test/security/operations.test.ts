import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildServer, removeBuild, runFailingServer, runServer } from '../support/built-server';
import { CONTROLLER_OPERATION } from '../support/operations';

let outDir: string;
let dataDir: string;
beforeAll(() => {
  outDir = buildServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-ops-'));
}, 120_000);
afterAll(() => {
  removeBuild(outDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('finishes every in-flight request on SIGTERM, then closes the database and exits 0', async () => {
    const server = await runServer(outDir, { DATABASE_URL: `sqlite:${path.join(dataDir, 'sigterm.sqlite')}` });
    // One connection per request (no pooling): every request is on the server's side of the wire, in flight.
    const post = (slug: string) =>
      new Promise<{ status: number; body: { data?: { controller?: { slug: string } } } }>((resolve, reject) => {
        const request = http.request(
          `${server.url}/graphql`,
          { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
          (response) => {
            let text = '';
            response.on('data', (chunk) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        request.on('error', reject);
        request.end(JSON.stringify({ query: CONTROLLER_OPERATION, variables: { slug } }));
      });
    const slugs = Array.from(
      { length: 30 },
      (_, i) => ['cluma', 'cloudar', 'cloudware', 'cloudpiling', 'it-voor-ondernemers'][i % 5],
    );
    const inFlight = slugs.map(post);
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.child.kill('SIGTERM');
    const replies = await Promise.all(inFlight);
    expect(replies.map((r) => r.status)).toEqual(slugs.map(() => 200));
    expect(replies.map((r) => r.body.data?.controller?.slug)).toEqual(slugs);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/shut down cleanly/);
  }, 90_000);

  it('refuses to start on an unknown DATABASE_URL scheme, saying what is expected', async () => {
    const { code, output } = await runFailingServer(outDir, { DATABASE_URL: 'mysql://root@localhost/db' });
    expect(code).toBe(1);
    expect(output).toContain(
      'DATABASE_URL "mysql://root@localhost/db" has an unknown scheme; expected sqlite:<path>, sqlite::memory: or postgres://...',
    );
  }, 60_000);

  it('refuses to start on a port in use, and on a bad PORT or CORS_ORIGINS', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const busy = await runFailingServer(outDir, { PORT: String(port), DATABASE_URL: 'sqlite::memory:' });
      expect(busy.code).toBe(1);
      expect(busy.output).toContain(`PORT ${port} is already in use`);
    } finally {
      blocker.close();
    }
    const badPort = await runFailingServer(outDir, { PORT: 'eighty' });
    expect(badPort.output).toContain('PORT "eighty" is not a port number');
    const badCors = await runFailingServer(outDir, { CORS_ORIGINS: 'not an origin' });
    expect(badCors.output).toContain('CORS_ORIGINS entry "not an origin" is not an origin');
  }, 60_000);
});
