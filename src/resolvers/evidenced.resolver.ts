import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { evidenceKey } from '../dataloaders';
import { Evidence, EvidenceSubject } from '../entities';
import { Context } from '../schema/context';

/**
 * The `evidence` field every fact type has, as an abstract resolver that each fact's resolver extends
 * (type-graphql's resolver inheritance).
 */
export function EvidencedResolver<T extends { id: number }>(type: ClassType<T>, subject: EvidenceSubject) {
  @Resolver(() => type)
  abstract class EvidencedResolverBase {
    @FieldResolver(() => [Evidence], {
      description: 'The exact words of the document that back this fact, in document order.',
    })
    evidence(@Root() fact: T, @Ctx() { loaders }: Context): Promise<Evidence[]> {
      return loaders.evidence.load(evidenceKey(subject, fact.id));
    }
  }
  return EvidencedResolverBase;
}
