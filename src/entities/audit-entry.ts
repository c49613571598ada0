import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who made a change: the seed files, the command line, the extractor's job, or the holder of an API key. */
export enum ActorType {
  SEED = 'SEED',
  CLI = 'CLI',
  JOB = 'JOB',
  KEY = 'KEY',
}

/**
 * One change the store applied, written in the change's own transaction: who (actor, key, request), when, what
 * (action, subject, the version it touched) and the fact before and after, as JSON in the fact-file shape. Append-only:
 * the API has no way to change or delete an entry, and a database trigger refuses UPDATE and DELETE on the table.
 */
@Entity('audit_entry')
@Index(['subject', 'id'])
@Index(['actorType', 'actorId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  /** ISO 8601 timestamp (UTC) of the change. */
  @Column('varchar')
  at: string;

  @Column('varchar')
  actorType: ActorType;

  /** The API key's id for KEY, the job's id for JOB; null for SEED and CLI. */
  @Column('varchar', { nullable: true })
  actorId: string | null;

  /** The key's name, the user running the CLI, or the seed file. */
  @Column('varchar')
  actorName: string;

  /** The role of the key (reader, curator, admin), when a key made the change. */
  @Column('varchar', { nullable: true })
  actorRole: string | null;

  /** The request (x-request-id) or job that made the change. */
  @Column('varchar', { nullable: true })
  requestId: string | null;

  /** What was done, e.g. FACT_UPDATED, VERSION_PUBLISHED (see AuditAction). */
  @Column('varchar')
  action: string;

  /** The global id of what changed (a fact, a version). */
  @Column('varchar')
  subject: string;

  /** The controller's slug and the version the change touched. */
  @Index()
  @Column('varchar')
  controllerSlug: string;

  @Column('integer')
  version: number;

  /** The subject before and after the change, JSON (null when it did not exist before or does not after). */
  @Column('text', { nullable: true })
  before: string | null;

  @Column('text', { nullable: true })
  after: string | null;
}
