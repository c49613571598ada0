import { DataSource, QueryFailedError } from 'typeorm';
import { createDataSource, StatementCounter } from '../../src/db/data-source';
import { readStatements } from '../../src/db/read-statements';
import { loadSeeds } from '../../src/seed';
import { createTestDatabase, TestDatabase } from '../support/test-database';

// The read path's statements go to the driver itself (prepared once per connection on PostgreSQL): they must answer
// as TypeORM's `query` does for the same SQL, lists of any length included, and be counted as TypeORM counts them.
let database: TestDatabase;
let dataSource: DataSource;
const counter = new StatementCounter();
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.config, counter);
  await loadSeeds(dataSource);
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const viaTypeorm = async (sql: string, parameters: Record<string, unknown>) => {
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
  return (await dataSource.query(query, values)) as Record<string, unknown>[];
};

const SLUGS = `SELECT slug, version FROM controller WHERE slug IN (:...slugs) AND status = :status ORDER BY slug`;

test('a list parameter of any length answers as TypeORM does, in one statement each', async () => {
  const all = (await viaTypeorm('SELECT slug FROM controller ORDER BY slug', {})).map((row) => String(row.slug));
  expect(all.length).toBeGreaterThanOrEqual(5);
  for (const slugs of [all.slice(0, 1), all.slice(0, 3), all, [...all, 'no-such-controller']]) {
    const parameters = { slugs, status: 'PUBLISHED' };
    const before = counter.count;
    const rows = await readStatements(dataSource).rows(SLUGS, parameters);
    expect(counter.count - before).toBe(1);
    expect(rows).toEqual(await viaTypeorm(SLUGS, parameters));
    expect(rows.map((row) => row.slug)).toEqual(slugs.filter((slug) => all.includes(slug)));
  }
});

test('NOT IN, a parameter used twice, and a cast keep their meaning', async () => {
  const all = (await viaTypeorm('SELECT slug FROM controller ORDER BY slug', {})).map((row) => String(row.slug));
  const rows = await readStatements(dataSource).rows<{ slug: string; n: number | string }>(
    `SELECT slug, CAST(:one AS INTEGER) + 1 AS n FROM controller WHERE slug NOT IN (:...skip)
     UNION SELECT slug, CAST(:one AS INTEGER) + 1 AS n FROM controller WHERE slug IN (:...skip) AND 1 = 0 ORDER BY slug`,
    { skip: all.slice(1), one: 1 },
  );
  expect(rows.map((row) => [row.slug, Number(row.n)])).toEqual([[all[0], 2]]);
});

test('a failing statement is a QueryFailedError, and a missing parameter is refused before anything runs', async () => {
  await expect(readStatements(dataSource).rows('SELECT no_such_column FROM controller', {})).rejects.toBeInstanceOf(
    QueryFailedError,
  );
  const before = counter.count;
  await expect(readStatements(dataSource).rows(SLUGS, { slugs: ['cluma'] })).rejects.toThrow(/status/);
  expect(counter.count).toBe(before);
});
