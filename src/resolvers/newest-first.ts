import { SelectQueryBuilder } from 'typeorm';
import { Loaders } from '../dataloaders';
import { encodeCursor, pageWindow, toConnection } from '../schema/connection';
import { DEFAULT_PAGE_SIZE, PageArgs } from './pagination.args';

/**
 * One page of an append-only table, newest first, as a Relay connection: `after` a cursor means older rows (smaller
 * ids), `before` newer ones; the count is taken before the cursor applies. `query` selects the rows (with its
 * filters) under `alias`; `present` turns a row into the connection's node (keeping its id, the cursor's key). The statements run in step with the
 * request's loaders.
 */
export async function newestFirstPage<
  T extends { id: number | string },
  C extends object,
  N extends { id: number | string } = T,
>(
  ConnectionType: new () => C,
  typeName: string,
  query: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
  loaders: Loaders,
  present: (row: T) => N = (row) => row as unknown as N,
): Promise<C> {
  const window = pageWindow(args, typeName, DEFAULT_PAGE_SIZE);
  const count = query.clone();
  if (window.after !== null) query.andWhere(`${alias}.id < :after`, { after: Number(window.after) });
  if (window.before !== null) query.andWhere(`${alias}.id > :before`, { before: Number(window.before) });
  const rows = await loaders.statement(() =>
    query
      .orderBy(`${alias}.id`, window.backward ? 'ASC' : 'DESC')
      .take(window.size + 1)
      .getMany(),
  );
  const more = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  return toConnection(ConnectionType, {
    nodes: (window.backward ? kept.reverse() : kept).map(present),
    hasNextPage: window.backward ? window.before !== null : more,
    hasPreviousPage: window.backward ? more : window.after !== null,
    cursorOf: (node) => encodeCursor(typeName, String(node.id)),
    count: () => loaders.statement(() => count.getCount()),
  });
}
