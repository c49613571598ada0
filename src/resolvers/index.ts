import { AuditResolver } from './audit.resolver';
import { AuthorityReferenceResolver } from './authority-reference.resolver';
import { ComparisonCellResolver, ComparisonMatrixResolver, ComparisonResolver } from './comparison.resolver';
import { ControllerAnalysisResolver } from './controller-analysis.resolver';
import { ControllerResolver } from './controller.resolver';
import { CurationResolver } from './curation.resolver';
import { DataCategoryDisclosureResolver } from './data-category-disclosure.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { IngestionResolver } from './ingestion.resolver';
import { LegalBasisClaimResolver } from './legal-basis-claim.resolver';
import { NodeResolver } from './node.resolver';
import { PolicyDocumentResolver } from './policy-document.resolver';
import { ProcessorEngagementResolver } from './processor-engagement.resolver';
import { ProcessorOverlapResolver } from './processor-overlap.resolver';
import { ProcessorResolver } from './processor.resolver';
import { PurposeResolver } from './purpose.resolver';
import { RecipientDisclosureResolver } from './recipient-disclosure.resolver';
import { RightStatementResolver } from './right-statement.resolver';
import { SearchResolver } from './search.resolver';
import { DpoResolver, PolicyStatementResolver, RightsRequestResolver } from './simple-facts.resolver';
import {
  DataCategoryResolver,
  LegalBasisResolver,
  PurposeCategoryResolver,
  RecipientCategoryResolver,
  RightResolver,
  SupervisoryAuthorityResolver,
} from './terms.resolver';
import { ViewerResolver } from './viewer.resolver';

export const resolvers = [
  ControllerResolver,
  PolicyDocumentResolver,
  ProcessorResolver,
  ProcessorEngagementResolver,
  PurposeResolver,
  DataCategoryDisclosureResolver,
  RecipientDisclosureResolver,
  RightStatementResolver,
  LegalBasisClaimResolver,
  AuthorityReferenceResolver,
  DpoResolver,
  RightsRequestResolver,
  PolicyStatementResolver,
  LegalBasisResolver,
  RightResolver,
  DataCategoryResolver,
  PurposeCategoryResolver,
  RecipientCategoryResolver,
  SupervisoryAuthorityResolver,
  EvidenceResolver,
  SearchResolver,
  NodeResolver,
  ControllerAnalysisResolver,
  ComparisonResolver,
  ComparisonMatrixResolver,
  ComparisonCellResolver,
  ProcessorOverlapResolver,
  CurationResolver,
  AuditResolver,
  IngestionResolver,
  ViewerResolver,
] as const;
