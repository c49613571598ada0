import { EntityTarget, ObjectLiteral } from 'typeorm';
import {
  DataCategory,
  LegalBasis,
  Processor,
  PurposeCategory,
  RecipientCategory,
  Right,
  SupervisoryAuthority,
} from '../entities';
import { ProcessorTerm, SupervisoryAuthorityTerm, Vocabulary } from '../policy/vocabulary';
import { TermIndex, TermTable } from './terms';
import { WriteTransaction } from './transaction';

/** The columns of a vendor row. */
export const processorColumns = (p: ProcessorTerm) => ({
  slug: p.slug,
  name: p.name,
  legalName: p.legalName ?? null,
  website: p.website ?? null,
  country: p.country ?? null,
  parentCountry: p.parentCountry ?? null,
});

const authorityColumns = (a: SupervisoryAuthorityTerm) => ({
  slug: a.slug,
  name: a.name,
  acronym: a.acronym,
  country: a.country,
  names: a.names ?? {},
  acronyms: a.acronyms,
  addressColumns: {
    street: a.address.street ?? null,
    postalCode: a.address.postalCode ?? null,
    city: a.address.city ?? null,
    country: a.address.country ?? null,
  },
  phone: a.phone,
  email: a.email,
  website: a.website,
  websites: a.websites,
  dpv: a.dpv,
  predecessors: a.predecessors.map((p) => ({ name: p.name, language: p.language, replacedOn: p.replacedOn })),
  predecessorContacts: a.predecessorContacts,
});

/** Each vocabulary: its table in the term index, its entity, its terms with their key and columns. */
function tablesOf(
  v: Vocabulary,
): { table: TermTable; entity: EntityTarget<ObjectLiteral>; rows: [string, object][] }[] {
  const plain = <T extends object>(t: T) => ({ ...t });
  return [
    { table: 'legalBases', entity: LegalBasis, rows: v.legalBases.map((t) => [t.code, plain(t)]) },
    { table: 'rights', entity: Right, rows: v.rights.map((t) => [t.code, plain(t)]) },
    { table: 'dataCategories', entity: DataCategory, rows: v.dataCategories.map((t) => [t.code, plain(t)]) },
    { table: 'purposeCategories', entity: PurposeCategory, rows: v.purposeCategories.map((t) => [t.code, plain(t)]) },
    {
      table: 'recipientCategories',
      entity: RecipientCategory,
      rows: v.recipientCategories.map((t) => [t.code, plain(t)]),
    },
    { table: 'processors', entity: Processor, rows: v.processors.map((t) => [t.slug, processorColumns(t)]) },
    {
      table: 'authorities',
      entity: SupervisoryAuthority,
      rows: v.supervisoryAuthorities.map((t) => [t.slug, authorityColumns(t)]),
    },
  ];
}

/**
 * Brings the vocabulary tables up to `vocabulary`: a term that is missing is inserted, one that is there is updated
 * in place (its id stays: facts point at it). No term is deleted, since facts of any version may still use it. Returns
 * the term index, which the transaction uses from then on.
 */
export async function writeVocabulary(tx: WriteTransaction, vocabulary: Vocabulary): Promise<TermIndex> {
  const terms = await tx.terms();
  const writer = await tx.writer();
  for (const { table, entity, rows } of tablesOf(vocabulary)) {
    for (const [code, columns] of rows) {
      const existing = terms.find(table, code);
      if (existing === undefined) terms.add(table, code, writer.insert(entity, columns));
      else await tx.manager.update(entity, { id: existing }, columns);
    }
  }
  return terms;
}

/** Buffers vendors that are not in the vocabulary yet (the synthetic corpus's long tail); adds them to `terms`. */
export async function addProcessors(tx: WriteTransaction, processors: ProcessorTerm[]): Promise<void> {
  const terms = await tx.terms();
  const writer = await tx.writer();
  for (const p of processors) {
    if (terms.find('processors', p.slug) === undefined)
      terms.add('processors', p.slug, writer.insert(Processor, processorColumns(p)));
  }
}

/** Buffers supervisory authorities that are not in the vocabulary yet (from the ingest catalogue); adds them to `terms`. */
export async function addAuthorities(tx: WriteTransaction, authorities: SupervisoryAuthorityTerm[]): Promise<void> {
  const terms = await tx.terms();
  const writer = await tx.writer();
  for (const a of authorities) {
    if (terms.find('authorities', a.slug) === undefined)
      terms.add('authorities', a.slug, writer.insert(SupervisoryAuthority, authorityColumns(a)));
  }
}
