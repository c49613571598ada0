import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { applyStartupRule, SchemaError } from './db/migrate';
import { createSchema } from './schema/build-schema';
import { loadSeeds } from './seed/load-seeds';
import { SeedErrors } from './seed/seed-error';
import { createServer } from './server/create-server';

/** `npm start`: the API on PORT over DATABASE_URL, seeded from seeds/ when the database is empty or out of date. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  // The start-up rule (README, "Configuration"): SQLite is migrated here, PostgreSQL must be already (npm run migrate).
  const dataSource = await createDataSource(config.database, undefined, { migrations: 'none' });
  const migrated = await applyStartupRule(dataSource);
  if (migrated.length) logger.info({ migrations: migrated }, 'database migrated');
  const seeded = await loadSeeds(dataSource);
  if (seeded)
    logger.info({ published: seeded.published, drafts: seeded.drafts, evidence: seeded.evidence }, 'seeds loaded');
  const server = await createServer({
    schema: await createSchema(),
    dataSource,
    logger,
    production: config.production,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    responseCache: config.responseCache,
    executor: config.executor,
    pointsPerWindow: config.rateLimitPoints,
    ingest: config.ingest,
  });
  const { httpServer } = server;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`PORT ${config.port} is already in use; set PORT to a free port`)
          : error,
      ),
    );
    httpServer.listen(config.port, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  logger.info({ port }, `Policy Graph API ready at http://localhost:${port}/graphql`);

  // Graceful shutdown: refuse new work, let in-flight requests finish, close the database, exit 0.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await server.stop(config.shutdownDelayMs);
      await dataSource.destroy();
      logger.info('shut down cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SchemaError || error instanceof SeedErrors)
    console.error(`Cannot start: ${error.message}`);
  else console.error('Cannot start:', error);
  process.exit(1);
});
