import { authorityReferenceKind } from './authority-reference.kind';
import { dataCategoryDisclosureKind } from './data-category-disclosure.kind';
import { dpoKind } from './dpo.kind';
import { AnyFact, FactField, FactKindModule } from './fact-kind';
import { legalBasisClaimKind } from './legal-basis-claim.kind';
import {
  automatedDecisionsKind,
  cookieKind,
  dataSourceKind,
  generalRetentionKind,
  minimumAgeKind,
  presumedConsentKind,
  securityKind,
  transfersKind,
} from './policy-statement.kind';
import { processorEngagementKind } from './processor-engagement.kind';
import { purposeKind } from './purpose.kind';
import { recipientDisclosureKind } from './recipient-disclosure.kind';
import { rightStatementKind } from './right-statement.kind';
import { rightsRequestKind } from './rights-request.kind';

export * from './address';
export * from './fact-kind';

/** Every kind of fact a version holds besides its identity and document, in the order a fact file lists them. */
export const FACT_KINDS: FactKindModule[] = [
  dpoKind,
  authorityReferenceKind,
  legalBasisClaimKind,
  dataCategoryDisclosureKind,
  purposeKind,
  processorEngagementKind,
  recipientDisclosureKind,
  rightStatementKind,
  rightsRequestKind,
  generalRetentionKind,
  dataSourceKind,
  cookieKind,
  minimumAgeKind,
  automatedDecisionsKind,
  transfersKind,
  securityKind,
  presumedConsentKind,
] as FactKindModule<AnyFact>[] as FactKindModule[];

const BY_FIELD = new Map(FACT_KINDS.map((k) => [k.field, k]));

/** The module of a fact-file field. */
export function kindOfField(field: FactField): FactKindModule {
  const module = BY_FIELD.get(field);
  if (!module) throw new Error(`internal: no fact kind for field ${field}`);
  return module;
}
