export * from './address';
export * from './audit-entry';
export * from './api-key';
export * from './authority-reference';
export * from './controller';
export * from './data-category';
export * from './data-category-disclosure';
export * from './data-version';
export * from './document-source';
export * from './dpo';
export * from './enums';
export * from './evidence';
export * from './fact';
export * from './fact-row';
export * from './ingestion';
export * from './legal-basis';
export * from './legal-basis-claim';
export * from './passage';
export * from './policy-document';
export * from './policy-statement';
export * from './processor';
export * from './processor-engagement';
export * from './purpose';
export * from './purpose-category';
export * from './recipient-category';
export * from './recipient-disclosure';
export * from './right';
export * from './right-statement';
export * from './rights-request';
export * from './seed-run';
export * from './supervisory-authority';

import { ApiKey } from './api-key';
import { AuthorityReference } from './authority-reference';
import { AuditEntry } from './audit-entry';
import { Controller } from './controller';
import { DataCategory } from './data-category';
import { DataCategoryDisclosure } from './data-category-disclosure';
import { DataVersion } from './data-version';
import { DocumentSource } from './document-source';
import { Dpo } from './dpo';
import { Evidence } from './evidence';
import { Fact } from './fact';
import { Ingestion } from './ingestion';
import { LegalBasis } from './legal-basis';
import { LegalBasisClaim } from './legal-basis-claim';
import { Passage } from './passage';
import { PolicyDocument } from './policy-document';
import { PolicyStatement } from './policy-statement';
import { Processor } from './processor';
import { ProcessorEngagement } from './processor-engagement';
import { Purpose } from './purpose';
import { PurposeCategory } from './purpose-category';
import { RecipientCategory } from './recipient-category';
import { RecipientDisclosure } from './recipient-disclosure';
import { Right } from './right';
import { RightStatement } from './right-statement';
import { RightsRequest } from './rights-request';
import { SeedRun } from './seed-run';
import { SupervisoryAuthority } from './supervisory-authority';

/** Every table, for the DataSource. */
export const entities = [
  DocumentSource,
  PolicyDocument,
  SupervisoryAuthority,
  LegalBasis,
  Right,
  DataCategory,
  PurposeCategory,
  RecipientCategory,
  Processor,
  Controller,
  Fact,
  Dpo,
  AuthorityReference,
  LegalBasisClaim,
  DataCategoryDisclosure,
  Purpose,
  ProcessorEngagement,
  RecipientDisclosure,
  RightStatement,
  RightsRequest,
  PolicyStatement,
  Evidence,
  Passage,
  SeedRun,
  AuditEntry,
  DataVersion,
  ApiKey,
  Ingestion,
];

/**
 * Tables whose rows do not come from seeds/ (API keys, submitted policies and their bytes): loading the seeds, or
 * replacing the content, leaves them as they are.
 */
export const unseededEntities = [ApiKey, Ingestion, DocumentSource];
