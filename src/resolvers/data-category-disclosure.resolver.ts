import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Controller, DataCategory, DataCategoryDisclosure } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => DataCategoryDisclosure)
export class DataCategoryDisclosureResolver extends FactResolver(DataCategoryDisclosure) {
  @FieldResolver(() => DataCategory, { description: 'The category in the reference taxonomy.' })
  category(
    @Root() disclosure: DataCategoryDisclosure,
    @Ctx() { loaders }: Context,
  ): DataCategory | null | Promise<DataCategory | null> {
    return loaders.known.dataCategory.get(disclosure, disclosure.dataCategoryId);
  }

  @FieldResolver(() => Controller, { description: 'The controller.' })
  controller(@Root() disclosure: DataCategoryDisclosure, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return loaders.controller.load(disclosure.controllerId);
  }
}
