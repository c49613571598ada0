import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Controller, DataCategory, Processor, ProcessorEngagement } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';
import { loadPresent } from './load';

@Resolver(() => ProcessorEngagement)
export class ProcessorEngagementResolver extends FactResolver(ProcessorEngagement) {
  @FieldResolver(() => Processor, { description: 'The vendor.' })
  processor(
    @Root() engagement: ProcessorEngagement,
    @Ctx() { loaders }: Context,
  ): Processor | null | Promise<Processor | null> {
    return loaders.known.processor.get(engagement, engagement.processorId);
  }

  @FieldResolver(() => Controller, { description: 'The controller that engages the vendor.' })
  controller(@Root() engagement: ProcessorEngagement, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return loaders.controller.load(engagement.controllerId);
  }

  @FieldResolver(() => [DataCategory], { description: 'Data categories the policy ties to this engagement.' })
  async dataCategories(@Root() engagement: ProcessorEngagement, @Ctx() { loaders }: Context): Promise<DataCategory[]> {
    return loadPresent(loaders.dataCategory, await loaders.engagementDataCategoryIds.load(engagement.id));
  }
}
