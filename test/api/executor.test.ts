import { parse } from 'graphql';
import { isCompiledQuery } from 'graphql-jit';
import { createLoaders } from '../../src/dataloaders';
import { CompiledOperations } from '../../src/server/jit-executor';
import { CONTROLLER_OPERATION, CONTROLLER_SLUGS, LISTS_OPERATION } from '../support/operations';
import { createTestApi, TestApi, testSchema } from '../support/test-api';

/**
 * graphql-jit executes operations (src/server/jit-executor.ts; GRAPHQL_EXECUTOR=graphql-js switches back). It must answer exactly as
 * graphql-js's `execute` does: the same data, the same errors (messages, codes, paths, locations), for the same
 * operations, over the same seeds.
 */
let jit: TestApi;
let js: TestApi;
beforeAll(async () => {
  [jit, js] = await Promise.all([createTestApi({ executor: 'jit' }), createTestApi({ executor: 'graphql-js' })]);
});
afterAll(() => Promise.all([jit?.close(), js?.close()]));

const nodeId = (typeName: string, key: string) => Buffer.from(`${typeName}:${key}`).toString('base64url');

const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  ...CONTROLLER_SLUGS.map((slug): [string, string, Record<string, unknown>] => [
    `Controller ${slug}`,
    CONTROLLER_OPERATION,
    { slug },
  ]),
  ['Lists', LISTS_OPERATION(nodeId('Controller', 'cluma'))],
  [
    'controllers with their facts (bench b)',
    `{ controllers(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { slug name dpo { name email }
      rights { right { code } } processors { processor { slug name } service } dataCategories { label category { code } }
      purposes { name legalBases { code } retention { duration } } } } }`,
  ],
  [
    'processors with controllers (bench c)',
    `{ processors(first: 20) { nodes { slug name country controllers { slug name } } } }`,
  ],
  [
    'a filter, aliases, fragments, @include and @skip, __typename',
    `query Q($withCount: Boolean!, $skipNodes: Boolean = false) {
      ip: controllers(first: 2, filter: { dataCategory: "ip-address" }) { totalCount @include(if: $withCount)
        nodes @skip(if: $skipNodes) { __typename ...Names legalBases { code } } }
      node(id: "${nodeId('Controller', 'cloudar')}") { __typename id ... on Controller { ...Names } }
    }
    fragment Names on Controller { slug name }`,
    { withCount: true },
  ],
  ['a default value of a non-null variable', `query D($slug: String! = "cluma") { controller(slug: $slug) { slug } }`],
  ['no such controller', `{ controller(slug: "nobody") { slug } }`],
  ['drafts for a reader: FORBIDDEN', `{ controllers(filter: { status: DRAFT }) { nodes { slug } } }`],
  ['a bad global id', `{ node(id: "not-an-id") { id } }`],
  ['a variable of the wrong type', `query V($slug: String!) { controller(slug: $slug) { slug } }`, { slug: 42 }],
  ['a missing variable', `query V($slug: String!) { controller(slug: $slug) { slug } }`],
];

describe('graphql-jit answers as graphql-js does', () => {
  // Every row has its variables (jest passes a row of two a `done` callback as the third argument).
  it.each(OPERATIONS.map(([name, query, variables]) => [name, query, variables ?? {}] as const))(
    '%s',
    async (_name, query, variables) => {
      const [compiled, interpreted] = await Promise.all([jit.run(query, variables), js.run(query, variables)]);
      expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(interpreted)));
    },
  );

  it('answers with data (the comparison above is not of two empty answers)', async () => {
    const result = await jit.run<{ controller: { slug: string; rights: unknown[] } }>(CONTROLLER_OPERATION, {
      slug: 'cluma',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.controller.slug).toBe('cluma');
    expect(result.data!.controller.rights.length).toBeGreaterThan(0);
  });

  it('keeps the code of a resolver’s error and the path of its field', async () => {
    const result = await jit.run(`{ controllers(filter: { status: DRAFT }) { nodes { slug } } }`);
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['controllers'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });
});

describe('compiled operations', () => {
  it('runs an operation with graphql-js the first time, compiles it the second', async () => {
    const operations = new CompiledOperations(await testSchema());
    const document = parse(`{ controller(slug: "cluma") { slug } }`);
    const context = { loaders: createLoaders(jit.dataSource), dataSource: jit.dataSource, viewer: null };
    expect((await operations.execute(document, null, context, {})).data).toEqual({ controller: { slug: 'cluma' } });
    expect(operations.isCompiled(document, null)).toBe(false);
    expect((await operations.execute(document, null, context, {})).data).toEqual({ controller: { slug: 'cluma' } });
    expect(operations.isCompiled(document, null)).toBe(true);
  });

  it('compiles a document once per operation name and finds it again', async () => {
    const operations = new CompiledOperations(await testSchema());
    const document = parse(
      `query A { controllers(first: 1) { nodes { slug } } } query B { processors { nodes { slug } } }`,
    );
    const a = operations.get(document, 'A');
    expect(isCompiledQuery(a)).toBe(true);
    expect(operations.get(document, 'A')).toBe(a);
    expect(operations.get(document, 'B')).not.toBe(a);
    expect(operations.size).toBe(1);
  });

  it('keeps the most recently used documents only', async () => {
    const operations = new CompiledOperations(await testSchema(), { max: 2 });
    const documents = [1, 2, 3].map((n) => parse(`{ controllers(first: ${n}) { nodes { slug } } }`));
    const first = operations.get(documents[0], null);
    operations.get(documents[1], null);
    operations.get(documents[2], null);
    expect(operations.size).toBe(2);
    expect(operations.get(documents[0], null)).not.toBe(first);
  });

  it('answers an operation name the document does not have with an error, not a crash', async () => {
    const operations = new CompiledOperations(await testSchema(), { compileAfter: 0 });
    const result = await operations.execute(parse(`query A { controllers { nodes { slug } } }`), 'Nope', {}, {});
    expect(result.errors?.map((e) => e.message)).toEqual([expect.stringContaining('Nope')]);
  });
});
