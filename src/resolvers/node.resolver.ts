import { ArrayMaxSize } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { Loaders } from '../dataloaders';
import { Node, fromGlobalId } from '../schema/node';
import { Context } from '../schema/context';

type Lookup = (loaders: Loaders, key: string) => Promise<Node | null>;
const byNumber =
  (load: (loaders: Loaders, id: number) => Promise<Node | null>): Lookup =>
  (loaders, key) =>
    /^\d{1,12}$/.test(key) ? load(loaders, Number(key)) : Promise.resolve(null);

/** How each type's global id key is looked up. */
const lookups: Record<string, Lookup> = {
  Controller: (l, k) => l.controllerBySlug.load(k),
  PolicyDocument: (l, k) => l.documentBySlug.load(k),
  Processor: (l, k) => l.processorBySlug.load(k),
  SupervisoryAuthority: (l, k) => l.authorityBySlug.load(k),
  LegalBasis: (l, k) => l.legalBasisByCode.load(k),
  Right: (l, k) => l.rightByCode.load(k),
  DataCategory: (l, k) => l.dataCategoryByCode.load(k),
  PurposeCategory: (l, k) => l.purposeCategoryByCode.load(k),
  RecipientCategory: (l, k) => l.recipientCategoryByCode.load(k),
  Dpo: byNumber((l, id) => l.dpoById.load(id)),
  Purpose: byNumber((l, id) => l.purposeById.load(id)),
  ProcessorEngagement: byNumber((l, id) => l.engagementById.load(id)),
  DataCategoryDisclosure: byNumber((l, id) => l.disclosureById.load(id)),
  RecipientDisclosure: byNumber((l, id) => l.recipientDisclosureById.load(id)),
  RightStatement: byNumber((l, id) => l.rightStatementById.load(id)),
  LegalBasisClaim: byNumber((l, id) => l.legalBasisClaimById.load(id)),
  RightsRequest: byNumber((l, id) => l.rightsRequestById.load(id)),
  PolicyStatement: byNumber((l, id) => l.statementById.load(id)),
  AuthorityReference: byNumber((l, id) => l.authorityReferenceById.load(id)),
  Evidence: byNumber((l, id) => l.evidenceById.load(id)),
};

function lookup(loaders: Loaders, id: string): Promise<Node | null> {
  const decoded = fromGlobalId(id);
  const find = decoded && Object.hasOwn(lookups, decoded.typeName) ? lookups[decoded.typeName] : null;
  return find && decoded ? find(loaders, decoded.key) : Promise.resolve(null);
}

/** The most ids `nodes(ids:)` takes in one call. */
export const MAX_NODE_IDS = 100;

@ArgsType()
class NodesArgs {
  @Field(() => [ID], { description: `Global ids, at most ${MAX_NODE_IDS}; the answer keeps their order.` })
  @ArrayMaxSize(MAX_NODE_IDS, { message: `ids must hold at most ${MAX_NODE_IDS} ids` })
  ids: string[];
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null if there is none.' })
  node(
    @Arg('id', () => ID, { description: 'A global id, as an object’s `id` field gives it.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Node | null> {
    return lookup(loaders, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global ids (at most ${MAX_NODE_IDS}), null for each unknown id; more ids are BAD_USER_INPUT.`,
  })
  nodes(@Args(() => NodesArgs) { ids }: NodesArgs, @Ctx() { loaders }: Context): Promise<(Node | null)[]> {
    return Promise.all(ids.map((id) => lookup(loaders, id)));
  }
}
