import http from 'node:http';
import Module from 'node:module';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Pool } from 'pg';

/**
 * PostGraphile v4 needs graphql 15 and the API graphql 16: npm installs graphql 15 twice (under postgraphile and under
 * graphile-build-pg, each with its own graphile-build), and two copies of graphql in one schema fail its `instanceof`
 * checks ("Unexpected input type"). In this process every `graphql` and `graphile-build` is the one under postgraphile.
 */
function useOneGraphql(): void {
  const home = path.dirname(require.resolve('postgraphile/package.json'));
  const shared = /^(graphql|graphile-build)(\/|$)/;
  type Resolve = (request: string, parent: unknown, isMain: boolean, options?: { paths: string[] }) => string;
  const resolver = Module as unknown as { _resolveFilename: Resolve };
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function (request, parent, isMain, options) {
    return original.call(this, request, parent, isMain, shared.test(request) ? { paths: [home] } : options);
  };
}
useOneGraphql();
/* eslint-disable @typescript-eslint/no-require-imports */
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');
const { makePgSmartTagsFromFilePlugin } = require('postgraphile/plugins') as typeof import('postgraphile/plugins');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The peer of the benchmark: PostGraphile v4 in library mode over the benchmark's PostgreSQL schema, with the smart
 * tags of bench/postgraphile.tags.json5 (the relations the API joins on) and production settings (no query log, no
 * GraphiQL, no mutations, no stack traces). Its pool has the size and session settings of the API's (node-postgres'
 * default of 10 connections, `jit=off`). `node postgraphile-server.js <database url> <schema>` prints `{"port":N}`
 * once it listens on 127.0.0.1.
 */
async function main(): Promise<void> {
  const [url, schema] = process.argv.slice(2);
  const pool = new Pool({ connectionString: url, max: 10, options: `-c search_path=${schema} -c jit=off` });
  const middleware = postgraphile(pool, schema, {
    appendPlugins: [makePgSmartTagsFromFilePlugin(path.join(__dirname, '../../bench/postgraphile.tags.json5'))],
    graphqlRoute: '/graphql',
    graphiql: false,
    disableQueryLog: true,
    disableDefaultMutations: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    extendedErrors: [],
    showErrorStack: false,
    enableQueryBatching: false,
    retryOnInitFail: false,
  });
  const server = http.createServer(middleware);
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
  });
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
