import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Fact, FactKind, FactSource, ReviewState } from '../entities';

/**
 * The review fields of a fact that is part of an object rather than an object of its own: a version's controller
 * identity (Controller.identityReview) and its document's date (PolicyDocument.dateReview). The other facts carry
 * these fields themselves; without this a client could not see, nor pass `expectedRevision` for, the two facts a
 * draft cannot be published without reviewing.
 */
@ObjectType({
  description:
    'Where a fact that is part of an object stands in review: a version’s controller identity (`Controller.identityReview`) or its document’s date (`PolicyDocument.dateReview`). Review it with `factReview`, giving the Controller’s or the PolicyDocument’s id.',
})
export class FactReview {
  @Field(() => FactKind, { description: 'The kind of fact: CONTROLLER or DOCUMENT.' })
  kind: FactKind;

  @Field({ description: 'Stable key of the fact within its controller’s versions (`controller`, `document`).' })
  key: string;

  @Field(() => ReviewState, {
    description: 'Where the fact stands in review; every fact of a published version is ACCEPTED.',
  })
  reviewState: ReviewState;

  @Field(() => FactSource, { description: 'Who made the fact: the seeds, the extractor or a curator.' })
  source: FactSource;

  @Field(() => Float, {
    nullable: true,
    description: 'How sure the extractor is of the fact (0 to 1); null for facts people made.',
  })
  confidence: number | null;

  @Field(() => Int, {
    description: 'Revision of the fact, starting at 1: pass it as `expectedRevision` to `factReview`.',
  })
  revision: number;

  static of(fact: Fact): FactReview {
    return Object.assign(new FactReview(), {
      kind: fact.kind,
      key: fact.key,
      reviewState: fact.reviewState,
      source: fact.source,
      confidence: fact.confidence,
      revision: fact.revision,
    });
  }
}
