import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ANY_ENGAGEMENT } from '../dataloaders';
import { Controller, DataCategory, Processor, ProcessorEngagement } from '../entities';
import { findProcessorPage } from '../queries/processor-page';
import { Connection, pageWindow, toConnection } from '../schema/connection';
import { Context } from '../schema/context';
import { ControllerConnection } from './controller.resolver';
import { loadPresent } from './load';
import { DEFAULT_PAGE_SIZE, ListArgs, PageArgs } from './pagination.args';
import { ProcessorsArgs } from './processors.args';
import { columnsOfField } from './controller-columns';
import { BOUNDED_CONTROLLERS, controllerConnection, firstControllers } from './tied-controllers';

export const ProcessorConnection = Connection(Processor, 'Processor');

@Resolver(() => Processor)
export class ProcessorResolver {
  @Query(() => Processor, { nullable: true, description: 'A vendor by slug, e.g. `combell`; null if there is none.' })
  processor(
    @Arg('slug', () => String, { description: 'The vendor’s slug, e.g. `combell`.' }) slug: string,
    @Ctx() { loaders }: Context,
  ): Promise<Processor | null> {
    return loaders.processorBySlug.load(slug);
  }

  @Query(() => ProcessorConnection, { description: 'Vendors in slug order, filtered and paginated.' })
  async processors(
    @Args(() => ProcessorsArgs) { filter, ...args }: ProcessorsArgs,
    @Ctx() { dataSource, loaders }: Context,
  ) {
    const window = pageWindow(args, 'Processor', DEFAULT_PAGE_SIZE);
    const page = await loaders.statement(() => findProcessorPage(dataSource, filter ?? {}, window));
    return toConnection(ProcessorConnection, { ...page, count: () => loaders.statement(page.count) });
  }

  @FieldResolver(() => [Controller], {
    description: `Controllers that engage this vendor, in any role. ${BOUNDED_CONTROLLERS}`,
  })
  controllers(
    @Root() processor: Processor,
    @Args(() => ListArgs) { first }: ListArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Controller[]> {
    return firstControllers(
      loaders.controllersOfProcessor,
      first,
      (page) => ({ ...page, ...ANY_ENGAGEMENT, parent: processor.id }),
      columnsOfField(info),
    );
  }

  @FieldResolver(() => ControllerConnection, {
    description:
      'Controllers that engage this vendor, in any role, in slug order, paginated; `totalCount` is counted only when asked for.',
  })
  controllerConnection(
    @Root() processor: Processor,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<InstanceType<typeof ControllerConnection>> {
    return controllerConnection(loaders.controllersOfProcessor, args, (page) => ({
      ...page,
      ...ANY_ENGAGEMENT,
      parent: processor.id,
    }));
  }

  @FieldResolver(() => [DataCategory], { description: 'Data categories controllers say this vendor receives.' })
  async dataCategories(@Root() processor: Processor, @Ctx() { loaders }: Context): Promise<DataCategory[]> {
    return loadPresent(loaders.dataCategory, await loaders.dataCategoryIdsOfProcessor.load(processor.id));
  }

  @FieldResolver(() => [ProcessorEngagement], {
    description:
      'Each controller’s engagement of this vendor, with evidence. A bounded list: the first `first`, by controller slug (then in document order); `controllerConnection` pages through the controllers.',
  })
  engagements(
    @Root() processor: Processor,
    @Args(() => ListArgs) { first }: ListArgs,
    @Ctx() { loaders }: Context,
  ): Promise<ProcessorEngagement[]> {
    return loaders.engagementsOfProcessor.load({ first, ...ANY_ENGAGEMENT, parent: processor.id });
  }
}
