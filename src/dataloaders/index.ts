import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  AuthorityReference,
  Controller,
  DataCategory,
  DataCategoryDisclosure,
  Dpo,
  Evidence,
  EvidenceSubject,
  LegalBasis,
  LegalBasisClaim,
  PolicyDocument,
  PolicyStatement,
  Processor,
  ProcessorEngagement,
  Purpose,
  PurposeCategory,
  RecipientCategory,
  RecipientDisclosure,
  Right,
  RightsRequest,
  RightStatement,
  SupervisoryAuthority,
} from '../entities';
import { entityReader } from './entity-reader';
import { batchLoader, BatchScheduler, groupBy, linkLoader, rowLoader, rowsLoader } from './factories';

/** Key of the evidence loader: which fact, by kind and id. */
export const evidenceKey = (subject: EvidenceSubject, id: number): string => `${subject}:${id}`;

/**
 * Creates the DataLoaders of one request. Each batches every load of one wave (see BatchScheduler: the loads that one
 * level of the query sets off) into a single SQL statement, so the statements a query costs depend on its shape, not
 * on the number of rows nor on the timing of the database. Loaders cache for the request only: create a new set per
 * request (never share them between requests or users).
 */
export function createLoaders(dataSource: DataSource) {
  const scheduler = new BatchScheduler();
  const link = (sql: string) => linkLoader<number>(dataSource, scheduler, sql);
  const one = <T extends ObjectLiteral, K extends string | number>(entity: EntityTarget<T>, column: keyof T & string) =>
    rowLoader<T, K>(dataSource, scheduler, entity, column);
  const many = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, column: keyof T & string) =>
    rowsLoader<T, number>(dataSource, scheduler, entity, column);
  return {
    /**
     * Runs a statement of the request that no loader makes (a list's page or count, a search) in step with the
     * loaders' waves (see BatchScheduler.run): resolvers at the root of a query use it.
     */
    statement: <T>(work: () => PromiseLike<T>): Promise<T> => scheduler.run(work),
    // rows by key
    controller: one<Controller, number>(Controller, 'id'),
    controllerBySlug: one<Controller, string>(Controller, 'slug'),
    document: one<PolicyDocument, number>(PolicyDocument, 'id'),
    documentBySlug: one<PolicyDocument, string>(PolicyDocument, 'slug'),
    documentText: batchLoader<number, string | null>(scheduler, async (ids) => {
      const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
        'SELECT id, text FROM policy_document WHERE id IN (:...ids)',
        { ids: [...ids] },
        {},
      );
      const rows: { id: number; text: string }[] = await dataSource.query(query, parameters);
      const byId = new Map(rows.map((row) => [Number(row.id), row.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    authority: one<SupervisoryAuthority, number>(SupervisoryAuthority, 'id'),
    authorityBySlug: one<SupervisoryAuthority, string>(SupervisoryAuthority, 'slug'),
    legalBasis: one<LegalBasis, number>(LegalBasis, 'id'),
    legalBasisByCode: one<LegalBasis, string>(LegalBasis, 'code'),
    right: one<Right, number>(Right, 'id'),
    rightByCode: one<Right, string>(Right, 'code'),
    dataCategory: one<DataCategory, number>(DataCategory, 'id'),
    dataCategoryByCode: one<DataCategory, string>(DataCategory, 'code'),
    purposeCategory: one<PurposeCategory, number>(PurposeCategory, 'id'),
    purposeCategoryByCode: one<PurposeCategory, string>(PurposeCategory, 'code'),
    recipientCategory: one<RecipientCategory, number>(RecipientCategory, 'id'),
    recipientCategoryByCode: one<RecipientCategory, string>(RecipientCategory, 'code'),
    processor: one<Processor, number>(Processor, 'id'),
    processorBySlug: one<Processor, string>(Processor, 'slug'),
    // link rows by their own id (node lookups)
    dpoById: one<Dpo, number>(Dpo, 'id'),
    purposeById: one<Purpose, number>(Purpose, 'id'),
    engagementById: one<ProcessorEngagement, number>(ProcessorEngagement, 'id'),
    disclosureById: one<DataCategoryDisclosure, number>(DataCategoryDisclosure, 'id'),
    recipientDisclosureById: one<RecipientDisclosure, number>(RecipientDisclosure, 'id'),
    rightStatementById: one<RightStatement, number>(RightStatement, 'id'),
    legalBasisClaimById: one<LegalBasisClaim, number>(LegalBasisClaim, 'id'),
    rightsRequestById: one<RightsRequest, number>(RightsRequest, 'id'),
    statementById: one<PolicyStatement, number>(PolicyStatement, 'id'),
    authorityReferenceById: one<AuthorityReference, number>(AuthorityReference, 'id'),
    evidenceById: one<Evidence, number>(Evidence, 'id'),
    // one-to-one facts of a controller
    dpoByController: one<Dpo, number>(Dpo, 'controllerId'),
    authorityReferenceByController: one<AuthorityReference, number>(AuthorityReference, 'controllerId'),
    rightsRequestByController: one<RightsRequest, number>(RightsRequest, 'controllerId'),
    // one-to-many facts of a controller, in document order
    legalBasisClaims: many<LegalBasisClaim>(LegalBasisClaim, 'controllerId'),
    disclosures: many<DataCategoryDisclosure>(DataCategoryDisclosure, 'controllerId'),
    purposes: many<Purpose>(Purpose, 'controllerId'),
    engagements: many<ProcessorEngagement>(ProcessorEngagement, 'controllerId'),
    engagementsOfProcessor: many<ProcessorEngagement>(ProcessorEngagement, 'processorId'),
    recipientDisclosures: many<RecipientDisclosure>(RecipientDisclosure, 'controllerId'),
    rightStatements: many<RightStatement>(RightStatement, 'controllerId'),
    statements: many<PolicyStatement>(PolicyStatement, 'controllerId'),
    evidence: batchLoader<string, Evidence[]>(scheduler, async (keys) => {
      const subjects = keys.map((key) => {
        const at = key.lastIndexOf(':');
        return { type: key.slice(0, at), id: Number(key.slice(at + 1)) };
      });
      // One statement for all kinds: rows of other (type, id) pairs in the cross product are filtered out below.
      const rows = await entityReader(dataSource, Evidence).where(
        '"subjectType" IN (:...types) AND "subjectId" IN (:...ids)',
        { types: [...new Set(subjects.map((s) => s.type))], ids: [...new Set(subjects.map((s) => s.id))] },
        ['start', 'id'],
      );
      return groupBy(keys, rows, (row) => `${row.subjectType}:${row.subjectId}`);
    }),
    // many-to-many links: ids of the other side
    purposeLegalBasisIds: link(
      'SELECT "purposeId" AS k, "legalBasisId" AS v FROM purpose_legal_basis WHERE "purposeId" IN (:...keys)',
    ),
    purposeDataCategoryIds: link(
      'SELECT "purposeId" AS k, "dataCategoryId" AS v FROM purpose_data_category WHERE "purposeId" IN (:...keys)',
    ),
    engagementDataCategoryIds: link(
      'SELECT "engagementId" AS k, "dataCategoryId" AS v FROM processor_engagement_data_category WHERE "engagementId" IN (:...keys)',
    ),
    // the controllers a vocabulary term or vendor is tied to (ids, ascending)
    controllerIdsOfDataCategory: link(
      `SELECT "dataCategoryId" AS k, "controllerId" AS v FROM data_category_disclosure WHERE "dataCategoryId" IN (:...keys)
       UNION SELECT j."dataCategoryId" AS k, p."controllerId" AS v FROM purpose_data_category j JOIN purpose p ON p.id = j."purposeId" WHERE j."dataCategoryId" IN (:...keys)`,
    ),
    controllerIdsOfLegalBasis: link(
      `SELECT "legalBasisId" AS k, "controllerId" AS v FROM legal_basis_claim WHERE "legalBasisId" IN (:...keys)
       UNION SELECT j."legalBasisId" AS k, p."controllerId" AS v FROM purpose_legal_basis j JOIN purpose p ON p.id = j."purposeId" WHERE j."legalBasisId" IN (:...keys)`,
    ),
    controllerIdsOfRight: link(
      'SELECT "rightId" AS k, "controllerId" AS v FROM right_statement WHERE "rightId" IN (:...keys)',
    ),
    controllerIdsOfAuthority: link(
      'SELECT "supervisoryAuthorityId" AS k, id AS v FROM controller WHERE "supervisoryAuthorityId" IN (:...keys)',
    ),
    controllerIdsOfProcessor: link(
      'SELECT "processorId" AS k, "controllerId" AS v FROM processor_engagement WHERE "processorId" IN (:...keys)',
    ),
    controllerIdsOfPurposeCategory: link(
      'SELECT "purposeCategoryId" AS k, "controllerId" AS v FROM purpose WHERE "purposeCategoryId" IN (:...keys)',
    ),
    controllerIdsOfRecipientCategory: link(
      'SELECT "recipientCategoryId" AS k, "controllerId" AS v FROM recipient_disclosure WHERE "recipientCategoryId" IN (:...keys)',
    ),
    // the legal bases a controller relies on: stated in general or tied to a purpose
    legalBasisIdsOfController: link(
      `SELECT "controllerId" AS k, "legalBasisId" AS v FROM legal_basis_claim WHERE "controllerId" IN (:...keys)
       UNION SELECT p."controllerId" AS k, j."legalBasisId" AS v FROM purpose_legal_basis j JOIN purpose p ON p.id = j."purposeId" WHERE p."controllerId" IN (:...keys)`,
    ),
    // the data categories a vendor receives, across the controllers that engage it
    dataCategoryIdsOfProcessor: link(
      `SELECT e."processorId" AS k, j."dataCategoryId" AS v FROM processor_engagement_data_category j
       JOIN processor_engagement e ON e.id = j."engagementId" WHERE e."processorId" IN (:...keys)`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
