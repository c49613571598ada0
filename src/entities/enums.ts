import { registerEnumType } from 'type-graphql';

/** The six lawful bases of GDPR Art. 6(1). */
export enum LegalBasisCode {
  CONSENT = 'CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}
registerEnumType(LegalBasisCode, { name: 'LegalBasisCode', description: 'A lawful basis of GDPR Art. 6(1).' });

/** Data-subject rights under the GDPR. */
export enum RightCode {
  ACCESS = 'ACCESS',
  RECTIFICATION = 'RECTIFICATION',
  ERASURE = 'ERASURE',
  RESTRICTION = 'RESTRICTION',
  PORTABILITY = 'PORTABILITY',
  OBJECTION = 'OBJECTION',
  OBJECT_DIRECT_MARKETING = 'OBJECT_DIRECT_MARKETING',
  AUTOMATED_DECISION = 'AUTOMATED_DECISION',
  WITHDRAW_CONSENT = 'WITHDRAW_CONSENT',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(RightCode, { name: 'RightCode', description: 'A data-subject right under the GDPR.' });

/** How a named vendor takes part in a controller's processing. */
export enum ProcessorRole {
  PROCESSOR = 'PROCESSOR',
  DATA_SOURCE = 'DATA_SOURCE',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ProcessorRole, {
  name: 'ProcessorRole',
  description: 'How a named vendor takes part in a controller’s processing.',
  valuesConfig: {
    PROCESSOR: { description: 'Processes personal data for the controller (receives data).' },
    DATA_SOURCE: { description: 'The controller receives personal data from it.' },
    SYSTEM: { description: 'Software or a system the controller says it uses in its processing.' },
  },
});

/** Channels a data subject can use to exercise their rights. */
export enum RequestChannel {
  EMAIL = 'EMAIL',
  POST = 'POST',
  PHONE = 'PHONE',
  WEB_FORM = 'WEB_FORM',
  IN_APP = 'IN_APP',
}
registerEnumType(RequestChannel, {
  name: 'RequestChannel',
  description: 'A channel for exercising data-subject rights.',
});

/** Topics of the statements a policy makes about the controller's practice as a whole. */
export enum StatementTopic {
  DATA_SOURCE = 'DATA_SOURCE',
  COOKIES = 'COOKIES',
  SECURITY = 'SECURITY',
  RETENTION = 'RETENTION',
  MINIMUM_AGE = 'MINIMUM_AGE',
  AUTOMATED_DECISION_MAKING = 'AUTOMATED_DECISION_MAKING',
  TRANSFERS = 'TRANSFERS',
  PRESUMED_CONSENT = 'PRESUMED_CONSENT',
}
registerEnumType(StatementTopic, {
  name: 'StatementTopic',
  description: 'What a policy statement is about.',
  valuesConfig: {
    DATA_SOURCE: {
      description: 'Where personal data comes from (kind: DATA_SUBJECT, THIRD_PARTY, PUBLIC_SOURCE, AUTOMATED).',
    },
    COOKIES: {
      description:
        'Cookies and similar technologies (kind: ESSENTIAL, FUNCTIONAL, ANALYTICS, MARKETING, THIRD_PARTY, UNSPECIFIED).',
    },
    SECURITY: { description: 'Security measures the policy claims.' },
    RETENTION: { description: 'A retention rule not tied to one purpose.' },
    MINIMUM_AGE: { description: 'The minimum age of the people whose data is collected.' },
    AUTOMATED_DECISION_MAKING: { description: 'Automated individual decision-making, including profiling.' },
    TRANSFERS: { description: 'Transfers of personal data outside the EEA and their safeguards.' },
    PRESUMED_CONSENT: { description: 'The policy claims consent from merely using the website or service.' },
  },
});

/** Which kind of fact a piece of evidence backs (internal: evidence rows point at their fact by kind and id). */
export enum EvidenceSubject {
  DOCUMENT = 'DOCUMENT',
  CONTROLLER = 'CONTROLLER',
  DPO = 'DPO',
  AUTHORITY_REFERENCE = 'AUTHORITY_REFERENCE',
  LEGAL_BASIS_CLAIM = 'LEGAL_BASIS_CLAIM',
  DATA_CATEGORY_DISCLOSURE = 'DATA_CATEGORY_DISCLOSURE',
  PURPOSE = 'PURPOSE',
  PROCESSOR_ENGAGEMENT = 'PROCESSOR_ENGAGEMENT',
  RECIPIENT_DISCLOSURE = 'RECIPIENT_DISCLOSURE',
  RIGHT_STATEMENT = 'RIGHT_STATEMENT',
  RIGHTS_REQUEST = 'RIGHTS_REQUEST',
  POLICY_STATEMENT = 'POLICY_STATEMENT',
}
