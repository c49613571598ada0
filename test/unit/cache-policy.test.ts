import { buildSchema, parse } from 'graphql';
import { operationCachePolicy } from '../../src/server/cache-policy';
import { testSchema } from '../support/test-api';

const schema = buildSchema(`
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean)
    on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    policy: Policy
    me: Account @cacheControl(scope: PRIVATE)
    news: [Headline!]! @cacheControl(maxAge: 30)
    wrapper: Wrapper
  }
  type Mutation { touch: Boolean }
  type Policy { name: String vendor: Vendor updatedAt: String @cacheControl(maxAge: 10) }
  type Vendor @cacheControl(maxAge: 120) { name: String }
  type Account { email: String }
  type Headline { title: String }
  type Wrapper @cacheControl(maxAge: 600) { policy: Policy @cacheControl(inheritMaxAge: true) other: Policy }
`);

const policyOf = (query: string, operationName?: string) =>
  operationCachePolicy(schema, parse(query), operationName, 300);

describe('the cache policy of an operation (Apollo cache-control rules, computed before it runs)', () => {
  it('gives the default to root and object fields, and takes the lowest hint of the fields asked', () => {
    expect(policyOf('{ policy { name } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policyOf('{ policy { name vendor { name } } }')).toEqual({ maxAge: 120, scope: 'PUBLIC' });
    expect(policyOf('{ policy { name updatedAt } }')).toEqual({ maxAge: 10, scope: 'PUBLIC' });
    expect(policyOf('{ news { title } }')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it('is private when any field is, and uncacheable for mutations', () => {
    expect(policyOf('{ policy { name } me { email } }')).toEqual({ maxAge: 300, scope: 'PRIVATE' });
    expect(policyOf('mutation { touch }').maxAge).toBe(0);
  });

  it('follows fragments, counts only the operation that runs, and honours inheritMaxAge', () => {
    expect(policyOf('{ policy { ...F } } fragment F on Policy { vendor { name } }')).toEqual({
      maxAge: 120,
      scope: 'PUBLIC',
    });
    expect(policyOf('query A { policy { name } } query B { news { title } }', 'A').maxAge).toBe(300);
    expect(policyOf('query A { policy { name } } query B { news { title } }', 'B').maxAge).toBe(30);
    expect(policyOf('{ wrapper { policy { name } } }').maxAge).toBe(600);
    expect(policyOf('{ wrapper { other { name } } }').maxAge).toBe(300);
  });

  it('gives every operation of the real schema five minutes, public (it has no hints)', async () => {
    const real = await testSchema();
    const query = '{ controllers(first: 2) { nodes { slug dpo { name } rights { right { code } } } } }';
    expect(operationCachePolicy(real, parse(query), undefined, 300)).toEqual({ maxAge: 300, scope: 'PUBLIC' });
  });
});
