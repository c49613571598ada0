import DataLoader from 'dataloader';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ClassType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Loaders, TiedControllerLoaders } from '../dataloaders';
import { Controller } from '../entities';
import { Context } from '../schema/context';
import { ControllerConnection } from './controller.resolver';
import { ListArgs, PageArgs } from './pagination.args';
import { columnsOfField } from './controller-columns';
import { BOUNDED_CONTROLLERS, controllerConnection, firstControllers } from './tied-controllers';

interface TermOptions<T extends object> {
  type: ClassType<T>;
  /** Names of the root fields: the list (`dataCategories`) and the lookup (`dataCategory`). */
  list: string;
  one: string;
  /** The lookup argument: its name and GraphQL type. */
  key: { name: string; type: () => object; description: string };
  noun: string;
  byKey: (loaders: Loaders) => DataLoader<string, T | null>;
  controllers: (loaders: Loaders) => TiedControllerLoaders;
  /** Which controllers are tied to the term, without a final period (e.g. "Controllers whose policy grants this right"). */
  controllersDescription: string;
}

/**
 * The resolver shape every reference term shares (legal bases, rights, data categories, purpose and recipient
 * categories, supervisory authorities): a root list in file order, a root lookup by key, and the controllers tied to
 * the term, as a bounded list and as a connection (a common term is tied to most of the corpus). Built per type, as
 * in type-graphql's resolvers-inheritance example.
 */
export function TermResolver<T extends { id: number }>(options: TermOptions<T>) {
  @Resolver(() => options.type)
  abstract class TermResolverBase {
    @Query(() => [options.type], { name: options.list, description: `Every ${options.noun}, in reference order.` })
    all(@Ctx() { dataSource, loaders }: Context): Promise<T[]> {
      return loaders.statement(() => dataSource.getRepository(options.type).find({ order: { id: 'ASC' } as never }));
    }

    @Query(() => options.type, {
      name: options.one,
      nullable: true,
      description: `A ${options.noun} by ${options.key.name}; null if there is none.`,
    })
    one(
      @Arg(options.key.name, options.key.type, { description: options.key.description }) key: string,
      @Ctx() { loaders }: Context,
    ): Promise<T | null> {
      return options.byKey(loaders).load(key);
    }

    @FieldResolver(() => [Controller], { description: `${options.controllersDescription}. ${BOUNDED_CONTROLLERS}` })
    controllers(
      @Root() term: T,
      @Args(() => ListArgs) { first }: ListArgs,
      @Ctx() { loaders }: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Controller[]> {
      return firstControllers(
        options.controllers(loaders),
        first,
        (page) => ({ ...page, parent: term.id }),
        columnsOfField(info),
      );
    }

    @FieldResolver(() => ControllerConnection, {
      description: `${options.controllersDescription}, in slug order, paginated; \`totalCount\` is counted only when asked for.`,
    })
    controllerConnection(
      @Root() term: T,
      @Args(() => PageArgs) args: PageArgs,
      @Ctx() { loaders }: Context,
    ): Promise<InstanceType<typeof ControllerConnection>> {
      return controllerConnection(options.controllers(loaders), args, (page) => ({ ...page, parent: term.id }));
    }
  }
  return TermResolverBase;
}
