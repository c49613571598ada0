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
registerEnumType(LegalBasisCode, {
  name: 'LegalBasisCode',
  description: 'A lawful basis of GDPR Art. 6(1).',
  valuesConfig: {
    CONSENT: { description: 'The data subject has given consent (Art. 6(1)(a)).' },
    CONTRACT: { description: 'Necessary for a contract with the data subject, or steps before one (Art. 6(1)(b)).' },
    LEGAL_OBLIGATION: { description: 'Necessary to comply with a legal obligation of the controller (Art. 6(1)(c)).' },
    VITAL_INTERESTS: { description: 'Necessary to protect someone’s vital interests (Art. 6(1)(d)).' },
    PUBLIC_TASK: { description: 'Necessary for a task in the public interest or official authority (Art. 6(1)(e)).' },
    LEGITIMATE_INTERESTS: {
      description: 'Necessary for legitimate interests of the controller or a third party (Art. 6(1)(f)).',
    },
  },
});

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
registerEnumType(RightCode, {
  name: 'RightCode',
  description: 'A data-subject right under the GDPR.',
  valuesConfig: {
    ACCESS: { description: 'Right of access to one’s data (Art. 15).' },
    RECTIFICATION: { description: 'Right to have inaccurate data corrected (Art. 16).' },
    ERASURE: { description: 'Right to erasure, “right to be forgotten” (Art. 17).' },
    RESTRICTION: { description: 'Right to restriction of processing (Art. 18).' },
    PORTABILITY: { description: 'Right to data portability (Art. 20).' },
    OBJECTION: { description: 'Right to object to processing on grounds of one’s situation (Art. 21(1)).' },
    OBJECT_DIRECT_MARKETING: { description: 'Right to object to direct marketing, at any time (Art. 21(2)).' },
    AUTOMATED_DECISION: {
      description: 'Right not to be subject to a decision based solely on automated processing (Art. 22).',
    },
    WITHDRAW_CONSENT: { description: 'Right to withdraw consent at any time (Art. 7(3)).' },
    COMPLAINT: { description: 'Right to lodge a complaint with a supervisory authority (Art. 77).' },
  },
});

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
  valuesConfig: {
    EMAIL: { description: 'By e-mail.' },
    POST: { description: 'By letter to a postal address.' },
    PHONE: { description: 'By telephone.' },
    WEB_FORM: { description: 'Through a form on a website.' },
    IN_APP: { description: 'In the controller’s application or account settings.' },
  },
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
    RETENTION: { description: 'A retention rule not tied to one purpose (its period in `duration`, if it gives one).' },
    MINIMUM_AGE: { description: 'The minimum age of the people whose data is collected (in `age`).' },
    AUTOMATED_DECISION_MAKING: {
      description: 'Automated individual decision-making, including profiling (kind: USED, NOT_USED).',
    },
    TRANSFERS: { description: 'Transfers of personal data outside the EEA and their safeguards (kind: OCCURS, NONE).' },
    PRESUMED_CONSENT: { description: 'The policy claims consent from merely using the website or service.' },
  },
});

