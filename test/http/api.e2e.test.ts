import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { RunningServer } from '../../src/server/start-server';
import { multipliedSeeds } from '../support/seed-fixtures';
import { startTestServer } from '../support/test-server';
import { CONTROLLER_OPERATION, CONTROLLER_SLUGS, LISTS_OPERATION } from '../support/operations';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A current client: it accepts the GraphQL response media type, so request errors come with their 4xx status. */
async function post(query: string, variables?: Record<string, unknown>, target: RunningServer = server) {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as AnyRecord };
}

const schemaSdl = fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
const ROOT_FIELD_QUERIES: Record<string, string> = {
  controller: '{ controller(slug: "cloudar") { slug } }',
  controllers: '{ controllers(first: 3) { totalCount nodes { slug } } }',
  processor: '{ processor(slug: "mollie") { slug } }',
  processors: '{ processors(first: 3) { totalCount nodes { slug } } }',
  dataCategories: '{ dataCategories { code } }',
  dataCategory: '{ dataCategory(code: "nationality") { code } }',
  legalBases: '{ legalBases { code } }',
  legalBasis: '{ legalBasis(code: CONTRACT) { code } }',
  rights: '{ rights { code } }',
  right: '{ right(code: PORTABILITY) { code } }',
  purposeCategories: '{ purposeCategories { code } }',
  purposeCategory: '{ purposeCategory(code: "Marketing") { code } }',
  recipientCategories: '{ recipientCategories { code } }',
  recipientCategory: '{ recipientCategory(code: "accountant") { code } }',
  supervisoryAuthorities: '{ supervisoryAuthorities { slug } }',
  supervisoryAuthority: '{ supervisoryAuthority(slug: "gba") { slug } }',
  policyDocuments: '{ policyDocuments { slug } }',
  policyDocument: '{ policyDocument(slug: "cluma") { slug } }',
  node: `{ node(id: "${Buffer.from('Processor:aws').toString('base64url')}") { id ... on Processor { slug } } }`,
  nodes: `{ nodes(ids: ["${Buffer.from('Right:ACCESS').toString('base64url')}", "bm9wZQ"]) { id } }`,
  search: '{ search(query: "bewaren", first: 3) { start end } }',
  compare: '{ compare(controllers: ["cluma", "cloudar"]) { controllers { slug } rights { rows { key } } } }',
  processorOverlap: '{ processorOverlap(minControllers: 1) { processor { slug } controllers { slug } } }',
  viewer: '{ viewer { role } }', // null: these requests send no API key (see test/auth)
  auditLog: '{ auditLog(first: 1) { totalCount } }', // refused without an admin's key (see test/auth)
  ingestion: `{ ingestion(id: "${Buffer.from('Ingestion:nope').toString('base64url')}") { status } }`, // curators only
  ingestions: '{ ingestions(first: 1) { totalCount } }', // curators only (see test/auth, test/ingestion)
};

describe('over HTTP', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('serves every root field of the schema', async () => {
    const rootFields = Object.keys(buildSchema(schemaSdl).getQueryType()!.getFields()).sort();
    expect(Object.keys(ROOT_FIELD_QUERIES).sort()).toEqual(rootFields);
    for (const [field, query] of Object.entries(ROOT_FIELD_QUERIES)) {
      const { status, body } = await post(query);
      if (['auditLog', 'ingestion', 'ingestions'].includes(field)) {
        expect({ status, code: body.errors?.[0].extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
        continue;
      }
      expect({ field, status, errors: body.errors }).toEqual({ field, status: 200, errors: undefined });
      const value = body.data[field];
      if (field === 'viewer') expect(value).toBeNull();
      else expect(Array.isArray(value) ? value.length : value).toBeTruthy();
    }
  });

  it('answers the two contract operations', async () => {
    for (const slug of CONTROLLER_SLUGS) {
      const { body } = await post(CONTROLLER_OPERATION, { slug });
      expect(body.errors).toBeUndefined();
      expect(body.data.controller.slug).toBe(slug);
    }
    const { body } = await post(LISTS_OPERATION(Buffer.from('Controller:cloudar').toString('base64url')));
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toMatchObject({ slug: 'cloudar' });
  });

  it('answers queries sent with GET', async () => {
    const query = encodeURIComponent('{ controller(slug: "cluma") { name } }');
    // A GET must say it is not a simple cross-site request (Apollo's CSRF prevention), as GraphQL clients do.
    const response = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { controller: { name: 'Cluma' } }, extensions: { cost: 2 } });
  });

  it('pages forward through all controllers with no duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body } = await post(
        'query($after: String) { controllers(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } } }',
        {
          after,
        },
      );
      seen.push(...body.data.controllers.nodes.map((n: AnyRecord) => n.slug));
      after = body.data.controllers.pageInfo.hasNextPage ? body.data.controllers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(CONTROLLER_SLUGS);
  });

  it('filters and searches', async () => {
    const { body } = await post(
      `{ a: controllers(filter: { processor: "combell", hasDpo: true, language: "nl", legalBasis: CONSENT, right: ERASURE,
                                  purposeCategory: "DirectMarketing", dataCategory: "bank-account", name: "clu" }) { nodes { slug } }
         b: processors(filter: { dataCategory: "uploaded-content" }) { nodes { slug } }
         c: search(query: "Drukpersstraat", first: 10) { controller { slug } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.a.nodes).toEqual([{ slug: 'cluma' }]);
    expect(body.data.b.nodes).toEqual([{ slug: 'combell' }]);
    expect(new Set(body.data.c.map((h: AnyRecord) => h.controller.slug))).toEqual(
      new Set(['cloudar', 'cloudpiling', 'cloudware', 'it-voor-ondernemers']),
    );
  });

  it('gives error codes: BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED, with a request id', async () => {
    const tooMany = await post('{ controllers(first: 1000) { nodes { slug } } }');
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    expect(tooMany.body.errors[0].message).toContain('first must not be greater than 100');
    const badCursor = await post('{ controllers(after: "forged") { nodes { slug } } }');
    expect(badCursor.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await post('{ controller(slug: "cluma") { password } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const syntax = await post('{ controller(slug: ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('runs as many SQL statements for a nested query at 30 controllers as at 5', async () => {
    // A vendor's `controllers` costs its `first` (100 by default) per vendor: 10 keeps the query within the cost limit.
    const query = `{ controllers(first: 30) { nodes { slug dpo { name } rights { right { code } evidence { quote } }
      processors { processor { slug controllers(first: 10) { slug } } } purposes { legalBases { code } dataCategories { code } } } } }`;
    const large = await startTestServer({ seedsDir: multipliedSeeds(6) });
    try {
      const count = async (target: RunningServer) => {
        const before = target.statementCount();
        const { body } = await post(query, undefined, target);
        expect(body.errors).toBeUndefined();
        return { rows: body.data.controllers.nodes.length, statements: target.statementCount() - before };
      };
      const small = await count(server);
      const big = await count(large);
      expect([small.rows, big.rows]).toEqual([5, 30]);
      expect(big.statements).toBe(small.statements);
    } finally {
      await large.close();
    }
  });
});

describe('examples/*.graphql', () => {
  const dir = path.join(__dirname, '../../examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));

  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files)('%s is valid against the schema and runs without errors', async (file) => {
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(validate(buildSchema(schemaSdl), parse(query)).map((e) => e.message)).toEqual([]);
    const { body } = await post(query);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null))).toBe(true);
  });
});
