import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { encodeCursor, Page, pageOf, PageWindow } from '../schema/connection';

/**
 * One page of a filtered query in the order of a unique text column (keyset pagination over `alias.column`): the rows
 * of `window` (at most `size + 1` read, the one more telling whether another page follows), cursors of items of
 * `type`, and `count` for `totalCount`, which counts every row the filters match, whatever the cursors (the count
 * query is taken before the window's conditions are added). One statement, plus one for `count` if it is called.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortKey: { alias: string; column: keyof T & string },
  type: string,
  window: PageWindow,
): Promise<Page<T>> {
  const countQuery = query.clone();
  // Unquoted, as TypeORM's orderBy wants `alias.property`: sort keys are lower-case columns (`slug`).
  const column = `${sortKey.alias}.${sortKey.column}`;
  if (window.after !== null) query.andWhere(`${column} > :keysetAfter`, { keysetAfter: window.after });
  if (window.before !== null) query.andWhere(`${column} < :keysetBefore`, { keysetBefore: window.before });
  const rows = await query
    .orderBy(column, window.backward ? 'DESC' : 'ASC')
    .take(window.size + 1)
    .getMany();
  return {
    ...pageOf(rows, window),
    cursorOf: (row) => encodeCursor(type, String(row[sortKey.column])),
    count: () => countQuery.getCount(),
  };
}
