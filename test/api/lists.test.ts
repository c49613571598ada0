import { createTestApi, TestApi } from '../support/test-api';
import { CONTROLLER_SLUGS, LISTS_OPERATION } from '../support/operations';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);

async function controllerSlugs(filter: string): Promise<string[]> {
  const result = await api.run<{ controllers: { nodes: { slug: string }[] } }>(
    `{ controllers(first: 100, filter: ${filter}) { nodes { slug } } }`,
  );
  expect(result.errors).toBeUndefined();
  return slugs(result.data!.controllers.nodes);
}

describe('query Lists (the contract operation)', () => {
  let data: AnyRecord;
  beforeAll(async () => {
    const id = Buffer.from('Controller:cluma').toString('base64url');
    const result = await api.run(LISTS_OPERATION(id));
    expect(result.errors).toBeUndefined();
    data = result.data!;
  });

  it('pages controllers that process IP addresses (all but CloudPiling, whose policy never names them)', () => {
    const { controllers } = data;
    expect(controllers.totalCount).toBe(4);
    expect(slugs(controllers.nodes)).toEqual(['cloudar', 'cloudware']);
    expect(controllers.edges.map((e: AnyRecord) => e.node.slug)).toEqual(['cloudar', 'cloudware']);
    expect(controllers.pageInfo).toEqual({ hasNextPage: true, endCursor: controllers.edges[1].cursor });
  });

  it('answers which vendors receive data, from whom, and what data', () => {
    const combell = data.processors.nodes.find((p: AnyRecord) => p.slug === 'combell');
    expect(combell.controllers).toEqual([{ slug: 'cluma' }]);
    expect(combell.dataCategories.length).toBeGreaterThan(0);
    expect(data.processors.totalCount).toBe(data.processors.nodes.length);
    expect(data.processor).toEqual({ name: 'Combell', controllers: [{ slug: 'cluma', name: 'Cluma' }] });
  });

  it('lists the taxonomy with the controllers tied to each term', () => {
    const ip = data.dataCategories.find((c: AnyRecord) => c.code === 'ip-address');
    expect(ip).toMatchObject({ name: 'IP address', special: false, dpv: 'https://w3id.org/dpv/pd#IPAddress' });
    expect(slugs(ip.controllers).sort()).toEqual(CONTROLLER_SLUGS.filter((slug) => slug !== 'cloudpiling'));
    expect(data.dataCategory).toEqual({ controllers: [{ slug: 'cloudware' }] });
  });

  it('lists exactly the six lawful bases and the rights, with articles', () => {
    expect(data.legalBases.map((b: AnyRecord) => `${b.code} ${b.article}`)).toEqual([
      'CONSENT 6(1)(a)',
      'CONTRACT 6(1)(b)',
      'LEGAL_OBLIGATION 6(1)(c)',
      'VITAL_INTERESTS 6(1)(d)',
      'PUBLIC_TASK 6(1)(e)',
      'LEGITIMATE_INTERESTS 6(1)(f)',
    ]);
    const access = data.rights.find((r: AnyRecord) => r.code === 'ACCESS');
    expect(access.article).toBe('15');
    expect(slugs(access.controllers).sort()).toEqual(CONTROLLER_SLUGS);
  });

  it('has one Belgian authority that all five policies refer to, under whatever name', () => {
    expect(data.supervisoryAuthorities).toHaveLength(1);
    expect(data.supervisoryAuthorities[0].slug).toBe('gba');
    expect(slugs(data.supervisoryAuthorities[0].controllers).sort()).toEqual(CONTROLLER_SLUGS);
  });

  it('lists the documents with their language and controller, and resolves a global id', () => {
    expect(data.policyDocuments.map((d: AnyRecord) => `${d.slug} ${d.language} ${d.controller.slug}`)).toEqual([
      'cloudar en cloudar',
      'cloudpiling nl cloudpiling',
      'cloudware nl cloudware',
      'cluma nl cluma',
      'it-voor-ondernemers nl it-voor-ondernemers',
    ]);
    expect(data.node).toEqual({ id: Buffer.from('Controller:cluma').toString('base64url'), slug: 'cluma' });
  });
});

