import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuthorityReference, SupervisoryAuthority } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => AuthorityReference)
export class AuthorityReferenceResolver extends FactResolver(AuthorityReference) {
  @FieldResolver(() => SupervisoryAuthority, { description: 'The authority meant, under its current name.' })
  authority(@Root() reference: AuthorityReference, @Ctx() { loaders }: Context): Promise<SupervisoryAuthority | null> {
    return loaders.authority.load(reference.supervisoryAuthorityId);
  }
}
