import { ClassConstructor } from 'class-transformer';
import { FactKind, PolicyStatement, StatementTopic } from '../../entities';
import {
  AutomatedDecisionFacts,
  CookieFacts,
  DataSourceFacts,
  GeneralRetentionFacts,
  MinimumAgeFacts,
  StatementFacts,
  TransferFacts,
} from '../../policy/fact-file';
import { AnyFact, FactField, FactKindModule, rowsById, slugify } from './fact-kind';

/** A statement row's own columns: its topic's `kind` (or the period, the age) and a clean description. */
interface StatementColumns {
  kind: string | null;
  description: string;
}

/** The fact-file field of one topic of policy statements, and how its facts map to and from statement columns. */
interface Topic<F extends AnyFact> {
  field: FactField;
  topic: StatementTopic;
  inputClass: ClassConstructor<F>;
  many: boolean;
  key: (fact: F) => string;
  columns: (fact: F) => StatementColumns;
  fact: (columns: StatementColumns) => Omit<F, 'evidence'>;
}

/**
 * The module of one topic of policy statements: every topic is written to policy_statement (topic, kind,
 * description), each with its own fact-file field and input.
 */
function statementKind<F extends AnyFact>(topic: Topic<F>): FactKindModule<F> {
  return {
    field: topic.field,
    kind: FactKind.POLICY_STATEMENT,
    typeName: 'PolicyStatement',
    entity: PolicyStatement,
    inputClass: topic.inputClass,
    many: topic.many,
    key: topic.key,
    write({ writer, controllerId }, { id, nodeKey }, fact) {
      writer.insert(PolicyStatement, { id, nodeKey, controllerId, topic: topic.topic, ...topic.columns(fact) });
    },
    async read({ manager }, ids) {
      const rows = await rowsById(manager, PolicyStatement, ids);
      return new Map(
        [...rows].map(([id, r]) => [
          id,
          Object.assign(new topic.inputClass(), topic.fact({ kind: r.kind, description: r.description }), {
            evidence: [],
          }),
        ]),
      );
    },
  };
}

export const dataSourceKind = statementKind<DataSourceFacts>({
  field: 'dataSources',
  topic: StatementTopic.DATA_SOURCE,
  inputClass: DataSourceFacts,
  many: true,
  key: (s) => `data-source:${s.kind.toLowerCase()}:${slugify(s.description)}`,
  columns: (s) => ({ kind: s.kind, description: s.description }),
  fact: (c) => ({ kind: c.kind ?? 'DATA_SUBJECT', description: c.description }),
});

export const cookieKind = statementKind<CookieFacts>({
  field: 'cookies',
  topic: StatementTopic.COOKIES,
  inputClass: CookieFacts,
  many: true,
  key: (s) => `cookies:${s.kind.toLowerCase()}:${slugify(s.description)}`,
  columns: (s) => ({ kind: s.kind, description: s.description }),
  fact: (c) => ({ kind: c.kind ?? 'UNSPECIFIED', description: c.description }),
});

export const securityKind = statementKind<StatementFacts>({
  field: 'security',
  topic: StatementTopic.SECURITY,
  inputClass: StatementFacts,
  many: true,
  key: (s) => `security:${slugify(s.description)}`,
  columns: (s) => ({ kind: null, description: s.description }),
  fact: (c) => ({ description: c.description }),
});

export const generalRetentionKind = statementKind<GeneralRetentionFacts>({
  field: 'retention',
  topic: StatementTopic.RETENTION,
  inputClass: GeneralRetentionFacts,
  many: false,
  key: () => 'retention',
  columns: (r) => ({ kind: r.duration ?? null, description: r.description }),
  fact: (c) => ({ description: c.description, duration: c.kind }),
});

export const minimumAgeKind = statementKind<MinimumAgeFacts>({
  field: 'minimumAge',
  topic: StatementTopic.MINIMUM_AGE,
  inputClass: MinimumAgeFacts,
  many: false,
  key: () => 'minimum-age',
  columns: (m) => ({ kind: String(m.age), description: `Not directed at people under ${m.age}.` }),
  fact: (c) => ({ age: Number(c.kind) }),
});

export const automatedDecisionsKind = statementKind<AutomatedDecisionFacts>({
  field: 'automatedDecisionMaking',
  topic: StatementTopic.AUTOMATED_DECISION_MAKING,
  inputClass: AutomatedDecisionFacts,
  many: false,
  key: () => 'automated-decisions',
  columns: (a) => ({
    kind: a.used ? 'USED' : 'NOT_USED',
    description:
      a.description ?? (a.used ? 'Uses automated decision-making.' : 'Does not use automated decision-making.'),
  }),
  fact: (c) => ({ used: c.kind === 'USED', description: c.description }),
});

export const transfersKind = statementKind<TransferFacts>({
  field: 'transfersOutsideEEA',
  topic: StatementTopic.TRANSFERS,
  inputClass: TransferFacts,
  many: false,
  key: () => 'transfers',
  columns: (t) => ({
    kind: t.occurs ? 'OCCURS' : 'NONE',
    description:
      t.safeguards ?? (t.occurs ? 'Transfers outside the EEA; no safeguard stated.' : 'No transfers outside the EEA.'),
  }),
  // A description is the safeguard only where one was stated (the default texts above are not).
  fact: (c) => ({
    occurs: c.kind === 'OCCURS',
    safeguards: /^(Transfers outside the EEA; no safeguard stated\.|No transfers outside the EEA\.)$/.test(
      c.description,
    )
      ? null
      : c.description,
  }),
});

export const presumedConsentKind = statementKind<StatementFacts>({
  field: 'presumedConsent',
  topic: StatementTopic.PRESUMED_CONSENT,
  inputClass: StatementFacts,
  many: false,
  key: () => 'presumed-consent',
  columns: (p) => ({ kind: null, description: p.description }),
  fact: (c) => ({ description: c.description }),
});
