import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { runWrite } from '../db/write-queue';
import {
  Controller,
  DocumentSource,
  Ingestion,
  IngestionErrorCode,
  IngestionStage,
  IngestionStatus,
} from '../entities';
import { Actor, AuditAction, WriteTransaction } from './transaction';
import { userError, UserErrorCode } from './user-errors';

/** A policy to read, as submitted (submitPolicy, POST /ingestions, the ingest CLI). */
export interface IngestionRequest {
  bytes: Buffer;
  /** Declared and checked (supportedMediaType) by the caller, or sniffed from the bytes. */
  mediaType: string;
  sourceUrl: string | null;
  /** An existing controller's slug when this is a new version of its policy. */
  controller: string | null;
}

/** Puts a job on the queue inside the submitting transaction, so that a job exists exactly when its ingestion does. */
export type Enqueue = (manager: EntityManager, key: string) => Promise<void>;

/** How many policies one API key may submit per hour (0: no limit). */
export interface SubmissionQuota {
  perHour: number;
}

/**
 * RATE_LIMITED when the actor's key has submitted `quota.perHour` policies in the hour before `at`: counted in the
 * write's own transaction, under the write lock, so that replicas and concurrent requests share one count.
 */
async function checkQuota(tx: WriteTransaction, actor: Actor, quota: SubmissionQuota): Promise<void> {
  if (quota.perHour === 0 || actor.id === null) return;
  const since = new Date(Date.parse(tx.at) - 3_600_000).toISOString();
  const submitted = await tx.manager
    .createQueryBuilder(Ingestion, 'i')
    .where('i.submittedByKeyId = :key AND i.submittedAt > :since', { key: actor.id, since })
    .getCount();
  if (submitted >= quota.perHour)
    throw userError(
      UserErrorCode.RATE_LIMITED,
      `This key has submitted ${submitted} policies in the last hour, as many as a key may ` +
        `(${quota.perHour}, INGEST_SUBMISSIONS_PER_HOUR); try again later.`,
      ['input'],
    );
}

/**
 * Records a submitted policy (its bytes, kept so that a better extractor can read them again) and queues the job that
 * reads it, in one audited write. NOT_FOUND for a `controller` slug that names no controller, RATE_LIMITED for a key
 * over its quota. Returns the ingestion.
 */
export function submitIngestion(
  dataSource: DataSource,
  actor: Actor,
  request: IngestionRequest,
  enqueue: Enqueue,
  quota: SubmissionQuota = { perHour: 0 },
): Promise<Ingestion> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    await checkQuota(tx, actor, quota);
    if (request.controller !== null && !(await tx.manager.existsBy(Controller, { slug: request.controller })))
      throw userError(UserErrorCode.NOT_FOUND, `No controller with slug ${JSON.stringify(request.controller)}.`, [
        'input',
        'controller',
      ]);
    const sha256 = createHash('sha256').update(request.bytes).digest('hex');
    const source = await tx.manager.save(
      tx.manager.create(DocumentSource, {
        sha256,
        mediaType: request.mediaType,
        byteLength: request.bytes.length,
        content: request.bytes.toString('base64'),
        createdAt: tx.at,
      }),
    );
    const ingestion = await tx.manager.save(
      tx.manager.create(Ingestion, {
        key: randomUUID(),
        status: IngestionStatus.QUEUED,
        stage: IngestionStage.QUEUED,
        progress: 0,
        attempts: 0,
        errorCode: null,
        error: null,
        warnings: [],
        mediaType: request.mediaType,
        byteLength: request.bytes.length,
        sha256,
        sourceUrl: request.sourceUrl,
        requestedSlug: request.controller,
        draftSlug: null,
        draftVersion: null,
        sourceId: source.id,
        submittedBy: actor.name,
        submittedByKeyId: actor.id,
        requestId: actor.requestId,
        submittedAt: tx.at,
        startedAt: null,
        finishedAt: null,
        runAfter: tx.at,
        leaseOwner: null,
        leaseUntil: null,
      }),
    );
    await enqueue(tx.manager, ingestion.key);
    await tx.audit({
      action: AuditAction.INGESTION_SUBMITTED,
      subject: ingestion.nodeId,
      controllerSlug: request.controller ?? '',
      version: 0,
      after: { sha256, mediaType: request.mediaType, byteLength: request.bytes.length, sourceUrl: request.sourceUrl },
    });
    return ingestion;
  });
}

