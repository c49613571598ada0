import type {
  FindingCode,
  FindingSeverity,
  ProcessorRole,
  RequestChannel,
  StatementTopic,
  TransparencyStatus,
} from '../generated/graphql';

// Records over the schema's enums: a value added to the schema fails the typecheck until it has a label here.

export const FINDING_LABELS: Record<FindingCode, string> = {
  OUTDATED_SUPERVISORY_AUTHORITY: 'Outdated supervisory authority',
  ACCESS_REQUEST_FEE: 'Fee for access requests',
  PRESUMED_CONSENT: 'Consent presumed from use',
  VAGUE_RETENTION: 'Vague retention',
  NON_EEA_VENDOR_WITHOUT_TRANSFER_INFORMATION: 'Non-EEA vendor, no transfer information',
  TRANSFER_SAFEGUARD_UNSPECIFIED: 'Transfer safeguard unspecified',
  PURPOSE_WITHOUT_LEGAL_BASIS: 'Purpose without lawful basis',
  RIGHT_NOT_STATED: 'Right not stated',
  SPECIAL_CATEGORY_WITHOUT_CONDITION: 'Special category without Art. 9 condition',
  FOREIGN_IDENTITY_DOCUMENT_INSTRUCTIONS: 'Foreign identity-document instructions',
  AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS: 'Automated decisions without safeguards',
  DPO_CONFLICT_OF_INTEREST: 'DPO conflict of interest',
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };
export const SEVERITY_ORDER: FindingSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

export const STATUS_LABELS: Record<TransparencyStatus, string> = {
  MET: 'Met',
  PARTIAL: 'Partial',
  MISSING: 'Missing',
  NOT_APPLICABLE: 'Not applicable',
};

export const ROLE_LABELS: Record<ProcessorRole, string> = {
  PROCESSOR: 'Processor',
  DATA_SOURCE: 'Data source',
  SYSTEM: 'System',
};

export const CHANNEL_LABELS: Record<RequestChannel, string> = {
  EMAIL: 'Email',
  POST: 'Post',
  PHONE: 'Phone',
  WEB_FORM: 'Web form',
  IN_APP: 'In the app',
};

export const TOPIC_LABELS: Record<StatementTopic, string> = {
  DATA_SOURCE: 'Data sources',
  COOKIES: 'Cookies',
  SECURITY: 'Security measures',
  RETENTION: 'Retention',
  MINIMUM_AGE: 'Minimum age',
  AUTOMATED_DECISION_MAKING: 'Automated decision-making',
  TRANSFERS: 'Transfers outside the EEA',
  PRESUMED_CONSENT: 'Presumed consent',
};
