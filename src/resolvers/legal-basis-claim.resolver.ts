import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LegalBasis, LegalBasisClaim } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => LegalBasisClaim)
export class LegalBasisClaimResolver extends FactResolver(LegalBasisClaim) {
  @FieldResolver(() => LegalBasis, { description: 'The lawful basis.' })
  legalBasis(@Root() claim: LegalBasisClaim, @Ctx() { loaders }: Context): Promise<LegalBasis | null> {
    return loaders.legalBasis.load(claim.legalBasisId);
  }
}
