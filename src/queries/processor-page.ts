import { DataSource } from 'typeorm';
import { Processor, ProcessorRole } from '../entities';
import { decodeCursor, encodeCursor, Page } from '../schema/connection';

export interface ProcessorFilter {
  controller?: string | null;
  dataCategory?: string | null;
  role?: ProcessorRole | null;
}

/**
 * One page of vendors matching every given filter, in slug order (keyset pagination). Costs one statement, plus one
 * for `count` if it is called. Throws BAD_USER_INPUT on a cursor this API did not hand out.
 */
export async function findProcessorPage(
  dataSource: DataSource,
  filter: ProcessorFilter,
  first: number,
  after?: string | null,
): Promise<Page<Processor>> {
  const query = dataSource.getRepository(Processor).createQueryBuilder('p');
  if (filter.controller || filter.role) {
    const conditions = [
      ...(filter.controller ? ['c.slug = :controller'] : []),
      ...(filter.role ? ['e.role = :role'] : []),
    ];
    query.andWhere(
      `EXISTS (SELECT 1 FROM processor_engagement e JOIN controller c ON c.id = e."controllerId"
       WHERE e."processorId" = p.id AND ${conditions.join(' AND ')})`,
      { controller: filter.controller, role: filter.role },
    );
  }
  if (filter.dataCategory) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM processor_engagement e JOIN processor_engagement_data_category j ON j."engagementId" = e.id
       JOIN data_category dc ON dc.id = j."dataCategoryId" WHERE e."processorId" = p.id AND dc.code = :dataCategory)`,
      { dataCategory: filter.dataCategory },
    );
  }
  const count = () => query.clone().getCount();
  const afterSlug = after ? decodeCursor(after) : null;
  if (afterSlug !== null) query.andWhere('p.slug > :afterSlug', { afterSlug });
  const rows = await query
    .orderBy('p.slug', 'ASC')
    .take(first + 1)
    .getMany();
  return {
    nodes: rows.slice(0, first),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterSlug !== null,
    cursorOf: (p) => encodeCursor(p.slug),
    count,
  };
}