/** An attempt at reading a submitted policy: the ingestion as claimed, and its bytes. */
export interface ClaimedIngestion {
  ingestion: Ingestion;
  bytes: Buffer;
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** Marks an ingestion RUNNING for one more attempt held by `owner` until the lease ends; its bytes. */
async function claim(
  manager: EntityManager,
  ingestion: Ingestion,
  owner: string,
  leaseSeconds: number,
): Promise<ClaimedIngestion> {
  const now = new Date().toISOString();
  Object.assign(ingestion, {
    status: IngestionStatus.RUNNING,
    stage: IngestionStage.READING,
    progress: 0.05,
    attempts: ingestion.attempts + 1,
    startedAt: now,
    leaseOwner: owner,
    leaseUntil: later(leaseSeconds),
  });
  await manager.save(ingestion);
  const source = await manager
    .getRepository(DocumentSource)
    .createQueryBuilder('s')
    .addSelect('s.content')
    .where('s.id = :id', { id: ingestion.sourceId })
    .getOneOrFail();
  return { ingestion, bytes: Buffer.from(source.content, 'base64') };
}

/**
 * Claims the ingestion `key` for an attempt (the job queue hands its key over): null when it is finished already (a
 * job delivered twice, or its attempts used up), LEASED while another attempt's lease on it still runs.
 */
export function claimIngestion(
  dataSource: DataSource,
  key: string,
  owner: string,
  lease: LeasePolicy,
): Promise<ClaimedIngestion | 'LEASED' | null> {
  return runWrite(dataSource, async (manager) => {
    const ingestion = await manager.findOneBy(Ingestion, { key });
    if (!ingestion || ingestion.status === IngestionStatus.DONE || ingestion.status === IngestionStatus.FAILED)
      return null;
    const now = new Date().toISOString();
    if (ingestion.status === IngestionStatus.RUNNING && (ingestion.leaseUntil ?? '') > now) return 'LEASED';
    return claimOrGiveUp(manager, ingestion, owner, lease);
  });
}

/** How long a claim holds, and how many attempts an ingestion gets in all. */
export interface LeasePolicy {
  leaseSeconds: number;
  maxAttempts: number;
}

/**
 * Claims an ingestion for its next attempt, unless its attempts are used up: an attempt whose worker died (its lease
 * ran out while RUNNING) counts, so a document that kills its worker every time ends FAILED instead of looping.
 */
async function claimOrGiveUp(
  manager: EntityManager,
  ingestion: Ingestion,
  owner: string,
  lease: LeasePolicy,
): Promise<ClaimedIngestion | null> {
  if (ingestion.attempts < lease.maxAttempts) return claim(manager, ingestion, owner, lease.leaseSeconds);
  Object.assign(ingestion, {
    status: IngestionStatus.FAILED,
    stage: IngestionStage.FINISHED,
    progress: 1,
    errorCode: IngestionErrorCode.INTERNAL,
    error: `the worker reading it stopped (a restart, or a crash) in each of its ${ingestion.attempts} attempts`,
    finishedAt: new Date().toISOString(),
    leaseOwner: null,
    leaseUntil: null,
  });
  await manager.save(ingestion);
  return null;
}

/**
 * Claims the next ingestion due (the SQLite queue, which is this table): the oldest QUEUED one whose retry time has
 * come, or a RUNNING one whose lease ran out (its worker died: a restart resumes it). Null when none is due; GAVE_UP
 * when the one due had used up its attempts (it is FAILED now).
 */
export function claimNextIngestion(
  dataSource: DataSource,
  owner: string,
  lease: LeasePolicy,
): Promise<ClaimedIngestion | 'GAVE_UP' | null> {
  return runWrite(dataSource, async (manager) => {
    const now = new Date().toISOString();
    const ingestion = await manager
      .createQueryBuilder(Ingestion, 'i')
      .where('(i.status = :queued AND i.runAfter <= :now) OR (i.status = :running AND i.leaseUntil < :now)', {
        queued: IngestionStatus.QUEUED,
        running: IngestionStatus.RUNNING,
        now,
      })
      .orderBy('i.id', 'ASC')
      .getOne();
    if (!ingestion) return null;
    // One that used up its attempts is FAILED now; the next one due is claimed on the next look.
    return (await claimOrGiveUp(manager, ingestion, owner, lease)) ?? 'GAVE_UP';
  });
}

/**
 * Records how far an attempt is (a stage and its share, or neither: a heartbeat) and extends its lease; false when the
 * attempt is no longer the ingestion's.
 */
export function reportProgress(
  dataSource: DataSource,
  claimed: Ingestion,
  leaseSeconds: number,
  at?: { stage: IngestionStage; progress: number },
): Promise<boolean> {
  return runWrite(dataSource, async (manager) => {
    const result = await manager.update(
      Ingestion,
      { key: claimed.key, attempts: claimed.attempts, status: IngestionStatus.RUNNING },
      { ...at, leaseUntil: later(leaseSeconds) },
    );
    return (result.affected ?? 0) > 0;
  });
}

/**
 * Ends an attempt that failed: FAILED with its reason when `retryAt` is null, else QUEUED again until `retryAt` (the
 * error kept as a warning). Does nothing when the attempt is no longer the ingestion's.
 */
export function endAttempt(
  dataSource: DataSource,
  claimed: Ingestion,
  failure: { code: IngestionErrorCode; message: string },
  retryAt: Date | null,
): Promise<void> {
  return runWrite(dataSource, async (manager) => {
    const current = await manager.findOneBy(Ingestion, { key: claimed.key });
    if (!current || current.attempts !== claimed.attempts || current.status !== IngestionStatus.RUNNING) return;
    const now = new Date().toISOString();
    if (retryAt) {
      Object.assign(current, {
        status: IngestionStatus.QUEUED,
        stage: IngestionStage.QUEUED,
        progress: 0,
        runAfter: retryAt.toISOString(),
        warnings: [...current.warnings, `attempt ${current.attempts} failed: ${failure.message}`],
      });
    } else
      Object.assign(current, {
        status: IngestionStatus.FAILED,
        stage: IngestionStage.FINISHED,
        progress: 1,
        errorCode: failure.code,
        error: failure.message,
        finishedAt: now,
      });
    Object.assign(current, { leaseOwner: null, leaseUntil: null });
    await manager.save(current);
  });
}

/** The draft a successful attempt writes: its version, and the facts left out on the way. */
export interface WrittenDraft {
  slug: string;
  version: number;
  warnings: string[];
}

/**
 * Marks the ingestion of `claimed` DONE with its draft, inside the transaction that wrote the draft (so that a DONE
 * ingestion always has its draft, and a draft its DONE ingestion). A stale attempt (another one took over after its
 * lease ran out) changes nothing: it throws, which rolls the draft back.
 */
export async function finishIngestion(tx: WriteTransaction, claimed: Ingestion, draft: WrittenDraft): Promise<void> {
  const current = await tx.manager.findOneBy(Ingestion, { key: claimed.key });
  if (!current || current.attempts !== claimed.attempts || current.status !== IngestionStatus.RUNNING)
    throw new StaleAttempt(claimed.key);
  Object.assign(current, {
    status: IngestionStatus.DONE,
    stage: IngestionStage.FINISHED,
    progress: 1,
    draftSlug: draft.slug,
    draftVersion: draft.version,
    warnings: [...current.warnings, ...draft.warnings],
    finishedAt: tx.at,
    leaseOwner: null,
    leaseUntil: null,
  });
  await tx.manager.save(current);
}

/** An attempt that is no longer the ingestion's (it ran past its lease and another attempt took over). */
export class StaleAttempt extends Error {
  override name = 'StaleAttempt';
  constructor(key: string) {
    super(`the attempt at ingestion ${key} is stale: another attempt took over`);
  }
}
