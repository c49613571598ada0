import { EntityManager, In } from 'typeorm';
import { Controller, Evidence, Fact, PolicyDocument } from '../entities';
import { ControllerFacts, DocumentFacts, EvidenceRef, FactFile } from '../policy/fact-file';
import { AnyFact, addressFacts, FACT_KINDS, FactKindModule, putFacts } from './kinds';
import { TermIndex } from './terms';

/** One fact of a stored version: its `fact` row and its value in the fact-file shape, with located evidence. */
export interface StoredFact {
  row: Fact;
  /** The kind's module; null for the identity (`controller`) and the document's own facts (`document`). */
  module: FactKindModule | null;
  value: AnyFact;
}

/** A version as the store reads it back: its rows, its facts one by one, and all of them as one fact file. */
export interface StoredVersion {
  controller: Controller;
  document: PolicyDocument & { text: string };
  facts: StoredFact[];
  file: FactFile;
}

/** Evidence rows as located quotes of the fact-file shape (start and end given, so they are checked, not searched). */
function refsOf(rows: Evidence[]): EvidenceRef[] {
  return rows.map((e) => Object.assign(new EvidenceRef(), { quote: e.quote, start: e.start, end: e.end }));
}

function identityOf(c: Controller): ControllerFacts {
  return Object.assign(new ControllerFacts(), {
    slug: c.slug,
    name: c.name,
    legalName: c.legalName,
    legalForm: c.legalForm,
    enterpriseNumber: c.enterpriseNumber,
    kvkNumber: c.kvkNumber,
    vatNumber: c.vatNumber,
    address: addressFacts(c.addressColumns),
    email: c.email,
    phone: c.phone,
    website: c.website,
    representative: c.representative,
    evidence: [],
  });
}

function documentOf(d: PolicyDocument): DocumentFacts {
  return Object.assign(new DocumentFacts(), {
    slug: d.slug,
    file: `${d.slug}.txt`,
    sourceFile: d.sourceFile,
    title: d.title,
    language: d.language,
    lastUpdated: d.lastUpdated,
  });
}

/**
 * Reads one version back (controller row, document with its text, every fact with its evidence), in the order the
 * facts were written. Null when there is no controller row with that id. A handful of statements, however many facts.
 */
export async function readVersion(
  manager: EntityManager,
  terms: TermIndex,
  controllerId: number,
): Promise<StoredVersion | null> {
  const controller = await manager.findOneBy(Controller, { id: controllerId });
  if (!controller) return null;
  const document = (await manager
    .getRepository(PolicyDocument)
    .createQueryBuilder('d')
    .addSelect('d.text')
    .where('d.id = :id', { id: controller.documentId })
    .getOne()) as (PolicyDocument & { text: string }) | null;
  if (!document) throw new Error(`Inconsistent database: version ${controller.versionKey} has no document`);
  const rows = await manager.find(Fact, { where: { controllerId }, order: { id: 'ASC' } });
  const evidence = await manager.find(Evidence, {
    where: { factId: In(rows.map((row) => row.id)) },
    order: { start: 'ASC', id: 'ASC' },
  });
  const evidenceOf = new Map<number, Evidence[]>();
  for (const e of evidence) evidenceOf.set(e.factId, [...(evidenceOf.get(e.factId) ?? []), e]);

  const values = new Map<number, AnyFact>();
  for (const module of FACT_KINDS) {
    const ids = rows.filter((r) => r.field === module.field).map((r) => r.id);
    for (const [id, value] of await module.read({ manager, terms }, ids)) values.set(id, value);
  }
  const identity = identityOf(controller);
  const documentFacts = documentOf(document);
  const facts: StoredFact[] = rows.map((row) => {
    const module = FACT_KINDS.find((k) => k.field === row.field) ?? null;
    const value =
      row.field === 'controller' ? identity : row.field === 'document' ? (documentFacts as never) : values.get(row.id);
    if (!value) throw new Error(`Inconsistent database: fact ${row.id} (${row.field}) has no content`);
    const refs = refsOf(evidenceOf.get(row.id) ?? []);
    if (row.field === 'document') documentFacts.lastUpdatedEvidence = refs.length ? refs : undefined;
    else value.evidence = refs;
    return { row, module, value };
  });
  const file = Object.assign(new FactFile(), { document: documentFacts, controller: identity });
  for (const module of FACT_KINDS) {
    putFacts(
      module,
      file,
      facts.filter((f) => f.module === module).map((f) => f.value),
    );
  }
  return { controller, document, facts, file };
}
