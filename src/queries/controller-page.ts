import { Brackets, DataSource } from 'typeorm';
import { Controller, VersionStatus } from '../entities';
import { Page, PageWindow } from '../schema/connection';
import { keysetPage } from './keyset';
import { containsPattern } from './like';

export interface ControllerFilter {
  dataCategory?: string | null;
  processor?: string | null;
  legalBasis?: string | null;
  right?: string | null;
  purposeCategory?: string | null;
  language?: string | null;
  hasDpo?: boolean | null;
  name?: string | null;
  /** Which versions: the published ones unless a curator asks for drafts or superseded versions. */
  status?: VersionStatus | null;
}

/**
 * One page of controllers matching every given filter, in slug order (keyset pagination over the window's cursors).
 * Costs one statement, plus one for `count` (every match, whatever the window) if it is called. `properties`: only
 * these properties of each controller (null: all; see columnsOfConnection in src/resolvers/controller-columns).
 */
export async function findControllerPage(
  dataSource: DataSource,
  filter: ControllerFilter,
  window: PageWindow,
  properties: readonly string[] | null = null,
): Promise<Page<Controller>> {
  const query = dataSource
    .getRepository(Controller)
    .createQueryBuilder('c')
    .where('c.status = :status', { status: filter.status ?? VersionStatus.PUBLISHED });
  if (filter.dataCategory) {
    query.andWhere(
      new Brackets((q) =>
        q
          .where(
            `EXISTS (SELECT 1 FROM data_category_disclosure d JOIN data_category dc ON dc.id = d."dataCategoryId"
             WHERE d."controllerId" = c.id AND dc.code = :dataCategory)`,
          )
          .orWhere(
            `EXISTS (SELECT 1 FROM purpose p JOIN purpose_data_category j ON j."purposeId" = p.id
             JOIN data_category dc ON dc.id = j."dataCategoryId" WHERE p."controllerId" = c.id AND dc.code = :dataCategory)`,
          ),
      ),
      { dataCategory: filter.dataCategory },
    );
  }
  if (filter.processor) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM processor_engagement e JOIN processor pr ON pr.id = e."processorId"
       WHERE e."controllerId" = c.id AND pr.slug = :processor)`,
      { processor: filter.processor },
    );
  }
  if (filter.legalBasis) {
    query.andWhere(
      new Brackets((q) =>
        q
          .where(
            `EXISTS (SELECT 1 FROM legal_basis_claim l JOIN legal_basis lb ON lb.id = l."legalBasisId"
             WHERE l."controllerId" = c.id AND lb.code = :legalBasis)`,
          )
          .orWhere(
            `EXISTS (SELECT 1 FROM purpose p JOIN purpose_legal_basis j ON j."purposeId" = p.id
             JOIN legal_basis lb ON lb.id = j."legalBasisId" WHERE p."controllerId" = c.id AND lb.code = :legalBasis)`,
          ),
      ),
      { legalBasis: filter.legalBasis },
    );
  }
  if (filter.right) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM right_statement r JOIN data_subject_right dr ON dr.id = r."rightId"
       WHERE r."controllerId" = c.id AND dr.code = :right)`,
      { right: filter.right },
    );
  }
  if (filter.purposeCategory) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM purpose p JOIN purpose_category pc ON pc.id = p."purposeCategoryId"
       WHERE p."controllerId" = c.id AND pc.code = :purposeCategory)`,
      { purposeCategory: filter.purposeCategory },
    );
  }
  if (filter.language) query.andWhere('c.language = :language', { language: filter.language });
  if (filter.hasDpo !== undefined && filter.hasDpo !== null)
    query.andWhere('c."hasDpo" = :hasDpo', { hasDpo: filter.hasDpo });
  if (filter.name) {
    query.andWhere(
      new Brackets((q) =>
        q
          .where(`LOWER(c.name) LIKE :name ESCAPE '\\'`)
          .orWhere(`LOWER(COALESCE(c."legalName", '')) LIKE :name ESCAPE '\\'`),
      ),
      { name: containsPattern(filter.name) },
    );
  }
  return keysetPage(query, { alias: 'c', column: 'slug' }, 'Controller', window, properties);
}
