import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { parse } from 'graphql';
import { loadExamples, playgroundHandler, type Example } from '../../src/server/playground';

const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// Hosts the page's own markup and strings legitimately mention without loading anything from them.
const NON_ASSET_HOSTS = new Set(['www.w3.org']);

interface RenderedOptions {
  title: string;
  endpoint: string;
  defaultQuery?: string;
  defaultTabs?: { query: string; variables?: string }[];
}

/** The options object the page passes to GraphiQL (the page's last call; the bundle itself is skipped). */
function graphiqlOptions(html: string): RenderedOptions {
  const call = html.slice(html.lastIndexOf('YogaGraphiQL.renderYogaGraphiQL('));
  const json = call.match(/Object\.assign\((\{.*\}), \{ onEditQuery/)?.[1];
  if (!json) throw new Error('GraphiQL options not found in the page');
  return JSON.parse(json) as RenderedOptions;
}

describe('loadExamples', () => {
  it('loads the repository examples sorted by name, controller first', () => {
    const examples = loadExamples(EXAMPLES_DIR);
    expect(examples.map((example) => example.name)).toEqual([
      'controller',
      'controllers-by-data-category',
      'dpv-export',
      'processors',
      'search',
    ]);
  });

  it.each(loadExamples(EXAMPLES_DIR).map((example) => [example.name, example]))(
    'example %s is one named operation whose variables all have defaults',
    (_name, example) => {
      const document = parse((example as Example).query);
      expect(document.definitions).toHaveLength(1);
      const [operation] = document.definitions;
      if (operation.kind !== 'OperationDefinition') throw new Error('expected an operation');
      expect(operation.name?.value).toBeTruthy();
      for (const variable of operation.variableDefinitions ?? []) {
        expect({ variable: variable.variable.name.value, hasDefault: variable.defaultValue !== undefined }).toEqual({
          variable: variable.variable.name.value,
          hasDefault: true,
        });
      }
    },
  );

  it('opens the controller example with slug "cluma"', () => {
    const [first] = loadExamples(EXAMPLES_DIR);
    expect(first.query).toMatch(/query Controller\(\$slug: String! = "cluma"\)/);
  });

  describe('on a scratch directory', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'playground-examples-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('ignores other files and strips the extension', () => {
      writeFileSync(join(dir, 'b.graphql'), '{ b }');
      writeFileSync(join(dir, 'a.graphql'), '{ a }');
      writeFileSync(join(dir, 'notes.md'), '# not an example');
      expect(loadExamples(dir)).toEqual([
        { name: 'a', query: '{ a }' },
        { name: 'b', query: '{ b }' },
      ]);
    });

    it('throws naming the file when an example is not valid GraphQL', () => {
      writeFileSync(join(dir, 'broken.graphql'), 'query {');
      expect(() => loadExamples(dir)).toThrow(/broken\.graphql/);
    });

    it('throws when the directory does not exist', () => {
      expect(() => loadExamples(join(dir, 'missing'))).toThrow(/ENOENT/);
    });
  });
});

