import type { Pool } from 'pg';
import type sqlite3 from 'sqlite3';
import { DataSource, ObjectLiteral, QueryFailedError } from 'typeorm';
import { StatementCounter } from './data-source';

/**
 * Runs the read path's statements (the loaders', the pages') on the driver itself, not through `DataSource.query`.
 * TypeORM makes a query runner for every statement and broadcasts events around it: 0.21 ms of CPU per statement on
 * PostgreSQL, against 0.06 ms for the same statement prepared once per connection by node-postgres (measured here,
 * 3,000 statements after a warm-up), and the server parses and plans it once per connection instead of every time.
 * The SQL is TypeORM's (`:name` parameters, `IN (:...list)` for a list), so the same text serves both engines:
 * - PostgreSQL: each text is a named prepared statement, its lists passed as one array each (`= ANY($1)`), so that
 *   a batch of 3 keys and one of 40 share one statement;
 * - SQLite: lists are spread (`IN (?, ?, ?)`) as TypeORM spreads them; the statement goes to sqlite3 directly, on
 *   TypeORM's one connection (reads share it under the read-write lock, see sqliteLock).
 * Every statement is logged to the DataSource's logger as TypeORM logs it (the statement counter of the metrics and
 * tests counts it), and a failure is TypeORM's QueryFailedError.
 */
export interface ReadStatements {
  rows<T = Record<string, unknown>>(sql: string, parameters?: ObjectLiteral, options?: ReadOptions): Promise<T[]>;
}

export interface ReadOptions {
  /**
   * A read of the process, not of the request that set it off (the data version, the term snapshot): counted apart
   * (StatementCounter.background), not logged as the request's statement.
   */
  background?: boolean;
}

/** Logs a read statement as the request's, or counts it as a background one (see ReadOptions). */
function logRead(dataSource: DataSource, query: string, values: unknown[], options: ReadOptions): void {
  if (!options.background) dataSource.logger.logQuery(query, values);
  else if (dataSource.logger instanceof StatementCounter) dataSource.logger.background++;
}

const statements = new WeakMap<DataSource, ReadStatements>();

/** The read statements of a DataSource (made once per DataSource). */
export function readStatements(dataSource: DataSource): ReadStatements {
  let reads = statements.get(dataSource);
  if (!reads)
    statements.set(
      dataSource,
      (reads = dataSource.options.type === 'postgres' ? new PostgresReads(dataSource) : new SqliteReads(dataSource)),
    );
  return reads;
}

/** A statement compiled for node-postgres: its `$n` text, a name to prepare it under, and which parameter is `$n`. */
interface PostgresStatement {
  text: string;
  name: string | undefined;
  names: string[];
}

/** Past this many distinct texts, further ones run unnamed and are not kept (a bound on what each connection keeps prepared). */
const MAX_PREPARED = 1000;

/** A list parameter in a condition: `x IN (:...keys)` or `x NOT IN (:...keys)`. */
const LIST = /\b(NOT\s+)?IN\s*\(\s*:\.\.\.([A-Za-z_]\w*)\s*\)/gi;
/** Any other parameter `:name` (not a PostgreSQL cast `::type`, not a list). */
const PARAMETER = /(?<![:\w]):([A-Za-z_]\w*)/g;

/** Every parameter, list or not. */
const ANY_PARAMETER = /(?<![:\w]):(?:\.\.\.)?([A-Za-z_]\w*)/g;

const missing = (name: string, sql: string) => new Error(`internal: no value for the parameter :${name} of ${sql}`);

class PostgresReads implements ReadStatements {
  private readonly compiled = new Map<string, PostgresStatement>();
  private readonly pool: Pool;

  constructor(private readonly dataSource: DataSource) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  async rows<T>(sql: string, parameters: ObjectLiteral = {}, options: ReadOptions = {}): Promise<T[]> {
    const statement = this.compile(sql);
    const values = statement.names.map((name) => {
      if (!(name in parameters)) throw missing(name, sql);
      const value = parameters[name] as unknown;
      // A list of numbers as PostgreSQL's array literal at once (node-postgres builds it by repeated concatenation).
      return Array.isArray(value) && value.every((v) => typeof v === 'number') ? `{${value.join(',')}}` : value;
    });
    logRead(this.dataSource, statement.text, values, options);
    try {
      const result = await this.pool.query({ text: statement.text, values, name: statement.name });
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(statement.text, values, error as Error);
    }
  }

  private compile(sql: string): PostgresStatement {
    let statement = this.compiled.get(sql);
    if (statement) return statement;
    const names: string[] = [];
    const position = (name: string) => {
      const at = names.indexOf(name);
      return `$${(at < 0 ? names.push(name) : at + 1).toString()}`;
    };
    const text = sql
      .replace(LIST, (_all, not: string | undefined, name: string) =>
        not ? `<> ALL(${position(name)})` : `= ANY(${position(name)})`,
      )
      .replace(PARAMETER, (_all, name: string) => position(name));
    // The texts come from the code, a bounded set; past the bound, a text is neither prepared nor kept.
    if (this.compiled.size >= MAX_PREPARED) return { text, name: undefined, names };
    this.compiled.set(sql, (statement = { text, name: `pg_read_${this.compiled.size + 1}`, names }));
    return statement;
  }
}

class SqliteReads implements ReadStatements {
  private readonly names = new Map<string, string[]>();

  constructor(private readonly dataSource: DataSource) {}

  async rows<T>(sql: string, parameters: ObjectLiteral = {}, options: ReadOptions = {}): Promise<T[]> {
    let names = this.names.get(sql);
    if (!names) {
      names = [...sql.matchAll(ANY_PARAMETER)].map((match) => match[1]);
      if (this.names.size < MAX_PREPARED) this.names.set(sql, names);
    }
    for (const name of names) if (!(name in parameters)) throw missing(name, sql);
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
    const connection = (this.dataSource.driver as unknown as { databaseConnection: sqlite3.Database })
      .databaseConnection;
    logRead(this.dataSource, query, values, options);
    return new Promise<T[]>((resolve, reject) =>
      connection.all(query, values, (error: Error | null, rows: T[]) =>
        error ? reject(new QueryFailedError(query, values, error)) : resolve(rows),
      ),
    );
  }
}
