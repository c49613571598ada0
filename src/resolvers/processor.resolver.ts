import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Controller, DataCategory, Processor, ProcessorEngagement } from '../entities';
import { findProcessorPage } from '../queries/processor-page';
import { Connection, toConnection } from '../schema/connection';
import { Context } from '../schema/context';
import { loadPresent } from './load';
import { ProcessorsArgs } from './processors.args';

export const ProcessorConnection = Connection(Processor, 'Processor');

@Resolver(() => Processor)
export class ProcessorResolver {
  @Query(() => Processor, { nullable: true, description: 'A vendor by slug, e.g. `combell`; null if there is none.' })
  processor(@Arg('slug', () => String) slug: string, @Ctx() { loaders }: Context): Promise<Processor | null> {
    return loaders.processorBySlug.load(slug);
  }

  @Query(() => ProcessorConnection, { description: 'Vendors in slug order, filtered and paginated.' })
  async processors(
    @Args(() => ProcessorsArgs) { first, after, filter }: ProcessorsArgs,
    @Ctx() { dataSource, loaders }: Context,
  ) {
    const page = await loaders.statement(() => findProcessorPage(dataSource, filter ?? {}, first, after));
    return toConnection(ProcessorConnection, { ...page, count: () => loaders.statement(page.count) });
  }

  @FieldResolver(() => [Controller], { description: 'Controllers that engage this vendor, in any role.' })
  async controllers(@Root() processor: Processor, @Ctx() { loaders }: Context): Promise<Controller[]> {
    return loadPresent(loaders.controller, await loaders.controllerIdsOfProcessor.load(processor.id));
  }

  @FieldResolver(() => [DataCategory], { description: 'Data categories controllers say this vendor receives.' })
  async dataCategories(@Root() processor: Processor, @Ctx() { loaders }: Context): Promise<DataCategory[]> {
    return loadPresent(loaders.dataCategory, await loaders.dataCategoryIdsOfProcessor.load(processor.id));
  }

  @FieldResolver(() => [ProcessorEngagement], {
    description: 'Each controller’s engagement of this vendor, with evidence.',
  })
  engagements(@Root() processor: Processor, @Ctx() { loaders }: Context): Promise<ProcessorEngagement[]> {
    return loaders.engagementsOfProcessor.load(processor.id);
  }
}
