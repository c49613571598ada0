import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EvidenceSubject, Right, RightStatement } from '../entities';
import { Context } from '../schema/context';
import { EvidencedResolver } from './evidenced.resolver';

@Resolver(() => RightStatement)
export class RightStatementResolver extends EvidencedResolver(RightStatement, EvidenceSubject.RIGHT_STATEMENT) {
  @FieldResolver(() => Right, { description: 'The right.' })
  right(@Root() statement: RightStatement, @Ctx() { loaders }: Context): Promise<Right | null> {
    return loaders.right.load(statement.rightId);
  }
}
