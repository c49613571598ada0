import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../../src/auth';
import { ExtractedPolicy, ParsedDocument } from '../../src/ingest';
import { InlineReader, PolicyReader } from '../../src/jobs/policy-reader';
import { createTestKey, createTestKeys, TestKey } from '../support/keys';
import { createTestApi, TestApi } from '../support/test-api';
import { TEST_ENGINE } from '../support/test-database';
import { startTestServer } from '../support/test-server';

const ROOT = join(__dirname, '..', '..');
const source = (slug: string, file: string) => readFileSync(join(ROOT, 'eval', 'dev', slug, file));

const INGESTION = `
  fragment IngestionFields on Ingestion {
    id status stage progress attempts errorCode error warnings mediaType byteLength sha256 sourceUrl submittedBy
    document { id mediaType language length text }
    controller {
      id slug version status name enterpriseNumber email
      dpo { name email confidence reviewState evidence { quote start end } }
      supervisoryAuthority { slug }
      rights { right { code article } confidence reviewState evidence { quote start end } }
      legalBases { code }
      purposes { name confidence evidence { quote start end } }
      processors { processor { slug country } confidence evidence { quote start end } }
      evidence { quote start end }
      transparency { items { requirement status } }
      findings { code }
    }
  }`;
const SUBMIT = `mutation($input: SubmitPolicyInput!) {
  submitPolicy(input: $input) { ingestion { id status stage } userErrors { field message code } }
}`;
const READ = `query($id: ID!) { ingestion(id: $id) { ...IngestionFields } } ${INGESTION}`;

interface Ingestion {
  id: string;
  status: string;
  stage: string;
  attempts: number;
  errorCode: string | null;
  error: string | null;
  warnings: string[];
  mediaType: string;
  document: { text: string; mediaType: string; language: string } | null;
  controller: (Record<string, unknown> & { slug: string; version: number; status: string; name: string }) | null;
}

/** Every `{ quote, start, end }` anywhere in a value. */
function spans(node: unknown, found: { quote: string; start: number; end: number }[] = []) {
  if (Array.isArray(node)) node.forEach((item) => spans(item, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.start === 'number') found.push(o as never);
    Object.values(o).forEach((value) => spans(value, found));
  }
  return found;
}

/** Every `confidence` anywhere in a value. */
function confidences(node: unknown, found: number[] = []): number[] {
  if (Array.isArray(node)) node.forEach((item) => confidences(item, found));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'confidence' && typeof value === 'number') found.push(value);
      else confidences(value, found);
    }
  return found;
}

/** A reader whose extraction throws `failures` times before it works: an error of ours, not of the input. */
class FlakyReader implements PolicyReader {
  private readonly inner = new InlineReader();
  constructor(private failures: number) {}
  parse(bytes: Buffer, mediaType: string | null): Promise<ParsedDocument> {
    return this.inner.parse(bytes, mediaType);
  }
  extract(parsed: ParsedDocument): Promise<ExtractedPolicy> {
    if (this.failures-- > 0) return Promise.reject(new Error('simulated crash of the extractor'));
    return this.inner.extract(parsed);
  }
  close() {
    return Promise.resolve();
  }
}

