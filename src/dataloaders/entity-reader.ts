import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { ReadOptions, readStatements, ReadStatements } from '../db/read-statements';

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, EntityReader<ObjectLiteral>>>();

/** The reader of an entity on a DataSource (built once: it only depends on the metadata). */
export function entityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): EntityReader<T> {
  let byEntity = readers.get(dataSource);
  if (!byEntity) readers.set(dataSource, (byEntity = new Map()));
  let reader = byEntity.get(entity as EntityTarget<ObjectLiteral>);
  if (!reader) byEntity.set(entity as EntityTarget<ObjectLiteral>, (reader = new EntityReader(dataSource, entity)));
  return reader as EntityReader<T>;
}

/** Column types whose values both drivers hand over as they are (no transformer): hydrate copies them. */
const PLAIN_TYPES = new Set(['varchar', 'character varying', 'text', 'integer', 'int']);

interface HydratedField {
  /** The column of the row. */
  name: string;
  /** The property it sets, on the entity or on its embedded object `embedded`. */
  property: string;
  embedded: string | null;
  /** Whether the driver converts the value (SQLite's 0/1 to booleans, simple-json parsed, ...). */
  convert: boolean;
  column: ColumnMetadata;
}

/**
 * Reads the rows of one entity with plain SQL and hydrates them as TypeORM's `find` does (the columns it selects,
 * embedded columns as nested objects, values converted by the driver: SQLite's 0/1 to booleans, simple-json parsed),
 * without building a query through the query builder for every batch: that is most of the CPU a loader costs.
 * An entity is an object of the entity's class made without running its constructor (entities have none, and no
 * property initializers: TypeScript's class fields would otherwise define every property once more, per row), by a
 * function compiled once per entity (see compile).
 * Tables are named without a schema (the PostgreSQL search path finds them, as for every raw statement).
 */
