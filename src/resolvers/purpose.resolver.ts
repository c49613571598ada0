import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Controller, DataCategory, LegalBasis, Purpose, PurposeCategory } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => Purpose)
export class PurposeResolver extends FactResolver(Purpose) {
  @FieldResolver(() => PurposeCategory, { description: 'The DPV purpose category.' })
  category(
    @Root() purpose: Purpose,
    @Ctx() { loaders }: Context,
  ): PurposeCategory | null | Promise<PurposeCategory | null> {
    return loaders.known.purposeCategory.get(purpose, purpose.purposeCategoryId);
  }

  @FieldResolver(() => [LegalBasis], {
    description: 'Lawful bases the policy ties to this purpose (empty if it ties none).',
  })
  legalBases(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<LegalBasis[]> {
    return loaders.purposeLegalBases.load(purpose.id);
  }

  @FieldResolver(() => [DataCategory], { description: 'Data categories the policy ties to this purpose.' })
  dataCategories(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<DataCategory[]> {
    return loaders.purposeDataCategories.load(purpose.id);
  }

  @FieldResolver(() => Controller, { description: 'The controller.' })
  controller(@Root() purpose: Purpose, @Ctx() { loaders }: Context): Promise<Controller | null> {
    return loaders.controller.load(purpose.controllerId);
  }
}
