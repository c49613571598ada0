import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Evidence, PolicyDocument } from '../entities';
import { Context } from '../schema/context';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => PolicyDocument, { description: 'The document the quote is from.' })
  document(
    @Root() evidence: Evidence,
    @Ctx() { loaders }: Context,
  ): PolicyDocument | null | Promise<PolicyDocument | null> {
    return loaders.known.document.get(evidence, evidence.documentId);
  }
}
