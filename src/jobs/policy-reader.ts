import path from 'node:path';
import { Piscina } from 'piscina';
import type { ExtractedPolicy } from '../ingest/extract/extracted-policy';
import { IngestError, IngestErrorCode } from '../ingest/parse/ingest-error';
import type { ParsedDocument } from '../ingest/parse/parsed-document';
import type { ExtractTask, ParseTask } from './read-policy';

/** The reading code, loaded on first use: a server whose reading runs in threads never loads it on its main thread. */
const readTask = (task: ParseTask | ExtractTask) => import('./read-policy').then((m) => m.runReadTask(task));

/** How long one step may take and how much heap its thread may use. */
export interface ReaderLimits {
  /** Per step, in milliseconds (parsing and extracting each get this much). */
  timeoutMs: number;
  /** Heap of each reader thread, in MB: a document that needs more fails TOO_COMPLEX, the server stays up. */
  heapMb: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { timeoutMs: 30_000, heapMb: 512 };

/** A step that ran out of time (TIMEOUT) or memory (TOO_COMPLEX): bad input, not retried. */
export class ReaderLimitError extends Error {
  override name = 'ReaderLimitError';
  constructor(
    readonly code: 'TIMEOUT' | 'TOO_COMPLEX',
    message: string,
  ) {
    super(message);
  }
}

/** Reads policies: bytes into the canonical text, then the text into draft facts. */
export interface PolicyReader {
  parse(bytes: Buffer, mediaType: string | null): Promise<ParsedDocument>;
  extract(parsed: ParsedDocument): Promise<ExtractedPolicy>;
  close(): Promise<void>;
}

/** Runs the steps on the calling thread (tests from TypeScript sources, INGEST_THREADS=0). */
export class InlineReader implements PolicyReader {
  constructor(private readonly limits: ReaderLimits = DEFAULT_READER_LIMITS) {}
  async parse(bytes: Buffer, mediaType: string | null): Promise<ParsedDocument> {
    return (await readTask({ step: 'parse', bytes, mediaType, timeoutMs: this.limits.timeoutMs })) as ParsedDocument;
  }
  async extract(parsed: ParsedDocument): Promise<ExtractedPolicy> {
    return (await readTask({ step: 'extract', parsed })) as ExtractedPolicy;
  }
  async close(): Promise<void> {}
}

type WorkerReply<T> = { ok: true; value: T } | { ok: false; code: IngestErrorCode; message: string };

/**
 * Runs the steps in a pool of worker threads (piscina), off the event loop that serves requests: each thread has a
 * bounded heap, each step a deadline after which its thread is terminated. A 2 MB single line or a deeply nested
 * page then costs a thread, never the server.
 */
export class ThreadedReader implements PolicyReader {
  private readonly pool: Piscina;

  constructor(
    threads: number,
    private readonly limits: ReaderLimits = DEFAULT_READER_LIMITS,
  ) {
    this.pool = new Piscina({
      filename: path.join(__dirname, 'read-worker.js'),
      // Threads start with the first policy and stop after a minute idle: an idle server holds none.
      minThreads: 0,
      maxThreads: Math.max(1, threads),
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
  }

  /** Whether threads can run here: the compiled worker exists (not when running from TypeScript sources). */
  static available(): boolean {
    return __filename.endsWith('.js');
  }

  private async run<T>(task: ParseTask | ExtractTask, what: string): Promise<T> {
    let reply: WorkerReply<T>;
    try {
      reply = await this.pool.run(task, { signal: AbortSignal.timeout(this.limits.timeoutMs) });
    } catch (error) {
      const name = (error as { name?: string; code?: string }).name;
      if (name === 'AbortError' || name === 'TimeoutError')
        throw new ReaderLimitError('TIMEOUT', `${what} took longer than ${this.limits.timeoutMs} ms`);
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        throw new ReaderLimitError('TOO_COMPLEX', `${what} needed more than ${this.limits.heapMb} MB of memory`);
      throw error;
    }
    if (!reply.ok) throw new IngestError(reply.code, reply.message);
    return reply.value;
  }

  parse(bytes: Buffer, mediaType: string | null): Promise<ParsedDocument> {
    const task: ParseTask = {
      step: 'parse',
      bytes: new Uint8Array(bytes),
      mediaType,
      timeoutMs: this.limits.timeoutMs,
    };
    return this.run(task, 'reading the document');
  }

  extract(parsed: ParsedDocument): Promise<ExtractedPolicy> {
    return this.run({ step: 'extract', parsed }, 'extracting the facts');
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
