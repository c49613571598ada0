import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { LIMITS } from '../../src/server/limits';
import { operationCost } from '../../src/server/operation-limits';
import { CONTROLLER_OPERATION, LISTS_OPERATION } from '../support/operations';
import { testSchema } from '../support/test-api';

const examplesDir = path.join(__dirname, '../../examples');
const BENCH_LIST = `{ controllers(first: 50) { nodes { slug name dpo { name email } rights { right { code } }
  processors { processor { slug name } service } dataCategories { label category { code } }
  purposes { name legalBases { code } retention { duration } } } } }`;

describe('limits', () => {
  it('let every contract and example operation, and a 50-controller list, through', async () => {
    const schema = await testSchema();
    const operations: Record<string, string> = {
      Controller: CONTROLLER_OPERATION,
      Lists: LISTS_OPERATION('x'),
      'first 50 controllers with their facts': BENCH_LIST,
      ...Object.fromEntries(
        fs
          .readdirSync(examplesDir)
          .filter((f) => f.endsWith('.graphql'))
          .map((f) => [f, fs.readFileSync(path.join(examplesDir, f), 'utf8')]),
      ),
    };
    const costs = Object.fromEntries(
      Object.entries(operations).map(([name, query]) => [name, operationCost(schema, parse(query), { slug: 'cluma' })]),
    );
    for (const [name, cost] of Object.entries(costs))
      expect({ name, withinLimit: cost <= LIMITS.maxCost / 2 }).toEqual({ name, withinLimit: true });
    // The README quotes these two figures.
    expect(costs.Controller).toBe(3_153);
    expect(costs['first 50 controllers with their facts']).toBe(18_350);
  });
});
