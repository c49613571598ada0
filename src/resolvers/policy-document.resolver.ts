import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Controller, EvidenceSubject, PolicyDocument } from '../entities';
import { Context } from '../schema/context';
import { EvidencedResolver } from './evidenced.resolver';

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver extends EvidencedResolver(PolicyDocument, EvidenceSubject.DOCUMENT) {
  @Query(() => [PolicyDocument], { description: 'Every policy document, in slug order.' })
  policyDocuments(@Ctx() { dataSource, loaders }: Context): Promise<PolicyDocument[]> {
    return loaders.statement(() => dataSource.getRepository(PolicyDocument).find({ order: { slug: 'ASC' } }));
  }

  @Query(() => PolicyDocument, { nullable: true, description: 'A policy document by slug; null if there is none.' })
  policyDocument(@Arg('slug', () => String) slug: string, @Ctx() { loaders }: Context): Promise<PolicyDocument | null> {
    return loaders.documentBySlug.load(slug);
  }

  @FieldResolver(() => String, {
    description: 'The full text, byte-exact as published; evidence offsets index into it.',
  })
  async text(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.documentText.load(document.id)) ?? '';
  }

  @FieldResolver(() => Controller, { nullable: true, description: 'The controller that publishes the policy.' })
  controller(@Root() document: PolicyDocument, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return document.controllerId === null ? Promise.resolve(null) : loaders.controller.load(document.controllerId);
  }
}
