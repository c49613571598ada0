import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { join } from 'node:path';
import { loadExamples } from '../../src/server/playground';
import { type RunningServer } from '../../src/server/start-server';
import { describeInChromium, launchChromium } from '../support/chromium';
import { startTestServer } from '../support/test-server';

const TIMEOUT_MS = 60_000;
const EXAMPLES = loadExamples(join(__dirname, '..', '..', 'examples'));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Requests the page may make without touching the network at all. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return (protocol === 'http:' || protocol === 'https:') && LOCAL_HOSTS.has(hostname);
}

describeInChromium('GraphiQL at GET /graphql', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ port: 0 });
    browser = await launchChromium();
    // A fresh context has empty localStorage, so GraphiQL opens the preloaded example tabs.
    context = await browser.newContext();
    // Context-wide, so requests from the Monaco web workers count too.
    context.on('request', (request) => {
      if (!isLocal(request.url())) externalRequests.push(`${request.method()} ${request.url()}`);
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) =>
      consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT_MS);

  it(
    'opens the controller example and runs it against the API, offline',
    async () => {
      const response = await page.goto(`${server!.url}/graphql`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
      expect(await page.title()).toBe('Policy Graph');

      // The first example is the active tab; every example is open.
      const activeTab = page.locator('.graphiql-tab.graphiql-tab-active');
      await activeTab.waitFor({ timeout: 30_000 });
      expect((await activeTab.innerText()).trim()).toBe('Controller');
      const tabTitles = (await page.locator('.graphiql-tab').allInnerTexts()).map((title) => title.trim());
      expect(tabTitles).toEqual(['Controller', 'ControllersByDataCategory', 'DpvExport', 'Processors', 'Search']);

      const executed = page.waitForResponse(
        (candidate) =>
          candidate.request().method() === 'POST' &&
          new URL(candidate.url()).pathname === '/graphql' &&
          (candidate.request().postData() ?? '').includes('"operationName":"Controller"'),
        { timeout: 30_000 },
      );
      await page.locator('button.graphiql-execute-button').click();
      const result = (await (await executed).json()) as {
        data?: { controller?: { slug: string; name: string } | null };
        errors?: unknown[];
      };
      expect(result.errors).toBeUndefined();
      expect(result.data?.controller).toMatchObject({ slug: 'cluma', name: 'Cluma' });

      // The answer is shown in GraphiQL's result panel.
      await page.waitForFunction(
        () => /"name":\s*"Cluma"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      );

      expect(externalRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
    TIMEOUT_MS,
  );
});

// The IDE only runs the first example; the others must work with one click too, using their variables' defaults.
describe('the playground’s examples', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(EXAMPLES.map((example) => [example.name, example.query]))(
    'example %s runs without errors and returns data',
    async (_name, query) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const result = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      expect(result.errors?.map((error) => error.message)).toBeUndefined();
      expect(response.status).toBe(200);
      const [value] = Object.values(result.data ?? {});
      expect(value).toBeTruthy();
      expect(Array.isArray(value) ? value.length : 1).toBeGreaterThan(0);
    },
  );
});
