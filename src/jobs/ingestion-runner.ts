import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Ingestion, IngestionErrorCode, IngestionStage } from '../entities';
import { draftPolicy } from '../ingest/draft/draft-policy';
import { IngestError } from '../ingest/parse/ingest-error';
import { ClaimedIngestion, endAttempt, reportProgress, StaleAttempt } from '../store/ingestion-operations';
import { IngestionFailure, writeIngestedDraft } from '../store/ingested-draft';
import { PolicyReader, ReaderLimitError } from './policy-reader';

/** How attempts are bounded and spaced. */
export interface AttemptPolicy {
  /** Attempts in all before an ingestion that keeps failing on an error of ours is FAILED (INTERNAL). */
  maxAttempts: number;
  /** Wait before the first retry, in seconds; doubled for each later one. */
  retryDelaySeconds: number;
  /** How long a claimed attempt is held before another worker may take it over (its worker died). */
  leaseSeconds: number;
}

export const DEFAULT_ATTEMPT_POLICY: AttemptPolicy = { maxAttempts: 3, retryDelaySeconds: 5, leaseSeconds: 120 };

/** How an attempt ended. RETRY: an error of ours that another attempt may not meet (the queue tries again). */
export type AttemptOutcome = 'DONE' | 'FAILED' | 'RETRY' | 'STALE';

/** A failure that is the input's (or a limit's): said to people, never retried. */
function inputFailure(error: unknown): { code: IngestionErrorCode; message: string } | null {
  if (error instanceof IngestError) return { code: IngestionErrorCode[error.code], message: error.message };
  if (error instanceof ReaderLimitError) return { code: IngestionErrorCode[error.code], message: error.message };
  if (error instanceof IngestionFailure) return { code: error.code, message: error.message };
  return null;
}

/**
 * Runs one attempt at reading a claimed ingestion: parse (READING), extract (EXTRACTING), write the draft through
 * the store (WRITING), each stage recorded with the attempt's lease extended. A failure of the input ends it FAILED
 * with its reason; any other error is retried (QUEUED again after a backoff) until the last attempt, then FAILED
 * INTERNAL. Never throws for a failing attempt: it returns how the attempt ended.
 */
export async function runAttempt(
  dataSource: DataSource,
  { ingestion, bytes }: ClaimedIngestion,
  reader: PolicyReader,
  policy: AttemptPolicy,
  logger: Logger,
): Promise<AttemptOutcome> {
  const progress = async (stage: IngestionStage, share: number) => {
    if (!(await reportProgress(dataSource, ingestion, policy.leaseSeconds, { stage, progress: share })))
      throw new StaleAttempt(ingestion.key);
  };
  // A heartbeat keeps the lease while a step runs: only a dead worker lets it run out.
  const heartbeat = setInterval(
    () => void reportProgress(dataSource, ingestion, policy.leaseSeconds).catch(() => undefined),
    (policy.leaseSeconds * 1000) / 3,
  );
  try {
    const parsed = await reader.parse(bytes, ingestion.mediaType);
    await progress(IngestionStage.EXTRACTING, 0.4);
    const extracted = await reader.extract(parsed);
    await progress(IngestionStage.WRITING, 0.8);
    await writeIngestedDraft(dataSource, ingestion, {
      text: parsed.text,
      mediaType: parsed.mediaType,
      controllerName: extracted.controller.name,
      draft: (slug) => draftPolicy(extracted, parsed, slug),
    });
    logger.info({ ingestion: ingestion.key, attempt: ingestion.attempts }, 'ingestion done');
    return 'DONE';
  } catch (error) {
    if (error instanceof StaleAttempt) return 'STALE';
    return endFailedAttempt(dataSource, ingestion, error, policy, logger);
  } finally {
    clearInterval(heartbeat);
  }
}

async function endFailedAttempt(
  dataSource: DataSource,
  ingestion: Ingestion,
  error: unknown,
  policy: AttemptPolicy,
  logger: Logger,
): Promise<AttemptOutcome> {
  const failure = inputFailure(error);
  if (failure) {
    logger.info({ ingestion: ingestion.key, code: failure.code }, `ingestion failed: ${failure.message}`);
    await endAttempt(dataSource, ingestion, failure, null);
    return 'FAILED';
  }
  const message = error instanceof Error ? error.message : String(error);
  logger.error({ err: error, ingestion: ingestion.key, attempt: ingestion.attempts }, 'ingestion attempt failed');
  if (ingestion.attempts < policy.maxAttempts) {
    const delay = policy.retryDelaySeconds * 2 ** (ingestion.attempts - 1);
    await endAttempt(
      dataSource,
      ingestion,
      { code: IngestionErrorCode.INTERNAL, message },
      new Date(Date.now() + delay * 1000),
    );
    return 'RETRY';
  }
  await endAttempt(
    dataSource,
    ingestion,
    { code: IngestionErrorCode.INTERNAL, message: `an error of ours after ${ingestion.attempts} attempts: ${message}` },
    null,
  );
  return 'FAILED';
}