describe('playgroundHandler', () => {
  const examples = loadExamples(EXAMPLES_DIR);
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const app = express();
    app.get('/graphql', playgroundHandler({ endpoint: '/graphql', examples }));
    // Stands in for Apollo: whatever the playground passes on lands here.
    app.use('/graphql', (req, res) => {
      res.json({ passedOn: true, method: req.method });
    });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  async function fetchPage(): Promise<{ response: Response; html: string }> {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    return { response, html: await response.text() };
  }

  it('serves the IDE to a browser', async () => {
    const { response, html } = await fetchPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/Accept/);
    expect(html).toMatch(/^<!doctype html>/);
    // Never toContain on the page: a failure would print all 9 MB of it.
    expect(html.includes('<title>Policy Graph</title>')).toBe(true);
    expect(html.includes('YogaGraphiQL.renderYogaGraphiQL(')).toBe(true);
  });

  it('preloads every example as a tab, the controller example first', async () => {
    const options = graphiqlOptions((await fetchPage()).html);
    expect(options.title).toBe('Policy Graph');
    expect(options.endpoint).toBe('/graphql');
    expect(options.defaultQuery).toBe(examples[0].query);
    expect(options.defaultTabs?.map((tab) => tab.query)).toEqual(examples.map((example) => example.query));
  });

  it('sends a Content-Security-Policy that allows only the inline page, blob workers and its own origin', async () => {
    const { response } = await fetchPage();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain('worker-src blob:');
  });

  it('references no external asset and no CDN', async () => {
    const { html } = await fetchPage();
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '<script></script>');
    // Attributes of the page's own markup: only data: URLs (the favicon).
    for (const [, url] of markup.matchAll(/\s(?:src|href|srcset|action)="([^"]*)"/g)) {
      expect(url).toMatch(/^data:/);
    }
    // CSS, inlined: fonts and images are data: URLs, nothing is @imported.
    const styleUrls = [...markup.matchAll(/url\(\s*['"]?([^'")\s]*)/g)].map(([, url]) => url);
    expect(styleUrls.length).toBeGreaterThan(0);
    expect(styleUrls.filter((url) => !/^(data:|#)/.test(url))).toEqual([]);
    expect(markup.includes('@import')).toBe(false);
    // The bundle contains documentation links in strings (react.dev error pages, GitHub); what matters is that no
    // asset host is named anywhere. The browser test proves at runtime that nothing leaves 127.0.0.1.
    expect(
      html.match(
        /unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh|skypack\.dev|fonts\.googleapis\.com|fonts\.gstatic\.com|apollographql\.com/i,
      ),
    ).toBeNull();
    const scriptFreeHosts = [...markup.matchAll(/https?:\/\/([^/"'\s)]+)/g)].map(([, host]) => host);
    expect(scriptFreeHosts.filter((host) => !NON_ASSET_HOSTS.has(host))).toEqual([]);
  });

  it('serves a gzip-encoded page with its own ETag and answers 304 when it is unchanged', async () => {
    const plain = await fetch(`${baseUrl}/graphql`, {
      headers: { accept: BROWSER_ACCEPT, 'accept-encoding': 'identity' },
    });
    await plain.arrayBuffer();
    const zipped = await fetch(`${baseUrl}/graphql`, {
      headers: { accept: BROWSER_ACCEPT, 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toMatch(/^<!doctype html>/); // fetch decodes gzip
    expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));

    const revalidated = await fetch(`${baseUrl}/graphql`, {
      headers: {
        accept: BROWSER_ACCEPT,
        'accept-encoding': 'gzip',
        'if-none-match': zipped.headers.get('etag')!,
        // fetch adds "Cache-Control: no-cache" (which forbids a 304) to conditional requests unless one is given.
        'cache-control': 'max-age=0',
      },
    });
    expect(revalidated.status).toBe(304);
  });

  it.each([
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9'],
    ['*/* (curl)', '*/*'],
  ])('passes GET with Accept %s on to the GraphQL server', async (_label, accept) => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept } });
    expect(await response.json()).toEqual({ passedOn: true, method: 'GET' });
  });

  it('passes GET without an Accept header on', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: '' } });
    expect(await response.json()).toEqual({ passedOn: true, method: 'GET' });
  });

  it('passes GET with a query parameter on, even from a browser', async () => {
    const response = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(await response.json()).toEqual({ passedOn: true, method: 'GET' });
  });

  it('passes POST on', async () => {
    const direct = playgroundHandler({ endpoint: '/graphql', examples: [] });
    const next = jest.fn();
    const req = { method: 'POST', headers: { accept: 'text/html' } } as unknown as Parameters<typeof direct>[0];
    await direct(req, {} as Parameters<typeof direct>[1], next);
    expect(next).toHaveBeenCalledWith();
  });

  it('renders GraphiQL without preloaded tabs when there are no examples', async () => {
    const app = express();
    app.get('/graphql', playgroundHandler({ endpoint: '/graphql', examples: [] }));
    const bare = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`, {
        headers: { accept: BROWSER_ACCEPT },
      });
      const options = graphiqlOptions(await response.text());
      expect(response.status).toBe(200);
      expect(options.defaultTabs).toBeUndefined();
      expect(options.defaultQuery).toBeUndefined();
    } finally {
      await new Promise<void>((resolve) => bare.close(() => resolve()));
    }
  });
});
