import { Evidence, LegalBasisCode, ProcessorRole, RequestChannel, RightCode, StatementTopic } from '../entities';

/**
 * The plain snapshot of everything one policy states, as the rules read it: no database rows, no loaders, just the
 * facts with their evidence. `collectPolicyFacts` builds it from the database; tests build it by hand. Its parts are
 * named `...View` (ControllerView, PurposeView, ...): read views with terms resolved, not the fact-file classes
 * (`...Facts` in src/policy/fact-file.ts) that facts are written in.
 */
export interface PolicyFacts {
  controller: ControllerView;
  document: { slug: string; title: string; language: string };
  dpo: DpoView | null;
  supervisoryAuthority: AuthorityView | null;
  /** How the policy names the authority and which contact details it gives; null when it names none. */
  authorityReference: AuthorityReferenceView | null;
  /** Lawful bases stated in general (not tied to a purpose). */
  legalBasisClaims: { basis: Term<LegalBasisCode>; evidence: Evidence[] }[];
  purposes: PurposeView[];
  dataCategories: DataCategoryView[];
  /** Named vendors, one entry per engagement (a vendor may take part in several roles). */
  processors: EngagementView[];
  /** Unnamed categories of recipients. */
  recipients: { category: { code: string; name: string }; label: string; evidence: Evidence[] }[];
  rights: { right: RightTermView; conditions: string | null; evidence: Evidence[] }[];
  rightsRequest: RightsRequestView | null;
  statements: StatementView[];
}

/** A reference term: its stable code, English name and W3C DPV IRI. */
export interface Term<C extends string = string> {
  code: C;
  name: string;
  dpv: string;
}

export interface RightTermView extends Term<RightCode> {
  article: string;
}

export interface DataCategoryTermView extends Term {
  /** A special category of GDPR Art. 9. */
  special: boolean;
}

export interface ControllerView {
  id: number;
  slug: string;
  name: string;
  legalName: string | null;
  legalForm: string | null;
  enterpriseNumber: string | null;
  /** Dutch Chamber of Commerce number. */
  kvkNumber: string | null;
  /** EU VAT number. */
  vatNumber: string | null;
  address: { street: string | null; postalCode: string | null; city: string | null; country: string | null } | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** Person named as representative or contact, with the role the policy gives, e.g. "Jan Peeters (bestuurder)". */
  representative: string | null;
  /** Whether the policy says data go outside the EEA; null when it is silent. */
  transfersOutsideEEA: boolean | null;
  /** Whether the policy says it takes automated decisions (Art. 22); null when it is silent. */
  automatedDecisionMaking: boolean | null;
  evidence: Evidence[];
}

export interface DpoView {
  name: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
  hasAddress: boolean;
  evidence: Evidence[];
}

export interface AuthorityView {
  slug: string;
  name: string;
  acronym: string;
  country: string;
  dpv: string;
  predecessors: { name: string; language: string; replacedOn: string }[];
  predecessorEmails: string[];
  predecessorWebsites: string[];
}

export interface AuthorityReferenceView {
  namedAs: string;
  statedAddress: string | null;
  statedPhone: string | null;
  statedEmail: string | null;
  statedWebsite: string | null;
  evidence: Evidence[];
}

export interface PurposeView {
  name: string;
  label: string;
  category: Term;
  /** Bases the text ties to this purpose (empty when it ties none). */
  legalBases: Term<LegalBasisCode>[];
  dataCategories: DataCategoryTermView[];
  retention: { description: string; duration: string | null } | null;
  evidence: Evidence[];
}

export interface DataCategoryView {
  category: DataCategoryTermView;
  label: string;
  /** The policy itself calls the item special or sensitive (which need not mean GDPR Art. 9). */
  sensitive: boolean;
  context: string | null;
  evidence: Evidence[];
}

export interface EngagementView {
  processor: {
    slug: string;
    name: string;
    legalName: string | null;
    /** Country of the contracting entity (ISO 3166-1 alpha-2). */
    country: string | null;
    /** Country of the group's parent where it differs. */
    parentCountry: string | null;
  };
  role: ProcessorRole;
  service: string | null;
  dataCategories: DataCategoryTermView[];
  evidence: Evidence[];
}

export interface RightsRequestView {
  channels: RequestChannel[];
  email: string | null;
  postalAddress: string | null;
  responseTime: string | null;
  identityProof: string | null;
  fee: string | null;
  evidence: Evidence[];
}

export interface StatementView {
  topic: StatementTopic;
  /** Finer kind within the topic: a data-source or cookie kind, `USED`/`NOT_USED`, `OCCURS`/`NONE`, a duration. */
  kind: string | null;
  description: string;
  evidence: Evidence[];
}
