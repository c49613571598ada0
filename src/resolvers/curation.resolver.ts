import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { createLoaders } from '../dataloaders';
import { ActorType, Controller, Fact, FactRow, PolicyDocument } from '../entities';
import { Context } from '../schema/context';
import {
  ControllerPayload,
  FactPayload,
  PolicyVersionCreatePayload,
  PolicyVersionDiscardPayload,
  UserError,
} from '../schema/curation';
import { toGlobalId } from '../schema/node';
import { createFact, deleteFact, reviewFact, updateFact, updateIdentity } from '../store/fact-operations';
import { FactField } from '../store/kinds';
import { Actor } from '../store/transaction';
import { userError, UserErrorCode, UserErrors } from '../store/user-errors';
import { createVersion, discardVersion, publishVersion } from '../store/version-operations';
import {
  ControllerUpdateInput,
  DECISIONS,
  FACT_FIELDS,
  FactCreateInput,
  FactDeleteInput,
  FactInput,
  FactReviewInput,
  FactUpdateInput,
  PolicyVersionCreateInput,
  PolicyVersionInput,
} from './curation.inputs';
import { lookup } from './node.resolver';

/** Who is writing, for the audit log: the key the request sent. */
export function actorOf(context: Context): Actor {
  const viewer = context.viewer;
  return {
    type: ActorType.KEY,
    id: viewer?.keyId ?? null,
    name: viewer?.name ?? 'unknown',
    role: viewer?.role ?? null,
    requestId: context.requestId,
  };
}

/** The user errors of a failed write, or rethrows anything else (an internal error). */
export function userErrorsOf(error: unknown): UserError[] {
  if (error instanceof UserErrors) return error.errors;
  throw error;
}

/** The version a global id names (`Controller:<slug>` is the published one); NOT_FOUND otherwise. */
async function versionOf(context: Context, id: string, field: string[]): Promise<Controller> {
  const node = await lookup(context, id);
  if (!(node instanceof Controller))
    throw userError(UserErrorCode.NOT_FOUND, 'No controller version with this id.', field);
  return node;
}

/**
 * The `fact` row of a fact's global id; NOT_FOUND otherwise. A Controller's id is its identity fact and a
 * PolicyDocument's its document fact (both reviewed like any fact; they change through their own mutations).
 */
async function factOf(context: Context, id: string): Promise<Fact> {
  const node = await lookup(context, id);
  const factId =
    node instanceof Controller || node instanceof PolicyDocument
      ? node.factId
      : node instanceof FactRow
        ? node.id
        : null;
  const row = factId === null ? null : await context.loaders.fact.load(factId);
  if (!row) throw userError(UserErrorCode.NOT_FOUND, 'No fact with this id.', ['input', 'id']);
  return row;
}

/**
 * The one kind of fact a FactInput sets, its value, and the path of the value in the input (for user errors);
 * INVALID when it sets none or several.
 */
function factIn(input: FactInput): { field: FactField; value: unknown; path: string[] } {
  const set = Object.entries(input).filter(([, value]) => value !== undefined && value !== null);
  if (set.length !== 1)
    throw userError(
      UserErrorCode.INVALID,
      `Set exactly one field of \`fact\`, the kind of fact (found ${set.length}).`,
      ['input', 'fact'],
    );
  const [name, value] = set[0] as [keyof FactInput, unknown];
  return { field: FACT_FIELDS[name], value, path: ['input', 'fact', name] };
}

/** The payload of a fact mutation: the fact and its version, read with fresh loaders (the write changed them). */
async function factPayload(context: Context, changed: { typeName: string; nodeKey: string; versionId: number }) {
  context.loaders = createLoaders(context.dataSource, context.operation);
  const [fact, controller] = await Promise.all([
    lookup(context, toGlobalId(changed.typeName, changed.nodeKey)),
    context.loaders.controller.load(changed.versionId),
  ]);
  return { fact, controller, userErrors: [] };
}

async function controllerPayload(context: Context, versionId: number): Promise<ControllerPayload> {
  context.loaders = createLoaders(context.dataSource, context.operation);
  return { controller: await context.loaders.controller.load(versionId), userErrors: [] };
}

/**
 * The curation mutations: every one takes one `input`, answers a payload with what changed and `userErrors` (why
 * nothing changed: bad evidence, unknown ids, stale revisions, ...), and goes through the store, which writes it in
 * one transaction, audited. Curators and admins only (`@Authorized`).
 */
