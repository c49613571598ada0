import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Controller, FactKind } from '../entities';
import { UserErrorCode } from '../store/user-errors';
import { JSONObject, DateTimeScalar } from './scalars';
import { Node } from './node';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not apply: nothing was changed.',
  valuesConfig: {
    INVALID: { description: 'A value has the wrong shape (see the message for what is expected).' },
    UNKNOWN_REFERENCE: { description: 'A code or slug that no term of the vocabulary has.' },
    EVIDENCE_NOT_FOUND: { description: 'A quote that is not in the document text.' },
    EVIDENCE_AMBIGUOUS: { description: 'A quote found several times: give its offsets or its occurrence.' },
    EVIDENCE_MISMATCH: { description: 'Offsets that do not hold exactly the quote in the document text.' },
    NOT_FOUND: { description: 'No object with this id (or slug).' },
    CONFLICT: { description: 'The object changed since `expectedRevision`: read it again and retry.' },
    ALREADY_EXISTS: { description: 'The version has such a fact already (a DPO, an authority, ...): change it.' },
    VERSION_CLOSED: { description: 'The version is superseded: change the published version or a draft.' },
    UNREVIEWED_FACTS: { description: 'The draft still has PROPOSED facts: accept or reject each first.' },
    INVALID_STATE: {
      description: 'The operation does not apply to the object in its state (e.g. publishing a published version).',
    },
    UNSUPPORTED_MEDIA_TYPE: {
      description: 'A media type that is not read: text/plain, text/markdown, text/html or application/pdf.',
    },
    TOO_LARGE: { description: 'Content over the size limit (2 MB of text, 10 MB of PDF).' },
    RATE_LIMITED: {
      description:
        'The key has submitted as many policies in the last hour as a key may (INGEST_SUBMISSIONS_PER_HOUR).',
    },
  },
});

/** A reason a mutation did not apply (Shopify's `userErrors`): where in the input, what, and a code. */
@ObjectType({ description: 'Why a mutation did not apply, and where in its input: nothing was changed.' })
export class UserError {
  @Field(() => [String], {
    description: 'The path of the input field at fault, e.g. ["input", "fact", "purpose", "retention", "duration"].',
  })
  field: string[];

  @Field({ description: 'What is wrong, and what is expected.' })
  message: string;

  @Field(() => UserErrorCode, { description: 'The kind of problem.' })
  code: UserErrorCode;
}

@ObjectType({ description: 'The result of a mutation of a fact.' })
export class FactPayload {
  @Field(() => Node, {
    nullable: true,
    description: 'The fact as it is now; null when it was deleted or nothing changed.',
  })
  fact: Node | null;

  @Field(() => Controller, { nullable: true, description: 'The version the fact belongs to.' })
  controller: Controller | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty when the mutation applied.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of a mutation of a version (its identity, its status).' })
export class ControllerPayload {
  @Field(() => Controller, { nullable: true, description: 'The version as it is now; null when nothing changed.' })
  controller: Controller | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty when the mutation applied.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of `policyVersionCreate`.' })
export class PolicyVersionCreatePayload {
  @Field(() => Controller, {
    nullable: true,
    description: 'The new draft, or the latest version when its text is the same (`created: false`).',
  })
  controller: Controller | null;

  @Field({ description: 'False when the text is the latest version’s: no version was made.' })
  created: boolean;

  @Field(() => [String], { description: 'Keys of the facts carried over to the draft, PROPOSED for review.' })
  carriedFacts: string[];

  @Field(() => [String], { description: 'Keys of the facts left behind: none of their quotes is in the new text.' })
  droppedFacts: string[];

  @Field(() => [UserError], { description: 'Why nothing changed; empty when the mutation applied.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of `policyVersionDiscard`.' })
export class PolicyVersionDiscardPayload {
  @Field(() => String, { nullable: true, description: 'The global id the discarded draft had.' })
  discardedId: string | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty when the mutation applied.' })
  userErrors: UserError[];
}

/** How a fact differs between two versions. */
export enum ChangeType {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeType, {
  name: 'ChangeType',
  description: 'How a fact differs between two versions (facts are matched by their key).',
  valuesConfig: {
    ADDED: { description: 'Only the later version has it.' },
    REMOVED: { description: 'Only the earlier version has it.' },
    CHANGED: { description: 'Both have it, with other content or other evidence.' },
  },
});

@ObjectType({ description: 'One fact that differs between two versions of a controller’s policy.' })
export class FactChange {
  @Field({ description: 'The fact’s key, the same in both versions (e.g. `purpose:marketing`).' })
  key: string;

  @Field(() => FactKind, { description: 'The kind of fact.' })
  kind: FactKind;

  @Field(() => ChangeType, { description: 'Added, removed or changed.' })
  change: ChangeType;

  @Field(() => [String], {
    description: 'The fields whose values differ (for CHANGED; `evidence` when the quotes do).',
  })
  fields: string[];

  @Field(() => Node, {
    nullable: true,
    description: 'The fact in the earlier version, with its evidence (null if added).',
  })
  before: Node | null;

  @Field(() => Node, {
    nullable: true,
    description: 'The fact in the later version, with its evidence (null if removed).',
  })
  after: Node | null;
}

@ObjectType({ description: 'One change the store applied: who, when, what, before and after. Append-only.' })
export class AuditEntryView {
  @Field({ description: 'The entry’s number, in order of the changes.' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When the change was made.' })
  at: string;

  @Field({ description: 'Who made it: SEED, CLI, JOB or KEY (an API key).' })
  actorType: string;

  @Field(() => String, { nullable: true, description: 'The API key’s id (KEY) or the job’s (JOB).' })
  actorId: string | null;

  @Field({ description: 'The key’s name, the command, or the seeds.' })
  actorName: string;

  @Field(() => String, { nullable: true, description: 'The key’s role when a key made the change.' })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'The request (x-request-id) or the job that made the change.' })
  requestId: string | null;

  @Field({ description: 'What was done, e.g. FACT_UPDATED, VERSION_PUBLISHED.' })
  action: string;

  @Field({ description: 'The global id of what changed (a fact, a version).' })
  subject: string;

  @Field({ description: 'The controller’s slug.' })
  controllerSlug: string;

  @Field(() => Int, { description: 'The version the change touched.' })
  version: number;

  @Field(() => JSONObject, { nullable: true, description: 'The subject before the change (fact-file shape).' })
  before: Record<string, unknown> | null;

  @Field(() => JSONObject, { nullable: true, description: 'The subject after the change (fact-file shape).' })
  after: Record<string, unknown> | null;
}
