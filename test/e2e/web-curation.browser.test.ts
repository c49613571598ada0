import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Role } from '../../src/auth';
import { type RunningServer } from '../../src/server/start-server';
import { describeInChromium, launchChromium } from '../support/chromium';
import { createTestKey, type TestKey } from '../support/keys';
import { startTestServer } from '../support/test-server';

const TIMEOUT_MS = 120_000;
const ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const CLUMA_TEXT = readFileSync(join(ROOT, 'seeds', 'documents', 'cluma.txt'), 'utf8');
/** The vendor's new text: another date, and one data item (the only quote of the gender fact) reworded. */
const NEW_TEXT = CLUMA_TEXT.replace(
  'Privacyverklaring werd voor het laatst geüpdatet op 25 mei 2020.',
  'Laatst bijgewerkt in 2026.',
).replace('Gender', 'Geslacht');
const VIEWPORTS = { laptop: { width: 1366, height: 820 }, phone: { width: 390, height: 844 } };

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeInChromium('the explorer’s curator views', () => {
  let server: RunningServer;
  let browser: Browser;
  let curator: TestKey;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const external: string[] = [];

  async function graphql(query: string, variables: AnyRecord = {}, key: TestKey | null = curator) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: key.bearer } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: AnyRecord; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** A fresh browser context watching console errors, failed requests and requests off the machine. */
  async function open(viewport = VIEWPORTS.laptop): Promise<Page> {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    context.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') external.push(request.url());
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500) errors.push(`server error ${response.status()}: ${response.url()}`);
    });
    return page;
  }

  /** Signs in through the form, as a curator does once per tab. */
  async function signIn(page: Page, key = curator): Promise<void> {
    await page.goto(`${server.url}/curate`);
    await page.getByLabel('API key').fill(key.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${key.viewer.name}`).waitFor();
  }

  /** A draft of cluma made through the desk's form; the page ends on its review. */
  async function makeDraft(page: Page): Promise<void> {
    await page.getByLabel('Controller (slug, as in its URL)').fill('cluma');
    await page.getByLabel('Policy text').fill(NEW_TEXT);
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/curate\/drafts\/cluma\/2$/);
    await page.locator('.review-card').first().waitFor();
  }

  const counter = (page: Page) => page.locator('.review-counter').textContent();
  const left = async (page: Page) => Number(/^(\d+) of/.exec((await counter(page)) ?? '')?.[1]);

  /** Selects `[start, end)` of the policy text in the page, as a drag with the mouse does. */
  async function selectText(page: Page, start: number, end: number): Promise<void> {
    await page.evaluate(
      ([from, to]) => {
        const container = document.querySelector('[data-testid="policy-text"]')!;
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (from >= offset && from <= offset + length) range.setStart(node, from - offset);
          if (to >= offset && to <= offset + length) {
            range.setEnd(node, to - offset);
            break;
          }
          offset += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [start, end],
    );
  }

  /** Presses Tab (or Shift+Tab) until the element has the focus (at most 40 times). */
  async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
    for (let presses = 0; presses < 40; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error('Tab did not reach the element');
  }

  /** The words the edit form says are picked in the text, once they differ from `before`. */
  async function pickedChange(form: Locator, before: string | null): Promise<string> {
    const picked = form.locator('.picked-words');
    await form
      .page()
      .waitForFunction(([element, previous]) => !!element?.textContent && element.textContent !== previous, [
        await picked.elementHandle(),
        before,
      ] as const);
    return (await picked.textContent()) ?? '';
  }

  /** The serious and critical violations axe finds on the page, one line each. */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        target: v.nodes[0]?.target.join(' '),
      }));
    });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes} nodes: ${violation.target})`);
  }

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) {
      throw new Error('The web explorer is not built: run npm run build:web (npm test does it first).');
    }
    // One ingestion worker reading on the main thread (the tests run from TypeScript sources).
    server = await startTestServer({ port: 0, ingest: { concurrency: 1, threads: 0, pollMs: 50 } });
    curator = await createTestKey(server.dataSource, Role.CURATOR, 'Jane Curator');
    browser = await launchChromium();
  }, TIMEOUT_MS);

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(external.splice(0)).toEqual([]);
    // A refused key is a 401 the sign-in form explains; nothing else may fail.
    expect(errors.splice(0).filter((error) => !/status of 401/.test(error))).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT_MS);

  it(
    'signs in with a curator key kept for the tab, shows who it is, refuses a bad key and signs out',
    async () => {
      const page = await open();
      await page.goto(`${server.url}/curate`);
      await page.getByLabel('API key').fill('pgk_notakeyatallnotakeyatall');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/refused this key/);

      const reader = await createTestKey(server.dataSource, Role.READER, 'Rita Reader');
      await page.getByLabel('API key').fill(reader.key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/reader’s key/);

      await signIn(page);
      await expect(page.locator('.session-chip').textContent()).resolves.toContain('Jane Curator');
      // Kept for the tab: a reload stays signed in; the key is in sessionStorage, not in the URL.
      await page.reload();
      await page.getByText('Signed in as Jane Curator').waitFor();
      expect(page.url()).not.toContain(curator.key);
      await page.locator('.session-chip').getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('API key').waitFor();
      expect(await page.evaluate(() => sessionStorage.getItem('policy-graph.curator-key'))).toBeNull();
      expect(await page.locator('.session-chip').count()).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'reviews a draft end to end: accept, edit with new evidence, reject, the API’s reasons, publish, the change',
    async () => {
      const page = await open();
      await signIn(page);
      await makeDraft(page);
      const total = await left(page);
      expect(total).toBeGreaterThan(40);
      expect(await counter(page)).toContain(`${total} of ${total} left to review`);
      await expect(page.locator('.shortcuts').textContent()).resolves.toMatch(/jnext fact.*aaccept.*rreject.*eedit/);

      const { controller: draft } = await graphql(`
        {
          controller(slug: "cluma", version: 2) {
            document {
              text
            }
            purposes {
              id
              key
              label
              revision
            }
            dpo {
              key
            }
          }
        }
      `);
      const text: string = draft.document.text;
      const purpose = draft.purposes[0];

      // Edit: the first purpose gets a new label and one more quote, picked from the text.
      await page.locator(`[id="fact-${purpose.key}"]`).click();
      await page.waitForURL(new RegExp(`#${encodeURIComponent(purpose.key)}$`));
      // The selection is rendered after the hash changes: wait for the marked evidence (fails after the timeout).
      await page.locator('.policy-text mark.is-active').first().waitFor();
      await page.keyboard.press('e');
      const form = page.getByRole('form', { name: /^Edit Purpose/ });
      await form.getByLabel(/As the policy words it/).fill('Klantenbeheer (herzien)');
      const added = 'Laatst bijgewerkt in 2026.';
      const start = text.indexOf(added);
      await selectText(page, start, start + added.length);
      await form.getByRole('button', { name: `Add “${added}”` }).click();
      // And one more with the keyboard only: back (Shift+Tab) to the sentence steps, go back two sentences and
      // forward one, add it.
      const quotesBefore = await form.locator('.edit-quotes blockquote').allTextContents();
      await tabTo(page, form.getByRole('button', { name: 'Previous sentence' }), 'Shift+Tab');
      await page.keyboard.press('Enter');
      const first = await pickedChange(form, '');
      await page.keyboard.press('Enter');
      const second = await pickedChange(form, first);
      await page.keyboard.press('Tab'); // to "Next sentence"
      await page.keyboard.press('Enter');
      expect(await pickedChange(form, second)).toBe(first);
      await page.keyboard.press('Tab'); // to "Add …"
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (count) => document.querySelectorAll('.edit-form .edit-quotes blockquote').length === count,
        quotesBefore.length + 1,
      );
      const keyed = (await form.locator('.edit-quotes blockquote').allTextContents()).find(
        (quote) => !quotesBefore.includes(quote),
      )!;
      expect(first).toContain(keyed.slice(0, 40));
      // The focus stays in the form, on the steps, for the next sentence.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Next sentence');
      await form.getByRole('button', { name: 'Save and accept' }).click();
      await form.waitFor({ state: 'detached' });
      const edited = (
        await graphql(
          `
            query ($id: ID!) {
              node(id: $id) {
                ... on Purpose {
                  label
                  reviewState
                  source
                  revision
                  evidence {
                    quote
                    start
                    end
                  }
                }
              }
            }
          `,
          { id: purpose.id },
        )
      ).node;
      expect(edited).toMatchObject({ label: 'Klantenbeheer (herzien)', reviewState: 'ACCEPTED', source: 'CURATOR' });
      expect(edited.evidence).toContainEqual({ quote: added, start, end: start + added.length });
      expect(edited.evidence.map((quote: AnyRecord) => quote.quote)).toContain(keyed);
      expect(edited.evidence).toHaveLength(quotesBefore.length + 1);
      for (const quote of edited.evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
      expect(await left(page)).toBe(total - 1);

      // Reject: the DPO, with the key.
      await page.locator('[id="fact-dpo"]').click();
      await page.keyboard.press('r');
      await page.locator('[id="fact-dpo"] .review-rejected').waitFor();
      expect(await left(page)).toBe(total - 2);

      // Publishing too early: the API's reason, shown as it is.
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/UNREVIEWED_FACTS.*not reviewed/);

      // Someone else reviews a fact meanwhile: accepting it here is a CONFLICT, explained.
      const { controller: fresh } = await graphql(`
        {
          controller(slug: "cluma", version: 2) {
            rights {
              id
              key
              revision
            }
          }
        }
      `);
      const right = fresh.rights[0];
      await graphql(
        `
          mutation ($input: FactReviewInput!) {
            factReview(input: $input) {
              userErrors {
                code
              }
            }
          }
        `,
        { input: { id: right.id, expectedRevision: right.revision, decision: 'ACCEPT' } },
      );
      await page.locator(`[id="fact-${right.key}"]`).click();
      await page.keyboard.press('a');
      await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/CONFLICT.*reload/);
      await page.reload();
      await page.locator('.review-card').first().waitFor();

      // Accept the rest with the keyboard: n goes to the next fact to review, a accepts it and moves on.
      await page.keyboard.press('n');
      await page.locator('.review-card.is-selected.state-proposed').waitFor();
      for (let remaining = await left(page); remaining > 0; remaining--) {
        await page.keyboard.press('a');
        await page
          .waitForFunction(
            (expected) => document.querySelector('.review-counter')?.textContent?.startsWith(`${expected} of`),
            remaining - 1,
            { timeout: 5000 },
          )
          .catch(async (error: unknown) => {
            const alerts = await page.getByRole('alert').allTextContents();
            const selected = await page.locator('.review-card.is-selected').allTextContents();
            throw new Error(
              `${String(error)}; on the page: ${alerts.join(' | ')} ${remaining} ${await counter(page)} ${selected} ${page.url()}`,
            );
          });
        // A key pressed while the last decision is on its way is not taken: wait for it.
        await page.locator('.review-list[aria-busy="false"]').waitFor();
      }
      await page.keyboard.press('k');
      await page.keyboard.press('j');
      expect(await left(page)).toBe(0);

      await page.getByRole('button', { name: 'Publish' }).click();
      await page.waitForURL(/\/controllers\/cluma\/history\?to=2$/);
      const changes = page.locator('.change-list .change');
      await changes.first().waitFor();
      const listed = await changes.allTextContents();
      expect(
        listed.find((item) => item.startsWith('Removed') && item.includes('Data protection officer')),
      ).toBeTruthy();
      const changed = listed.find((item) => item.includes('Klantenbeheer (herzien)'));
      expect(changed).toMatch(/^Changed/);
      expect(changed).toContain(added); // the new quote, on the after side
      expect(listed.some((item) => item.startsWith('Removed') && /Gender/i.test(item))).toBe(true);
      await expect(page.locator('.versions-table tbody tr').allTextContents()).resolves.toEqual([
        expect.stringMatching(/^2Published/),
        expect.stringMatching(/^1Superseded/),
      ]);

      // Readers see the published change at once.
      const { controller: published } = await graphql(
        '{ controller(slug: "cluma") { version dpo { name } purposes { label } } }',
        {},
        null,
      );
      expect(published.version).toBe(2);
      expect(published.dpo).toBeNull();
      expect(published.purposes.map((p: AnyRecord) => p.label)).toContain('Klantenbeheer (herzien)');
    },
    TIMEOUT_MS,
  );

  it(
    'submits a policy, follows its reading to the draft and reviews in it',
    async () => {
      const { controller } = await graphql('{ controller(slug: "cloudware") { document { text } } }');
      const page = await open();
      await signIn(page);
      await page.getByRole('link', { name: 'Submit a policy' }).click();
      // The desk has a "Policy text" field of its own (a new version's text): fill the submission form's, once the
      // in-app navigation has rendered it (filled before, the text went to the desk's field, and the empty required
      // field of the form then stopped the submission in the browser, with no request and no alert).
      const form = page.locator('form.submit-form');
      await page.waitForURL(/\/curate\/submit$/);
      await form.getByLabel('Policy text').fill(`${controller.document.text}\n\nWe review this policy every year.`);
      await form.getByLabel(/^Controller \(optional/).fill('cloudware');
      await form.getByRole('button', { name: 'Submit' }).click();
      // The reading runs on this server's main thread (threads: 0), the first one with the reader's warm-up, so on a
      // loaded machine the answer to the submission can take a while; a refusal shows in the form's alert.
      const refused = page.getByRole('alert');
      const refusal = refused.waitFor({ timeout: 90_000 }).then(
        () => refused.textContent(),
        () => null,
      );
      await Promise.race([
        page.waitForURL(/\/curate\/ingestions\/[^/]+$/, { timeout: 90_000 }),
        refusal.then((text) => {
          if (text !== null) throw new Error(`the submission was refused: ${text}`);
          return new Promise<never>(() => {}); // no alert: the navigation decides
        }),
      ]);
      await page.screenshot({ path: join(SCREENSHOTS, 'ingestion-laptop.png') });
      const review = page.getByRole('link', { name: /^Review the draft of Cloudware/ });
      await review.waitFor({ timeout: 60_000 });
      await expect(page.locator('.ingestion-stage').textContent()).resolves.toContain('Finished');
      await page.screenshot({ path: join(SCREENSHOTS, 'ingestion-done-laptop.png') });
      await review.click();
      await page.waitForURL(/\/curate\/drafts\/cloudware\/\d+$/);
      await page.locator('.review-card').first().waitFor();
      const before = await left(page);
      expect(before).toBeGreaterThan(0);
      await page.keyboard.press('n');
      await page.locator('.review-card.is-selected.state-proposed').waitFor();
      await page.keyboard.press('a');
      await page.waitForFunction(
        (expected) => document.querySelector('.review-counter')?.textContent?.startsWith(`${expected} of`),
        before - 1,
      );
      // The desk lists the submission with where it stands (in-app navigation: the session and cache stay).
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Curate', exact: true }).click();
      await page.waitForURL(/\/curate$/);
      const recent = page.getByTestId('recent-ingestions');
      await recent
        .getByRole('link', { name: /^Cloudware · version \d+/ })
        .first()
        .waitFor();
      await expect(recent.locator('li').first().textContent()).resolves.toMatch(/done/);
    },
    3 * TIMEOUT_MS,
  );

  it(
    'uploads a policy file to its draft, refuses an empty file and shows why an unreadable one failed',
    async () => {
      const { controller } = await graphql('{ controller(slug: "cloudpiling") { name document { text } } }');
      const page = await open();
      await signIn(page);
      const submitFile = async (name: string, mimeType: string, content: string, slug = '') => {
        await page.goto(`${server.url}/curate/submit`);
        await page.getByLabel('Upload a file').check();
        await page.getByLabel(/^File \(/).setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
        await page.getByLabel(/^Controller \(optional/).fill(slug);
        await page.getByRole('button', { name: 'Submit' }).click();
      };

      // An empty file: nothing is submitted, and the form says why.
      await submitFile('empty.txt', 'text/plain', '');
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        '“empty.txt” is empty: choose the file that holds the policy.',
      );
      expect(page.url()).toMatch(/\/curate\/submit$/);

      // A file that is read but fails: its reading ends FAILED, with the reader's code and reason.
      const failures = [
        {
          name: 'blank.html',
          mimeType: 'text/html',
          content: '<html><body><p> </p></body></html>',
          code: 'EMPTY_TEXT',
        },
        {
          name: 'broken.pdf',
          mimeType: 'application/pdf',
          content: '%PDF-1.7 not a PDF at all',
          code: 'UNREADABLE_PDF',
        },
      ];
      for (const failure of failures) {
        await submitFile(failure.name, failure.mimeType, failure.content);
        await page.waitForURL(/\/curate\/ingestions\/[^/]+$/);
        const reason = page.locator('.ingestion-status [role="alert"]');
        await reason.waitFor({ timeout: 60_000 });
        await expect(reason.textContent()).resolves.toMatch(new RegExp(`^${failure.code} \\S`));
        await expect(page.locator('.ingestion-stage').textContent()).resolves.toBe('Failed');
        expect(await page.getByRole('link', { name: /^Review the draft/ }).count()).toBe(0);
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'ingestion-failed-laptop.png') });

      // A text file, uploaded as a new version of cloudpiling: read into its draft.
      const newText = `${controller.document.text}\nWe review this policy every year.`;
      await submitFile('cloudpiling.txt', 'text/plain', newText, 'cloudpiling');
      await page.waitForURL(/\/curate\/ingestions\/[^/]+$/);
      await expect(page.locator('.pairs').textContent()).resolves.toMatch(/text\/plain/);
      const review = page.getByRole('link', { name: `Review the draft of ${controller.name} (version 2)` });
      await review.waitFor({ timeout: 60_000 });
      await review.click();
      await page.waitForURL(/\/curate\/drafts\/cloudpiling\/2$/);
      await page.locator('.review-card').first().waitFor();
    },
    TIMEOUT_MS,
  );

  it(
    'discards a draft after asking',
    async () => {
      const page = await open();
      await signIn(page);
      const text = `${NEW_TEXT}\nNog een zin.`;
      await page.getByLabel('Controller (slug, as in its URL)').fill('cluma');
      await page.getByLabel('Policy text').fill(text);
      await page.getByRole('button', { name: 'Create the draft' }).click();
      await page.waitForURL(/\/curate\/drafts\/cluma\/\d+$/);
      const version = Number(/(\d+)$/.exec(page.url())![1]);
      await page.getByRole('button', { name: 'Discard…' }).click();
      await page.getByRole('group', { name: 'Discard the draft?' }).getByRole('button', { name: 'Discard' }).click();
      await page.waitForURL(/\/curate$/);
      const { controller } = await graphql(`{ controller(slug: "cluma", version: ${version}) { id } }`);
      expect(controller).toBeNull();
    },
    TIMEOUT_MS,
  );

  it(
    'edits a draft’s controller identity: prefilled, the API’s refusal beside its field, then saved',
    async () => {
      const slug = 'it-voor-ondernemers';
      const { controller: current } = await graphql(`{ controller(slug: "${slug}") { name email document { text } } }`);
      const { policyVersionCreate } = await graphql(
        `
          mutation ($input: PolicyVersionCreateInput!) {
            policyVersionCreate(input: $input) {
              controller {
                version
                identityReview {
                  key
                }
              }
            }
          }
        `,
        { input: { controller: slug, text: `${current.document.text}\nContact: privacy@itvoorondernemers.be.` } },
      );
      const { version, identityReview } = policyVersionCreate.controller;
      const page = await open();
      await signIn(page);
      await page.goto(`${server.url}/curate/drafts/${slug}/${version}`);
      const card = page.locator(`[id="fact-${identityReview.key}"]`);
      await card.click();
      await page.waitForURL(new RegExp(`#${encodeURIComponent(identityReview.key)}$`));
      await page.keyboard.press('e');
      const form = page.getByRole('form', { name: /^Edit Controller/ });
      await expect(form.getByLabel(/^Name/).inputValue()).resolves.toBe(current.name);
      const email = form.getByLabel('E-mail');
      await expect(email.inputValue()).resolves.toBe(current.email);

      // An address that is not one: the API refuses it, and the form says so beside the field.
      await email.fill('privacy at itvoorondernemers');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await form.locator('.field-error').waitFor();
      await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(
        email.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent),
      ).resolves.toMatch(/email/i);
      expect(await seriousViolations(page)).toEqual([]);

      // A good one is saved, the card shows it, and the API has it.
      await email.fill('privacy@itvoorondernemers.be');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await form.waitFor({ state: 'detached' });
      await expect(card.textContent()).resolves.toContain('privacy@itvoorondernemers.be');
      const { controller: saved } = await graphql(
        `{ controller(slug: "${slug}", version: ${version}) { name email identityReview { source } } }`,
      );
      expect(saved).toEqual({
        name: current.name,
        email: 'privacy@itvoorondernemers.be',
        identityReview: { source: 'CURATOR' },
      });
    },
    TIMEOUT_MS,
  );

  it(
    'has no serious accessibility violation and renders the curator views at laptop and phone width',
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const created = await graphql(
        `
          mutation ($input: PolicyVersionCreateInput!) {
            policyVersionCreate(input: $input) {
              controller {
                version
              }
              userErrors {
                code
              }
            }
          }
        `,
        {
          input: {
            controller: 'cloudar',
            text: `${(await graphql('{ controller(slug: "cloudar") { document { text } } }')).controller.document.text}\nExtra.`,
          },
        },
      );
      const version = created.policyVersionCreate.controller.version;
      const report: string[] = [];
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const page = await open(viewport);
        await page.goto(`${server.url}/curate`);
        await page.getByLabel('API key').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `curate-sign-in-${name}.png`) });
        await signIn(page);
        const views = [
          { view: 'curate', path: '/curate', ready: '.draft-list li' },
          { view: 'review', path: `/curate/drafts/cloudar/${version}`, ready: '.review-card' },
          { view: 'history', path: '/controllers/cluma/history', ready: '.versions-table tbody tr' },
        ];
        for (const view of views) {
          await page.goto(`${server.url}${view.path}`);
          await page.locator(view.ready).first().waitFor();
          if (view.view === 'review') {
            await page.locator('.review-card', { hasText: 'Purpose' }).first().click();
            await page.locator('.review-card.is-selected').waitFor();
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect({ view: view.view, overflow }).toEqual({ view: view.view, overflow: 0 });
          await page.screenshot({ path: join(SCREENSHOTS, `${view.view}-${name}.png`) });
          if (view.view === 'review') {
            await page.keyboard.press('e');
            await page.locator('.edit-form').waitFor();
            await page.screenshot({ path: join(SCREENSHOTS, `review-edit-${name}.png`) });
          }
          report.push(...(await seriousViolations(page)).map((violation) => `${view.view} (${name}): ${violation}`));
        }
      }
      expect(report).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
