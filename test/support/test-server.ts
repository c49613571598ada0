import { RunningServer, startServer } from '../../src/server/start-server';
import { createTestDatabase } from './test-database';

/** startServer on a database of its own (see createTestDatabase); `close` also drops the database. */
export async function startTestServer(
  options: Omit<NonNullable<Parameters<typeof startServer>[0]>, 'databaseUrl'> = {},
): Promise<RunningServer> {
  const database = await createTestDatabase();
  const server = await startServer({ ...options, databaseUrl: database.url }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  return {
    ...server,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
