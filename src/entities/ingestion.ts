import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { DateTimeScalar } from '../schema/scalars';
import { DocumentSource } from './document-source';

/** Where an ingestion stands. */
export enum IngestionStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(IngestionStatus, {
  name: 'IngestionStatus',
  description: 'Where the reading of a submitted policy stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker (also after a failed attempt that will be retried).' },
    RUNNING: { description: 'A worker is reading it.' },
    DONE: { description: 'Read: its draft version is written and waits for review.' },
    FAILED: { description: 'Not read: `error` says why.' },
  },
});

/** The step a running ingestion is at. */
export enum IngestionStage {
  QUEUED = 'QUEUED',
  READING = 'READING',
  EXTRACTING = 'EXTRACTING',
  WRITING = 'WRITING',
  FINISHED = 'FINISHED',
}

registerEnumType(IngestionStage, {
  name: 'IngestionStage',
  description: 'The step of an ingestion.',
  valuesConfig: {
    QUEUED: { description: 'Not started.' },
    READING: { description: 'Turning the bytes into the canonical text (HTML, Markdown and PDF parsed).' },
    EXTRACTING: { description: 'Reading facts and their evidence from the text.' },
    WRITING: { description: 'Writing the draft version.' },
    FINISHED: { description: 'Done or failed.' },
  },
});

/** Why an ingestion failed. */
export enum IngestionErrorCode {
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  BINARY_CONTENT = 'BINARY_CONTENT',
  TOO_LARGE = 'TOO_LARGE',
  TOO_MANY_PAGES = 'TOO_MANY_PAGES',
  UNREADABLE_PDF = 'UNREADABLE_PDF',
  ENCRYPTED_PDF = 'ENCRYPTED_PDF',
  EMPTY_TEXT = 'EMPTY_TEXT',
  TIMEOUT = 'TIMEOUT',
  TOO_COMPLEX = 'TOO_COMPLEX',
  NO_CONTROLLER = 'NO_CONTROLLER',
  INTERNAL = 'INTERNAL',
}

registerEnumType(IngestionErrorCode, {
  name: 'IngestionErrorCode',
  description: 'Why a submitted policy could not be read.',
  valuesConfig: {
    UNSUPPORTED_MEDIA_TYPE: { description: 'Not text/plain, text/markdown, text/html or application/pdf.' },
    BINARY_CONTENT: { description: 'Declared as text but holds binary data.' },
    TOO_LARGE: { description: 'Over the size limit (10 MB for a PDF, 2 MB for text).' },
    TOO_MANY_PAGES: { description: 'A PDF with more pages than are read (200).' },
    UNREADABLE_PDF: { description: 'Not a PDF that can be parsed.' },
    ENCRYPTED_PDF: { description: 'A PDF protected by a password.' },
    EMPTY_TEXT: { description: 'No readable text (a scanned PDF without a text layer, an empty page).' },
    TIMEOUT: { description: 'Reading took longer than the time allowed per document.' },
    TOO_COMPLEX: { description: 'Reading exhausted the memory allowed per document.' },
    NO_CONTROLLER: {
      description: 'The text names no controller; submit it again naming an existing controller (`controller`).',
    },
    INTERNAL: { description: 'An error of ours, after every retry: the message is logged, tell us.' },
  },
});

/**
 * One submitted policy and the reading of it: the job's state (also the job itself on SQLite, where this table is
 * the queue), who submitted what, and, once done, the draft version it wrote (by slug and version, so that the link
 * survives the draft being discarded: it then resolves to null).
 */
@Entity('ingestion')
@Index(['status', 'runAfter'])
@ObjectType({
  implements: Node,
  description:
    'A policy submitted to be read into draft facts (submitPolicy, POST /ingestions): its progress, then its draft.',
})
export class Ingestion implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  /** A random UUID: the key of the global id and of the /ingestions/<key> URL. */
  @Index({ unique: true })
  @Column('varchar', { length: 36 })
  key: string;

  @Field(() => IngestionStatus, { description: 'Where it stands.' })
  @Column('varchar')
  status: IngestionStatus;

  @Field(() => IngestionStage, { description: 'The step it is at.' })
  @Column('varchar')
  stage: IngestionStage;

  @Field(() => Float, { description: 'How far it is, from 0 to 1.' })
  @Column('real')
  progress: number;

  @Field(() => Int, { description: 'Attempts started so far (a failed attempt is retried, up to 3 in all).' })
  @Column('integer')
  attempts: number;

  @Field(() => IngestionErrorCode, { nullable: true, description: 'Why it failed; null unless FAILED.' })
  @Column('varchar', { nullable: true })
  errorCode: IngestionErrorCode | null;

  @Field(() => String, { nullable: true, description: 'What went wrong, for people; null unless FAILED.' })
  @Column('text', { nullable: true })
  error: string | null;

  @Field(() => [String], {
    description: 'What the reader noticed on the way (repaired ligatures, dropped markup, facts left out and why).',
  })
  @Column('simple-json')
  warnings: string[];

  @Field({ description: 'The media type the bytes are read as: as declared, else sniffed from them.' })
  @Column('varchar')
  mediaType: string;

  @Field(() => Int, { description: 'Size of the submitted bytes.' })
  @Column('integer')
  byteLength: number;

  @Field({ description: 'SHA-256 (hex) of the submitted bytes.' })
  @Column('varchar', { length: 64 })
  sha256: string;

  @Field(() => String, { nullable: true, description: 'Where the policy was published, as submitted.' })
  @Column('varchar', { nullable: true })
  sourceUrl: string | null;

  /** The controller this is a new version of (submitPolicy's `controller`), or null for a new controller. */
  @Column('varchar', { nullable: true })
  requestedSlug: string | null;

  /** The draft it wrote: slug and version (see the class comment). */
  @Column('varchar', { nullable: true })
  draftSlug: string | null;

  @Column('integer', { nullable: true })
  draftVersion: number | null;

  @Column('integer')
  sourceId: number;

  @ManyToOne(() => DocumentSource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sourceId' })
  source?: DocumentSource;

  @Field(() => String, { nullable: true, description: 'Name of the API key that submitted it.' })
  @Column('varchar', { nullable: true })
  submittedBy: string | null;

  @Column('varchar', { nullable: true })
  submittedByKeyId: string | null;

  @Column('varchar', { nullable: true })
  requestId: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was submitted.' })
  @Column('varchar')
  submittedAt: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its last attempt started.' })
  @Column('varchar', { nullable: true })
  startedAt: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it became DONE or FAILED.' })
  @Column('varchar', { nullable: true })
  finishedAt: string | null;

  /** Not before this time (a retry waits): the queue's order on SQLite. */
  @Column('varchar')
  runAfter: string;

  /** The worker holding it and until when (SQLite's queue: a lease that a restart lets run out, then resumes). */
  @Column('varchar', { nullable: true })
  leaseOwner: string | null;

  @Column('varchar', { nullable: true })
  leaseUntil: string | null;

  get nodeId(): string {
    return toGlobalId('Ingestion', this.key);
  }
}
