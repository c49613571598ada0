import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Request, RequestHandler } from 'express';
import { parse } from 'graphql';
import { prefersHtml } from './media-type';

export interface Example {
  /** File name without `.graphql`. */
  name: string;
  query: string;
}

export interface PlaygroundOptions {
  /** Where the IDE sends operations, e.g. `/graphql`. */
  endpoint: string;
  /** Opened as tabs, the first one active. */
  examples: Example[];
}

type GraphiQLOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;

/** The prebuilt GraphiQL (React, Monaco and its workers) that @graphql-yoga/render-graphiql inlines. */
interface GraphiQLAssets {
  js: string;
  css: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

const TITLE = 'Policy Graph';
const EXAMPLE_EXTENSION = '.graphql';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">' +
  '<g fill="none" stroke="currentColor" stroke-width="2"><path d="M8 9 24 9 16 24Z"/></g>' +
  '<g fill="#e10098"><circle cx="8" cy="9" r="4"/><circle cx="24" cy="9" r="4"/><circle cx="16" cy="24" r="4"/></g>' +
  '</svg>';

/**
 * Reads every `*.graphql` file directly in `dir`, sorted by name.
 * Returns `{ name, query }` per file (`name` is the file name without `.graphql`); `[]` when there are none.
 * Throws when `dir` cannot be read or a file is not valid GraphQL (the message names the file).
 */
export function loadExamples(dir: string): Example[] {
  const examples = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(EXAMPLE_EXTENSION))
    .map((entry) => {
      const file = join(dir, entry.name);
      const query = readFileSync(file, 'utf8');
      try {
        parse(query);
      } catch (error) {
        throw new Error(`Example ${file} is not valid GraphQL: ${(error as Error).message}`, { cause: error });
      }
      return { name: entry.name.slice(0, -EXAMPLE_EXTENSION.length), query };
    });
  return examples.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Express middleware serving the GraphiQL IDE, with every asset inlined (no network access besides `endpoint`).
 * Answers GET/HEAD requests that prefer `text/html` and carry no `query` parameter; calls `next()` for everything
 * else, so the GraphQL server handles POST and GET `?query=`.
 * The page is built on the first request for it; that request fails (and so do the playground's tests) if the bundled
 * GraphiQL assets cannot be inlined safely.
 */
export function playgroundHandler(options: PlaygroundOptions): RequestHandler {
  // Rendered on the first request for the IDE: a process that never serves it (most in production) never holds its
  // 9 MB page nor the bundle it is made of.
  let page: RenderedPage | undefined;
  let gzipped: Buffer | undefined;

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    // The same URL answers HTML or JSON depending on Accept, so caches must key on it.
    res.vary('Accept');
    if (hasQueryParameter(req) || !prefersHtml(req.headers.accept)) {
      next();
      return;
    }

    page ??= renderPage(options);
    res.vary('Accept-Encoding');
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.contentSecurityPolicy,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    // The page is ~9 MB (GraphiQL, Monaco and their workers inlined); gzip brings it to a fraction.
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      gzipped ??= gzipSync(page.html);
      res.set({ 'Content-Encoding': 'gzip', ETag: `"${page.hash}-gzip"` });
      res.send(gzipped);
    } else {
      res.set('ETag', `"${page.hash}"`);
      res.send(page.html);
    }
  };
}

interface RenderedPage {
  /** The page as UTF-8 bytes: outside the JS heap, a third of the size of the string it is built from. */
  html: Buffer;
  hash: string;
  contentSecurityPolicy: string;
}

function renderPage({ endpoint, examples }: PlaygroundOptions): RenderedPage {
  const { js, css, favicon, editorWorkerService, jsonWorker, graphqlWorker } = loadGraphiQLAssets();

  const graphiqlOptions: GraphiQLOptions = {
    title: TITLE,
    logo: LOGO,
    endpoint,
    credentials: 'same-origin',
    ...(examples.length > 0 && {
      defaultQuery: examples[0].query,
      // No `variables` per tab: GraphiQL ignores them for the first tab, and the operations' own defaults suffice.
      defaultTabs: examples.map((example) => ({ query: example.query })),
    }),
  };

  // GraphiQL mirrors the edited query into `?query=`; a reload would then send the browser to the GraphQL
  // endpoint instead of the IDE. Tabs are restored from localStorage anyway, so the mirror is dropped.
  const script = `
(function () {
  function workerUrl(source) {
    return URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
  }
  var workers = {
    editorWorkerService: workerUrl(${scriptJson(editorWorkerService)}),
    json: workerUrl(${scriptJson(jsonWorker)}),
    graphql: workerUrl(${scriptJson(graphqlWorker)}),
  };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (moduleId, label) {
      return workers[label];
    },
  };
})();
${js};
YogaGraphiQL.renderYogaGraphiQL(
  document.getElementById('root'),
  Object.assign(${scriptJson(graphiqlOptions)}, { onEditQuery: function () {} }),
);
`;

  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(TITLE)}</title>
    <link rel="icon" href="${escapeHtml(favicon)}" />
    <style>
${css}
    </style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to use the ${escapeHtml(TITLE)} GraphQL IDE.</noscript>
    <div id="root"></div>
    <script>${script}</script>
  </body>
</html>
`;

  const scriptHash = createHash('sha256').update(script).digest('base64');
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // Monaco and React set inline styles at runtime.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    'worker-src blob:',
    `connect-src ${connectSource(endpoint)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

  return {
    html: Buffer.from(html, 'utf8'),
    hash: createHash('sha256').update(html).digest('base64url').slice(0, 27),
    contentSecurityPolicy,
  };
}

function connectSource(endpoint: string): string {
  if (/^https?:\/\//i.test(endpoint)) {
    return `'self' ${new URL(endpoint).origin}`;
  }
  return "'self'";
}

function hasQueryParameter(req: Request): boolean {
  return new URL(req.originalUrl || req.url, 'http://localhost').searchParams.has('query');
}

/** JSON that cannot close the surrounding `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function loadGraphiQLAssets(): GraphiQLAssets {
  // A static import of this subpath export does not type-check under the project's `moduleResolution: node`,
  // and loading it lazily keeps the 9 MB bundle out of processes that never serve the IDE.
  // The module is dropped from the require cache and from this module's children once read: its strings (about 10 MB
  // of heap) are only needed to build the page once, and `module.children` would keep them for the process's life.
  const id = require.resolve('@graphql-yoga/render-graphiql/graphiql');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const assets = require(id) as Record<string, unknown>;
  const loaded = require.cache[id];
  delete require.cache[id];
  if (loaded && module.children.includes(loaded)) module.children.splice(module.children.indexOf(loaded), 1);
  const keys = ['js', 'css', 'favicon', 'editorWorkerService', 'jsonWorker', 'graphqlWorker'] as const;
  for (const key of keys) {
    if (typeof assets[key] !== 'string') {
      throw new Error(`@graphql-yoga/render-graphiql/graphiql no longer exports the string "${key}"`);
    }
  }
  const { js, css } = assets as unknown as GraphiQLAssets;
  // The bundle is inlined verbatim; these sequences would end or derail its <script>/<style> element early.
  const lowerJs = js.toLowerCase();
  const firstComment = lowerJs.indexOf('<!--');
  if (
    lowerJs.includes('</script') ||
    (firstComment !== -1 && lowerJs.lastIndexOf('<script') > firstComment) ||
    css.toLowerCase().includes('</style')
  ) {
    throw new Error('The @graphql-yoga/render-graphiql bundle cannot be inlined into the playground page');
  }
  return assets as unknown as GraphiQLAssets;
}
