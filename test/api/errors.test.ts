import { createTestApi, TestApi } from '../support/test-api';
import { TEST_ENGINE } from '../support/test-database';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const firstError = async (query: string, variables?: Record<string, unknown>) => {
  const result = await api.run(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
};

describe('error codes and messages a client relies on', () => {
  it('refuses a page size over 100 with BAD_USER_INPUT saying what is allowed', async () => {
    const error = await firstError('{ controllers(first: 1000) { nodes { slug } } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Invalid argument: first must not be greater than 100.');
  });

  it('refuses a page size below 0, also through variables', async () => {
    const error = await firstError('query($n: Int!) { processors(first: $n) { nodes { slug } } }', { n: -1 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Invalid argument: first must not be less than 0.');
  });

  it('refuses a cursor it did not hand out', async () => {
    for (const after of ['garbage', Buffer.from('cursor:v2:cluma').toString('base64url'), 'x'.repeat(301), '!!!']) {
      const error = await firstError('query($after: String) { controllers(after: $after) { nodes { slug } } }', {
        after,
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/after/);
    }
  });

  it('validates nested filter input', async () => {
    const error = await firstError('{ controllers(filter: { language: "dutch" }) { nodes { slug } } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('language');
  });

  it('names the allowed values of an enum argument', async () => {
    const error = await firstError('{ controllers(filter: { legalBasis: MAGIC }) { nodes { slug } } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers null, not an error, for unknown slugs, codes and ids', async () => {
    const result = await api.run(
      `{ controller(slug: "nope") { slug } processor(slug: "nope") { slug } dataCategory(code: "nope") { code }
         policyDocument(slug: "nope") { slug } supervisoryAuthority(slug: "nope") { slug }
         a: node(id: "bm9wZQ") { id } b: node(id: "Q29udHJvbGxlcjpub3Bl") { id } c: node(id: "%%%") { id } }`,
    );
    expect(result).toEqual({
      data: {
        controller: null,
        processor: null,
        dataCategory: null,
        policyDocument: null,
        supervisoryAuthority: null,
        a: null,
        b: null,
        c: null,
      },
    });
  });
});

describe('internal errors in production', () => {
  it('are masked: no SQL, no stack, only a code', async () => {
    const production = await createTestApi({ production: true });
    try {
      // PostgreSQL refuses to drop a table that foreign keys point to unless told to CASCADE; SQLite has no CASCADE.
      await production.dataSource.query(`DROP TABLE purpose${TEST_ENGINE === 'postgres' ? ' CASCADE' : ''}`);
      const result = await production.run('{ controller(slug: "cluma") { purposes { name } } }');
      const error = result.errors![0];
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error.message).not.toMatch(/purpose|SQL|SELECT|sqlite/i);
    } finally {
      await production.close();
    }
  });
});
