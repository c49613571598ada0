import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, Router } from 'express';

/**
 * Cytoscape prepends one constant `<style>` to the page when it first draws (`.__________cytoscape_container {
 * position: relative; }`); its hash allows exactly that element. The browser test fails on any CSP violation, so a
 * Cytoscape release that changes the text shows up there.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The explorer's policy: its own scripts and styles only (plus Cytoscape's one style element), and the API on the
 * same origin. React and Cytoscape otherwise set styles through the CSSOM, which the policy does not restrict.
 */
export const WEB_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the server answers itself; the app's fallback never shadows them. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz|metrics)(\/|$)/;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Policy Graph</title></head>
<body><h1>Policy Graph</h1><p>The web explorer is not built. Run <code>npm run build:web</code> (or
<code>npm start</code>, which builds it) and reload. The API is at <a href="/graphql">/graphql</a>.</p></body></html>
`;

interface IndexPage {
  html: Buffer;
  etag: string;
  modified: number;
}

/**
 * A router serving the built web explorer from `root` (Vite's output, `web/dist`): hashed files under `/assets/`
 * cached for a year, other files (favicon) revalidated, and `index.html` with WEB_APP_CSP for every other GET/HEAD
 * that prefers HTML (the app's deep links: `/controllers/cluma#purpose-3`). Requests that prefer JSON, and the
 * server's own paths, fall through to the next handler (the JSON 404). When `root` holds no `index.html` yet, the
 * fallback answers 503 with a page that says how to build it. index.html is kept in memory and read again when it
 * changes (a rebuild while the server runs).
 */
export function webAppRouter(root: string): Router {
  const router = express.Router();
  const file = join(root, 'index.html');
  let page: IndexPage | undefined;
  // Read again when the file changes (a rebuild while the server runs), else served from memory.
  const indexPage = (): IndexPage | undefined => {
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined) return undefined;
    if (page?.modified === modified) return page;
    const html = readFileSync(file);
    page = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, modified };
    return page;
  };

  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      setHeaders(res, path) {
        const immutable = path.startsWith(join(root, 'assets'));
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path) || !prefersHtml(req)) {
      next();
      return;
    }
    res.vary('Accept');
    const found = indexPage();
    if (!found) {
      res.status(503).type('html').set('Cache-Control', 'no-store').send(NOT_BUILT_PAGE);
      return;
    }
    sendIndex(req, res, found);
  });
  return router;
}

function sendIndex(req: Request, res: Response, found: IndexPage): void {
  res.set({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': WEB_APP_CSP,
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
    ETag: found.etag,
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(found.html);
}

function prefersHtml(req: Request): boolean {
  // JSON first, so that `*/*` and a missing Accept header keep getting the API's JSON answers.
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}
