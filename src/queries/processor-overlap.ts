import { DataSource } from 'typeorm';
import { EngagementScope, Loaders, PUBLISHED, scopeCondition } from '../dataloaders';
import { Processor, ProcessorRole } from '../entities';

/** A vendor engaged by several controllers, and the engagements that count (the lists of it are read in pages). */
export interface ProcessorOverlap {
  processor: Processor;
  /** Distinct controllers that engage it within the scope. */
  controllerCount: number;
  scope: EngagementScope;
}

/** A row a link points at: an error is rethrown, a miss means the database is inconsistent. */
function present<T>(row: T | Error | null, what: string): T {
  if (row instanceof Error) throw row;
  if (row === null) throw new Error(`Inconsistent database: no ${what}`);
  return row;
}

/**
 * The first `first` vendors engaged by at least `minControllers` distinct controllers, optionally among some
 * controllers only (by id) and in one role only: most shared first, then by vendor id (vocabulary order). The
 * database groups and counts the engagements (one statement that returns `first` rows at most, however many
 * engagements there are); vendors come through the request's loaders, and the controllers and engagements of each
 * vendor are left to the resolver, which reads them in bounded pages within the same scope.
 */
export async function findProcessorOverlap(
  dataSource: DataSource,
  loaders: Loaders,
  options: { minControllers: number; controllerIds?: number[] | null; role?: ProcessorRole | null; first: number },
): Promise<ProcessorOverlap[]> {
  const scope: EngagementScope = { role: options.role ?? null, among: options.controllerIds ?? null };
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
    `SELECT e."processorId" AS k, COUNT(DISTINCT e."controllerId") AS n FROM processor_engagement e
     JOIN controller c ON c.id = e."controllerId" AND ${PUBLISHED}
     WHERE 1 = 1${scopeCondition(scope)}
     GROUP BY e."processorId" HAVING COUNT(DISTINCT e."controllerId") >= :minControllers
     ORDER BY n DESC, k LIMIT :first`,
    { ...scope, minControllers: options.minControllers, first: options.first },
    {},
  );
  // PostgreSQL returns COUNT as a bigint, which node-postgres hands over as a string.
  const shares: { k: number | string; n: number | string }[] = await loaders.statement(() =>
    dataSource.query(query, parameters),
  );
  const processors = await loaders.processor.loadMany(shares.map((s) => Number(s.k)));
  return shares.map((share, i) => ({
    processor: present(processors[i], `processor ${share.k}`),
    controllerCount: Number(share.n),
    scope,
  }));
}
