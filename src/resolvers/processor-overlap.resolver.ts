import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { findProcessorOverlap } from '../queries/processor-overlap';
import { Controller, ProcessorEngagement } from '../entities';
import { ProcessorOverlap } from '../schema/comparison';
import { Context } from '../schema/context';
import { controllersBySlug } from './controllers-by-slug';
import { ListArgs } from './pagination.args';
import { ProcessorOverlapArgs } from './processor-overlap.args';
import { firstControllers } from './tied-controllers';

@Resolver(() => ProcessorOverlap)
export class ProcessorOverlapResolver {
  @Query(() => [ProcessorOverlap], {
    description:
      'Which vendors serve several controllers: the first `first` vendors engaged by at least `minControllers` of them, most shared first. BAD_USER_INPUT lists unknown slugs.',
  })
  async processorOverlap(
    @Args(() => ProcessorOverlapArgs) { minControllers, controllers, role, first }: ProcessorOverlapArgs,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<ProcessorOverlap[]> {
    const among = controllers ? await controllersBySlug(loaders, controllers, 'controllers') : null;
    return findProcessorOverlap(dataSource, loaders, {
      minControllers,
      controllerIds: among?.map((c) => c.id) ?? null,
      role,
      first,
    });
  }

  // A vendor may be shared by thousands of controllers: its lists are bounded, as on Processor.
  @FieldResolver(() => [Controller], {
    description:
      'The distinct controllers that engage it (among the controllers and in the role asked), in slug order. A bounded list: the first `first` of them; `controllerCount` counts them all, `processor { controllerConnection }` pages through every controller of the vendor.',
  })
  controllers(
    @Root() overlap: ProcessorOverlap,
    @Args(() => ListArgs) { first }: ListArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Controller[]> {
    return firstControllers(loaders.controllersOfProcessor, first, (page) => ({
      ...page,
      ...overlap.scope,
      parent: overlap.processor.id,
    }));
  }

  @FieldResolver(() => [ProcessorEngagement], {
    description:
      'Each engagement (controller, role, service) among the controllers and in the role asked, with evidence. A bounded list: the first `first`, by controller slug.',
  })
  engagements(
    @Root() overlap: ProcessorOverlap,
    @Args(() => ListArgs) { first }: ListArgs,
    @Ctx() { loaders }: Context,
  ): Promise<ProcessorEngagement[]> {
    return loaders.engagementsOfProcessor.load({ first, ...overlap.scope, parent: overlap.processor.id });
  }
}
