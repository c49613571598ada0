import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EvidenceSubject, LegalBasis, LegalBasisClaim } from '../entities';
import { Context } from '../schema/context';
import { EvidencedResolver } from './evidenced.resolver';

@Resolver(() => LegalBasisClaim)
export class LegalBasisClaimResolver extends EvidencedResolver(LegalBasisClaim, EvidenceSubject.LEGAL_BASIS_CLAIM) {
  @FieldResolver(() => LegalBasis, { description: 'The lawful basis.' })
  legalBasis(@Root() claim: LegalBasisClaim, @Ctx() { loaders }: Context): Promise<LegalBasis | null> {
    return loaders.legalBasis.load(claim.legalBasisId);
  }
}