export class EntityReader<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  private readonly select: string;
  /** How each column reaches the entity (see hydrate). */
  private readonly fields: HydratedField[];
  private readonly prototype: object;
  private readonly embeddedPrototypes = new Map<string, object>();
  private readonly hydrators = new Map<string, (row: Record<string, unknown>) => T>();
  private readonly statements: ReadStatements;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.statements = readStatements(dataSource);
    // Columns marked `select: false` (the documents' full text) are left out, as `find` leaves them out.
    this.columns = this.metadata.columns.filter((c) => c.isSelect !== false);
    this.prototype = (this.metadata.target as { prototype: object }).prototype;
    this.fields = this.columns.map((column) => {
      const embedded = column.embeddedMetadata;
      if (embedded?.parentEmbeddedMetadata)
        throw new Error(
          `internal: ${this.metadata.name}.${column.propertyName} is in a nested embedded, which EntityReader does not read`,
        );
      if (embedded)
        this.embeddedPrototypes.set(embedded.propertyName, (embedded.type as { prototype: object }).prototype);
      return {
        name: column.databaseName,
        property: column.propertyName,
        embedded: embedded ? embedded.propertyName : null,
        convert: column.transformer !== undefined || !PLAIN_TYPES.has(String(column.type)),
        column,
      };
    });
    this.select = `SELECT ${this.columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${this.metadata.tableName}"`;
  }

  /** The database column of a property (e.g. `controllerId`), for a WHERE clause. */
  column(property: keyof T & string): string {
    const column = this.metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`internal: ${this.metadata.name} has no column ${property}`);
    return column.databaseName;
  }

  /** The properties of the columns it selects but `omitted` (for columnsOf). */
  propertiesBut(omitted: readonly string[]): string[] {
    return this.columns.map((c) => c.propertyPath).filter((property) => !omitted.includes(property));
  }

  /** The entity's table. */
  get table(): string {
    return this.metadata.tableName;
  }

  /**
   * The columns `where` selects, qualified by a table alias (`c."id", c."slug", ...`), for a statement that joins;
   * with a `prefix`, each named `<prefix><column>` (for the columns of a second entity in the same rows, see hydrate);
   * with `properties`, only their columns (hydrate then leaves the others unset: for a reader that asks for no more);
   * an embedded object's property (`addressColumns`) names all of its columns.
   */
  columnsOf(alias: string, prefix = '', properties: readonly string[] | null = null): string {
    const wanted = (c: ColumnMetadata) =>
      properties!.includes(c.propertyPath) ||
      (c.embeddedMetadata !== undefined && properties!.includes(c.embeddedMetadata.propertyName));
    return (properties ? this.columns.filter(wanted) : this.columns)
      .map((c) => `${alias}."${c.databaseName}"${prefix ? ` AS "${prefix}${c.databaseName}"` : ''}`)
      .join(', ');
  }

  /**
   * Runs a statement of one's own whose rows hold the entity's columns (see `columnsOf`) and maybe others: each row
   * hydrated, beside the raw row for those other columns. One statement.
   */
  async read(
    sql: string,
    parameters: ObjectLiteral,
    options: ReadOptions = {},
  ): Promise<{ entity: T; row: Record<string, unknown> }[]> {
    const rows = await this.statements.rows(sql, parameters, options);
    return rows.map((row) => ({ entity: this.hydrate(row), row }));
  }

  /** Every row whose `property` is one of `keys`, in the order of the properties `orderBy` (ascending). */
  whereIn(property: keyof T & string, keys: readonly unknown[], orderBy: (keyof T & string)[] = []): Promise<T[]> {
    return this.where(`"${this.column(property)}" IN (:...keys)`, { keys: [...keys] }, orderBy);
  }

  /**
   * Every row matching `condition` (SQL over the table's columns, with TypeORM's `:name` / `:...list` parameters),
   * in the order of the properties `orderBy` (ascending). One statement.
   */
  async where(
    condition: string,
    parameters: ObjectLiteral,
    orderBy: (keyof T & string)[] = [],
    options: ReadOptions = {},
  ): Promise<T[]> {
    const order = orderBy.length ? ` ORDER BY ${orderBy.map((p) => `"${this.column(p)}"`).join(', ')}` : '';
    const rows = await this.statements.rows(`${this.select} WHERE ${condition}${order}`, parameters, options);
    return rows.map((row) => this.hydrate(row));
  }

  /** The entity of a row (its columns named `<prefix><column>`, see columnsOf). */
  hydrate(row: Record<string, unknown>, prefix = ''): T {
    let hydrator = this.hydrators.get(prefix);
    if (!hydrator) this.hydrators.set(prefix, (hydrator = this.compile(prefix)));
    return hydrator(row);
  }

  /**
   * A function that makes the entity of a row: an object of the entity's class (its constructor not run) given each
   * column's value by a store to a property named in the code. Stores to computed names (`entity[name] = value`)
   * would turn an entity of more than a dozen columns into a slow dictionary-mode object; named stores keep V8's
   * fast properties.
   */
  private compile(prefix: string): (row: Record<string, unknown>) => T {
    const lines = this.fields.map(({ name, property, embedded, convert }, i) => {
      const value = convert ? `convert(${i}, v)` : 'v';
      const target =
        embedded === null
          ? 'e'
          : `(e[${JSON.stringify(embedded)}] ??= Object.create(embeddeds.get(${JSON.stringify(embedded)})))`;
      return `v = row[${JSON.stringify(prefix + name)}]; if (v !== undefined) ${target}[${JSON.stringify(property)}] = ${value};`;
    });
    const convert = (i: number, raw: unknown) =>
      this.dataSource.driver.prepareHydratedValue(raw, this.fields[i].column);
    const factory = new Function(
      'prototype',
      'embeddeds',
      'convert',
      `return function hydrate(row) { const e = Object.create(prototype); let v;\n${lines.join('\n')}\nreturn e; };`,
    ) as (
      prototype: object,
      embeddeds: Map<string, object>,
      convert: (i: number, raw: unknown) => unknown,
    ) => (row: Record<string, unknown>) => T;
    return factory(this.prototype, this.embeddedPrototypes, convert);
  }
}
