import { ClassConstructor } from 'class-transformer';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { FactKind } from '../../entities/enums';
import { EvidenceRef, FactFile } from '../../policy/fact-file';
import { TermIndex } from '../terms';
import { BulkWriter } from '../writer';

/** The fields of a fact file that hold facts one can create, change and review one by one. */
export type FactField = Exclude<keyof FactFile, 'document' | 'controller'>;

/** A fact of any kind in the fact-file shape: it carries its evidence. */
export interface AnyFact {
  evidence: EvidenceRef[];
}

/**
 * What a kind's `write` needs besides the fact: where to buffer rows, the vocabulary, the version it belongs to (its
 * id, and its slug for the rows that keep it to be ordered by controller).
 */
export interface KindWriteContext {
  writer: BulkWriter;
  terms: TermIndex;
  controllerId: number;
  controllerSlug: string;
}

/** The row a kind's `write` fills: the fact's id (shared with its `fact` row) and the key of its global id. */
export interface FactIdentity {
  id: number;
  nodeKey: string;
}

/** What a kind's `read` needs: a transaction (or the DataSource's manager) and the vocabulary. */
export interface KindReadContext {
  manager: EntityManager;
  terms: TermIndex;
}

/**
 * Everything the store knows about one kind of fact, in one module: the fact-file field it lives in (also the field
 * of the GraphQL FactInput), the class that validates it, its GraphQL type (for global ids and payloads), its natural
 * key within a version, how it becomes rows and how rows become it again. Adding a kind is one such module, its
 * entity and a migration.
 */
export interface FactKindModule<F extends AnyFact = AnyFact> {
  field: FactField;
  kind: FactKind;
  typeName: string;
  entity: EntityTarget<ObjectLiteral>;
  inputClass: ClassConstructor<F>;
  /** A list of facts (purposes) or at most one (the DPO). */
  many: boolean;
  /** The key of a new fact in its version (before deduplication), from what identifies it: `purpose:marketing`. */
  key(fact: F): string;
  /** Buffers the fact's rows (its content and links; the `fact` row and the evidence are the caller's). */
  write(context: KindWriteContext, identity: FactIdentity, fact: F): void;
  /** Reads facts back in the fact-file shape, evidence left empty (the caller adds it), by id. */
  read(context: KindReadContext, ids: number[]): Promise<Map<number, F>>;
}

/** The facts of a module's kind in a (partial) fact file. */
export function factsOf<F extends AnyFact>(module: FactKindModule<F>, file: Partial<FactFile>): F[] {
  const value = file[module.field] as F | F[] | null | undefined;
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Puts facts of a module's kind into a fact file (the inverse of factsOf). */
export function putFacts<F extends AnyFact>(module: FactKindModule<F>, file: Partial<FactFile>, facts: F[]): void {
  (file as Record<string, unknown>)[module.field] = module.many ? facts : (facts[0] ?? null);
}

/** A key fragment from free text: lower case, no diacritics, words joined by `-`, at most 60 characters. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'x'
  );
}

/** Rows of an entity by id, hydrated by TypeORM (one statement; none for no ids). */
export async function rowsById<R extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<R>,
  ids: number[],
): Promise<Map<number, R>> {
  if (!ids.length) return new Map();
  const rows = await manager.find(entity, { where: { id: In(ids) } as never });
  return new Map(rows.map((row) => [Number((row as unknown as { id: number }).id), row]));
}

/** The values of a link table for some keys: `key -> [value, ...]` in ascending order of value (one statement). */
export async function linksOf(
  manager: EntityManager,
  sql: { table: string; key: string; value: string },
  ids: number[],
): Promise<Map<number, number[]>> {
  const links = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (!ids.length) return links;
  const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT "${sql.key}" AS k, "${sql.value}" AS v FROM "${sql.table}" WHERE "${sql.key}" IN (:...ids) ORDER BY "${sql.value}"`,
    { ids },
    {},
  );
  const rows: { k: number; v: number }[] = await manager.query(query, parameters);
  for (const row of rows) links.get(Number(row.k))?.push(Number(row.v));
  return links;
}
