import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entityReader } from '../dataloaders/entity-reader';
import { readStatements } from '../db/read-statements';
import { encodeCursor, Page, pageOf, PageWindow } from '../schema/connection';

/**
 * One page of a filtered query in the order of a unique text column (keyset pagination over `alias.column`): the rows
 * of `window` (at most `size + 1` read, the one more telling whether another page follows), cursors of items of
 * `type`, and `count` for `totalCount`, which counts every row the filters match, whatever the cursors (the count
 * query is taken before the window's conditions are added). One statement, plus one for `count` if it is called.
 * The rows are read raw and made entities by the entity's reader, as the loaders' are (TypeORM's own hydration of a
 * page of 50 controllers cost more than the statement), through the read statements (prepared on PostgreSQL, no
 * TypeORM query runner); with `properties`, only their columns (see EntityReader.columnsOf; the sort key is added).
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortKey: { alias: string; column: keyof T & string },
  type: string,
  window: PageWindow,
  properties: readonly string[] | null = null,
): Promise<Page<T>> {
  const countQuery = query.clone();
  // Unquoted, as TypeORM's orderBy wants `alias.property`: sort keys are lower-case columns (`slug`).
  const column = `${sortKey.alias}.${sortKey.column}`;
  if (window.after !== null) query.andWhere(`${column} > :keysetAfter`, { keysetAfter: window.after });
  if (window.before !== null) query.andWhere(`${column} < :keysetBefore`, { keysetBefore: window.before });
  const reader = entityReader(query.connection, query.expressionMap.mainAlias!.target as EntityTarget<T>);
  const page = query
    .select(reader.columnsOf(sortKey.alias, '', properties && [...properties, sortKey.column]))
    .orderBy(column, window.backward ? 'DESC' : 'ASC')
    .limit(window.size + 1);
  const raw = await readStatements(query.connection).rows(page.getQuery(), page.getParameters());
  const rows = raw.map((row) => reader.hydrate(row));
  return {
    ...pageOf(rows, window),
    cursorOf: (row) => encodeCursor(type, String(row[sortKey.column])),
    count: () => countQuery.getCount(),
  };
}
