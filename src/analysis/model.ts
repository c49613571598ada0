import { Evidence } from '../entities';

/** How far a policy meets one information requirement of GDPR Art. 13/14. */
export enum TransparencyStatus {
  MET = 'MET',
  PARTIAL = 'PARTIAL',
  MISSING = 'MISSING',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** How serious a finding is. */
export enum FindingSeverity {
  /** The text says something the GDPR does not allow (a fee for the first copy, consent presumed from use). */
  HIGH = 'HIGH',
  /** Information the GDPR requires is missing, outdated or too vague to be of use. */
  MEDIUM = 'MEDIUM',
  /** Likely a problem, worth checking with the controller; the text alone does not settle it. */
  LOW = 'LOW',
}

/** The rules that produce findings, one code per rule (see src/analysis/findings). */
export enum FindingCode {
  OUTDATED_SUPERVISORY_AUTHORITY = 'OUTDATED_SUPERVISORY_AUTHORITY',
  ACCESS_REQUEST_FEE = 'ACCESS_REQUEST_FEE',
  PRESUMED_CONSENT = 'PRESUMED_CONSENT',
  VAGUE_RETENTION = 'VAGUE_RETENTION',
  NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION = 'NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION',
  TRANSFER_SAFEGUARD_UNSPECIFIED = 'TRANSFER_SAFEGUARD_UNSPECIFIED',
  PURPOSE_WITHOUT_LEGAL_BASIS = 'PURPOSE_WITHOUT_LEGAL_BASIS',
  RIGHT_NOT_STATED = 'RIGHT_NOT_STATED',
  SPECIAL_CATEGORY_WITHOUT_CONDITION = 'SPECIAL_CATEGORY_WITHOUT_CONDITION',
  FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS = 'FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS',
  AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS = 'AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS',
  DPO_CONFLICT_OF_INTEREST = 'DPO_CONFLICT_OF_INTEREST',
}

/** One information requirement of GDPR Art. 13/14, assessed for one controller. */
export interface TransparencyItem {
  /** Stable key of the requirement, the same for every controller (e.g. `right-access`). */
  key: string;
  /** GDPR article, e.g. `13(1)(a)`. */
  article: string;
  requirement: string;
  status: TransparencyStatus;
  /** Why the status, in words a person can check against the evidence. */
  rationale: string;
  /** The spans of the document the verdict rests on, in document order. */
  evidence: Evidence[];
}

/** The transparency report of one controller: every requirement and a summary score. */
export interface TransparencyReport {
  /** 0 to 100: MET counts 1, PARTIAL 1/2, MISSING 0, over the applicable items. */
  score: number;
  met: number;
  partial: number;
  missing: number;
  notApplicable: number;
  items: TransparencyItem[];
}

/** An issue a rule found in a policy. */
export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  /** GDPR article(s) the finding is about, e.g. `12(5), 15(3)`. */
  article: string;
  message: string;
  evidence: Evidence[];
}
