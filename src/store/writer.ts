import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Bound parameters per statement: SQLite's default SQLITE_MAX_VARIABLE_NUMBER (32766), with room to spare. */
const SQLITE_MAX_PARAMETERS = 32_000;
/** Rows per PostgreSQL statement: the columns go as one array parameter each, so only memory bounds it. */
const POSTGRES_ROWS_PER_STATEMENT = 10_000;
/** Buffered rows (all tables) before the writer sends them, to keep the memory of a large load flat. */
const FLUSH_EVERY_ROWS = 50_000;

type Converter = (value: unknown) => unknown;

interface Table {
  name: string;
  columns: string[];
  /** PostgreSQL array type of each column, for `unnest($n::type[])`. */
  arrayTypes: string[];
  /** Reads and converts the value of each column from an entity-shaped object (null for a link row). */
  read: ((row: ObjectLiteral) => unknown)[] | null;
  rows: unknown[][];
}

const isBoolean = (column: ColumnMetadata) => column.type === 'boolean' || column.type === Boolean;

function converter(column: ColumnMetadata, sqlite: boolean): Converter {
  if (isBoolean(column))
    return sqlite ? (v) => (v === null || v === undefined ? null : v ? 1 : 0) : (v) => (v === undefined ? null : v);
  if (column.type === 'simple-json') return (v) => (v === null || v === undefined ? null : JSON.stringify(v));
  if (['integer', 'int', 'real', 'varchar', 'text', Number, String].includes(column.type as never))
    return (v) => (v === undefined ? null : v);
  throw new Error(
    `internal: the bulk writer cannot write column ${column.propertyPath} of type ${String(column.type)}`,
  );
}

function arrayType(column: ColumnMetadata): string {
  if (isBoolean(column)) return 'boolean[]';
  if (column.type === 'integer' || column.type === 'int' || column.type === Number) return 'integer[]';
  if (column.type === 'real') return 'real[]';
  return 'text[]';
}

/**
 * Writes many rows fast inside the caller's transaction: rows are buffered per table and sent as multi-row INSERTs
 * (SQLite: VALUES lists within its bound-parameter limit; PostgreSQL: one array per column through `unnest`, no
 * parameter limit). Ids are allocated here, in insertion order, following the highest id each table holds when the
 * writer opens, so that facts can point at each other before anything is sent. Tables are sent in the order of the
 * DataSource's entities and link tables last, so that foreign keys always find their row.
 * Not safe for concurrent use; the caller must hold the transaction (and the write lock) until `finish` resolves.
 */
export class BulkWriter {
  private readonly tables = new Map<string, Table>();
  private readonly order: Table[] = [];
  private readonly nextIds = new Map<string, number>();
  private buffered = 0;
  /** The flush under way, if any (see maybeFlush). */
  private sending: Promise<void> | null = null;
  private readonly sqlite: boolean;
  /** Rows written so far, per table. */
  readonly written = new Map<string, number>();

  private constructor(private readonly manager: EntityManager) {
    this.sqlite = manager.connection.options.type !== 'postgres';
    const metadatas = manager.connection.entityMetadatas;
    // Entity tables first, in the DataSource's order (referenced tables come first), then the link tables.
    for (const metadata of [
      ...metadatas.filter((m) => m.tableType !== 'junction'),
      ...metadatas.filter((m) => m.tableType === 'junction'),
    ]) {
      const columns = metadata.columns;
      const convert = columns.map((c) => converter(c, this.sqlite));
      const table: Table = {
        name: metadata.tableName,
        columns: columns.map((c) => c.databaseName),
        arrayTypes: columns.map(arrayType),
        read:
          metadata.tableType === 'junction'
            ? null
            : columns.map((c, i) => (row: ObjectLiteral) => convert[i](c.getEntityValue(row))),
        rows: [],
      };
      this.tables.set(metadata.tableName, table);
      this.order.push(table);
    }
  }

  /**
   * A writer whose ids follow the rows the tables already hold (read once, now: the caller holds the write lock, so no
   * other writer allocates ids meanwhile). Tables whose id is another row's (the fact tables) allocate none.
   */
  static async open(manager: EntityManager): Promise<BulkWriter> {
    const writer = new BulkWriter(manager);
    for (const metadata of manager.connection.entityMetadatas) {
      if (metadata.tableType === 'junction' || !metadata.findColumnWithPropertyName('id')?.isGenerated) continue;
      const [{ max }] = await manager.query(`SELECT MAX(id) AS max FROM "${metadata.tableName}"`);
      writer.nextIds.set(metadata.tableName, Number(max ?? 0) + 1);
    }
    return writer;
  }

  private metadata(entity: EntityTarget<ObjectLiteral>): EntityMetadata {
    return this.manager.connection.getMetadata(entity);
  }

