import { toGlobalId } from '../../src/schema/node';
import { loadSynth } from '../../src/synth';
import { createTestApi, TestApi } from '../support/test-api';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The lists that grow with the corpus (the controllers of a term or vendor, a vendor's engagements, the documents)
 * are bounded by `first`, and the controllers tied to a term or vendor page through `controllerConnection`. On the
 * seeds plus a few hundred synthetic policies, enough for the common terms to pass 100 controllers: half of the
 * synthetic policies name Google Analytics, nearly all grant the right of access.
 */
const SYNTHETIC = 300;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await loadSynth(api.dataSource, { controllers: SYNTHETIC });
}, 120_000);
afterAll(() => api?.close());

const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);

async function run(query: string, variables?: Record<string, unknown>): Promise<AnyRecord> {
  const result = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Every controller a root `controllers` filter selects, in slug order: another path to the same sets. */
async function filtered(filter: string): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const data = await run(
      `query($after: String) { controllers(first: 100, after: $after, filter: ${filter}) { pageInfo { hasNextPage endCursor } nodes { slug } } }`,
      { after },
    );
    seen.push(...slugs(data.controllers.nodes));
    after = data.controllers.pageInfo.hasNextPage ? data.controllers.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

/** The slugs an SQL statement selects (as `slug`), in the order it gives. */
async function sqlSlugs(sql: string): Promise<string[]> {
  const rows: { slug: string }[] = await api.dataSource.query(sql);
  return rows.map((r) => r.slug);
}

/**
 * For each parent type: a lookup of one term tied to many controllers, and the expected controllers in slug order,
 * computed without the fields under test (the root connection's filters, or SQL where it has no filter).
 */
const TERMS: { name: string; lookup: string; expected: () => Promise<string[]>; atLeast?: number }[] = [
  {
    name: 'a vendor',
    lookup: 'processor(slug: "google-analytics")',
    expected: () => filtered('{ processor: "google-analytics" }'),
  },
  { name: 'a right', lookup: 'right(code: ACCESS)', expected: () => filtered('{ right: ACCESS }') },
  {
    name: 'a data category',
    lookup: 'dataCategory(code: "ip-address")',
    expected: () => filtered('{ dataCategory: "ip-address" }'),
  },
  {
    name: 'a lawful basis',
    lookup: 'legalBasis(code: LEGITIMATE_INTERESTS)',
    expected: () => filtered('{ legalBasis: LEGITIMATE_INTERESTS }'),
  },
  {
    name: 'a purpose category',
    lookup: 'purposeCategory(code: "ServiceProvision")',
    expected: () => filtered('{ purposeCategory: "ServiceProvision" }'),
  },
  {
    name: 'a supervisory authority',
    lookup: 'supervisoryAuthority(slug: "gba")',
    expected: () =>
      sqlSlugs(
        `SELECT c.slug FROM controller c JOIN supervisory_authority a ON a.id = c."supervisoryAuthorityId"
         WHERE a.slug = 'gba' ORDER BY c.slug`,
      ),
  },
  {
    name: 'a recipient category',
    lookup: 'recipientCategory(code: "accountant")',
    // Each policy names a few of ten categories: about 50 controllers each here, still several pages of 7.
    atLeast: 30,
    expected: () =>
      sqlSlugs(
        `SELECT DISTINCT c.slug FROM controller c JOIN recipient_disclosure d ON d."controllerId" = c.id
         JOIN recipient_category rc ON rc.id = d."recipientCategoryId" WHERE rc.code = 'accountant' ORDER BY c.slug`,
      ),
  },
];

describe.each(TERMS)('the controllers of $name', ({ lookup, expected, atLeast = 100 }) => {
  let all: string[];
  const field = lookup.slice(0, lookup.indexOf('('));
  beforeAll(async () => {
    all = await expected();
  });

  it('has many controllers (the premise of the tests)', () => {
    expect(all.length).toBeGreaterThan(atLeast);
    expect([...all].sort()).toEqual([...new Set(all)].sort());
  });

  it('`controllers(first: n)` returns the first n in slug order; 100 by default', async () => {
    const data = await run(
      `{ one: ${lookup} { controllers(first: 1) { slug } } seven: ${lookup} { controllers(first: 7) { slug } }
         all: ${lookup} { controllers(first: 100) { slug } } byDefault: ${lookup} { controllers { slug } } }`,
    );
    expect(slugs(data.one.controllers)).toEqual(all.slice(0, 1));
    expect(slugs(data.seven.controllers)).toEqual(all.slice(0, 7));
    expect(slugs(data.all.controllers)).toEqual(all.slice(0, 100));
    expect(slugs(data.byDefault.controllers)).toEqual(all.slice(0, 100));
  });

  it('`controllers` answers the same whether it asks only for what names a controller or for more', async () => {
    const data = await run(
      `{ ${lookup} { ids: controllers(first: 7) { id }
           names: controllers(first: 7) { __typename ...Names ... on Controller { legalName website } }
           full: controllers(first: 7) { id slug version status name legalName website email dpo { name } } } }
       fragment Names on Controller { id slug version status name }`,
    );
    const { ids, names, full } = data[field];
    expect(slugs(names)).toEqual(all.slice(0, 7));
    expect(ids).toEqual(full.map(({ id }: AnyRecord) => ({ id })));
    expect(names).toEqual(
      full.map(({ email: _e, dpo: _d, ...named }: AnyRecord) => ({ __typename: 'Controller', ...named })),
    );
    expect(full.some((c: AnyRecord) => c.email !== null)).toBe(true);
  });

  it('`controllerConnection` pages forward through every controller, without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: AnyRecord = await run(
        `query($after: String) { ${lookup} { controllerConnection(first: 7, after: $after) {
           totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } nodes { slug } } } }`,
        { after },
      );
      const page = data[field].controllerConnection;
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.edges.map((e: AnyRecord) => e.node.slug)).toEqual(slugs(page.nodes));
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      seen.push(...slugs(page.nodes));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.nodes).toHaveLength(7);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(seen).toEqual(all);
  });

  it('`controllerConnection` pages backward from the end with `last`/`before`, and `first: 0` only counts', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const data: AnyRecord = await run(
        `query($before: String) { ${lookup} { controllerConnection(last: 7, before: $before) {
           totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug } } } }`,
        { before },
      );
      const page = data[field].controllerConnection;
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      seen.unshift(...slugs(page.nodes));
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.nodes).toHaveLength(7);
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
    const empty = await run(
      `{ ${lookup} { controllerConnection(first: 0) { totalCount pageInfo { hasNextPage } nodes { slug } } } }`,
    );
    expect(empty[field].controllerConnection).toEqual({
      totalCount: all.length,
      pageInfo: { hasNextPage: true },
      nodes: [],
    });
  });
});

