import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { WEB_APP_CSP, webAppRouter } from '../../src/server/web-app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const INDEX = '<!doctype html><title>Policy Graph</title><script type="module" src="/assets/app-1234.js"></script>';

/** The router alone over a folder, with a JSON 404 behind it as the server has. */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.get('/graphql', (_req, res) => void res.json({ playground: false }));
  app.use(webAppRouter(root));
  app.use((_req, res) => void res.status(404).json({ errors: [{ extensions: { code: 'NOT_FOUND' } }] }));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('webAppRouter (the explorer served at /)', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1);');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await serve(root);
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/controllers/cluma', '/compare?c=cluma,cloudar', '/no/such/view'])(
    'answers a browser at %s with the app and its CSP',
    async (path) => {
      const response = await fetch(`${server.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    },
  );

  it('allows only its own scripts, styles and API, nothing from elsewhere', () => {
    expect(WEB_APP_CSP).toContain("default-src 'none'");
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).toContain("connect-src 'self'");
    expect(WEB_APP_CSP).not.toContain('unsafe-inline');
    expect(WEB_APP_CSP).not.toMatch(/https?:/);
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const favicon = await fetch(`${server.url}/favicon.svg`);
    expect(favicon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to a browser that has the page', async () => {
    const first = await fetch(`${server.url}/`, { headers: { accept: BROWSER_ACCEPT } });
    // node:http, not fetch: fetch sends `cache-control: no-cache` with a conditional request (a forced reload).
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(
        `${server.url}/`,
        { headers: { accept: BROWSER_ACCEPT, 'if-none-match': first.headers.get('etag') ?? '' } },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      ).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('leaves JSON clients, missing assets and the server’s own paths to the server', async () => {
    for (const [path, accept] of [
      ['/controllers/cluma', 'application/json'],
      ['/controllers/cluma', '*/*'],
      ['/assets/missing.js', '*/*'],
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { accept } });
      expect({ path, accept, status: response.status }).toEqual({ path, accept, status: 404 });
    }
    const graphql = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(await graphql.json()).toEqual({ playground: false });
    const metrics = await fetch(`${server.url}/metrics`, { headers: { accept: BROWSER_ACCEPT } });
    expect(metrics.status).toBe(404);
  });

  it('says how to build the app when it is not built, and picks it up once it is', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'web-app-empty-'));
    const bare = await serve(empty);
    try {
      const before = await fetch(`${bare.url}/controllers/cluma`, { headers: { accept: BROWSER_ACCEPT } });
      expect(before.status).toBe(503);
      expect(await before.text()).toContain('npm run build:web');
      writeFileSync(join(empty, 'index.html'), INDEX);
      const after = await fetch(`${bare.url}/controllers/cluma`, { headers: { accept: BROWSER_ACCEPT } });
      expect(after.status).toBe(200);
      expect(await after.text()).toBe(INDEX);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
