import { AddressInfo } from 'node:net';
import pino, { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../config';
import { createDataSource, StatementCounter } from '../db/data-source';
import { createSchema } from '../schema/build-schema';
import { loadSeeds } from '../seed/load-seeds';
import { IngestOptions } from '../jobs/ingestion-service';
import { PolicyReader } from '../jobs/policy-reader';
import { createServer } from './create-server';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** SQL statements run so far (to prove batching over HTTP). */
  statementCount(): number;
  /** The server's database, for tests that need to change it under a running server. */
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Starts a complete server for tests and tools: opens the database (default: a fresh in-memory SQLite), seeds it if
 * needed, and listens on 127.0.0.1 (`port` 0 = a free port). `close` stops the server and closes the database.
 */
export async function startServer(
  options: {
    databaseUrl?: string;
    port?: number;
    production?: boolean;
    seedsDir?: string;
    pointsPerWindow?: number;
    responseCache?: boolean;
    corsOrigins?: string[];
    /** Proxies to trust for the client's address (see ServerOptions). */
    trustProxy?: number;
    /** Where logs go (default: pino at LOG_LEVEL, silent unless set). */
    logger?: Logger;
    /** Ingestion workers (default: none, concurrency 0: submissions wait). */
    ingest?: Partial<IngestOptions>;
    reader?: PolicyReader;
  } = {},
): Promise<RunningServer> {
  const counter = new StatementCounter();
  const dataSource = await createDataSource(parseDatabaseUrl(options.databaseUrl ?? 'sqlite::memory:'), counter);
  await loadSeeds(dataSource, options.seedsDir);
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const { httpServer, stop } = await createServer({
    schema: await createSchema(),
    dataSource,
    logger,
    production: options.production ?? false,
    pointsPerWindow: options.pointsPerWindow,
    responseCache: options.responseCache,
    corsOrigins: options.corsOrigins,
    trustProxy: options.trustProxy,
    ingest: { concurrency: 0, ...options.ingest },
    reader: options.reader,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    statementCount: () => counter.count,
    dataSource,
    async close() {
      await stop(0);
      await dataSource.destroy();
    },
  };
}
