import { Enqueue } from '../store/ingestion-operations';

/**
 * Where ingestion jobs wait and who runs them. `enqueue` runs inside the transaction that records the submission, so
 * a job exists exactly when its ingestion does; `submitted` is told after the commit, to wake a worker at once.
 */
export interface IngestionQueue {
  readonly enqueue: Enqueue;
  submitted(key: string): void;
  /** Starts this process's workers (none when the concurrency is 0: submissions wait for another replica). */
  start(): Promise<void>;
  /** Stops taking jobs and waits (a bounded time) for the attempts under way; an unfinished one resumes later. */
  stop(): Promise<void>;
}
