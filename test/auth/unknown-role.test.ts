import { Authorized, Query, Resolver } from 'type-graphql';
import { resolvers } from '../../src/resolvers';
import { createSchema } from '../../src/schema/build-schema';

// A guard with a typo: the schema must not build, rather than refuse every request at run time.
@Resolver()
class TypoResolver {
  @Authorized('CURATR')
  @Query(() => String)
  typo(): string {
    return 'never';
  }
}

it('refuses to build a schema whose guard names an unknown role, naming the field', async () => {
  await expect(createSchema({ resolvers: [...resolvers, TypoResolver] })).rejects.toThrow(
    new Error('@Authorized on TypoResolver.typo names unknown role(s) CURATR; expected READER, CURATOR, ADMIN'),
  );
});
