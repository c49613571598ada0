import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Right, RightStatement } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => RightStatement)
export class RightStatementResolver extends FactResolver(RightStatement) {
  @FieldResolver(() => Right, { description: 'The right.' })
  right(@Root() statement: RightStatement, @Ctx() { loaders }: Context): Right | null | Promise<Right | null> {
    return loaders.known.right.get(statement, statement.rightId);
  }
}