describe(`submitPolicy and ingestion (${TEST_ENGINE})`, () => {
  let api: TestApi;
  let keys: Record<Role, TestKey>;
  const reader = new FlakyReader(0);

  beforeAll(async () => {
    api = await createTestApi({
      ingest: {
        concurrency: 2,
        pollMs: 50,
        maintenanceSeconds: 1,
        attempts: { maxAttempts: 3, retryDelaySeconds: 0, leaseSeconds: 30 },
      },
      reader,
    });
    keys = await createTestKeys(api.dataSource);
  }, 60_000);
  afterAll(() => api?.close());

  const curator = () => ({ viewer: keys[Role.CURATOR].viewer });

  async function submit(input: Record<string, unknown>) {
    const result = await api.run<{ submitPolicy: { ingestion: Ingestion | null; userErrors: unknown[] } }>(
      SUBMIT,
      { input },
      curator(),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitPolicy;
  }

  /** Polls the ingestion until it is DONE or FAILED (as a client would). */
  async function finished(id: string): Promise<Ingestion> {
    for (let i = 0; i < 300; i++) {
      const result = await api.run<{ ingestion: Ingestion }>(READ, { id }, curator());
      expect(result.errors?.map((e) => e.message)).toBeUndefined();
      const ingestion = result.data!.ingestion;
      if (ingestion.status === 'DONE' || ingestion.status === 'FAILED') return ingestion;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`ingestion ${id} did not finish`);
  }

  it('reads a Markdown policy into a draft whose every fact has exact evidence and a confidence', async () => {
    const { ingestion, userErrors } = await submit({
      content: source('postnl', 'source.md').toString('utf8'),
      mediaType: 'text/markdown',
      sourceUrl: 'https://www.postnl.nl/privacy',
    });
    expect(userErrors).toEqual([]);
    expect(ingestion).toMatchObject({ status: 'QUEUED', stage: 'QUEUED' });
    const done = await finished(ingestion!.id);
    expect(done).toMatchObject({ status: 'DONE', stage: 'FINISHED', errorCode: null, mediaType: 'text/markdown' });
    const draft = done.controller!;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(draft.name).toMatch(/PostNL/);
    expect(done.document!.mediaType).toBe('text/markdown');
    const text = done.document!.text;
    const quoted = spans(draft);
    expect(quoted.length).toBeGreaterThan(10);
    for (const span of quoted) expect(text.slice(span.start, span.end)).toBe(span.quote);
    const sure = confidences(draft);
    expect(sure.length).toBeGreaterThan(5);
    for (const value of sure) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect((draft.rights as { reviewState: string }[]).every((r) => r.reviewState === 'PROPOSED')).toBe(true);
    expect((draft.transparency as { items: unknown[] }).items.length).toBeGreaterThan(5);
  }, 60_000);

  it('reads a PDF sent as base64 (media type told from the bytes)', async () => {
    const { ingestion, userErrors } = await submit({
      content: source('que-bringue-fr', 'source.pdf').toString('base64'),
    });
    expect(userErrors).toEqual([]);
    const done = await finished(ingestion!.id);
    expect(done).toMatchObject({ status: 'DONE', mediaType: 'application/pdf' });
    expect(done.document!.language).toBe('fr');
    for (const span of spans(done.controller)) expect(done.document!.text.slice(span.start, span.end)).toBe(span.quote);
  }, 60_000);

  it('refuses at the door what it cannot read, and stores nothing', async () => {
    const before = await api.dataSource.query('SELECT COUNT(*) AS n FROM ingestion');
    expect((await submit({ content: 'x', mediaType: 'application/msword' })).userErrors).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE', field: ['input', 'mediaType'] }),
    ]);
    expect((await submit({ content: 'not base64 at all!', mediaType: 'application/pdf' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'content'] }),
    ]);
    expect((await submit({ content: 'a'.repeat(2 * 1024 * 1024 + 1), mediaType: 'text/plain' })).userErrors).toEqual([
      expect.objectContaining({ code: 'TOO_LARGE' }),
    ]);
    expect((await submit({ content: 'Privacy policy', controller: 'no-such-controller' })).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'controller'] }),
    ]);
    expect((await submit({ content: 'Privacy policy', sourceUrl: 'javascript:alert(1)' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'sourceUrl'] }),
    ]);
    expect(await api.dataSource.query('SELECT COUNT(*) AS n FROM ingestion')).toEqual(before);
  });

  it('ends FAILED with a clear reason for input that holds no policy', async () => {
    const empty = await submit({
      content: '<html><body><script>var a = 1;</script></body></html>',
      mediaType: 'text/html',
    });
    expect(await finished(empty.ingestion!.id)).toMatchObject({
      status: 'FAILED',
      errorCode: 'EMPTY_TEXT',
      attempts: 1,
    });
    const pdf = await submit({
      content: Buffer.from('%PDF-1.7 garbage').toString('base64'),
      mediaType: 'application/pdf',
    });
    expect(await finished(pdf.ingestion!.id)).toMatchObject({ status: 'FAILED', errorCode: 'UNREADABLE_PDF' });
    const anonymous = await submit({
      content: 'We process your data. You may ask us to delete it.',
      mediaType: 'text/plain',
    });
    const failed = await finished(anonymous.ingestion!.id);
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'NO_CONTROLLER', controller: null });
    expect(failed.error).toMatch(/controller/);
  }, 60_000);

  it('retries an attempt that fails on an error of ours, then succeeds', async () => {
    (reader as unknown as { failures: number }).failures = 2;
    const { ingestion } = await submit({ content: source('bgsnl', 'source.md').toString('utf8') });
    const done = await finished(ingestion!.id);
    expect(done).toMatchObject({ status: 'DONE', attempts: 3 });
    expect(done.warnings.filter((w) => /attempt \d failed: simulated crash/.test(w))).toHaveLength(2);
  }, 60_000);

  it('gives up after the last attempt with INTERNAL', async () => {
    (reader as unknown as { failures: number }).failures = 3;
    const { ingestion } = await submit({ content: source('kaniou', 'source.html').toString('utf8') });
    expect(await finished(ingestion!.id)).toMatchObject({ status: 'FAILED', errorCode: 'INTERNAL', attempts: 3 });
  }, 60_000);

  it('makes a new draft version of an existing controller, carrying over the facts still in the text', async () => {
    const cluma = readFileSync(join(ROOT, 'seeds', 'documents', 'cluma.txt'), 'utf8');
    const { ingestion } = await submit({ content: `${cluma}\n\nWijziging: nieuwe paragraaf.\n`, controller: 'cluma' });
    const done = await finished(ingestion!.id);
    expect(done.status).toBe('DONE');
    expect(done.controller).toMatchObject({ slug: 'cluma', version: 2, status: 'DRAFT' });
    const facts = await api.run<{ controller: { versions: { version: number; status: string }[] } }>(
      `{ controller(slug: "cluma") { versions { version status } } }`,
      {},
      curator(),
    );
    expect(facts.data!.controller.versions).toEqual([
      { version: 2, status: 'DRAFT' },
      { version: 1, status: 'PUBLISHED' },
    ]);
    // The curated DPO is carried over (no confidence: people made it), not replaced by the extractor's reading.
    expect(done.controller!.dpo).toMatchObject({ confidence: null, reviewState: 'PROPOSED' });
  }, 60_000);

  it('shows ingestions to curators only', async () => {
    const { ingestion } = await submit({ content: source('networking4all', 'source.md').toString('utf8') });
    const anonymous = await api.run(READ, { id: ingestion!.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader_ = await api.run(READ, { id: ingestion!.id }, { viewer: keys[Role.READER].viewer });
    expect(reader_.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const node = await api.run<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: ingestion!.id });
    expect(node.data!.node).toBeNull();
    const list = await api.run<{ ingestions: { totalCount: number; nodes: { id: string }[] } }>(
      `{ ingestions(first: 2) { totalCount nodes { id } } }`,
      {},
      curator(),
    );
    expect(list.data!.ingestions.nodes[0].id).toBe(ingestion!.id);
    expect(list.data!.ingestions.totalCount).toBeGreaterThan(5);
    await finished(ingestion!.id);
  }, 60_000);
});

