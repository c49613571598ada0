import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { admissionGate } from '../../src/server/admission';
import { RunningServer } from '../../src/server/start-server';
import { startTestServer } from '../support/test-server';

/** Waits until `condition` holds (the server works on its own schedule; a fixed sleep would be flaky under load). */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * An express app whose operations finish only when the test says so, behind the admission gate. `request` resolves
 * once the server has the request (running or waiting), so that requests arrive in the order the test sends them.
 */
async function gatedApp(options: { concurrency: number; maxQueue: number }) {
  const arrived: string[] = [];
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const app = express();
  app.get(
    '/op/:name',
    (req, _res, next) => {
      arrived.push(String(req.params.name));
      next();
    },
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
    /** Sends a request and waits until the server has it; resolves to the pending response. */
    async request(name: string, signal?: AbortSignal): Promise<{ response: Promise<Response> }> {
      const response = fetch(`${url}/op/${name}`, { signal });
      response.catch(() => undefined);
      await until(() => arrived.includes(name), `${name} arrived`);
      return { response };
    },
    /** Lets an operation finish. */
    async finish(name: string) {
      await until(() => finishers.has(name), `${name} started`);
      finishers.get(name)!();
    },
    /** Waits until exactly these operations have started, in this order (and no other starts for a moment). */
    async startedAre(names: string[]) {
      await until(() => started.length >= names.length, `${names.join(', ')} started`);
      await settle();
      expect(started).toEqual(names);
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
      const responses = [];
      for (const name of ['a', 'b', 'c', 'd']) responses.push((await app.request(name)).response);
      await app.startedAre(['a', 'b']);
      await app.finish('b');
      await app.startedAre(['a', 'b', 'c']);
      await app.finish('a');
      await app.startedAre(['a', 'b', 'c', 'd']);
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
      const running = (await app.request('a')).response;
      const waiting = (await app.request('b')).response;
      const refused = await (await app.request('c')).response;
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'SERVER_BUSY',
      );
      await app.finish('a');
      await app.finish('b');
      expect((await running).status).toBe(200);
      expect((await waiting).status).toBe(200);
      const again = (await app.request('d')).response;
      await app.finish('d');
      expect((await again).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('drops a waiting request whose client hung up, and frees the slot of a running one', async () => {
    const app = await gatedApp({ concurrency: 1, maxQueue: 5 });
    try {
      const running = (await app.request('a')).response;
      const gone = new AbortController();
      await app.request('gone', gone.signal);
      const waiting = (await app.request('b')).response;
      gone.abort();
      await app.settle();
      await app.finish('a');
      await app.startedAre(['a', 'b']);
      // The client of the running operation hangs up: the next one starts without waiting for it to finish.
      const next = (await app.request('c')).response;
      await app.finish('b');
      await app.startedAre(['a', 'b', 'c']);
      const hangUp = new AbortController();
      await app.request('d', hangUp.signal);
      const after = (await app.request('e')).response;
      await app.finish('c');
      await app.startedAre(['a', 'b', 'c', 'd']);
      hangUp.abort();
      await app.startedAre(['a', 'b', 'c', 'd', 'e']);
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
