import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Controller, DataCategory, LegalBasis, Purpose, PurposeCategory } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';
import { loadPresent } from './load';

@Resolver(() => Purpose)
export class PurposeResolver extends FactResolver(Purpose) {
  @FieldResolver(() => PurposeCategory, { description: 'The DPV purpose category.' })
  category(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<PurposeCategory | null> {
    return loaders.purposeCategory.load(purpose.purposeCategoryId);
  }

  @FieldResolver(() => [LegalBasis], {
    description: 'Lawful bases the policy ties to this purpose (empty if it ties none).',
  })
  async legalBases(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<LegalBasis[]> {
    return loadPresent(loaders.legalBasis, await loaders.purposeLegalBasisIds.load(purpose.id));
  }

  @FieldResolver(() => [DataCategory], { description: 'Data categories the policy ties to this purpose.' })
  async dataCategories(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<DataCategory[]> {
    return loadPresent(loaders.dataCategory, await loaders.purposeDataCategoryIds.load(purpose.id));
  }

  @FieldResolver(() => Controller, { description: 'The controller.' })
  controller(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return loaders.controller.load(purpose.controllerId);
  }
}
