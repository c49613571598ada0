import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  AuthorityReference,
  Controller,
  DataCategoryDisclosure,
  Dpo,
  EvidenceSubject,
  LegalBasis,
  LegalBasisClaim,
  PolicyDocument,
  PolicyStatement,
  ProcessorEngagement,
  ProcessorRole,
  Purpose,
  RecipientDisclosure,
  RightsRequest,
  RightStatement,
  StatementTopic,
  SupervisoryAuthority,
} from '../entities';
import { findControllerPage } from '../queries/controller-page';
import { Connection, pageWindow, toConnection } from '../schema/connection';
import { Context } from '../schema/context';
import { ControllersArgs } from './controllers.args';
import { DEFAULT_PAGE_SIZE } from './pagination.args';
import { EvidencedResolver } from './evidenced.resolver';
import { loadPresent } from './load';

export const ControllerConnection = Connection(Controller, 'Controller');

const byTopic = async (ctx: Context, controller: Controller, topics: StatementTopic[] | null | undefined) => {
  const statements = await ctx.loaders.statements.load(controller.id);
  return topics?.length ? statements.filter((s) => topics.includes(s.topic)) : statements;
};

@Resolver(() => Controller)
export class ControllerResolver extends EvidencedResolver(Controller, EvidenceSubject.CONTROLLER) {
  @Query(() => Controller, {
    nullable: true,
    description: 'A controller by slug, e.g. `cluma`; null if there is none.',
  })
  controller(
    @Arg('slug', () => String, { description: 'The controller’s slug, e.g. `cluma`.' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<Controller | null> {
    return loaders.controllerBySlug.load(slug);
  }

  @Query(() => ControllerConnection, { description: 'Controllers in slug order, filtered and paginated.' })
  async controllers(
    @Args(() => ControllersArgs) { filter, ...args }: ControllersArgs,
    @Ctx() { dataSource, loaders }: Context,
  ) {
    const window = pageWindow(args, 'Controller', DEFAULT_PAGE_SIZE);
    const page = await loaders.statement(() => findControllerPage(dataSource, filter ?? {}, window));
    return toConnection(ControllerConnection, { ...page, count: () => loaders.statement(page.count) });
  }

  @FieldResolver(() => PolicyDocument, { description: 'The privacy policy these facts come from.' })
  async document(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<PolicyDocument | null> {
    return loaders.document.load(controller.documentId);
  }

  @FieldResolver(() => Dpo, {
    nullable: true,
    description: 'The data protection officer; null when the policy names none.',
  })
  dpo(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<Dpo | null> {
    return loaders.dpoByController.load(controller.id);
  }

  @FieldResolver(() => SupervisoryAuthority, {
    nullable: true,
    description: 'The supervisory authority the policy refers people to (whatever name it uses); null if none.',
  })
  async supervisoryAuthority(
    @Root() controller: Controller,
    @Ctx() { loaders }: Context,
  ): Promise<SupervisoryAuthority | null> {
    return controller.supervisoryAuthorityId === null
      ? null
      : loaders.authority.load(controller.supervisoryAuthorityId);
  }

  @FieldResolver(() => AuthorityReference, {
    nullable: true,
    description: 'How the policy names the supervisory authority and the contact details it gives for it.',
  })
  supervisoryAuthorityReference(
    @Root() controller: Controller,
    @Ctx() { loaders }: Context,
  ): Promise<AuthorityReference | null> {
    return loaders.authorityReferenceByController.load(controller.id);
  }

  @FieldResolver(() => [LegalBasis], {
    description:
      'Every lawful basis the controller relies on: stated in general or tied to a purpose, in article order.',
  })
  async legalBases(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<LegalBasis[]> {
    return loadPresent(loaders.legalBasis, await loaders.legalBasisIdsOfController.load(controller.id));
  }

  @FieldResolver(() => [LegalBasisClaim], { description: 'Lawful bases the policy states in general, with evidence.' })
  legalBasisClaims(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<LegalBasisClaim[]> {
    return loaders.legalBasisClaims.load(controller.id);
  }

  @FieldResolver(() => [RightStatement], { description: 'The data-subject rights the policy grants, with evidence.' })
  rights(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<RightStatement[]> {
    return loaders.rightStatements.load(controller.id);
  }

  @FieldResolver(() => [DataCategoryDisclosure], {
    description: 'Every personal data item the policy lists, as worded.',
  })
  dataCategories(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<DataCategoryDisclosure[]> {
    return loaders.disclosures.load(controller.id);
  }

  @FieldResolver(() => [ProcessorEngagement], { description: 'Named vendors, with the service each provides.' })
  async processors(
    @Root() controller: Controller,
    @Ctx() { loaders }: Context,
    @Arg('role', () => ProcessorRole, { nullable: true, description: 'Only engagements in this role.' })
    role?: ProcessorRole | null,
  ): Promise<ProcessorEngagement[]> {
    const engagements = await loaders.engagements.load(controller.id);
    return role ? engagements.filter((e) => e.role === role) : engagements;
  }

  @FieldResolver(() => [RecipientDisclosure], {
    description: 'Categories of recipients the policy names without naming vendors.',
  })
  recipients(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<RecipientDisclosure[]> {
    return loaders.recipientDisclosures.load(controller.id);
  }

  @FieldResolver(() => [Purpose], {
    description: 'Every purpose of processing, with its legal bases, data and retention.',
  })
  purposes(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<Purpose[]> {
    return loaders.purposes.load(controller.id);
  }

  @FieldResolver(() => RightsRequest, {
    nullable: true,
    description: 'How to exercise rights; null when the policy is silent.',
  })
  rightsRequest(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<RightsRequest | null> {
    return loaders.rightsRequestByController.load(controller.id);
  }

  @FieldResolver(() => [PolicyStatement], {
    description: 'Statements about the practice as a whole, optionally of some topics.',
  })
  statements(
    @Root() controller: Controller,
    @Ctx() ctx: Context,
    @Arg('topics', () => [StatementTopic], { nullable: true, description: 'Only statements of these topics.' })
    topics?: StatementTopic[] | null,
  ): Promise<PolicyStatement[]> {
    return byTopic(ctx, controller, topics);
  }

  @FieldResolver(() => [PolicyStatement], { description: 'Where the personal data comes from.' })
  dataSources(@Root() controller: Controller, @Ctx() ctx: Context): Promise<PolicyStatement[]> {
    return byTopic(ctx, controller, [StatementTopic.DATA_SOURCE]);
  }

  @FieldResolver(() => [PolicyStatement], { description: 'The cookies and similar technologies the policy describes.' })
  cookies(@Root() controller: Controller, @Ctx() ctx: Context): Promise<PolicyStatement[]> {
    return byTopic(ctx, controller, [StatementTopic.COOKIES]);
  }

  @FieldResolver(() => [PolicyStatement], { description: 'The security measures the policy claims.' })
  securityMeasures(@Root() controller: Controller, @Ctx() ctx: Context): Promise<PolicyStatement[]> {
    return byTopic(ctx, controller, [StatementTopic.SECURITY]);
  }
}
