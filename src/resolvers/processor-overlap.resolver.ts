import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { findProcessorOverlap } from '../analysis';
import { ProcessorOverlap } from '../schema/comparison';
import { Context } from '../schema/context';
import { controllersBySlug } from './controllers-by-slug';
import { ProcessorOverlapArgs } from './processor-overlap.args';

@Resolver(() => ProcessorOverlap)
export class ProcessorOverlapResolver {
  @Query(() => [ProcessorOverlap], {
    description:
      'Which vendors serve several controllers: each vendor engaged by at least `minControllers` of them, most shared first. BAD_USER_INPUT lists unknown slugs.',
  })
  async processorOverlap(
    @Args(() => ProcessorOverlapArgs) { minControllers, controllers, role }: ProcessorOverlapArgs,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<ProcessorOverlap[]> {
    const among = controllers ? await controllersBySlug(loaders, controllers, 'controllers') : null;
    return findProcessorOverlap(dataSource, loaders, {
      minControllers,
      controllerIds: among?.map((c) => c.id) ?? null,
      role,
    });
  }
}
