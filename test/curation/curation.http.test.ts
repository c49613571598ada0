import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { Role } from '../../src/auth';
import { loadExamples } from '../../src/server/playground';
import { RunningServer } from '../../src/server/start-server';
import { createTestKeys, TestKey } from '../support/keys';
import { startTestServer } from '../support/test-server';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The write path over HTTP, as a curator's tool uses it: keys in the Authorization header, the response cache on, a
 * whole policy in a mutation, and the example operations of examples/curation/ run as written.
 */
const EXAMPLES = Object.fromEntries(
  loadExamples(path.join(__dirname, '../../examples/curation')).map((e) => [e.name, e.query]),
);
const SCHEMA = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

let server: RunningServer;
let keys: Record<Role, TestKey>;
beforeAll(async () => {
  server = await startTestServer();
  keys = await createTestKeys(server.dataSource);
});
afterAll(() => server.close());

async function post(body: unknown, key?: TestKey) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: key.bearer } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-response-cache'),
    body: (await response.json()) as AnyRecord,
  };
}

const RETENTION =
  '{ controller(slug: "it-voor-ondernemers") { purposes { id revision name retention { duration } evidence { quote start end } } } }';
const directMarketing = (body: AnyRecord) =>
  body.data.controller.purposes.find((p: AnyRecord) => p.name === 'Direct marketing');

describe('curation over HTTP', () => {
  it('validates every example of examples/curation against the schema', () => {
    expect(Object.keys(EXAMPLES).length).toBeGreaterThanOrEqual(12);
    for (const [name, query] of Object.entries(EXAMPLES))
      expect({ name, errors: validate(SCHEMA, parse(query)).map((e) => e.message) }).toEqual({ name, errors: [] });
  });

  it('shows a correction to every reader at once, the response cache included', async () => {
    expect((await post({ query: RETENTION })).cache).toBe('miss');
    const cached = await post({ query: RETENTION });
    expect(cached.cache).toBe('hit');
    const before = directMarketing(cached.body);
    const evidence = before.evidence.map(({ quote, start, end }: AnyRecord) => ({ quote, start, end }));
    const corrected = await post(
      {
        query: EXAMPLES['fact-update'],
        variables: {
          input: {
            id: before.id,
            expectedRevision: before.revision,
            fact: {
              purpose: {
                name: 'Direct marketing',
                label: '(Direct) marketing',
                category: 'DirectMarketing',
                legalBases: ['CONSENT', 'LEGITIMATE_INTERESTS'],
                retention: { description: '2 jaar na het laatste contact', duration: 'P2Y' },
                evidence,
              },
            },
          },
        },
      },
      keys.CURATOR,
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.factUpdate.userErrors).toEqual([]);
    const after = await post({ query: RETENTION });
    expect(after.cache).toBe('miss');
    expect(directMarketing(after.body).retention.duration).toBe('P2Y');
  });

  it('takes a whole policy (2 million characters) in a mutation, while queries keep their 100 KB limit', async () => {
    // Cluma's policy with a long annex: its facts carry over, and the whole text is stored.
    const policy = fs.readFileSync(path.join(__dirname, '../../seeds/documents/cluma.txt'), 'utf8');
    const text = `${policy}\n${'Bijlage: wij beschermen uw gegevens. '.repeat(60_000)}`.slice(0, 1_999_000);
    const created = await post(
      { query: EXAMPLES['policy-version-create'], variables: { input: { controller: 'cluma', text } } },
      keys.CURATOR,
    );
    expect(created.status).toBe(200);
    expect(created.body.data.policyVersionCreate.userErrors).toEqual([]);
    expect(created.body.data.policyVersionCreate.controller).toMatchObject({ version: 2, status: 'DRAFT' });
    const stored: AnyRecord = await post(
      { query: '{ controller(slug: "cluma", version: 2) { document { length } } }' },
      keys.CURATOR,
    );
    expect(stored.body.data.controller.document.length).toBe(text.length);

    const big = await post({ query: RETENTION, variables: { padding: 'x'.repeat(200_000) } });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].message).toMatch(/only mutations may send/);
  });

  it('answers the viewer and refuses a reader’s write with 403 FORBIDDEN', async () => {
    const viewer = await post({ query: EXAMPLES.viewer }, keys.CURATOR);
    expect(viewer.body.data.viewer).toMatchObject({ role: 'CURATOR' });
    const refused = await post(
      { query: EXAMPLES['fact-delete'], variables: { input: { id: 'x', expectedRevision: 1 } } },
      keys.READER,
    );
    expect({ status: refused.status, code: refused.body.errors[0].extensions.code }).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('submits a policy with the example operation and reads its ingestion back', async () => {
    const text = fs.readFileSync(path.join(__dirname, '../../eval/dev/bgsnl/source.md'), 'utf8');
    const submitted = await post(
      { query: EXAMPLES['submit-policy'], variables: { input: { content: text, mediaType: 'text/markdown' } } },
      keys.CURATOR,
    );
    expect(submitted.body.data.submitPolicy).toMatchObject({
      ingestion: { status: 'QUEUED', mediaType: 'text/markdown', byteLength: Buffer.byteLength(text) },
      userErrors: [],
    });
    const id = submitted.body.data.submitPolicy.ingestion.id;
    // This server runs no ingestion worker (test/ingestion reads policies): the ingestion waits, its draft not yet made.
    const read = await post({ query: EXAMPLES.ingestion, variables: { id } }, keys.CURATOR);
    expect(read.body.data.ingestion).toMatchObject({ id, status: 'QUEUED', attempts: 0, controller: null });
    const anonymous = await post({ query: EXAMPLES.ingestion, variables: { id } });
    expect(anonymous.status).toBe(401);
  });

  it('shows the audit log to an admin, with the key and request of each change', async () => {
    const log = await post(
      { query: EXAMPLES['audit-log'], variables: { controller: 'it-voor-ondernemers' } },
      keys.ADMIN,
    );
    const update = log.body.data.auditLog.nodes.find((n: AnyRecord) => n.action === 'FACT_UPDATED');
    expect(update).toMatchObject({ actorType: 'KEY', actorRole: 'CURATOR', requestId: expect.any(String) });
    expect(update.before.retention.duration).toBe('P3Y');
    expect(update.after.retention.duration).toBe('P2Y');
  });
});