  /** Reserves the id of a row that `insert` will write later (for rows that must point at each other). */
  allocate(entity: EntityTarget<ObjectLiteral>): number {
    const { tableName } = this.metadata(entity);
    const id = this.nextIds.get(tableName);
    if (id === undefined) throw new Error(`internal: table ${tableName} has no id to allocate`);
    this.nextIds.set(tableName, id + 1);
    return id;
  }

  /**
   * Buffers one row of `entity` (an object shaped like the entity: embedded columns as nested objects, missing
   * values as null) and returns its id: `row.id` if given (from `allocate`), else a newly allocated one.
   */
  insert<T extends ObjectLiteral>(entity: EntityTarget<T>, row: Partial<T>): number {
    const metadata = this.metadata(entity);
    const table = this.tables.get(metadata.tableName)!;
    const id = (row.id as number | undefined) ?? this.allocate(entity);
    const full = { ...row, id };
    table.rows.push(table.read!.map((read) => read(full)));
    this.buffered++;
    return id;
  }

  /** Buffers one row of a link table (many-to-many), e.g. `link('purpose_legal_basis', { purposeId, legalBasisId })`. */
  link(tableName: string, row: Record<string, number>): void {
    const table = this.tables.get(tableName);
    if (!table || table.read) throw new Error(`internal: ${tableName} is not a link table`);
    table.rows.push(
      table.columns.map((column) => {
        if (!(column in row)) throw new Error(`internal: link row of ${tableName} without ${column}`);
        return row[column];
      }),
    );
    this.buffered++;
  }

  /**
   * Starts sending the buffered rows if there are many, and returns once the previous batch has been sent: the caller
   * builds the next rows while the database writes these (the two cores work at once), and memory stays flat.
   * Call it between units of work; a write error surfaces at the next call (or at `flush`/`finish`).
   */
  async maybeFlush(): Promise<void> {
    if (this.buffered < FLUSH_EVERY_ROWS) return;
    await this.sending;
    const sending = this.send(this.take());
    sending.catch(() => undefined); // awaited later: not an unhandled rejection meanwhile
    this.sending = sending;
  }

  /** Sends every buffered row, table by table in dependency order, after any send under way. */
  async flush(): Promise<void> {
    await this.sending;
    this.sending = null;
    await this.send(this.take());
  }

  /** Takes the buffered rows out of the buffers (in dependency order), leaving them empty. */
  private take(): [Table, unknown[][]][] {
    const batch: [Table, unknown[][]][] = [];
    for (const table of this.order) {
      if (!table.rows.length) continue;
      batch.push([table, table.rows]);
      table.rows = [];
    }
    this.buffered = 0;
    return batch;
  }

  private async send(batch: [Table, unknown[][]][]): Promise<void> {
    for (const [table, rows] of batch) {
      if (this.sqlite) await this.insertSqlite(table, rows);
      else await this.insertPostgres(table, rows);
      this.written.set(table.name, (this.written.get(table.name) ?? 0) + rows.length);
    }
  }

  /** Flushes, then (PostgreSQL) moves each id sequence past the ids written, as inserts with explicit ids do not. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.sqlite) return; // AUTOINCREMENT records explicit ids in sqlite_sequence by itself
    for (const [tableName, next] of this.nextIds) {
      if (!this.written.get(tableName)) continue;
      await this.manager.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2, false)`, [`"${tableName}"`, next]);
    }
  }

  private async insertSqlite(table: Table, rows: unknown[][]): Promise<void> {
    const width = table.columns.length;
    const perStatement = Math.floor(SQLITE_MAX_PARAMETERS / width);
    const head = `INSERT INTO "${table.name}" (${table.columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
    const tuple = `(${new Array(width).fill('?').join(',')})`;
    let full: string | null = null;
    for (let at = 0; at < rows.length; at += perStatement) {
      const chunk = rows.slice(at, at + perStatement);
      const sql: string =
        chunk.length === perStatement
          ? (full ??= head + new Array(perStatement).fill(tuple).join(','))
          : head + new Array(chunk.length).fill(tuple).join(',');
      await this.manager.query(sql, chunk.flat());
    }
  }

  private async insertPostgres(table: Table, rows: unknown[][]): Promise<void> {
    const columns = table.columns.map((c) => `"${c}"`).join(', ');
    const arrays = table.arrayTypes.map((type, i) => `$${i + 1}::${type}`).join(', ');
    const sql = `INSERT INTO "${table.name}" (${columns}) SELECT * FROM unnest(${arrays})`;
    for (let at = 0; at < rows.length; at += POSTGRES_ROWS_PER_STATEMENT) {
      const chunk = rows.slice(at, at + POSTGRES_ROWS_PER_STATEMENT);
      await this.manager.query(
        sql,
        table.columns.map((_, i) => chunk.map((row) => row[i])),
      );
    }
  }
}