describe('bounded lists', () => {
  it('return all the controllers of a term that has fewer than `first`', async () => {
    const data = await run('{ dataCategory(code: "biometric") { controllers(first: 100) { slug } } }');
    const biometric = await filtered('{ dataCategory: "biometric" }');
    expect(biometric.length).toBeLessThan(100);
    expect(slugs(data.dataCategory.controllers)).toEqual(biometric);
  });

  it('bound every parent of a selection on its own (one statement numbers the rows of each parent)', async () => {
    const data = await run(
      '{ rights { code controllers(first: 5) { slug } controllerConnection(first: 5) { totalCount nodes { slug } } } }',
    );
    const access = data.rights.find((r: AnyRecord) => r.code === 'ACCESS');
    expect(slugs(access.controllers)).toEqual((await filtered('{ right: ACCESS }')).slice(0, 5));
    for (const right of data.rights) {
      expect(right.controllers).toEqual(right.controllerConnection.nodes);
      expect(right.controllers).toHaveLength(Math.min(5, right.controllerConnection.totalCount));
    }
  });

  it('answer pages with different arguments in one query', async () => {
    const all = await filtered('{ right: ACCESS }');
    const first = await run('{ right(code: ACCESS) { controllerConnection(first: 3) { pageInfo { endCursor } } } }');
    const cursor = first.right.controllerConnection.pageInfo.endCursor;
    const data = await run(
      `query($after: String) { rights { code a: controllerConnection(first: 3) { nodes { slug } }
         b: controllerConnection(first: 4, after: $after) { nodes { slug } } c: controllers(first: 2) { slug } } }`,
      { after: cursor },
    );
    const access = data.rights.find((r: AnyRecord) => r.code === 'ACCESS');
    expect(slugs(access.a.nodes)).toEqual(all.slice(0, 3));
    expect(slugs(access.b.nodes)).toEqual(all.slice(3, 7));
    expect(slugs(access.c)).toEqual(all.slice(0, 2));
  });

  it('bound a vendor’s engagements, by controller slug then document order', async () => {
    const rows: { nodeKey: string }[] = await api.dataSource.query(
      `SELECT e."nodeKey" FROM processor_engagement e JOIN processor p ON p.id = e."processorId"
       JOIN controller c ON c.id = e."controllerId" WHERE p.slug = 'google-analytics' ORDER BY c.slug, e.id`,
    );
    const ids = rows.map((r) => toGlobalId('ProcessorEngagement', r.nodeKey));
    expect(ids.length).toBeGreaterThan(100);
    const data = await run(
      `{ processor(slug: "google-analytics") { three: engagements(first: 3) { id } all: engagements { id } } }`,
    );
    expect(data.processor.three.map((e: AnyRecord) => e.id)).toEqual(ids.slice(0, 3));
    expect(data.processor.all.map((e: AnyRecord) => e.id)).toEqual(ids.slice(0, 100));
  });

  it('bound the policy documents, in slug order', async () => {
    const all = await sqlSlugs('SELECT slug FROM policy_document ORDER BY slug');
    expect(all.length).toBe(SYNTHETIC + 5);
    const data = await run('{ three: policyDocuments(first: 3) { slug } byDefault: policyDocuments { slug } }');
    expect(slugs(data.three)).toEqual(all.slice(0, 3));
    expect(slugs(data.byDefault)).toEqual(all.slice(0, 100));
  });

  it('bound the vendor overlap and its lists, ranked by the count of controllers', async () => {
    const data = await run(
      `{ processorOverlap(minControllers: 1, first: 5) { controllerCount controllers(first: 2) { slug }
           engagements(first: 3) { id } processor { controllerConnection(first: 1) { totalCount } } } }`,
    );
    const overlap = data.processorOverlap;
    expect(overlap).toHaveLength(5);
    const counts = overlap.map((o: AnyRecord) => o.controllerCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(100);
    for (const o of overlap) {
      expect(o.controllerCount).toBe(o.processor.controllerConnection.totalCount);
      expect(o.controllers).toHaveLength(2);
      expect(o.engagements).toHaveLength(3);
    }
  });

  it('refuse `first` out of 0 to 100 and foreign cursors with BAD_USER_INPUT, saying what is allowed', async () => {
    const cases: [string, string][] = [
      ['{ right(code: ACCESS) { controllers(first: -1) { slug } } }', 'first must not be less than 0'],
      ['{ right(code: ACCESS) { controllers(first: 101) { slug } } }', 'first must not be greater than 100'],
      ['{ processor(slug: "google-analytics") { controllers(first: 101) { slug } } }', 'greater than 100'],
      ['{ processor(slug: "google-analytics") { engagements(first: -1) { id } } }', 'less than 0'],
      ['{ right(code: ACCESS) { controllerConnection(first: 101) { totalCount } } }', 'greater than 100'],
      ['{ processor(slug: "google-analytics") { controllerConnection(first: -1) { totalCount } } }', 'less than 0'],
      [
        '{ processor(slug: "google-analytics") { controllerConnection(last: 101) { totalCount } } }',
        'greater than 100',
      ],
      ['{ right(code: ACCESS) { controllerConnection(first: 2, last: 2) { totalCount } } }', 'not both'],
      ['{ policyDocuments(first: 101) { slug } }', 'greater than 100'],
      ['{ right(code: ACCESS) { controllerConnection(after: "nope") { totalCount } } }', 'endCursor'],
      [
        `{ processor(slug: "google-analytics") { controllerConnection(after: "${Buffer.from('cursor:v2:Controller:').toString('base64url')}") { totalCount } } }`,
        'endCursor',
      ],
      [
        `{ right(code: ACCESS) { controllerConnection(before: "${Buffer.from('cursor:v2:Processor:combell').toString('base64url')}") { totalCount } } }`,
        'startCursor',
      ],
    ];
    for (const [query, message] of cases) {
      const result = await api.run(query);
      expect({ query, code: result.errors?.[0].extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(result.errors![0].message).toContain(message);
    }
  });
});
