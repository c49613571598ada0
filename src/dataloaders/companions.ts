import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readStatements } from '../db/read-statements';
import { Dpo, PolicyDocument, RightsRequest, SupervisoryAuthority } from '../entities';
import { batchLoader, BatchScheduler } from './factories';
import { EntityReader, entityReader } from './entity-reader';

/**
 * The rows a controller has at most one of that its fields show (`dpo`, `rightsRequest`, `document`,
 * `supervisoryAuthority`): read together, for every controller of a wave, in one statement. `undefined`: not read
 * (the operation selects no such field); null: the controller has none.
 */
export interface Companions {
  dpo?: Dpo | null;
  rightsRequest?: RightsRequest | null;
  document?: PolicyDocument | null;
  supervisoryAuthority?: SupervisoryAuthority | null;
}

/** What the running operation selects (see SelectedFields); absent outside an operation. */
interface Selection {
  selectsAny(typeName: string, fields: readonly string[]): boolean;
}

/** How each companion joins the controller `c`: its entity, the alias of its columns and the join condition. */
const PARTS: { field: keyof Companions; entity: EntityTarget<ObjectLiteral>; alias: string; on: string }[] = [
  { field: 'dpo', entity: Dpo, alias: 'd', on: 'd."controllerId" = c.id' },
  { field: 'rightsRequest', entity: RightsRequest, alias: 'r', on: 'r."controllerId" = c.id' },
  { field: 'document', entity: PolicyDocument, alias: 'p', on: 'p.id = c."documentId"' },
  { field: 'supervisoryAuthority', entity: SupervisoryAuthority, alias: 'a', on: 'a.id = c."supervisoryAuthorityId"' },
];

/** Where a document read with its controller keeps its full text, when the operation selects it (see knownText). */
const TEXT = Symbol('document text');

/** The text of a document read with it (a controller's companion), or undefined: load it. */
export function knownText(document: PolicyDocument): string | undefined {
  return (document as { [TEXT]?: string })[TEXT];
}

/**
 * A loader of each controller's companions (by controller id): one statement per wave that LEFT JOINs the rows the
 * operation's Controller fields select (all four outside an operation), with the documents' text when
 * `PolicyDocument.text` is selected. A controller's full detail read its DPO, rights request, document, authority
 * and text in five statements; the statements a query costs still follow its shape alone.
 */
export function companionLoader(
  dataSource: DataSource,
  scheduler: BatchScheduler,
  operation: { fields?: Selection },
): DataLoader<number, Companions> {
  const readers = new Map(PARTS.map((part) => [part.field, entityReader(dataSource, part.entity)]));
  const statements = readStatements(dataSource);
  const texts = new Map<string, string>();
  const sqlFor = (parts: typeof PARTS, text: boolean) => {
    const key = `${parts.map((p) => p.alias).join('')}${text ? '+text' : ''}`;
    let sql = texts.get(key);
    if (!sql) {
      const columns = parts.map((p) => readers.get(p.field)!.columnsOf(p.alias, `${p.alias}_`));
      if (text) columns.push('p.text AS "p_text"');
      const joins = parts.map((p) => `LEFT JOIN "${readers.get(p.field)!.table}" ${p.alias} ON ${p.on}`);
      texts.set(
        key,
        (sql = `SELECT c.id AS k, ${columns.join(', ')} FROM controller c ${joins.join(' ')} WHERE c.id IN (:...keys)`),
      );
    }
    return sql;
  };
  return batchLoader<number, Companions>(scheduler, async (keys) => {
    const selection = operation.fields;
    const parts = PARTS.filter((p) => !selection || selection.selectsAny('Controller', [p.field]));
    if (parts.length === 0) return keys.map(() => ({}));
    const text = !!selection?.selectsAny('PolicyDocument', ['text']) && parts.some((p) => p.field === 'document');
    const rows = await statements.rows(sqlFor(parts, text), { keys: [...keys] });
    const byId = new Map(rows.map((row) => [Number(row.k), companionsOf(row, parts, readers, text)]));
    return keys.map((key) => byId.get(key) ?? {});
  });
}

function companionsOf(
  row: Record<string, unknown>,
  parts: typeof PARTS,
  readers: Map<keyof Companions, EntityReader<ObjectLiteral>>,
  text: boolean,
): Companions {
  const companions: Record<string, ObjectLiteral | null> = {};
  for (const { field, alias } of parts) {
    const id = row[`${alias}_id`];
    companions[field] = id === null || id === undefined ? null : readers.get(field)!.hydrate(row, `${alias}_`);
  }
  const document = companions.document;
  if (text && document) (document as { [TEXT]?: string })[TEXT] = row.p_text as string;
  return companions as Companions;
}
