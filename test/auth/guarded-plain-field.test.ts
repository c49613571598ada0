import { graphql, GraphQLObjectType } from 'graphql';
import { Authorized, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../src/auth';
import { resolvers } from '../../src/resolvers';
import { createSchema } from '../../src/schema/build-schema';

// Plain fields are read by graphql's default resolver (see useSimpleResolvers); a plain field with a guard must keep
// type-graphql's resolver, or its guard would never run.
@ObjectType()
class Ledger {
  @Field()
  title!: string;

  @Authorized(Role.ADMIN)
  @Field()
  balance!: string;
}

@Resolver()
class LedgerResolver {
  @Query(() => Ledger)
  ledger(): Ledger {
    return Object.assign(new Ledger(), { title: 'open', balance: 'secret' });
  }
}

const viewer = (role: Role) => ({ role, name: 'Test', keyPrefix: 'pg_test', keyId: 1 });

describe('plain fields with and without a guard', () => {
  it('reads a plain field with the default resolver, and still guards a guarded one', async () => {
    const schema = await createSchema({ resolvers: [...resolvers, LedgerResolver] });
    const fields = schema.getType('Ledger') as GraphQLObjectType;
    expect(fields.getFields().title.resolve).toBeUndefined();
    expect(fields.getFields().balance.resolve).toBeDefined();

    const anonymous = await graphql({
      schema,
      source: '{ ledger { title balance } }',
      contextValue: { viewer: null },
    });
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const open = await graphql({ schema, source: '{ ledger { title } }', contextValue: { viewer: null } });
    expect(open).toEqual({ data: { ledger: { title: 'open' } } });

    const admin = await graphql({
      schema,
      source: '{ ledger { title balance } }',
      contextValue: { viewer: viewer(Role.ADMIN) },
    });
    expect(admin).toEqual({ data: { ledger: { title: 'open', balance: 'secret' } } });
  });
});
