import PgBoss from 'pg-boss';
import { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { claimIngestion } from '../store/ingestion-operations';
import { AttemptPolicy, runAttempt } from './ingestion-runner';
import { IngestionQueue } from './ingestion-queue';
import { PolicyReader } from './policy-reader';

const QUEUE = 'policy-ingestion';

/** The pg-boss schema beside the API's: `pgboss` for `public`, else `<schema>_pgboss` (one queue per deployment). */
export function bossSchemaOf(schema: string | undefined): string {
  return !schema || schema === 'public' ? 'pgboss' : `${schema}_pgboss`;
}

/**
 * The queue on PostgreSQL: pg-boss, shared by every replica (SKIP LOCKED delivery: one worker per job). A job is sent
 * inside the submitting transaction (pg-boss's `db` option), so it exists exactly when its ingestion does. A job
 * whose worker died stays active until it expires (`leaseSeconds`); pg-boss's maintenance then retries it, on any
 * replica. pg-boss's retries follow the attempt policy; the ingestion row says how each attempt went.
 */
export class PgBossQueue implements IngestionQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | null = null;
  private readonly workers: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: {
      concurrency: number;
      owner: string;
      maintenanceSeconds: number;
      reader: PolicyReader;
      attempts: AttemptPolicy;
      logger: Logger;
    },
  ) {
    const db = dataSource.options as { url?: string; schema?: string };
    this.boss = new PgBoss({
      connectionString: db.url,
      schema: bossSchemaOf(db.schema),
      max: 2,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceSeconds,
    });
    this.boss.on('error', (error) => options.logger.error({ err: error }, 'pg-boss'));
  }

  private ready(): Promise<void> {
    return (this.started ??= (async () => {
      await this.boss.start();
      const { maxAttempts, retryDelaySeconds, leaseSeconds } = this.options.attempts;
      await this.boss.createQueue(QUEUE, {
        name: QUEUE,
        // Deliveries, not attempts: a delivery that finds the ingestion leased comes back later (see the handler).
        retryLimit: maxAttempts * 4 + 4,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: leaseSeconds,
      });
    })());
  }

  readonly enqueue = async (manager: EntityManager, key: string): Promise<void> => {
    await this.ready();
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    await this.boss.send(QUEUE, { key }, { db });
  };

  submitted(): void {
    for (const id of this.workers) this.boss.notifyWorker(id);
  }

  async start(): Promise<void> {
    if (this.options.concurrency === 0) return;
    await this.ready();
    const { owner, reader, attempts, logger } = this.options;
    for (let slot = 0; slot < this.options.concurrency; slot++) {
      let id = '';
      // A worker that just finished a job looks for the next at once, not after its polling interval.
      const next = () => setImmediate(() => id && this.boss.notifyWorker(id));
      id = await this.boss.work<{ key: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        next();
        const claimed = await claimIngestion(this.dataSource, job.data.key, `${owner}#${slot}`, attempts);
        if (claimed === 'LEASED')
          // Another attempt holds it (its job expired while it ran, or its worker died and its lease has yet to run
          // out): look again after the retry delay; the ingestion's own attempt count bounds the real attempts.
          throw new Error(`ingestion ${job.data.key} is leased by another attempt`);
        if (!claimed) return;
        const outcome = await runAttempt(this.dataSource, claimed, reader, attempts, logger);
        // pg-boss retries a job whose handler throws, after its delay: the ingestion is QUEUED meanwhile.
        if (outcome === 'RETRY') throw new Error(`attempt ${claimed.ingestion.attempts} failed; retried`);
      });
      this.workers.push(id);
    }
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
