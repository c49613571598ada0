import { ArrayMaxSize } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { Loaders } from '../dataloaders';
import { Controller, VersionStatus } from '../entities';
import { Context, seesDrafts } from '../schema/context';
import { Node, fromGlobalId } from '../schema/node';

type Lookup = (loaders: Loaders, key: string) => Promise<(Node & object) | null>;

/** The version a fact's key (`<slug>@<version>/<key>`) or a version key (`<slug>@<version>`) names. */
const versionOfKey = (key: string) => key.split('/')[0];

/** How each type's global id key is looked up (whoever asks; visibility is checked after). */
const lookups: Record<string, Lookup> = {
  Controller: (l, k) => (k.includes('@') ? l.controllerVersion.load(k) : l.controllerBySlug.load(k)),
  PolicyDocument: async (l, k) => {
    if (!k.includes('@')) return l.documentBySlug.load(k);
    const version = await l.controllerVersion.load(k);
    return version ? l.document.load(version.documentId) : null;
  },
  Processor: (l, k) => l.processorBySlug.load(k),
  SupervisoryAuthority: (l, k) => l.authorityBySlug.load(k),
  LegalBasis: (l, k) => l.legalBasisByCode.load(k),
  Right: (l, k) => l.rightByCode.load(k),
  DataCategory: (l, k) => l.dataCategoryByCode.load(k),
  PurposeCategory: (l, k) => l.purposeCategoryByCode.load(k),
  RecipientCategory: (l, k) => l.recipientCategoryByCode.load(k),
  Dpo: (l, k) => l.dpoByKey.load(k),
  Purpose: (l, k) => l.purposeByKey.load(k),
  ProcessorEngagement: (l, k) => l.engagementByKey.load(k),
  DataCategoryDisclosure: (l, k) => l.disclosureByKey.load(k),
  RecipientDisclosure: (l, k) => l.recipientDisclosureByKey.load(k),
  RightStatement: (l, k) => l.rightStatementByKey.load(k),
  LegalBasisClaim: (l, k) => l.legalBasisClaimByKey.load(k),
  RightsRequest: (l, k) => l.rightsRequestByKey.load(k),
  PolicyStatement: (l, k) => l.statementByKey.load(k),
  AuthorityReference: (l, k) => l.authorityReferenceByKey.load(k),
  Evidence: (l, k) => l.evidenceByKey.load(k),
  Ingestion: (l, k) => l.ingestionByKey.load(k),
};

/**
 * Whether the request may see the object a key names: everything but drafts, which only curators see. A key of a
 * version-bound object (`<slug>@<version>...`) is checked against that version's status.
 */
async function visible(context: Context, typeName: string, key: string): Promise<boolean> {
  if (!key.includes('@') || seesDrafts(context) || typeName === 'Controller') return true;
  const version: Controller | null = await context.loaders.controllerVersion.load(versionOfKey(key));
  return version !== null && version.status !== VersionStatus.DRAFT;
}

/** The object of a global id as the request may see it (drafts only for curators); null for anything else. */
export async function lookup(context: Context, id: string): Promise<Node | null> {
  const decoded = fromGlobalId(id);
  const find = decoded && Object.hasOwn(lookups, decoded.typeName) ? lookups[decoded.typeName] : null;
  if (!find || !decoded) return null;
  // Submitted policies and their progress are the curators' business.
  if (decoded.typeName === 'Ingestion' && !seesDrafts(context)) return null;
  const [found, allowed] = await Promise.all([
    find(context.loaders, decoded.key),
    visible(context, decoded.typeName, decoded.key),
  ]);
  if (!found || !allowed) return null;
  if (found instanceof Controller && found.status === VersionStatus.DRAFT && !seesDrafts(context)) return null;
  return found;
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
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id; null if there is none (or it belongs to a draft and you are no curator).',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id, as an object’s `id` field gives it.' }) id: string,
    @Ctx() context: Context,
  ): Promise<Node | null> {
    return lookup(context, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global ids (at most ${MAX_NODE_IDS}), null for each unknown id; more ids are BAD_USER_INPUT.`,
  })
  nodes(@Args(() => NodesArgs) { ids }: NodesArgs, @Ctx() context: Context): Promise<(Node | null)[]> {
    return Promise.all(ids.map((id) => lookup(context, id)));
  }
}
