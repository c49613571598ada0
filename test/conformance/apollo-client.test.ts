/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons", "development"]}
 */
// Apollo Client's development build (as a front end's dev server loads it): it warns, where the production build is
// silent.
import fs from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';
import {
  ApolloClient,
  ApolloLink,
  DocumentNode,
  gql,
  HttpLink,
  InMemoryCache,
  OperationVariables,
} from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { filter, firstValueFrom } from 'rxjs';
import { buildSchema, isObjectType } from 'graphql';
import { createPolicyGraphCache, possibleTypes } from '../../examples/apollo-client/cache';
import { loadExamples } from '../../src/server/playground';
import { RunningServer } from '../../src/server/start-server';
import { startTestServer } from '../support/test-server';

/**
 * Apollo Client 4 with the cache configuration the README documents (examples/apollo-client/cache.ts), against the
 * real server: every example, overlapping selections of the same objects, and pagination with `fetchMore` through
 * `nodes` and through `edges`, forward and backward, with no warning from Apollo Client. A bare InMemoryCache runs the
 * overlapping selections last, to show that the warnings are caught when they happen (Apollo Client warns once per
 * type and field in a process, so it must come after the tests that expect none).
 */
const EXAMPLES = loadExamples(path.join(__dirname, '../../examples'));
const SCHEMA = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

loadDevMessages();
loadErrorMessages();

let server: RunningServer;
let warnings: string[];
const spies: jest.SpyInstance[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  warnings = [];
  for (const method of ['warn', 'error'] as const)
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => warnings.push(format(...args))));
});
afterEach(() => spies.splice(0).forEach((spy) => spy.mockRestore()));

function client(cache: InMemoryCache) {
  return new ApolloClient({ link: ApolloLink.from([new HttpLink({ uri: `${server.url}/graphql`, fetch })]), cache });
}

const REPORT_SCORE = gql`
  query ReportScore {
    controller(slug: "cluma") {
      id
      address {
        city
      }
      transparency {
        score
      }
    }
  }
`;
const REPORT_ITEMS = gql`
  query ReportItems {
    controller(slug: "cluma") {
      id
      address {
        street
      }
      transparency {
        met
        items {
          key
          status
        }
      }
    }
  }
`;

async function overlappingSelections(apollo: ApolloClient) {
  await apollo.query({ query: REPORT_SCORE });
  await apollo.query({ query: REPORT_ITEMS });
  const { data } = await apollo.query({ query: REPORT_SCORE, fetchPolicy: 'cache-only' });
  return data as { controller: { transparency: { score: number }; address: { city: string } } };
}

const NODES_PAGE = gql`
  query NodesPage($first: Int, $after: String, $last: Int, $before: String) {
    controllers(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        slug
      }
    }
  }
`;
const EDGES_PAGE = gql`
  query EdgesPage($first: Int, $after: String) {
    processors(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
        }
      }
    }
  }
`;

type NodesPage = { controllers: { totalCount: number; pageInfo: PageInfo; nodes: { slug: string }[] } };
type EdgesPage = { processors: { totalCount: number; pageInfo: PageInfo; edges: unknown[] } };
type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };

/**
 * Watches `query` and fetches more pages while `next` says which (the variables of the next page, or null), as a
 * paginated list in a front end does; resolves to the cache's merged answer.
 */
async function fetchAllPages<T>(
  apollo: ApolloClient,
  query: DocumentNode,
  variables: OperationVariables,
  next: (data: T) => OperationVariables | null,
): Promise<T> {
  const observable = apollo.watchQuery<T>({ query, variables });
  const subscription = observable.subscribe(() => undefined);
  try {
    const first = await firstValueFrom(observable.pipe(filter((result) => result.dataState === 'complete')));
    let data = first.data as T;
    for (let more = next(data); more; more = next(data)) {
      await observable.fetchMore({ variables: more });
      data = apollo.readQuery<T>({ query, variables })!;
    }
    return data;
  } finally {
    subscription.unsubscribe();
  }
}

describe('Apollo Client 4', () => {
  it('runs every example with the documented cache and no warning, normalizing objects by id', async () => {
    const cache = createPolicyGraphCache();
    const apollo = client(cache);
    for (const example of EXAMPLES) {
      const { data, error } = await apollo.query({ query: gql(example.query) });
      expect(error).toBeUndefined();
      expect(Object.values(data as object)[0]).toBeTruthy();
    }
    expect(Object.keys(cache.extract())).toEqual(
      expect.arrayContaining([`Controller:${Buffer.from('Controller:cluma').toString('base64url')}`]),
    );
    expect(warnings).toEqual([]);
  });

  it('merges overlapping selections of value types (transparency, address) without a warning', async () => {
    const data = await overlappingSelections(client(createPolicyGraphCache()));
    expect(data.controller.transparency.score).toBeGreaterThan(0);
    expect(data.controller.address.city).toBe('Roeselare');
    expect(warnings).toEqual([]);
  });

  it('merges `nodes` pages forward and backward with fetchMore, totalCount kept', async () => {
    const apollo = client(createPolicyGraphCache());
    const forward = await fetchAllPages<NodesPage>(apollo, NODES_PAGE, { first: 2 }, ({ controllers: { pageInfo } }) =>
      pageInfo.hasNextPage ? { after: pageInfo.endCursor } : null,
    );
    const slugs = ['cloudar', 'cloudpiling', 'cloudware', 'cluma', 'it-voor-ondernemers'];
    expect(forward.controllers.nodes.map((n) => n.slug)).toEqual(slugs);
    expect(forward.controllers.totalCount).toBe(5);
    const backward = await fetchAllPages<NodesPage>(apollo, NODES_PAGE, { last: 2 }, ({ controllers: { pageInfo } }) =>
      pageInfo.hasPreviousPage ? { before: pageInfo.startCursor } : null,
    );
    expect(backward.controllers.nodes.map((n) => n.slug)).toEqual(slugs);
    expect(warnings).toEqual([]);
  });

  it('merges `edges` pages with relayStylePagination', async () => {
    const apollo = client(createPolicyGraphCache());
    const all = await fetchAllPages<EdgesPage>(apollo, EDGES_PAGE, { first: 5 }, ({ processors: { pageInfo } }) =>
      pageInfo.hasNextPage ? { after: pageInfo.endCursor } : null,
    );
    expect(all.processors.totalCount).toBeGreaterThan(5);
    expect(all.processors.edges).toHaveLength(all.processors.totalCount);
    expect(warnings).toEqual([]);
  });

  it('warns with a bare InMemoryCache (the premise: warnings are caught; last, as Apollo warns once per field)', async () => {
    await overlappingSelections(client(new InMemoryCache({ possibleTypes })));
    expect(warnings.join('\n')).toMatch(/Cache data may be lost when replacing the transparency field/);
  });

  it('lists every type that implements Node in possibleTypes', () => {
    const nodeTypes = Object.values(SCHEMA.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name)
      .sort();
    expect([...possibleTypes.Node].sort()).toEqual(nodeTypes);
  });
});
