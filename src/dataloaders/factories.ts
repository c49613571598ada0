import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

/**
 * A loader of one row per key (`column` unique): one `WHERE column IN (...)` statement per batch.
 * Resolves each key to its row or null (DataLoader's contract: same order and length as the keys).
 */
export function rowLoader<T extends ObjectLiteral, K extends string | number>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).findBy({ [column]: In([...keys]) } as never);
    const byKey = new Map(rows.map((row) => [row[column] as K, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader of every row whose `column` equals the key (a one-to-many relation), ordered by id so that facts keep
 * their document order. One statement per batch; each key resolves to a (possibly empty) list.
 */
export function rowsLoader<T extends ObjectLiteral & { id: number }, K extends string | number>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await dataSource
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as never, order: { id: 'ASC' } as never });
    return groupBy(keys, rows, (row) => row[column] as K);
  });
}

/**
 * A loader over a link table: for each key in `from`, the distinct values of `to`, in ascending order of `to`.
 * `sql` selects two columns named `k` and `v` with the placeholder `:keys` for the batch.
 */
export function linkLoader<K extends string | number>(dataSource: DataSource, sql: string): DataLoader<K, number[]> {
  return new DataLoader<K, number[]>(async (keys) => {
    const [query, parameters] = dataSource.driver.escapeQueryWithParameters(sql, { keys: [...keys] }, {});
    const rows: { k: K; v: number }[] = await dataSource.query(query, parameters);
    const grouped = groupBy(keys, rows, (row) => row.k);
    return grouped.map((list) => [...new Set(list.map((row) => Number(row.v)))].sort((a, b) => a - b));
  });
}

/** Groups rows under the batch's keys, in the keys' order (DataLoader's contract). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
