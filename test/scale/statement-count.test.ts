import { loadSynth } from '../../src/synth';
import { CONTROLLER_OPERATION } from '../support/operations';
import { createTestApi, TestApi } from '../support/test-api';

/** Synthetic controllers on top of the five seeded ones (the figure: 10,000). */
const CONTROLLERS = 10_000;

/**
 * The contract's Controller shape over a page of 20 controllers, plus the vendors with the controllers that engage
 * them: a deep query whose rows grow with the corpus (the big vendors are engaged by thousands of controllers, of
 * which each vendor's bounded `controllers` list returns the first 100).
 * (What a request already loaded costs no statement: a field that only asks again for rows the page loaded, e.g. the
 * DPO of the vendors' controllers when all five are on the page, would make the small count smaller.)
 */
const DEEP_QUERY = /* GraphQL */ `
  query Deep {
    controllers(first: 20) {
      totalCount
      nodes {
        ...ControllerFacts
      }
    }
    processors(first: 20) {
      nodes {
        slug
        controllers {
          slug
          name
        }
        dataCategories {
          code
        }
      }
    }
  }
  ${CONTROLLER_OPERATION.replace(/query Controller\(\$slug: String!\) \{\s*controller\(slug: \$slug\) \{/, 'fragment ControllerFacts on Controller {').replace(/\}\s*\}\s*$/, '}')}
`;

async function statementsOf(api: TestApi): Promise<{ statements: number; controllers: number; engagements: number }> {
  const before = api.counter.count;
  const result = await api.run<{
    controllers: { totalCount: number; nodes: unknown[] };
    processors: { nodes: { controllers: unknown[] }[] };
  }>(DEEP_QUERY);
  expect(result.errors).toBeUndefined();
  return {
    statements: api.counter.count - before,
    controllers: result.data!.controllers.totalCount,
    engagements: result.data!.processors.nodes.reduce((sum, p) => sum + p.controllers.length, 0),
  };
}

/**
 * The lists that grow with the corpus, bounded: the controllers and engagements of 20 vendors, and a page of each
 * vendor's controllers with their count.
 */
const BOUNDED_QUERY = /* GraphQL */ `
  query Bounded {
    processors(first: 20) {
      nodes {
        controllers {
          slug
        }
        controllerConnection(first: 5) {
          totalCount
          nodes {
            slug
          }
        }
        engagements {
          id
        }
      }
    }
  }
`;

interface BoundedVendor {
  controllers: unknown[];
  controllerConnection: { totalCount: number; nodes: unknown[] };
  engagements: unknown[];
}

/** The statements of BOUNDED_QUERY, the rows its loaders read (all their statements go through `dataSource.query`). */
async function rowsOf(api: TestApi): Promise<{ statements: number; rows: number; vendors: BoundedVendor[] }> {
  const query = jest.spyOn(api.dataSource, 'query');
  const before = api.counter.count;
  try {
    const result = await api.run<{ processors: { nodes: BoundedVendor[] } }>(BOUNDED_QUERY);
    expect(result.errors).toBeUndefined();
    const results: unknown[] = await Promise.all(query.mock.results.map((r) => r.value));
    return {
      statements: api.counter.count - before,
      rows: results.reduce<number>((sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0), 0),
      vendors: result.data!.processors.nodes,
    };
  } finally {
    query.mockRestore();
  }
}

describe('bounded work per request', () => {
  let small: TestApi;
  let large: TestApi;
  beforeAll(async () => {
    small = await createTestApi();
    large = await createTestApi();
    await loadSynth(large.dataSource, { controllers: CONTROLLERS });
    // Every policy passes the gate (validatePolicy) before it is written: 60-140 s here beside another suite, and over
    // 300 s on a machine loaded by benchmarks; the bound only stops a load that hangs.
  }, 900_000);
  afterAll(async () => {
    await small?.close();
    await large?.close();
  });

  it(`runs the same SQL statements for a deep query at 5 and at ${CONTROLLERS + 5} controllers`, async () => {
    const atFive = await statementsOf(small);
    const atScale = await statementsOf(large);
    expect(atFive.controllers).toBe(5);
    expect(atScale.controllers).toBe(CONTROLLERS + 5);
    expect(atScale.engagements).toBeGreaterThan(100 * atFive.engagements);
    // One statement per selection set at most (plus the count), however many rows: on both engines.
    expect(atScale.statements).toBeLessThanOrEqual(DEEP_QUERY.split('{').length);
    expect(atFive.statements).toBeLessThanOrEqual(DEEP_QUERY.split('{').length);
    // The exact same count, on both engines: the loaders dispatch in waves (BatchScheduler), so a batch no longer
    // splits when PostgreSQL's pool returns sibling statements in another order. And again on fresh loaders.
    expect(atScale.statements).toBe(atFive.statements);
    expect((await statementsOf(large)).statements).toBe(atScale.statements);
  });

  it('reads a bounded number of rows per vendor, with the same statements, however many controllers engage it', async () => {
    const atFive = await rowsOf(small);
    const atScale = await rowsOf(large);
    // One statement per selection set at most (plus the count), and the exact same count at both sizes.
    expect(atScale.statements).toBeLessThanOrEqual(BOUNDED_QUERY.split('{').length);
    expect(atFive.statements).toBeLessThanOrEqual(BOUNDED_QUERY.split('{').length);
    expect(atScale.statements).toBe(atFive.statements);
    // Per vendor at most: 101 controllers (the list reads one more than it returns, sharing the connection's
    // statement), 6 for the page of 5, 100 engagements and 1 count.
    expect(atScale.vendors).toHaveLength(20);
    expect(atScale.rows).toBeLessThanOrEqual(20 * (101 + 6 + 100 + 1));
    // The bound is what holds the rows back: some of these vendors have thousands of controllers (over 20,000 in all).
    const big = atScale.vendors.filter((v) => v.controllerConnection.totalCount > 100);
    expect(big.length).toBeGreaterThan(0);
    expect(big.reduce((sum, v) => sum + v.controllerConnection.totalCount, 0)).toBeGreaterThan(5 * atScale.rows);
    for (const vendor of atScale.vendors) {
      expect(vendor.controllers.length).toBe(Math.min(100, vendor.controllerConnection.totalCount));
      expect(vendor.controllerConnection.nodes.length).toBe(Math.min(5, vendor.controllerConnection.totalCount));
      expect(vendor.engagements.length).toBeLessThanOrEqual(100);
    }
  });
});
