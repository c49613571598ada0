import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
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
import { groupBy, linkLoader, rowLoader, rowsLoader } from './factories';

/** Key of the evidence loader: which fact, by kind and id. */
export const evidenceKey = (subject: EvidenceSubject, id: number): string => `${subject}:${id}`;

/**
 * Creates the DataLoaders of one request. Each batches every load of one tick into a single SQL statement, so the
 * statements a query costs depend on its depth, not on the number of rows. Loaders cache for the request only:
 * create a new set per request (never share them between requests or users).
 */
export function createLoaders(dataSource: DataSource) {
  const link = (sql: string) => linkLoader<number>(dataSource, sql);
  return {
    // rows by key
    controller: rowLoader<Controller, number>(dataSource, Controller, 'id'),
    controllerBySlug: rowLoader<Controller, string>(dataSource, Controller, 'slug'),
    document: rowLoader<PolicyDocument, number>(dataSource, PolicyDocument, 'id'),
    documentBySlug: rowLoader<PolicyDocument, string>(dataSource, PolicyDocument, 'slug'),
    documentText: new DataLoader<number, string | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(PolicyDocument)
        .createQueryBuilder('d')
        .select(['d.id', 'd.text'])
        .where({ id: In([...ids]) })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    authority: rowLoader<SupervisoryAuthority, number>(dataSource, SupervisoryAuthority, 'id'),
    authorityBySlug: rowLoader<SupervisoryAuthority, string>(dataSource, SupervisoryAuthority, 'slug'),
    legalBasis: rowLoader<LegalBasis, number>(dataSource, LegalBasis, 'id'),
    legalBasisByCode: rowLoader<LegalBasis, string>(dataSource, LegalBasis, 'code'),
    right: rowLoader<Right, number>(dataSource, Right, 'id'),
    rightByCode: rowLoader<Right, string>(dataSource, Right, 'code'),
    dataCategory: rowLoader<DataCategory, number>(dataSource, DataCategory, 'id'),
    dataCategoryByCode: rowLoader<DataCategory, string>(dataSource, DataCategory, 'code'),
    purposeCategory: rowLoader<PurposeCategory, number>(dataSource, PurposeCategory, 'id'),
    purposeCategoryByCode: rowLoader<PurposeCategory, string>(dataSource, PurposeCategory, 'code'),
    recipientCategory: rowLoader<RecipientCategory, number>(dataSource, RecipientCategory, 'id'),
    recipientCategoryByCode: rowLoader<RecipientCategory, string>(dataSource, RecipientCategory, 'code'),
    processor: rowLoader<Processor, number>(dataSource, Processor, 'id'),
    processorBySlug: rowLoader<Processor, string>(dataSource, Processor, 'slug'),
    // link rows by their own id (node lookups)
    dpoById: rowLoader<Dpo, number>(dataSource, Dpo, 'id'),
    purposeById: rowLoader<Purpose, number>(dataSource, Purpose, 'id'),
    engagementById: rowLoader<ProcessorEngagement, number>(dataSource, ProcessorEngagement, 'id'),
    disclosureById: rowLoader<DataCategoryDisclosure, number>(dataSource, DataCategoryDisclosure, 'id'),
    recipientDisclosureById: rowLoader<RecipientDisclosure, number>(dataSource, RecipientDisclosure, 'id'),
    rightStatementById: rowLoader<RightStatement, number>(dataSource, RightStatement, 'id'),
    legalBasisClaimById: rowLoader<LegalBasisClaim, number>(dataSource, LegalBasisClaim, 'id'),
    rightsRequestById: rowLoader<RightsRequest, number>(dataSource, RightsRequest, 'id'),
    statementById: rowLoader<PolicyStatement, number>(dataSource, PolicyStatement, 'id'),
    authorityReferenceById: rowLoader<AuthorityReference, number>(dataSource, AuthorityReference, 'id'),
    evidenceById: rowLoader<Evidence, number>(dataSource, Evidence, 'id'),
    // one-to-one facts of a controller
    dpoByController: rowLoader<Dpo, number>(dataSource, Dpo, 'controllerId'),
    authorityReferenceByController: rowLoader<AuthorityReference, number>(
      dataSource,
      AuthorityReference,
      'controllerId',
    ),
    rightsRequestByController: rowLoader<RightsRequest, number>(dataSource, RightsRequest, 'controllerId'),
    // one-to-many facts of a controller, in document order
    legalBasisClaims: rowsLoader<LegalBasisClaim, number>(dataSource, LegalBasisClaim, 'controllerId'),
    disclosures: rowsLoader<DataCategoryDisclosure, number>(dataSource, DataCategoryDisclosure, 'controllerId'),
    purposes: rowsLoader<Purpose, number>(dataSource, Purpose, 'controllerId'),
    engagements: rowsLoader<ProcessorEngagement, number>(dataSource, ProcessorEngagement, 'controllerId'),
    engagementsOfProcessor: rowsLoader<ProcessorEngagement, number>(dataSource, ProcessorEngagement, 'processorId'),
    recipientDisclosures: rowsLoader<RecipientDisclosure, number>(dataSource, RecipientDisclosure, 'controllerId'),
    rightStatements: rowsLoader<RightStatement, number>(dataSource, RightStatement, 'controllerId'),
    statements: rowsLoader<PolicyStatement, number>(dataSource, PolicyStatement, 'controllerId'),
    evidence: new DataLoader<string, Evidence[]>(async (keys) => {
      const subjects = keys.map((key) => {
        const at = key.lastIndexOf(':');
        return { type: key.slice(0, at), id: Number(key.slice(at + 1)) };
      });
      // One statement for all kinds: rows of other (type, id) pairs in the cross product are filtered out below.
      const rows = await dataSource.getRepository(Evidence).find({
        where: {
          subjectType: In([...new Set(subjects.map((s) => s.type))]) as never,
          subjectId: In([...new Set(subjects.map((s) => s.id))]),
        },
        order: { start: 'ASC', id: 'ASC' },
      });
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