@Resolver()
export class CurationResolver {
  @Authorized('CURATOR')
  @Mutation(() => FactPayload, {
    description:
      'Adds a fact, with its evidence, to a version: a draft, or the published version (a correction readers see at once).',
  })
  async factCreate(
    @Arg('input', () => FactCreateInput, { description: 'What to change.' }) input: FactCreateInput,
    @Ctx() context: Context,
  ) {
    try {
      const version = await versionOf(context, input.controller, ['input', 'controller']);
      const changed = await createFact(context.dataSource, actorOf(context), {
        versionId: version.id,
        ...factIn(input.fact),
      });
      return await factPayload(context, changed);
    } catch (error) {
      return { fact: null, controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => FactPayload, {
    description: 'Replaces a fact’s content and evidence, if it is still at `expectedRevision` (else CONFLICT).',
  })
  async factUpdate(
    @Arg('input', () => FactUpdateInput, { description: 'What to change.' }) input: FactUpdateInput,
    @Ctx() context: Context,
  ) {
    try {
      const row = await factOf(context, input.id);
      const changed = await updateFact(context.dataSource, actorOf(context), {
        factId: row.id,
        expectedRevision: input.expectedRevision,
        ...factIn(input.fact),
      });
      return await factPayload(context, changed);
    } catch (error) {
      return { fact: null, controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => FactPayload, { description: 'Removes a fact, if it is still at `expectedRevision`.' })
  async factDelete(
    @Arg('input', () => FactDeleteInput, { description: 'What to change.' }) input: FactDeleteInput,
    @Ctx() context: Context,
  ) {
    try {
      const row = await factOf(context, input.id);
      const changed = await deleteFact(context.dataSource, actorOf(context), {
        factId: row.id,
        expectedRevision: input.expectedRevision,
      });
      const { controller } = await factPayload(context, changed);
      return { fact: null, controller, userErrors: [] };
    } catch (error) {
      return { fact: null, controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => FactPayload, { description: 'Accepts or rejects a fact of a draft.' })
  async factReview(
    @Arg('input', () => FactReviewInput, { description: 'What to change.' }) input: FactReviewInput,
    @Ctx() context: Context,
  ) {
    try {
      const row = await factOf(context, input.id);
      const changed = await reviewFact(context.dataSource, actorOf(context), {
        factId: row.id,
        expectedRevision: input.expectedRevision,
        decision: DECISIONS[input.decision],
      });
      return await factPayload(context, changed);
    } catch (error) {
      return { fact: null, controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => ControllerPayload, {
    description: 'Replaces a version’s controller identity and contact details, with their evidence.',
  })
  async controllerUpdate(
    @Arg('input', () => ControllerUpdateInput, { description: 'What to change.' }) input: ControllerUpdateInput,
    @Ctx() context: Context,
  ): Promise<ControllerPayload> {
    try {
      const version = await versionOf(context, input.id, ['input', 'id']);
      await updateIdentity(context.dataSource, actorOf(context), {
        versionId: version.id,
        expectedRevision: input.expectedRevision,
        value: input.identity,
      });
      return await controllerPayload(context, version.id);
    } catch (error) {
      return { controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => PolicyVersionCreatePayload, {
    description:
      'Adds a new version of a controller’s policy (its text changed): a draft whose facts are carried over from the current version, PROPOSED for review. The same text as the latest version makes no new version.',
  })
  async policyVersionCreate(
    @Arg('input', () => PolicyVersionCreateInput, { description: 'What to change.' }) input: PolicyVersionCreateInput,
    @Ctx() context: Context,
  ): Promise<PolicyVersionCreatePayload> {
    try {
      const created = await createVersion(context.dataSource, actorOf(context), {
        slug: input.controller,
        text: input.text,
        title: input.title,
        language: input.language,
        sourceUrl: input.sourceUrl,
      });
      const { controller } = await controllerPayload(context, created.versionId);
      return {
        controller,
        created: created.created,
        carriedFacts: created.carried,
        droppedFacts: created.dropped,
        userErrors: [],
      };
    } catch (error) {
      return { controller: null, created: false, carriedFacts: [], droppedFacts: [], userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => ControllerPayload, {
    description:
      'Publishes a draft: every fact must be reviewed; rejected facts are dropped; the published version becomes SUPERSEDED.',
  })
  async policyVersionPublish(
    @Arg('input', () => PolicyVersionInput, { description: 'What to change.' }) input: PolicyVersionInput,
    @Ctx() context: Context,
  ): Promise<ControllerPayload> {
    try {
      const version = await versionOf(context, input.id, ['input', 'id']);
      await publishVersion(context.dataSource, actorOf(context), {
        versionId: version.id,
        expectedRevision: input.expectedRevision,
      });
      return await controllerPayload(context, version.id);
    } catch (error) {
      return { controller: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Mutation(() => PolicyVersionDiscardPayload, { description: 'Deletes a draft and its facts.' })
  async policyVersionDiscard(
    @Arg('input', () => PolicyVersionInput, { description: 'What to change.' }) input: PolicyVersionInput,
    @Ctx() context: Context,
  ): Promise<PolicyVersionDiscardPayload> {
    try {
      const version = await versionOf(context, input.id, ['input', 'id']);
      await discardVersion(context.dataSource, actorOf(context), {
        versionId: version.id,
        expectedRevision: input.expectedRevision,
      });
      context.loaders = createLoaders(context.dataSource, context.operation);
      return { discardedId: version.nodeId, userErrors: [] };
    } catch (error) {
      return { discardedId: null, userErrors: userErrorsOf(error) };
    }
  }
}
