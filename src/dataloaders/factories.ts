import DataLoader, { BatchLoadFn } from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readStatements } from '../db/read-statements';
import { entityReader } from './entity-reader';
import { Terms, TermSnapshot } from './term-snapshot';

/**
 * Dispatches the batches of one request's loaders in waves, so that the statements a query costs depend on its shape
 * alone, on SQLite and on PostgreSQL alike. DataLoader's own schedule dispatches a batch at the end of the tick of its
 * first load; on a connection pool, the statements of one level finish in different ticks, and a loader fed from two
 * of them (the controllers of processors and of authorities, the evidence of rights and of purposes, ...) would run
 * one batch per tick that happened to see its keys: a count that varies with timing. Here a batch waits until no
 * statement of the request is running, and until the code that their results set off has run (a macrotask later,
 * after every promise job): then every batch the wave queued goes at once. Each loader thus runs at most one
 * statement per wave, and the waves follow the query's levels.
 * Statements of the request that are no loader's (a page of a list, its count) go through `run`, or their timing
 * would decide how the loads they set off share waves with the others. A batch function must not wait on another
 * loader of the same scheduler (it would wait for itself); none does.
 */
export class BatchScheduler {
  private running = 0;
  private queued: (() => void)[] = [];
  private timer: NodeJS.Immediate | null = null;

  /** DataLoader's `batchScheduleFn`. */
  readonly schedule = (dispatch: () => void): void => {
    this.queued.push(dispatch);
    this.arm();
  };

  /** Wraps a batch function so that the scheduler knows while its statement runs. */
  track<K, V>(batch: BatchLoadFn<K, V>): BatchLoadFn<K, V> {
    return (keys) => this.run(() => batch(keys));
  }

  /**
   * Runs a statement of the request that is not a loader's (a page of a list, its count, a search): the waves wait for
   * it as for a batch, so that the loads its result sets off join those of the statements running beside it.
   */
  async run<T>(statement: () => PromiseLike<T>): Promise<T> {
    this.running++;
    try {
      return await statement();
    } finally {
      this.running--;
      this.arm();
    }
  }

  private arm(): void {
    if (this.running === 0 && this.timer === null && this.queued.length) this.timer = setImmediate(this.release);
  }

  private readonly release = (): void => {
    this.timer = null;
    if (this.running > 0) return;
    const queued = this.queued;
    this.queued = [];
    for (const dispatch of queued) dispatch();
  };
}

/** A DataLoader over `batch` whose batches `scheduler` dispatches. */
export function batchLoader<K, V>(scheduler: BatchScheduler, batch: BatchLoadFn<K, V>): DataLoader<K, V> {
  return new DataLoader<K, V>(scheduler.track(batch), { batchScheduleFn: scheduler.schedule });
}

/**
 * A loader of one row per key (`column` unique): one `WHERE column IN (...)` statement per batch.
 * Resolves each key to its row or null (DataLoader's contract: same order and length as the keys).
 */
