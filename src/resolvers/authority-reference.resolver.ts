import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuthorityReference, EvidenceSubject, SupervisoryAuthority } from '../entities';
import { Context } from '../schema/context';
import { EvidencedResolver } from './evidenced.resolver';

@Resolver(() => AuthorityReference)
export class AuthorityReferenceResolver extends EvidencedResolver(
  AuthorityReference,
  EvidenceSubject.AUTHORITY_REFERENCE,
) {
  @FieldResolver(() => SupervisoryAuthority, { description: 'The authority meant, under its current name.' })
  authority(@Root() reference: AuthorityReference, @Ctx() { loaders }: Context): Promise<SupervisoryAuthority | null> {
    return loaders.authority.load(reference.supervisoryAuthorityId);
  }
}
