import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import {
  AuthorityReference,
  Controller,
  DataCategoryDisclosure,
  Dpo,
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
  VersionStatus,
} from '../entities';
import { versionChanges } from '../queries/version-changes';
import { FactChange } from '../schema/curation';
import { toGlobalId } from '../schema/node';
import { lookup } from './node.resolver';
import { findControllerPage } from '../queries/controller-page';
import { Connection, pageWindow, toConnection } from '../schema/connection';
import { Context, seesDrafts } from '../schema/context';
import { columnsOfConnection } from './controller-columns';
import { ControllersArgs } from './controllers.args';
import { DEFAULT_PAGE_SIZE } from './pagination.args';
import { EvidencedResolver, factOf } from './evidenced.resolver';
import { FactReview } from '../schema/fact-review';

export const ControllerConnection = Connection(Controller, 'Controller');

const byTopic = async (ctx: Context, controller: Controller, topics: StatementTopic[] | null | undefined) => {
  const statements = await ctx.loaders.statements.load(controller.id);
  return topics?.length ? statements.filter((s) => topics.includes(s.topic)) : statements;
};

@Resolver(() => Controller)
export class ControllerResolver extends EvidencedResolver(Controller, (row) => row.factId) {
  @Query(() => Controller, {
    nullable: true,
    description: 'A controller by slug, e.g. `cluma`; null if there is none.',
  })
  async controller(
    @Arg('slug', () => String, { description: 'The controller’s slug, e.g. `cluma`.' }) slug: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'A version of its policy (see `versions`); the published one when absent. Drafts: curators only.',
    })
    version: number | null | undefined,
    @Ctx() context: Context,
  ): Promise<Controller | null> {
    if (version === undefined || version === null) return context.loaders.controllerBySlug.load(slug);
    const found = await context.loaders.controllerVersion.load(`${slug}@${version}`);
    return found && (found.status !== VersionStatus.DRAFT || seesDrafts(context)) ? found : null;
  }

  @Query(() => ControllerConnection, { description: 'Controllers in slug order, filtered and paginated.' })
  async controllers(
    @Args(() => ControllersArgs) { filter, ...args }: ControllersArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { dataSource, loaders } = context;
    if (filter?.status === VersionStatus.DRAFT && !seesDrafts(context))
      throw new GraphQLError('Drafts are for curators: send a curator’s API key to list them.', {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    const window = pageWindow(args, 'Controller', DEFAULT_PAGE_SIZE);
    const columns = columnsOfConnection(info, ['slug']);
    const page = await loaders.statement(() => findControllerPage(dataSource, filter ?? {}, window, columns));
    return toConnection(ControllerConnection, { ...page, count: () => loaders.statement(page.count) });
  }

  @FieldResolver(() => [Controller], {
    description: 'Every version of the controller’s policy, newest first, with its status; drafts only for curators.',
  })
  async versions(@Root() controller: Controller, @Ctx() context: Context): Promise<Controller[]> {
    const all = await context.loaders.versionsOfSlug.load(controller.slug);
    return all
      .filter((v) => v.status !== VersionStatus.DRAFT || seesDrafts(context))
      .sort((a, b) => b.version - a.version);
  }

  @FieldResolver(() => [FactChange], {
    description:
      'What changed between two versions, fact by fact (facts match by key): added, removed, changed, with both sides and their evidence. BAD_USER_INPUT for a version there is not (or a draft, for readers).',
  })
  async changes(
    @Root() controller: Controller,
    @Arg('from', () => Int, { description: 'The earlier version.' }) from: number,
    @Arg('to', () => Int, { description: 'The later version.' }) to: number,
    @Ctx() context: Context,
  ): Promise<FactChange[]> {
    const [a, b] = await Promise.all(
      [from, to].map((v) => context.loaders.controllerVersion.load(`${controller.slug}@${v}`)),
    );
    const visible = (v: Controller | null) => v && (v.status !== VersionStatus.DRAFT || seesDrafts(context));
    if (!visible(a) || !visible(b))
      throw new GraphQLError(`${controller.slug} has no version ${!visible(a) ? from : to} that you may read.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: !visible(a) ? 'from' : 'to' },
      });
    const changes = (await context.loaders.statement(() => versionChanges(context.dataSource, a!.id, b!.id))) ?? [];
    return Promise.all(
      changes.map(async (c) => ({
        ...c,
        before: c.before && (await lookup(context, toGlobalId(c.before.typeName, c.before.nodeKey))),
        after: c.after && (await lookup(context, toGlobalId(c.after.typeName, c.after.nodeKey))),
      })),
    );
  }

  @FieldResolver(() => FactReview, {
    description:
      'Where the version’s controller identity and contact details stand in review (review them with `factReview` and this Controller’s id).',
  })
  async identityReview(@Root() controller: Controller, @Ctx() context: Context): Promise<FactReview> {
    return FactReview.of(await factOf({ id: controller.factId }, context));
  }

  @FieldResolver(() => PolicyDocument, { description: 'The privacy policy these facts come from.' })
  async document(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<PolicyDocument | null> {
    return loaders.companion(controller, 'document');
  }

  @FieldResolver(() => Dpo, {
    nullable: true,
    description: 'The data protection officer; null when the policy names none.',
  })
  dpo(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<Dpo | null> {
    return loaders.companion(controller, 'dpo');
  }

  @FieldResolver(() => SupervisoryAuthority, {
    nullable: true,
    description: 'The supervisory authority the policy refers people to (whatever name it uses); null if none.',
  })
  async supervisoryAuthority(
    @Root() controller: Controller,
    @Ctx() { loaders }: Context,
  ): Promise<SupervisoryAuthority | null> {
    return loaders.companion(controller, 'supervisoryAuthority');
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
    return loaders.legalBasesOfController.load(controller.id);
  }

  @FieldResolver(() => [LegalBasisClaim], { description: 'Lawful bases the policy states in general, with evidence.' })
  legalBasisClaims(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<LegalBasisClaim[]> {
    return loaders.legalBasisClaims.load(controller.id);
  }

  @FieldResolver(() => [RightStatement], { description: 'The data-subject rights the policy grants, with evidence.' })
  rights(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<RightStatement[]> {
    return loaders.shown.rightStatements.load(controller.id);
  }

  @FieldResolver(() => [DataCategoryDisclosure], {
    description: 'Every personal data item the policy lists, as worded.',
  })
  dataCategories(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<DataCategoryDisclosure[]> {
    return loaders.shown.disclosures.load(controller.id);
  }

  @FieldResolver(() => [ProcessorEngagement], { description: 'Named vendors, with the service each provides.' })
  async processors(
    @Root() controller: Controller,
    @Ctx() { loaders }: Context,
    @Arg('role', () => ProcessorRole, { nullable: true, description: 'Only engagements in this role.' })
    role?: ProcessorRole | null,
  ): Promise<ProcessorEngagement[]> {
    const engagements = await loaders.shown.engagements.load(controller.id);
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
    return loaders.shown.purposes.load(controller.id);
  }

  @FieldResolver(() => RightsRequest, {
    nullable: true,
    description: 'How to exercise rights; null when the policy is silent.',
  })
  rightsRequest(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<RightsRequest | null> {
    return loaders.companion(controller, 'rightsRequest');
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
