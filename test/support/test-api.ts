import { ApolloServer } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { Viewer } from '../../src/auth';
import { createLoaders } from '../../src/dataloaders';
import { createDataSource, StatementCounter } from '../../src/db/data-source';
import { createSchema } from '../../src/schema/build-schema';
import { Context, OperationFacts } from '../../src/schema/context';
import { loadSeeds } from '../../src/seed';
import { createFormatError } from '../../src/server/format-error';
import { IngestionService, IngestOptions } from '../../src/jobs/ingestion-service';
import { PolicyReader } from '../../src/jobs/policy-reader';
import pino from 'pino';
import { CompiledOperations, jitGateway } from '../../src/server/jit-executor';
import { selectionPlugin } from '../../src/server/selection-plugin';

const silentLogger = pino({ level: 'silent' });
import { createTestDatabase } from './test-database';

let schema: Promise<GraphQLSchema> | undefined;
/** The real schema, built once per test file. */
export const testSchema = () => (schema ??= createSchema());

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

export interface TestApi {
  dataSource: DataSource;
  counter: StatementCounter;
  /** Runs an operation, anonymously or as `viewer` (see createTestKey in ./keys). */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { viewer?: Viewer | null },
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * A seeded database of its own (see createTestDatabase: SQLite in memory, or a fresh schema in TEST_DATABASE_URL)
 * behind the real schema, queried through Apollo without HTTP (`executeOperation`, with fresh loaders per operation
 * as in production), executed as in production by graphql-jit from an operation's second run (`executor: 'jit'`
 * compiles from the first run on, `executor: 'graphql-js'` never).
 * `close` drops the database.
 */
export async function createTestApi(
  options: {
    seedsDir?: string;
    production?: boolean;
    executor?: 'jit' | 'graphql-js';
    ingest?: Partial<IngestOptions>;
    reader?: PolicyReader;
  } = {},
): Promise<TestApi> {
  const counter = new StatementCounter();
  const database = await createTestDatabase();
  const dataSource = await createDataSource(database.config, counter);
  await loadSeeds(dataSource, options.seedsDir);
  const schema = await testSchema();
  const apollo = new ApolloServer<Context>({
    ...(options.executor === 'graphql-js'
      ? { schema }
      : {
          gateway: jitGateway(
            schema,
            options.executor === 'jit' ? new CompiledOperations(schema, { compileAfter: 0 }) : undefined,
          ),
        }),
    formatError: createFormatError(options.production ?? false),
    // As the server: the loaders learn what the operation selects (lists read only the columns it needs).
    plugins: [selectionPlugin(schema)],
  });
  await apollo.start();
  const ingestions = new IngestionService(
    dataSource,
    { concurrency: 0, ...options.ingest },
    silentLogger,
    options.reader,
  );
  await ingestions.start();
  return {
    dataSource,
    counter,
    async run<T>(query: string, variables?: Record<string, unknown>, options: { viewer?: Viewer | null } = {}) {
      const viewer = options.viewer ?? null;
      const operation: OperationFacts = {};
      const response = await apollo.executeOperation(
        { query, variables },
        {
          contextValue: {
            dataSource,
            loaders: createLoaders(dataSource, operation),
            ingestions,
            requestId: 'test',
            viewer,
            clientKey: viewer ? `key:${viewer.keyId}` : 'test',
            operation,
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async close() {
      await apollo.stop();
      await ingestions.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Every `{ quote, start, end, document { slug } }` object anywhere in a result. */
export function collectEvidence(
  node: unknown,
  found: { quote: string; start: number; end: number; document: { slug: string } }[] = [],
) {
  if (Array.isArray(node)) node.forEach((n) => collectEvidence(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.quote === 'string' && typeof record.start === 'number') found.push(record as never);
    Object.values(record).forEach((v) => collectEvidence(v, found));
  }
  return found;
}