export function rowLoader<T extends ObjectLiteral, K extends string | number>(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<K, T | null> {
  const reader = entityReader(dataSource, entity);
  return batchLoader<K, T | null>(scheduler, async (keys) => {
    const rows = await reader.whereIn(column, keys);
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
  scheduler: BatchScheduler,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<K, T[]> {
  const reader = entityReader(dataSource, entity);
  return batchLoader<K, T[]>(scheduler, async (keys) => {
    const rows = await reader.whereIn(column, keys, ['id']);
    return groupBy(keys, rows, (row) => row[column] as K);
  });
}

/** Where a fact keeps the row it was read with (see KnownRows): one slot, as a fact's statement joins one table. */
const JOINED = Symbol('joined row');

/**
 * The rows of one table (vocabulary terms, documents) read in the same statement as the facts that refer to them: a
 * resolver gets a fact's row at once, without a promise, when the fact was read with it, and through the loader
 * otherwise (a fact read by another path). Kept by fact, not by id: whether a field costs a statement then depends on
 * the path its fact was read by, never on which statement of a wave happened to finish first. The row is kept on the
 * fact object itself (a symbol-keyed slot; facts are objects of one request): a WeakMap of thousands of facts per
 * request cost the garbage collector an ephemeron table to trace.
 */
export class KnownRows<V extends { id: number }> {
  constructor(private readonly loader: DataLoader<number, V | null>) {}

  attach(fact: object, row: V): void {
    (fact as { [JOINED]?: V })[JOINED] = row;
  }

  /** The row `id` that `fact` refers to. */
  get(fact: object, id: number): V | null | Promise<V | null> {
    const row = (fact as { [JOINED]?: V })[JOINED];
    return row !== undefined && row.id === id ? row : this.loader.load(id);
  }
}

/** The table a fact row refers to by `foreignKey`, read in the same statement as the facts (see rowsWithLoader). */
export interface JoinedRows<T, V extends { id: number }> {
  entity: EntityTarget<V>;
  foreignKey: keyof T & string;
  known: KnownRows<V>;
}

/** The statement for each selection of columns (null: all of them), built on first use. */
function bySelection(
  build: (selected: readonly string[] | null) => string,
): (selected: readonly string[] | null) => string {
  const statements = new Map<string, string>();
  return (selected) => {
    const key = selected ? selected.join() : '*';
    let sql = statements.get(key);
    if (!sql) statements.set(key, (sql = build(selected)));
    return sql;
  };
}

/**
 * rowsLoader whose statement also joins the row each fact refers to (the document of an evidence span) and adds it
 * to `join.known`: the fact's field for it then resolves without a promise and without a statement of its own. Each
 * referred row is sent once per batch, with the first fact that refers to it (the others carry only its id): a
 * controller's 74 spans quote one document, whose columns would otherwise come 74 times.
 * Ordered by `orderBy` (ascending), as rowsLoader orders by id. `properties`, asked at each batch, names the facts'
 * columns to read (null: all; it must include the key, the foreign key and the order); the others are left unset.
 */
export function rowsWithLoader<T extends ObjectLiteral, V extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  entity: EntityTarget<T>,
  column: keyof T & string,
  join: JoinedRows<T, V>,
  orderBy: (keyof T & string)[] = ['id'],
  properties: () => readonly string[] | null = () => null,
): DataLoader<number, T[]> {
  const reader = entityReader(dataSource, entity);
  const joined = entityReader(dataSource, join.entity);
  const foreignKey = reader.column(join.foreignKey);
  const order = orderBy.map((p) => `t."${reader.column(p)}"`).join(', ');
  const sqlFor = bySelection(
    (selected) => `SELECT ${reader.columnsOf('t', '', selected)}, ${joined.columnsOf('j', 'j_')} FROM (
      SELECT ${reader.columnsOf('f', '', selected)}, ROW_NUMBER() OVER (PARTITION BY f."${foreignKey}" ORDER BY f.id) AS "joinFirst"
      FROM "${reader.table}" f WHERE f."${reader.column(column)}" IN (:...keys)
    ) t LEFT JOIN "${joined.table}" j ON j.id = t."${foreignKey}" AND t."joinFirst" = 1
    ORDER BY ${order}`,
  );
  return batchLoader<number, T[]>(scheduler, async (keys) => {
    const rows = await reader.read(sqlFor(properties()), { keys: [...keys] });
    const referred = new Map<unknown, V>();
    for (const { row } of rows) if (row.j_id !== null) referred.set(row[foreignKey], joined.hydrate(row, 'j_'));
    for (const { entity: fact, row } of rows) {
      const target = referred.get(row[foreignKey]);
      if (target) join.known.attach(fact, target);
    }
    return groupBy(
      keys,
      rows.map(({ entity }) => entity),
      (row) => row[column] as number,
    );
  });
}

/** The vocabulary term a fact names by `foreignKey`, from the term snapshot (see rowsWithTermsLoader). */
export interface TermOfFact<T, V extends { id: number }> {
  foreignKey: keyof T & string;
  terms: (terms: Terms) => Map<number, V>;
  known: KnownRows<V>;
}

/**
 * rowsLoader (ordered by `orderBy`, with only the columns `properties` names, as rowsWithLoader) whose facts each get
 * the vocabulary term they name from the process's term snapshot (see TermSnapshot) into `join.known`: the fact's
 * field for it resolves without a promise, and the statement reads the facts' own rows only. A term the snapshot does
 * not have yet is loaded by the fact's field (KnownRows.get), as for a fact read by another path.
 */
export function rowsWithTermsLoader<T extends ObjectLiteral, V extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  entity: EntityTarget<T>,
  column: keyof T & string,
  join: TermOfFact<T, V>,
  orderBy: (keyof T & string)[] = ['id'],
  properties: () => readonly string[] | null = () => null,
): DataLoader<number, T[]> {
  const reader = entityReader(dataSource, entity);
  const order = orderBy.map((p) => `t."${reader.column(p)}"`).join(', ');
  const sqlFor = bySelection(
    (selected) => `SELECT ${reader.columnsOf('t', '', selected)} FROM "${reader.table}" t
      WHERE t."${reader.column(column)}" IN (:...keys) ORDER BY ${order}`,
  );
  return batchLoader<number, T[]>(scheduler, async (keys) => {
    const [rows, terms] = await Promise.all([
      reader.read(sqlFor(properties()), { keys: [...keys] }),
      TermSnapshot.of(dataSource).current(),
    ]);
    const known = join.terms(terms);
    const facts = rows.map(({ entity: fact }) => fact);
    for (const fact of facts) {
      const term = known.get(fact[join.foreignKey] as number);
      if (term) join.known.attach(fact, term);
    }
    return groupBy(keys, facts, (row) => row[column] as number);
  });
}

/**
 * A loader of the vocabulary terms linked to each key: `pairs` selects `k` (the key, one of `:keys`) and `v` (the id
 * of a term), one row per distinct link; each term comes from the process's term snapshot (see TermSnapshot), so
 * the statement returns the pairs only (50 controllers' purposes link 254 legal bases, of 6 terms), and is the same
 * object under every key. A term the snapshot does not have yet is read from `entity`'s table in the same batch.
 * Each key resolves to its terms, in id order.
 */
export function linkedTermsLoader<V extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  entity: EntityTarget<V>,
  termsOf: (terms: Terms) => Map<number, V>,
  pairs: string,
): DataLoader<number, V[]> {
  const reader = entityReader(dataSource, entity);
  const statement = `SELECT p.k, p.v FROM (${pairs}) p ORDER BY p.k, p.v`;
  return batchLoader<number, V[]>(scheduler, async (keys) => {
    const [rows, terms] = await Promise.all([
      readStatements(dataSource).rows<{ k: number | string; v: number | string }>(statement, { keys: [...keys] }),
      TermSnapshot.of(dataSource).current(),
    ]);
    const known = termsOf(terms);
    const missing = [...new Set(rows.map((row) => Number(row.v)).filter((id) => !known.has(id)))];
    const read = new Map(missing.length ? (await reader.whereIn('id', missing)).map((row) => [row.id, row]) : []);
    return groupBy(keys, rows, (row) => Number(row.k)).map((list) =>
      list.map((row) => known.get(Number(row.v)) ?? read.get(Number(row.v))!),
    );
  });
}

/**
 * A loader over a link table: for each key in `from`, the distinct values of `to`, in ascending order of `to`.
 * `sql` selects two columns named `k` and `v` with the placeholder `:keys` for the batch.
 */
export function linkLoader<K extends string | number>(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  sql: string,
): DataLoader<K, number[]> {
  return batchLoader<K, number[]>(scheduler, async (keys) => {
    const rows = await readStatements(dataSource).rows<{ k: K; v: number }>(sql, { keys: [...keys] });
    const grouped = groupBy(keys, rows, (row) => row.k);
    return grouped.map((list) => [...new Set(list.map((row) => Number(row.v)))].sort((a, b) => a - b));
  });
}

/**
 * A loader of one count per key: `sql` selects two columns named `k` and `n` (the key and its count, one row per key
 * that has any) with the placeholder `:keys` for the batch. Keys without a row count 0. One statement per batch.
 */
export function countLoader(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  sql: string,
): DataLoader<number, number> {
  return batchLoader<number, number>(scheduler, async (keys) => {
    // PostgreSQL returns COUNT as a bigint, which node-postgres hands over as a string.
    const rows = await readStatements(dataSource).rows<{ k: number | string; n: number | string }>(sql, {
      keys: [...keys],
    });
    const counts = new Map(rows.map((row) => [Number(row.k), Number(row.n)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

/** The arguments of a bounded list of children (the controllers of a vendor, ...), whatever else it takes. */
export interface BoundedArgs {
  /** How many children to return at most. */
  first: number;
}

/** A key of a bounded loader: the parent (its id) and the arguments of its list. */
export type BoundedKey<A extends BoundedArgs> = A & { parent: number };

/**
 * Reads the children of `parents` for one set of arguments, at most `limit` per parent: one statement, whatever the
 * number of parents (a window function numbers the rows of each parent). Rows come grouped by parent, in list order.
 */
export type BoundedRead<A extends BoundedArgs, T> = (
  parents: number[],
  args: A,
  limit: number,
) => Promise<{ parent: number; node: T }[]>;

/** One page of the children of a parent: at most `first` of them, and whether more follow. */
export interface ChildPage<T> {
  nodes: T[];
  hasNextPage: boolean;
}

/** The arguments of a key without its parent, as a string that is the same for the same arguments in any order. */
function argumentsOf<A extends BoundedArgs>(key: BoundedKey<A>): { id: string; args: A } {
  const { parent: _parent, ...args } = key;
  const entries = Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { id: JSON.stringify(entries), args: args as unknown as A };
}

/**
 * A loader of bounded lists under many parents. Keys with the same arguments (a field asked with the same `first`,
 * `after`, ... for every parent of a selection) share one statement, which reads at most `limit(first)` rows per
 * parent: the statements depend on the distinct arguments of the query, the rows on `first`, neither on the data.
 */
function boundedLoader<A extends BoundedArgs, T, V>(
  scheduler: BatchScheduler,
  read: BoundedRead<A, T>,
  limit: (first: number) => number,
  shape: (rows: T[], args: A) => V,
): DataLoader<BoundedKey<A>, V, string> {
  return new DataLoader<BoundedKey<A>, V, string>(
    scheduler.track(async (keys) => {
      const groups = new Map<string, { args: A; parents: number[] }>();
      for (const key of keys) {
        const { id, args } = argumentsOf(key);
        let group = groups.get(id);
        if (!group) groups.set(id, (group = { args, parents: [] }));
        group.parents.push(key.parent);
      }
      const values = new Map<string, V>();
      await Promise.all(
        [...groups].map(async ([id, { args, parents }]) => {
          const rows = await read(parents, args, limit(args.first));
          groupBy(parents, rows, (row) => row.parent).forEach((list, i) =>
            values.set(
              `${parents[i]} ${id}`,
              shape(
                list.map((row) => row.node),
                args,
              ),
            ),
          );
        }),
      );
      return keys.map((key) => values.get(`${key.parent} ${argumentsOf(key).id}`) as V);
    }),
    { batchScheduleFn: scheduler.schedule, cacheKeyFn: (key) => `${key.parent} ${argumentsOf(key).id}` },
  );
}

/**
 * A loader of pages of children (a connection under each parent): reads `first + 1` rows per parent, the one more
 * telling whether another page follows. See boundedLoader for the statements.
 */
export function childPageLoader<A extends BoundedArgs, T>(
  scheduler: BatchScheduler,
  read: BoundedRead<A, T>,
): DataLoader<BoundedKey<A>, ChildPage<T>, string> {
  return boundedLoader<A, T, ChildPage<T>>(
    scheduler,
    read,
    (first) => first + 1,
    (rows, { first }) => ({ nodes: rows.slice(0, first), hasNextPage: rows.length > first }),
  );
}

/** A loader of the first `first` children of each parent (a bounded list): `first` rows per parent at most. */
export function childListLoader<A extends BoundedArgs, T>(
  scheduler: BatchScheduler,
  read: BoundedRead<A, T>,
): DataLoader<BoundedKey<A>, T[], string> {
  return boundedLoader<A, T, T[]>(
    scheduler,
    read,
    (first) => first,
    (rows) => rows,
  );
}

/** Groups rows under the batch's keys, in the keys' order (DataLoader's contract). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
