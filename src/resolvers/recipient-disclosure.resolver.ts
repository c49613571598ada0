import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EvidenceSubject, RecipientCategory, RecipientDisclosure } from '../entities';
import { Context } from '../schema/context';
import { EvidencedResolver } from './evidenced.resolver';

@Resolver(() => RecipientDisclosure)
export class RecipientDisclosureResolver extends EvidencedResolver(
  RecipientDisclosure,
  EvidenceSubject.RECIPIENT_DISCLOSURE,
) {
  @FieldResolver(() => RecipientCategory, { description: 'The category of recipients.' })
  category(@Root() disclosure: RecipientDisclosure, @Ctx() { loaders }: Context): Promise<RecipientCategory | null> {
    return loaders.recipientCategory.load(disclosure.recipientCategoryId);
  }
}