/** The finer kind of a policy statement within its topic (a closed set per topic). */
export enum StatementKind {
  DATA_SUBJECT = 'DATA_SUBJECT',
  THIRD_PARTY = 'THIRD_PARTY',
  PUBLIC_SOURCE = 'PUBLIC_SOURCE',
  AUTOMATED = 'AUTOMATED',
  ESSENTIAL = 'ESSENTIAL',
  FUNCTIONAL = 'FUNCTIONAL',
  ANALYTICS = 'ANALYTICS',
  MARKETING = 'MARKETING',
  UNSPECIFIED = 'UNSPECIFIED',
  USED = 'USED',
  NOT_USED = 'NOT_USED',
  OCCURS = 'OCCURS',
  NONE = 'NONE',
}
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'The finer kind of a statement within its topic (which kinds go with which topic: see StatementTopic).',
  valuesConfig: {
    DATA_SUBJECT: { description: 'DATA_SOURCE: collected from the data subject.' },
    THIRD_PARTY: { description: 'DATA_SOURCE: received from a third party; COOKIES: set by a third party.' },
    PUBLIC_SOURCE: { description: 'DATA_SOURCE: taken from public sources (registers, websites).' },
    AUTOMATED: { description: 'DATA_SOURCE: collected automatically (logs, cookies, devices).' },
    ESSENTIAL: { description: 'COOKIES: strictly necessary cookies.' },
    FUNCTIONAL: { description: 'COOKIES: functional or preference cookies.' },
    ANALYTICS: { description: 'COOKIES: analytics or statistics cookies.' },
    MARKETING: { description: 'COOKIES: marketing, advertising or tracking cookies.' },
    UNSPECIFIED: { description: 'COOKIES: cookies of a kind the policy does not say.' },
    USED: { description: 'AUTOMATED_DECISION_MAKING: the policy says it is used.' },
    NOT_USED: { description: 'AUTOMATED_DECISION_MAKING: the policy says it is not used.' },
    OCCURS: { description: 'TRANSFERS: the policy says data is transferred outside the EEA.' },
    NONE: { description: 'TRANSFERS: the policy says data is not transferred outside the EEA.' },
  },
});

/**
 * The kinds of fact a policy version holds, one per fact entity (CONTROLLER is the controller's identity, DOCUMENT the
 * document's own facts such as its date). Every fact row and every piece of evidence is of one kind.
 */
export enum FactKind {
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
registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'The kind of a fact: which part of a policy it records.',
  valuesConfig: {
    DOCUMENT: { description: 'Facts about the document itself (its last-updated date).' },
    CONTROLLER: { description: 'The controller’s identity and contact details.' },
    DPO: { description: 'The data protection officer.' },
    AUTHORITY_REFERENCE: { description: 'How the policy names the supervisory authority.' },
    LEGAL_BASIS_CLAIM: { description: 'A lawful basis stated in general.' },
    DATA_CATEGORY_DISCLOSURE: { description: 'A personal data item the policy lists.' },
    PURPOSE: { description: 'A purpose of processing, with its bases, data and retention.' },
    PROCESSOR_ENGAGEMENT: { description: 'A named vendor and its role.' },
    RECIPIENT_DISCLOSURE: { description: 'A category of recipients named without a vendor.' },
    RIGHT_STATEMENT: { description: 'A data-subject right the policy grants.' },
    RIGHTS_REQUEST: { description: 'How to exercise the rights.' },
    POLICY_STATEMENT: {
      description: 'A statement about the practice as a whole (cookies, retention, transfers, ...).',
    },
  },
});

/** Where a fact stands in review. */
export enum ReviewState {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: 'Where a fact stands in review. Published versions hold accepted facts only.',
  valuesConfig: {
    PROPOSED: {
      description: 'Proposed (by the extractor, or carried over from an earlier version): not reviewed yet.',
    },
    ACCEPTED: { description: 'Accepted by a curator (or curated by hand in the seed files).' },
    REJECTED: { description: 'Rejected by a curator: kept in the draft for the record, dropped when it is published.' },
  },
});

/** Who or what made a fact (or a version). */
export enum FactSource {
  SEED = 'SEED',
  SYNTH = 'SYNTH',
  INGESTION = 'INGESTION',
  CURATOR = 'CURATOR',
}
registerEnumType(FactSource, {
  name: 'FactSource',
  description: 'Who or what made a fact or a version.',
  valuesConfig: {
    SEED: { description: 'The hand-curated seed files (seeds/).' },
    SYNTH: { description: 'The synthetic corpus for benchmarks (npm run synth).' },
    INGESTION: { description: 'The automatic extractor, from an uploaded policy.' },
    CURATOR: { description: 'A curator, through the API.' },
  },
});

/** The life cycle of a version of a controller's policy. */
export enum VersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(VersionStatus, {
  name: 'VersionStatus',
  description: 'The life cycle of a version of a controller’s policy.',
  valuesConfig: {
    DRAFT: { description: 'Being reviewed; visible to curators only.' },
    PUBLISHED: { description: 'The controller’s current facts: what every reader sees.' },
    SUPERSEDED: { description: 'Published once, replaced by a later version; kept as history.' },
  },
});
