import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { compareControllers } from '../analysis';
import { policyFactsFor } from '../dataloaders';
import { Controller, LegalBasisCode, RightCode } from '../entities';
import { Comparison, ComparisonCell, ComparisonMatrix } from '../schema/comparison';
import { Context } from '../schema/context';
import { CompareArgs } from './compare.args';
import { controllersBySlug } from './controllers-by-slug';
import { loadPresent } from './load';

@Resolver(() => Comparison)
export class ComparisonResolver {
  @Query(() => Comparison, {
    description:
      'Compares controllers side by side: rights, lawful bases, data categories, vendors and transparency items as matrices (rows = terms, columns = controllers, cells with evidence). BAD_USER_INPUT lists unknown slugs.',
  })
  async compare(
    @Args(() => CompareArgs) { controllers }: CompareArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Comparison> {
    const found = await controllersBySlug(loaders, controllers, 'controllers');
    const [policies, rights, legalBases] = await Promise.all([
      Promise.all(found.map((c) => policyFactsFor(loaders, c))),
      loadPresent(loaders.rightByCode, Object.values(RightCode)),
      loadPresent(loaders.legalBasisByCode, Object.values(LegalBasisCode)),
    ]);
    return compareControllers(policies, { rights, legalBases });
  }

  @FieldResolver(() => [Controller], { description: 'The compared controllers, in the order asked (the columns).' })
  controllers(@Root() comparison: Comparison, @Ctx() { loaders }: Context): Promise<Controller[]> {
    return loadPresent(loaders.controllerBySlug, comparison.columns);
  }
}

@Resolver(() => ComparisonMatrix)
export class ComparisonMatrixResolver {
  @FieldResolver(() => [Controller], { description: 'The columns: the compared controllers, in order.' })
  columns(@Root() matrix: ComparisonMatrix, @Ctx() { loaders }: Context): Promise<Controller[]> {
    return loadPresent(loaders.controllerBySlug, matrix.columns);
  }
}

@Resolver(() => ComparisonCell)
export class ComparisonCellResolver {
  @FieldResolver(() => Controller, { description: 'The controller (column) of this cell.' })
  async controller(@Root() cell: ComparisonCell, @Ctx() { loaders }: Context): Promise<Controller> {
    const controller = await loaders.controllerBySlug.load(cell.controllerSlug);
    if (!controller) throw new Error(`Inconsistent comparison: no controller ${cell.controllerSlug}`);
    return controller;
  }
}
