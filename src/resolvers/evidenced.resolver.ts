import { ClassType, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { Evidence, Fact, FactKind, FactRow, FactSource, ReviewState } from '../entities';
import { Context } from '../schema/context';

/**
 * The `evidence` field every fact type has, as an abstract resolver that each fact's resolver extends
 * (type-graphql's resolver inheritance). `factIdOf` says where the fact's own row is (its id, or `factId` for the
 * controller's identity and the document's date).
 */
export function EvidencedResolver<T extends object>(type: ClassType<T>, factIdOf: (fact: T) => number) {
  @Resolver(() => type)
  abstract class EvidencedResolverBase {
    @FieldResolver(() => [Evidence], {
      description: 'The exact words of the document that back this fact, in document order.',
    })
    evidence(@Root() fact: T, @Ctx() { loaders }: Context): Promise<Evidence[]> {
      return loaders.evidence.load(factIdOf(fact));
    }
  }
  return EvidencedResolverBase;
}

/** The `fact` row of a fact; a miss means the database is inconsistent. */
export async function factOf(row: { id: number }, { loaders }: Context): Promise<Fact> {
  const fact = await loaders.fact.load(row.id);
  if (!fact) throw new Error(`Inconsistent database: no fact row ${row.id}`);
  return fact;
}

/**
 * The fields every fact of a version has besides its content: its evidence, its review state, who made it, the
 * extractor's confidence, its key and its revision (for `expectedRevision`).
 */
export function FactResolver<T extends FactRow>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class FactResolverBase extends EvidencedResolver(type, (fact: T) => fact.id) {
    @FieldResolver(() => FactKind, { description: 'The kind of fact.' })
    async kind(@Root() row: T, @Ctx() ctx: Context): Promise<FactKind> {
      return (await factOf(row, ctx)).kind;
    }

    @FieldResolver(() => String, {
      description:
        'Stable key of the fact within its controller’s versions (e.g. `purpose:marketing`): the same fact in another version has the same key.',
    })
    async key(@Root() row: T, @Ctx() ctx: Context): Promise<string> {
      return (await factOf(row, ctx)).key;
    }

    @FieldResolver(() => ReviewState, {
      description: 'Where the fact stands in review; every fact of a published version is ACCEPTED.',
    })
    async reviewState(@Root() row: T, @Ctx() ctx: Context): Promise<ReviewState> {
      return (await factOf(row, ctx)).reviewState;
    }

    @FieldResolver(() => FactSource, { description: 'Who made the fact: the seeds, the extractor or a curator.' })
    async source(@Root() row: T, @Ctx() ctx: Context): Promise<FactSource> {
      return (await factOf(row, ctx)).source;
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description: 'How sure the extractor is of the fact (0 to 1); null for facts people made.',
    })
    async confidence(@Root() row: T, @Ctx() ctx: Context): Promise<number | null> {
      return (await factOf(row, ctx)).confidence;
    }

    @FieldResolver(() => Int, {
      description: 'Revision of the fact, starting at 1: pass it as `expectedRevision` to change the fact.',
    })
    async revision(@Root() row: T, @Ctx() ctx: Context): Promise<number> {
      return (await factOf(row, ctx)).revision;
    }
  }
  return FactResolverBase;
}
