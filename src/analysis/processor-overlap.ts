import { DataSource, In } from 'typeorm';
import { Loaders } from '../dataloaders';
import { Controller, Processor, ProcessorEngagement, ProcessorRole } from '../entities';

/** A vendor and the controllers that engage it. */
export interface ProcessorShare<E> {
  processorId: number;
  /** Distinct controllers, in the order of their first engagement. */
  controllerIds: number[];
  engagements: E[];
}

/**
 * Groups engagements by vendor and keeps the vendors engaged by at least `minControllers` distinct controllers:
 * most-shared first, then by vendor id (vocabulary order). Pure.
 */
export function shareByProcessor<E extends { processorId: number; controllerId: number }>(
  engagements: readonly E[],
  minControllers: number,
): ProcessorShare<E>[] {
  const groups = new Map<number, ProcessorShare<E>>();
  for (const engagement of engagements) {
    let group = groups.get(engagement.processorId);
    if (!group)
      groups.set(
        engagement.processorId,
        (group = { processorId: engagement.processorId, controllerIds: [], engagements: [] }),
      );
    group.engagements.push(engagement);
    if (!group.controllerIds.includes(engagement.controllerId)) group.controllerIds.push(engagement.controllerId);
  }
  return [...groups.values()]
    .filter((g) => g.controllerIds.length >= minControllers)
    .sort((a, b) => b.controllerIds.length - a.controllerIds.length || a.processorId - b.processorId);
}

/** A row a link points at: an error is rethrown, a miss means the database is inconsistent. */
function present<T>(row: T | Error | null, what: string): T {
  if (row instanceof Error) throw row;
  if (row === null) throw new Error(`Inconsistent database: no ${what}`);
  return row;
}

/** A vendor that serves several controllers (in slug order), with the rows a GraphQL client reads. */
export interface ProcessorOverlap {
  processor: Processor;
  controllers: Controller[];
  engagements: ProcessorEngagement[];
}

/**
 * The vendors engaged by at least `minControllers` controllers, optionally among some controllers only (by id) and in
 * one role only. One statement for the engagements; vendors and controllers come through the request's loaders.
 */
export async function findProcessorOverlap(
  dataSource: DataSource,
  loaders: Loaders,
  options: { minControllers: number; controllerIds?: number[] | null; role?: ProcessorRole | null },
): Promise<ProcessorOverlap[]> {
  const engagements = await dataSource.getRepository(ProcessorEngagement).find({
    where: {
      ...(options.controllerIds ? { controllerId: In(options.controllerIds) } : {}),
      ...(options.role ? { role: options.role } : {}),
    },
    order: { id: 'ASC' },
  });
  const shares = shareByProcessor(engagements, options.minControllers);
  const [processors, controllers] = await Promise.all([
    loaders.processor.loadMany(shares.map((s) => s.processorId)),
    Promise.all(shares.map((s) => loaders.controller.loadMany(s.controllerIds))),
  ]);
  return shares.map((share, i) => ({
    processor: present(processors[i], `processor ${share.processorId}`),
    controllers: controllers[i]
      .map((c, j) => present(c, `controller ${share.controllerIds[j]}`))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
    engagements: share.engagements,
  }));
}
