import type {
  AddressFacts,
  AuthorityReferenceFacts,
  AutomatedDecisionFacts,
  CookieFacts,
  DataCategoryFacts,
  DocumentFacts,
  DpoFacts,
  GeneralRetentionFacts,
  LegalBasisFacts,
  MinimumAgeFacts,
  ProcessorFacts,
  PurposeFacts,
  RecipientFacts,
  RightFacts,
  RightsRequestFacts,
  TransferFacts,
} from '../../policy/fact-file';

/** A quote located in the canonical text: `text.slice(start, end) === quote`, always. */
export interface LocatedSpan {
  quote: string;
  start: number;
  end: number;
}

/** A fact of the fact-file shape whose evidence is located, with how sure the extractor is (0..1). */
export type Extracted<T> = Omit<T, 'evidence'> & { evidence: LocatedSpan[]; confidence: number };

export interface ExtractedController {
  name: string | null;
  legalName?: string | null;
  legalForm?: string | null;
  enterpriseNumber?: string | null;
  /** Dutch Chamber of Commerce number, 8 digits. */
  kvkNumber?: string | null;
  /** EU VAT number as written, without spaces or dots (NL123456789B01, BE0123456789). */
  vatNumber?: string | null;
  address?: AddressFacts | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  evidence: LocatedSpan[];
  /** Confidence per field that was filled. */
  confidence: Record<string, number>;
}

export interface ExtractedDocument extends Pick<DocumentFacts, 'title' | 'language' | 'lastUpdated'> {
  lastUpdatedEvidence: LocatedSpan[];
  confidence: number;
}

/**
 * What the extractor read from one policy: the fact-file shape of seeds/README.md (FactFile), every fact with
 * located evidence and a confidence. Draft facts for people to review, never published as they are.
 */
export interface ExtractedPolicy {
  document: ExtractedDocument;
  controller: ExtractedController;
  dpo: Extracted<DpoFacts> | null;
  supervisoryAuthority: Extracted<AuthorityReferenceFacts> | null;
  legalBases: Extracted<LegalBasisFacts>[];
  dataCategories: Extracted<DataCategoryFacts>[];
  purposes: Extracted<PurposeFacts>[];
  processors: Extracted<ProcessorFacts>[];
  recipients: Extracted<RecipientFacts>[];
  rights: Extracted<RightFacts>[];
  rightsRequest: Extracted<RightsRequestFacts> | null;
  retention: Extracted<GeneralRetentionFacts> | null;
  cookies: Extracted<CookieFacts>[];
  minimumAge: Extracted<MinimumAgeFacts> | null;
  automatedDecisionMaking: Extracted<AutomatedDecisionFacts> | null;
  transfersOutsideEEA: Extracted<TransferFacts> | null;
  warnings: string[];
}
