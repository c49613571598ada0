/** Whether pg-boss was loaded: the mock records its first require and hands over the real package. */
const mockLoads = { pgBoss: 0 };
jest.mock('pg-boss', () => {
  mockLoads.pgBoss++;
  return jest.requireActual('pg-boss') as unknown;
});

/**
 * pg-boss (with node-postgres, luxon and cron-parser: about 6 MB of RSS at start) is the queue of PostgreSQL only: a
 * process on SQLite, which drains its ingestion table itself, never loads it (src/jobs/ingestion-service.ts).
 */
it('loads pg-boss where the queue is PostgreSQL’s, and only there', async () => {
  // Imported here, after the mock's counter exists (the import would otherwise load the queue's module first).
  const { createTestApi } = await import('../support/test-api');
  const api = await createTestApi();
  try {
    const postgres = api.dataSource.options.type === 'postgres';
    const result = await api.run('{ controller(slug: "cluma") { name } }');
    expect(result.errors).toBeUndefined();
    expect(mockLoads.pgBoss).toBe(postgres ? 1 : 0);
  } finally {
    await api.close();
  }
});
