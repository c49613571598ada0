import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { admissionGate } from '../../src/server/admission';
import { RunningServer } from '../../src/server/start-server';
import { startTestServer } from '../support/test-server';

/** An express app whose operations finish only when the test says so, behind the admission gate. */
async function gatedApp(options: { concurrency: number; maxQueue: number }) {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const app = express();
  app.get(
    '/op/:name',
    admissionGate(async (req, res) => {
      const name = String(req.params.name);
      started.push(name);
      await new Promise<void>((resolve) => finishers.set(name, resolve));
      res.json({ name });
    }, options),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  return {
    started,
    request: (name: string, signal?: AbortSignal) => fetch(`${url}/op/${name}`, { signal }),
    async finish(name: string) {
      finishers.get(name)!();
      await settle();
    },
    settle,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

describe('admission control', () => {
  it('runs at most `concurrency` operations at once and starts the waiting ones in arrival order', async () => {
    const app = await gatedApp({ concurrency: 2, maxQueue: 10 });
    try {
      const responses = ['a', 'b', 'c', 'd'].map((name) => app.request(name));
      await app.settle();
      expect(app.started).toEqual(['a', 'b']);
      await app.finish('b');
      expect(app.started).toEqual(['a', 'b', 'c']);
      await app.finish('a');
      expect(app.started).toEqual(['a', 'b', 'c', 'd']);
      await app.finish('c');
      await app.finish('d');
      const bodies = await Promise.all(responses.map(async (r) => (await r).json() as Promise<{ name: string }>));
      expect(bodies.map((b) => b.name)).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await app.close();
    }
  });

  it('refuses with 503 SERVER_BUSY and Retry-After when the queue is full, and serves again after', async () => {
    const app = await gatedApp({ concurrency: 1, maxQueue: 1 });
    try {
      const running = app.request('a');
      await app.settle();
      const waiting = app.request('b');
      await app.settle();
      const refused = await app.request('c');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'SERVER_BUSY',
      );
      await app.finish('a');
      await app.finish('b');
      expect((await running).status).toBe(200);
      expect((await waiting).status).toBe(200);
      const again = app.request('d');
      await app.settle();
      await app.finish('d');
      expect((await again).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('drops a waiting request whose client hung up, and frees the slot of a running one', async () => {
    const app = await gatedApp({ concurrency: 1, maxQueue: 5 });
    try {
      const aborted = new AbortController();
      const running = app.request('a');
      await app.settle();
      app.request('gone', aborted.signal).catch(() => undefined);
      const waiting = app.request('b');
      await app.settle();
      aborted.abort();
      await app.settle();
      await app.finish('a');
      expect(app.started).toEqual(['a', 'b']);
      // The client of the running operation hangs up: the next one starts without waiting for it to finish.
      const hangUp = new AbortController();
      const next = app.request('c');
      await app.settle();
      expect(app.started).toEqual(['a', 'b']);
      await app.finish('b');
      expect(app.started).toEqual(['a', 'b', 'c']);
      const abandoned = app.request('d', hangUp.signal).catch(() => undefined);
      const after = app.request('e');
      await app.settle();
      await app.finish('c');
      expect(app.started).toEqual(['a', 'b', 'c', 'd']);
      hangUp.abort();
      await abandoned;
      await app.settle();
      expect(app.started).toEqual(['a', 'b', 'c', 'd', 'e']);
      await app.finish('e');
      expect((await running).status).toBe(200);
      expect((await waiting).status).toBe(200);
      expect((await next).status).toBe(200);
      expect((await after).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('admission control in the server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ responseCache: false });
  });
  afterAll(() => server.close());

  it('answers many more concurrent operations than it runs at once, every one correctly', async () => {
    const query = '{ controllers(first: 5) { nodes { slug rights { right { code } } } } }';
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { data: { controllers: { nodes: unknown[] } } },
        })),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.data.controllers.nodes).toHaveLength(5);
    }
  });
});