describe(`a key's submission quota (${TEST_ENGINE})`, () => {
  const POLICY = 'Privacybeleid van Voorbeeld bv. Wij verwerken uw e-mailadres om u te antwoorden.';

  it('refuses a key its submissions over the hourly quota, with RATE_LIMITED, storing nothing; other keys go on', async () => {
    const api = await createTestApi({ ingest: { concurrency: 0, submissionsPerHour: 2 } });
    try {
      const keys = await createTestKeys(api.dataSource);
      const submit = async (key: TestKey) =>
        (
          await api.run<{ submitPolicy: { ingestion: { id: string } | null; userErrors: { code: string }[] } }>(
            SUBMIT,
            { input: { content: POLICY } },
            { viewer: key.viewer },
          )
        ).data!.submitPolicy;
      const count = async () =>
        (
          await api.run<{ ingestions: { totalCount: number } }>(
            `{ ingestions(first: 1) { totalCount } }`,
            {},
            {
              viewer: keys[Role.ADMIN].viewer,
            },
          )
        ).data!.ingestions.totalCount;

      expect((await submit(keys[Role.CURATOR])).userErrors).toEqual([]);
      expect((await submit(keys[Role.CURATOR])).userErrors).toEqual([]);
      const refused = await submit(keys[Role.CURATOR]);
      expect(refused.ingestion).toBeNull();
      expect(refused.userErrors).toEqual([
        {
          field: ['input'],
          code: 'RATE_LIMITED',
          message: expect.stringMatching(/submitted 2 policies in the last hour.*INGEST_SUBMISSIONS_PER_HOUR/),
        },
      ]);
      expect(await count()).toBe(2);
      // The quota is the key's: another key still submits.
      expect((await submit(keys[Role.ADMIN])).userErrors).toEqual([]);
      expect(await count()).toBe(3);
    } finally {
      await api.close();
    }
  }, 60_000);

  it('answers 429 with RATE_LIMITED on POST /ingestions over the quota', async () => {
    const server = await startTestServer({ ingest: { concurrency: 0, submissionsPerHour: 1 } });
    try {
      const key = await createTestKey(server.dataSource, Role.CURATOR);
      const upload = () =>
        fetch(`${server.url}/ingestions`, {
          method: 'POST',
          headers: { authorization: key.bearer, 'content-type': 'text/plain' },
          body: POLICY,
        });
      expect((await upload()).status).toBe(202);
      const refused = await upload();
      expect(refused.status).toBe(429);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await server.close();
    }
  }, 60_000);
});
