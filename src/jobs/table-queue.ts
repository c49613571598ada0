import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { claimNextIngestion } from '../store/ingestion-operations';
import { AttemptPolicy, runAttempt } from './ingestion-runner';
import { IngestionQueue } from './ingestion-queue';
import { PolicyReader } from './policy-reader';

/**
 * The queue on SQLite: the ingestion table itself, drained in-process. A worker claims the oldest due ingestion
 * under the write lock (a lease: RUNNING, its owner, until when), and looks again every `pollMs` or as soon as a
 * submission commits. An attempt whose process died keeps its lease until it runs out; then it is due again, so a
 * restart resumes it.
 */
export class TableQueue implements IngestionQueue {
  private stopping = false;
  private loops: Promise<void>[] = [];
  private wake: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: {
      concurrency: number;
      owner: string;
      pollMs: number;
      reader: PolicyReader;
      attempts: AttemptPolicy;
      logger: Logger;
    },
  ) {}

  readonly enqueue = async () => {};

  submitted(): void {
    for (const wake of this.wake.splice(0)) wake();
  }

  async start(): Promise<void> {
    for (let slot = 0; slot < this.options.concurrency; slot++) this.loops.push(this.loop(slot));
  }

  private async loop(slot: number): Promise<void> {
    const { owner, attempts, reader, logger } = this.options;
    while (!this.stopping) {
      try {
        const claimed = await claimNextIngestion(this.dataSource, `${owner}#${slot}`, attempts.leaseSeconds);
        if (claimed) {
          await runAttempt(this.dataSource, claimed, reader, attempts, logger);
          continue;
        }
      } catch (error) {
        if (this.stopping) return;
        logger.error({ err: error }, 'ingestion worker: claiming the next job failed');
      }
      await this.idle();
    }
  }

  /** Waits for a submission or the next poll, whichever comes first. */
  private idle(): Promise<void> {
    const controller = new AbortController();
    const woken = new Promise<void>((resolve) => this.wake.push(resolve));
    return Promise.race([
      woken,
      sleep(this.options.pollMs, undefined, { signal: controller.signal }).catch(() => {}),
    ]).then(() => controller.abort());
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    this.submitted();
    const timer = new AbortController();
    await Promise.race([
      Promise.all(this.loops),
      sleep(timeoutMs, undefined, { signal: timer.signal }).catch(() => {}),
    ]);
    timer.abort();
  }
}