describe('pagination', () => {
  it('walks every page forward with no duplicates or gaps, whatever the page size', async () => {
    for (const first of [1, 2, 3, 5]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: AnyRecord = await api.run(
          `query Page($first: Int!, $after: String) { controllers(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } } }`,
          { first, after },
        );
        expect(result.errors).toBeUndefined();
        const { nodes, pageInfo } = result.data.controllers;
        seen.push(...slugs(nodes));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(seen).toEqual(CONTROLLER_SLUGS);
    }
  });

  it('pages vendors the same way', async () => {
    const all: AnyRecord = await api.run('{ processors(first: 100) { nodes { slug } } }');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: AnyRecord = await api.run(
        'query($after: String) { processors(first: 4, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } } }',
        { after },
      );
      seen.push(...slugs(result.data.processors.nodes));
      after = result.data.processors.pageInfo.hasNextPage ? result.data.processors.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(slugs(all.data.processors.nodes));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('Relay pagination details', () => {
  const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String) {
    controllers(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug } } }`;
  const page = async (variables: Record<string, unknown>) => {
    const result: AnyRecord = await api.run(PAGE, variables);
    expect(result.errors).toBeUndefined();
    return result.data.controllers;
  };

  it('counts every match on every page: totalCount does not change with the cursor', async () => {
    let after: string | null = null;
    const counts: number[] = [];
    do {
      const current: AnyRecord = await page({ first: 2, after });
      counts.push(current.totalCount);
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after);
    expect(counts).toEqual([5, 5, 5]);
    const vendors: AnyRecord = await api.run(
      'query($after: String) { processors(first: 2, after: $after) { totalCount pageInfo { endCursor } } }',
      { after: null },
    );
    const next: AnyRecord = await api.run(
      'query($after: String) { processors(first: 2, after: $after) { totalCount } }',
      { after: vendors.data.processors.pageInfo.endCursor },
    );
    expect(next.data.processors.totalCount).toBe(vendors.data.processors.totalCount);
  });

  it('pages backward with last/before, as the forward walk in reverse', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    let current: AnyRecord;
    do {
      current = await page({ last: 2, before });
      expect(current.totalCount).toBe(5);
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      seen.unshift(...slugs(current.nodes));
      before = current.pageInfo.startCursor;
    } while (current.pageInfo.hasPreviousPage);
    expect(seen).toEqual(CONTROLLER_SLUGS);
    expect(slugs((await page({ last: 2 })).nodes)).toEqual(CONTROLLER_SLUGS.slice(-2));
  });

  it('reads the window between two cursors', async () => {
    const first = await page({ first: 1 });
    const last = await page({ last: 1 });
    const between = await page({ after: first.pageInfo.endCursor, before: last.pageInfo.startCursor });
    expect(slugs(between.nodes)).toEqual(CONTROLLER_SLUGS.slice(1, -1));
  });

  it('takes first: 0 (the count without the items) and 20 when neither first nor last is given', async () => {
    expect(await page({ first: 0 })).toEqual({
      totalCount: 5,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      nodes: [],
    });
    expect(slugs((await page({})).nodes)).toEqual(CONTROLLER_SLUGS);
  });

  it('refuses first with last, and a cursor of another list, with BAD_USER_INPUT', async () => {
    const vendors: AnyRecord = await api.run('{ processors(first: 1) { pageInfo { endCursor } } }');
    const cursor = vendors.data.processors.pageInfo.endCursor;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ first: 2, last: 2 }, /`first` .* or `last` .*, not both/],
      [{ after: cursor }, /`after` is not a cursor of this list \(Controller items\)/],
      [{ last: 1, before: cursor }, /`before` is not a cursor of this list .* `startCursor`/],
      [{ first: 101 }, /first must not be greater than 100/],
      [{ last: -1 }, /last must not be less than 0/],
    ];
    for (const [variables, message] of cases) {
      const result = await api.run(PAGE, variables);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
    }
  });

  it('resolves at most 100 ids in nodes(ids:) and refuses more with BAD_USER_INPUT', async () => {
    const id = Buffer.from('Controller:cluma').toString('base64url');
    const hundred: AnyRecord = await api.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array(100).fill(id),
    });
    expect(hundred.data.nodes).toHaveLength(100);
    const more = await api.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(id) });
    expect(more.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(more.errors?.[0].message).toMatch(/at most 100 ids/);
  });
});

describe('controller filters', () => {
  it('by data category (biometric is only in Cloudware’s policy)', async () => {
    expect(await controllerSlugs('{ dataCategory: "biometric" }')).toEqual(['cloudware']);
  });

  it('by processor', async () => {
    expect(await controllerSlugs('{ processor: "aws" }')).toEqual(['cloudar']);
    expect(await controllerSlugs('{ processor: "mollie" }')).toEqual(['cluma']);
  });

  it('by legal basis (stated in general or for a purpose)', async () => {
    expect(await controllerSlugs('{ legalBasis: VITAL_INTERESTS }')).toEqual(['cloudware']);
    expect(await controllerSlugs('{ legalBasis: LEGITIMATE_INTERESTS }')).toEqual(
      expect.arrayContaining(['cloudpiling', 'it-voor-ondernemers']),
    );
  });

  it('by right, purpose category, language and DPO', async () => {
    expect(await controllerSlugs('{ right: ACCESS }')).toEqual(CONTROLLER_SLUGS);
    expect(await controllerSlugs('{ purposeCategory: "VendorManagement" }')).toEqual(['it-voor-ondernemers']);
    expect(await controllerSlugs('{ language: "en" }')).toEqual(['cloudar']);
    expect(await controllerSlugs('{ hasDpo: true }')).toEqual(['cloudar', 'cloudware', 'cluma']);
    expect(await controllerSlugs('{ hasDpo: false }')).toEqual(['cloudpiling', 'it-voor-ondernemers']);
  });

  it('by name, case-insensitively, with % and _ matching themselves', async () => {
    expect(await controllerSlugs('{ name: "CLOUD" }')).toEqual(['cloudar', 'cloudpiling', 'cloudware']);
    expect(await controllerSlugs('{ name: "engineering" }')).toEqual(['cluma']);
    expect(await controllerSlugs('{ name: "%" }')).toEqual([]);
    expect(await controllerSlugs('{ name: "_" }')).toEqual([]);
    expect(await controllerSlugs(`{ name: "' OR 1=1 --" }`)).toEqual([]);
  });

  it('combines filters (every one must hold)', async () => {
    expect(await controllerSlugs('{ dataCategory: "ip-address", language: "nl", hasDpo: true }')).toEqual([
      'cloudware',
      'cluma',
    ]);
  });

  it('filters vendors by controller, data category and role', async () => {
    const result: AnyRecord = await api.run(
      `{ a: processors(filter: { controller: "cluma", role: DATA_SOURCE }) { nodes { slug } }
         b: processors(filter: { controller: "cloudar" }) { nodes { slug } } }`,
    );
    expect(slugs(result.data.a.nodes)).toEqual(['facebook', 'facebook-ads', 'google-ads', 'google-analytics']);
    expect(slugs(result.data.b.nodes)).toEqual(['aws']);
  });
});

describe('search', () => {
  it('finds passages by words, ranked, with offsets into the document and a safe highlighted snippet', async () => {
    const result: AnyRecord = await api.run(
      `{ search(query: "gegevensbeschermingsautoriteit", first: 10) {
           document { slug text } controller { slug } text start end highlights { start end } snippet rank } }`,
    );
    expect(result.errors).toBeUndefined();
    const hits = result.data.search;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h: AnyRecord) => h.controller.slug))).toEqual(
      new Set(['cloudpiling', 'cluma', 'it-voor-ondernemers']),
    );
    for (const hit of hits) {
      expect(hit.document.text.slice(hit.start, hit.end)).toBe(hit.text);
      for (const h of hit.highlights)
        expect(hit.document.text.slice(h.start, h.end).toLowerCase()).toContain('gegevensbeschermingsautoriteit');
      expect(hit.snippet).toContain('<mark>');
    }
    const ranks = hits.map((h: AnyRecord) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('reads user input as words, never as FTS syntax', async () => {
    const result: AnyRecord = await api.run(
      `{ search(query: "biometrische \\"gegevens OR NEAR(*", first: 5) { controller { slug } } }`,
    );
    expect(result.errors).toBeUndefined();
    const none: AnyRecord = await api.run('{ search(query: "*** ()") { text } }');
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
