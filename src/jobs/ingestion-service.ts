import { hostname } from 'node:os';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Ingestion } from '../entities';
import { submitIngestion } from '../store/ingestion-operations';
import { Actor } from '../store/transaction';
import { AttemptPolicy, DEFAULT_ATTEMPT_POLICY } from './ingestion-runner';
import { IngestionQueue } from './ingestion-queue';
import type { PgBossQueue } from './pg-boss-queue';
import { DEFAULT_READER_LIMITS, InlineReader, PolicyReader, ReaderLimits, ThreadedReader } from './policy-reader';
import { checkSubmission, Submission } from './submission';
import { TableQueue } from './table-queue';

/** How this process takes part in reading submitted policies (README, "Ingestion"; env INGEST_*). */
export interface IngestOptions {
  /** Attempts this process runs at once; 0 = none (submissions wait for a replica that runs workers). */
  concurrency: number;
  /** Reader threads (0 = read on the main thread, as tests from TypeScript sources do). */
  threads: number;
  /** How often an idle SQLite worker looks for due jobs. */
  pollMs: number;
  /** How often pg-boss's maintenance expires and retries jobs whose worker died. */
  maintenanceSeconds: number;
  attempts: AttemptPolicy;
  reader: ReaderLimits;
  /** Policies one API key may submit per hour, across replicas (counted in the database); 0 = no limit. */
  submissionsPerHour: number;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  concurrency: 2,
  threads: 2,
  pollMs: 500,
  maintenanceSeconds: 30,
  attempts: DEFAULT_ATTEMPT_POLICY,
  reader: DEFAULT_READER_LIMITS,
  submissionsPerHour: 120,
};

/**
 * The PostgreSQL queue's class, loaded where it is used: pg-boss brings node-postgres, luxon and cron-parser (5.7 MB
 * of RSS and 3 MB of heap at start, measured here), which a process on SQLite never runs.
 */
function pgBossQueue(): typeof PgBossQueue {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./pg-boss-queue') as typeof import('./pg-boss-queue')).PgBossQueue;
}

/**
 * Submissions in, drafts out: checks and records a submitted policy with its job (submit), and runs this process's
 * workers on the queue of the engine (pg-boss on PostgreSQL, the ingestion table on SQLite).
 */
export class IngestionService {
  private readonly queue: IngestionQueue;
  private readonly reader: PolicyReader;
  private readonly submissionsPerHour: number;

  constructor(
    private readonly dataSource: DataSource,
    options: Partial<IngestOptions>,
    logger: Logger,
    reader?: PolicyReader,
  ) {
    const o = { ...DEFAULT_INGEST_OPTIONS, ...options };
    this.submissionsPerHour = o.submissionsPerHour;
    this.reader =
      reader ??
      (o.threads > 0 && ThreadedReader.available()
        ? new ThreadedReader(o.threads, o.reader)
        : new InlineReader(o.reader));
    const owner = `${hostname()}:${process.pid}`;
    const common = { concurrency: o.concurrency, owner, reader: this.reader, attempts: o.attempts, logger };
    this.queue =
      dataSource.options.type === 'postgres'
        ? new (pgBossQueue())(dataSource, { ...common, maintenanceSeconds: o.maintenanceSeconds })
        : new TableQueue(dataSource, { ...common, pollMs: o.pollMs });
  }

  /**
   * Checks a submission (UserErrors at the door), records it and its job in one write, wakes a worker. A key over its
   * hourly quota gets RATE_LIMITED and nothing is stored.
   */
  async submit(actor: Actor, submission: Submission): Promise<Ingestion> {
    const request = checkSubmission(submission);
    const ingestion = await submitIngestion(this.dataSource, actor, request, this.queue.enqueue, {
      perHour: this.submissionsPerHour,
    });
    this.queue.submitted(ingestion.key);
    return ingestion;
  }

  start(): Promise<void> {
    return this.queue.start();
  }

  async stop(): Promise<void> {
    await this.queue.stop();
    await this.reader.close();
  }
}
