import { DataSource } from 'typeorm';
import { Processor, ProcessorRole } from '../entities';
import { Page, PageWindow } from '../schema/connection';
import { keysetPage } from './keyset';

export interface ProcessorFilter {
  controller?: string | null;
  dataCategory?: string | null;
  role?: ProcessorRole | null;
}

/**
 * One page of vendors matching every given filter, in slug order (keyset pagination over the window's cursors). Costs
 * one statement, plus one for `count` (every match, whatever the window) if it is called.
 */
export async function findProcessorPage(
  dataSource: DataSource,
  filter: ProcessorFilter,
  window: PageWindow,
): Promise<Page<Processor>> {
  const query = dataSource.getRepository(Processor).createQueryBuilder('p');
  if (filter.controller || filter.role) {
    const conditions = [
      `c.status = 'PUBLISHED'`,
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
       JOIN data_category dc ON dc.id = j."dataCategoryId" JOIN controller c ON c.id = e."controllerId" AND c.status = 'PUBLISHED'
       WHERE e."processorId" = p.id AND dc.code = :dataCategory)`,
      { dataCategory: filter.dataCategory },
    );
  }
  return keysetPage(query, { alias: 'p', column: 'slug' }, 'Processor', window);
}
