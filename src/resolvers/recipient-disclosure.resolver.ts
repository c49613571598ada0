import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RecipientCategory, RecipientDisclosure } from '../entities';
import { Context } from '../schema/context';
import { FactResolver } from './evidenced.resolver';

@Resolver(() => RecipientDisclosure)
export class RecipientDisclosureResolver extends FactResolver(RecipientDisclosure) {
  @FieldResolver(() => RecipientCategory, { description: 'The category of recipients.' })
  category(@Root() disclosure: RecipientDisclosure, @Ctx() { loaders }: Context): Promise<RecipientCategory | null> {
    return loaders.recipientCategory.load(disclosure.recipientCategoryId);
  }
}
