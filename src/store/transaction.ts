import { EventEmitter } from 'node:events';
import { DataSource, EntityManager } from 'typeorm';
import { runWrite } from '../db/write-queue';
import { ActorType, AuditEntry, DataVersion } from '../entities';
import { TermIndex } from './terms';
import { BulkWriter } from './writer';

/** Who makes a change, for the audit log. */
export interface Actor {
  type: ActorType;
  /** The API key's id (KEY), the job's id (JOB). */
  id: string | null;
  name: string;
  role: string | null;
  /** The request or job that makes the change. */
  requestId: string | null;
}

/** What an audit entry records of a change (the actor and the time are the transaction's). */
export interface AuditRecord {
  action: AuditAction;
  subject: string;
  controllerSlug: string;
  version: number;
  before?: unknown;
  after?: unknown;
}

/** Every kind of change the store records. */
export enum AuditAction {
  VERSION_CREATED = 'VERSION_CREATED',
  VERSION_PUBLISHED = 'VERSION_PUBLISHED',
  VERSION_SUPERSEDED = 'VERSION_SUPERSEDED',
  VERSION_DISCARDED = 'VERSION_DISCARDED',
  FACT_CREATED = 'FACT_CREATED',
  FACT_UPDATED = 'FACT_UPDATED',
  FACT_DELETED = 'FACT_DELETED',
  FACT_REVIEWED = 'FACT_REVIEWED',
  IDENTITY_UPDATED = 'IDENTITY_UPDATED',
  VOCABULARY_UPDATED = 'VOCABULARY_UPDATED',
  CONTENT_REPLACED = 'CONTENT_REPLACED',
  INGESTION_SUBMITTED = 'INGESTION_SUBMITTED',
}

/**
 * Tells this process's caches that a write of the store committed on a DataSource (`committed`, with the DataSource):
 * they drop what they hold at once. Other replicas follow the data version within a second.
 */
export const storeEvents = new EventEmitter();

/** Thrown by a write that finds, under the lock, that there is nothing to do: it rolls back, the version included. */
export class NothingToWrite extends Error {
  override name = 'NothingToWrite';
}

/** The name of the lock every write takes on PostgreSQL (one per schema), across every replica. */
const WRITE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('policy-graph:write'), hashtext(current_schema()))`;

/**
 * One write of the store: a transaction that holds the write lock and has bumped the data version, with the means
 * every operation needs (a bulk writer whose ids follow the tables, the vocabulary, the audit log). Writes are
 * serialized: on SQLite by the process's write queue and the database's write lock (taken by the first statement,
 * the version bump), on PostgreSQL by a transaction-scoped advisory lock, so that replicas never interleave. Stale
 * edits are refused by revision checks (optimistic concurrency) inside the lock.
 */
export class WriteTransaction {
  private writerPromise: Promise<BulkWriter> | null = null;
  private termsPromise: Promise<TermIndex> | null = null;
  private readonly afterFlush: (() => Promise<void>)[] = [];
  readonly at = new Date().toISOString();

  private constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {}

  /**
   * Runs `work` as one write: all of it or nothing. Resolves with its result; rejects (and rolls everything back,
   * the data version and the audit entries included) when it throws, UserErrors included.
   */
  static async run<T>(dataSource: DataSource, actor: Actor, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const result = await runWrite(dataSource, async (manager) => {
      if (manager.connection.options.type === 'postgres') await manager.query(WRITE_LOCK);
      // On SQLite the first statement of the transaction is a write: it takes the database's write lock at once.
      const bumped = await execute(manager, 'UPDATE data_version SET version = version + 1 WHERE id = 1');
      if (bumped === 0) await manager.insert(DataVersion, { id: 1, version: 1 });
      const tx = new WriteTransaction(manager, actor);
      const result = await work(tx);
      if (tx.writerPromise) await (await tx.writerPromise).finish();
      for (const step of tx.afterFlush) await step();
      return result;
    });
    storeEvents.emit('committed', dataSource);
    return result;
  }

  /** The bulk writer of this transaction (opened once, on first use). */
  writer(): Promise<BulkWriter> {
    return (this.writerPromise ??= BulkWriter.open(this.manager));
  }

  /** The vocabulary as the database holds it (read once, on first use). */
  terms(): Promise<TermIndex> {
    return (this.termsPromise ??= TermIndex.load(this.manager));
  }

  /** Uses `terms` as the vocabulary of this transaction (after writing it). */
  useTerms(terms: TermIndex): void {
    this.termsPromise = Promise.resolve(terms);
  }

  /** Runs `step` at the end of the transaction, once every buffered row is written (index upkeep). */
  onFlushed(step: () => Promise<void>): void {
    this.afterFlush.push(step);
  }

  /** Buffers an audit entry of this transaction's actor and time. */
  async audit(record: AuditRecord): Promise<void> {
    const writer = await this.writer();
    writer.insert(AuditEntry, {
      at: this.at,
      actorType: this.actor.type,
      actorId: this.actor.id,
      actorName: this.actor.name,
      actorRole: this.actor.role,
      requestId: this.actor.requestId,
      action: record.action,
      subject: record.subject,
      controllerSlug: record.controllerSlug,
      version: record.version,
      before: record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      after: record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
    });
  }
}

/** Runs an UPDATE or DELETE (`?` placeholders on both engines) and returns the number of rows it changed. */
export async function execute(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<number> {
  const postgres = manager.connection.options.type === 'postgres';
  let n = 0;
  const query = postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  if (!manager.queryRunner) throw new Error('internal: execute runs inside a write transaction');
  // A structured result carries `affected` on both engines (EntityManager.query returns the raw one only).
  const result = await manager.queryRunner.query(query, parameters, true);
  return result.affected ?? 0;
}

/** The current data version (0 for a database never written). One statement. */
export async function readDataVersion(dataSource: DataSource): Promise<number> {
  const rows: { version: number }[] = await dataSource.query('SELECT version FROM data_version WHERE id = 1');
  return Number(rows[0]?.version ?? 0);
}
