import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Controller, PolicyDocument } from '../entities';
import { knownText } from '../dataloaders/companions';
import { Context } from '../schema/context';
import { EvidencedResolver, factOf } from './evidenced.resolver';
import { FactReview } from '../schema/fact-review';
import { ListArgs } from './pagination.args';

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver extends EvidencedResolver(PolicyDocument, (row) => row.factId) {
  // One document per controller: a plain list of all of them would grow with the corpus, so it is bounded.
  @Query(() => [PolicyDocument], {
    description:
      'Policy documents in slug order. A bounded list: the first `first` of them; for more, page through `controllers` and select each one’s `document`.',
  })
  policyDocuments(
    @Args(() => ListArgs) { first }: ListArgs,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<PolicyDocument[]> {
    // `take: 0` would mean no limit to TypeORM.
    if (first === 0) return Promise.resolve([]);
    return loaders.statement(() =>
      dataSource
        .getRepository(PolicyDocument)
        .createQueryBuilder('d')
        .innerJoin(Controller, 'c', `c."documentId" = d.id AND c.status = 'PUBLISHED'`)
        .orderBy('d.slug', 'ASC')
        .take(first)
        .getMany(),
    );
  }

  @Query(() => PolicyDocument, { nullable: true, description: 'A policy document by slug; null if there is none.' })
  policyDocument(
    @Arg('slug', () => String, { description: 'The document’s slug (its controller’s), e.g. `cluma`.' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<PolicyDocument | null> {
    return loaders.documentBySlug.load(slug);
  }

  @FieldResolver(() => String, {
    description: 'The full text, byte-exact as published; evidence offsets index into it.',
  })
  async text(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<string> {
    return knownText(document) ?? (await loaders.documentText.load(document.id)) ?? '';
  }

  @FieldResolver(() => FactReview, {
    description:
      'Where the document’s own fact (its last-updated date) stands in review (review it with `factReview` and this PolicyDocument’s id).',
  })
  async dateReview(@Root() document: PolicyDocument, @Ctx() context: Context): Promise<FactReview> {
    return FactReview.of(await factOf({ id: document.factId }, context));
  }

  @FieldResolver(() => Controller, { nullable: true, description: 'The controller that publishes the policy.' })
  controller(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return document.controllerId === null ? Promise.resolve(null) : loaders.controller.load(document.controllerId);
  }
}
