import { Brackets, DataSource } from 'typeorm';
import { Controller } from '../entities';
import { decodeCursor, encodeCursor, Page } from '../schema/connection';
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
}

/**
 * One page of controllers matching every given filter, in slug order (keyset pagination: `after` is the cursor of the
 * last controller seen). Costs one statement, plus one for `count` if it is called. Throws BAD_USER_INPUT on a cursor
 * this API did not hand out.
 */
export async function findControllerPage(
  dataSource: DataSource,
  filter: ControllerFilter,
  first: number,
  after?: string | null,
): Promise<Page<Controller>> {
  const query = dataSource.getRepository(Controller).createQueryBuilder('c');
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
  const count = () => query.clone().getCount();
  const afterSlug = after ? decodeCursor(after) : null;
  if (afterSlug !== null) query.andWhere('c.slug > :afterSlug', { afterSlug });
  const rows = await query
    .orderBy('c.slug', 'ASC')
    .take(first + 1)
    .getMany();
  return {
    nodes: rows.slice(0, first),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterSlug !== null,
    cursorOf: (c) => encodeCursor(c.slug),
    count,
  };
}
