import http from 'node:http';
import path from 'node:path';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import { Logger } from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { authenticate, authResponsePlugin, requestAuth } from '../auth';
import { PROJECT_ROOT } from '../config';
import { createLoaders } from '../dataloaders';
import { IngestionService, IngestOptions } from '../jobs/ingestion-service';
import { PolicyReader } from '../jobs/policy-reader';
import { Context, OperationFacts } from '../schema/context';
import { createFormatError } from './format-error';
import {
  allowGraphQLMethods,
  bodyErrors,
  guardOperationText,
  limitBodyByOperation,
  requireJsonUtf8,
  sendError,
} from './http-guards';
import { LIMITS } from './limits';
import { armorProtection, operationLimitsPlugin } from './operation-limits';
import { jsonldRouter } from './jsonld-route';
import { createMetrics } from './metrics';
import { loadExamples, playgroundHandler } from './playground';
import { createResponseCache } from './response-cache';
import { createHitPath, forwardTo, IdentifiedRequest, recordStaticHeaders } from './hit-path';
import { jsonBody } from './json-body';
import { createRequestLog, requestId } from './request-log';
import { admissionGate, consistentReads } from './admission';
import { sqliteLock } from '../db/read-write-lock';
import { cachePolicyPlugin } from './cache-policy';
import { legacyStatusPlugin } from './legacy-status';
import { webAppRouter } from './web-app';
import { ingestionRouter } from './ingestion-route';
import { jitGateway } from './jit-executor';
import { selectionPlugin } from './selection-plugin';

export interface ServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  production: boolean;
  /** Origins allowed to call from a browser; empty = same origin only; `*` = any. */
  corsOrigins?: string[];
  /** Proxies to trust for the client's address (rate limiting is per address). */
  trustProxy?: number;
  /** Cost points per client per window; defaults to LIMITS.pointsPerWindow (tools such as the fuzzer raise it). */
  pointsPerWindow?: number;
  /** The in-process response cache (default on; RESPONSE_CACHE=off turns it off for measurements). */
  responseCache?: boolean;
  /** The built web explorer served at `/` (default: `web/dist` of the project). */
  webRoot?: string;
  /** How this process reads submitted policies (default: DEFAULT_INGEST_OPTIONS; concurrency 0 runs no worker). */
  ingest?: Partial<IngestOptions>;
  /** The reader the workers use (tests inject a failing one); default: threads when built, else inline. */
  reader?: PolicyReader;
  /**
   * What executes operations: graphql-jit's compiled queries (default, see jitGateway) or graphql-js's `execute`
   * (GRAPHQL_EXECUTOR=graphql-js).
   */
  executor?: 'jit' | 'graphql-js';
}

export interface PolicyGraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /**
   * Stops taking requests: readiness turns 503 at once, the server keeps listening for `delayMs` (default 1 s) and
   * until it has been quiet for a moment, then stops listening, lets every request in flight finish, and stops Apollo.
   */
  stop(delayMs?: number): Promise<void>;
}

/**
 * How long a stopping server keeps listening while it reports not ready (load balancers stop routing to it; clients
 * get `Connection: close`): connections still in the kernel's accept queue would be reset by closing at once.
 */
export const DEFAULT_SHUTDOWN_DELAY_MS = 1000;
/** The longest shutdown waits for requests in flight before it closes every connection. */
const GRACE_MS = 10_000;

/** How long the server must see no request in flight and no new connection before it stops listening. */
const QUIET_MS = 250;

/**
 * Stops listening once the server has been quiet (`isQuiet`) for QUIET_MS, then resolves when every connection has
 * ended; after GRACE_MS it closes whatever remains. Closing the listener earlier would reset connections still waiting
 * in the kernel's accept queue, and closing "idle" connections at once (as Apollo's drain plugin does) would reset
 * requests whose bytes arrived but were not read yet.
 */
async function drain(httpServer: http.Server, isQuiet: (forMs: number) => boolean): Promise<void> {
  const deadline = Date.now() + GRACE_MS;
  while (!isQuiet(QUIET_MS) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => httpServer.closeAllConnections(), Math.max(0, deadline - Date.now()));
    httpServer.close(() => {
      clearTimeout(force);
      resolve();
    });
    httpServer.closeIdleConnections();
  });
}

/** Adds the request id to every error a client sees, and logs internal errors with it. */
function requestIdPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR') {
              logger.error(
                { err: error.originalError ?? error, requestId: contextValue.requestId, operationName },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            for (const error of response.body.singleResult.errors) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/**
 * Creates the express app and the Apollo server over one DataSource: POST/GET `/graphql` (a browser gets the
 * offline GraphiQL playground), `/healthz` (process up), `/readyz` (database answers and not shutting down), and the
 * web explorer at `/` (the built files of `webRoot`, index.html for the app's other paths).
 * Every operation passes the limits of `LIMITS` (size, tokens, depth, aliases, directives, cost, rate). A request may
 * send an API key (`Authorization: Bearer <key>`, see authenticate): a bad one is refused before anything runs, a
 * valid one becomes the context's `viewer`, which `@Authorized` guards check. Starts Apollo but does not listen; call
 * `httpServer.listen`. Each request gets its own loaders and request id.
 */
export async function createServer(options: ServerOptions): Promise<PolicyGraphServer> {
  const { schema, dataSource, logger, production } = options;
  const corsOrigins = options.corsOrigins ?? [];
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 0);
  const httpServer = http.createServer();
  httpServer.requestTimeout = LIMITS.requestTimeoutSeconds * 1000;
  httpServer.headersTimeout = 10_000;
  let accepting = true;

  const armor = armorProtection(production);
  const metrics = createMetrics(dataSource);
  const limiter = new RateLimiterMemory({
    points: options.pointsPerWindow ?? LIMITS.pointsPerWindow,
    duration: LIMITS.windowSeconds,
  });
  const apollo = new ApolloServer<Context>({
    ...(options.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema) }),
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(production),
    parseOptions: { maxTokens: LIMITS.maxTokens },
    maxRecursiveSelections: LIMITS.maxRecursiveSelections,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      requestIdPlugin(logger),
      operationLimitsPlugin(schema, limiter),
      selectionPlugin(schema),
      ...armor.plugins,
      metrics.plugin,
      legacyStatusPlugin(),
      // Everything the API serves is public reference data: cacheable by browsers and CDNs for five minutes, unless
      // a `@cacheControl` hint says otherwise. Responses with errors are sent with `no-store`. The policy is computed
      // from the operation (cachePolicyPlugin), not field by field as Apollo's own plugin does it.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(schema, 300),
      // After cachePolicyPlugin: answers to a request with a key are private; auth refusals get 401 or 403.
      authResponsePlugin(),
    ],
  });
  await apollo.start();
  const ingestions = new IngestionService(dataSource, options.ingest ?? {}, logger, options.reader);
  await ingestions.start();
  const cache = options.responseCache === false ? null : createResponseCache({ dataSource, limiter, metrics });

  const requestLog = createRequestLog(logger);
  const security = helmet();
  const corsHeaders = cors({
    origin: corsOrigins.includes('*') ? '*' : corsOrigins.length ? corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
      'x-dry-run',
    ],
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'www-authenticate',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ],
    maxAge: 600,
  });
  const body = jsonBody();
  const handle = cache
    ? createHitPath({
        app,
        cache,
        body,
        staticHead: recordStaticHeaders(security),
        cors: corsHeaders,
        requestLog,
        logger,
      })
    : forwardTo(app);

  // Requests in flight and the last sign of activity, for a shutdown that waits until the server is quiet.
  let inFlight = 0;
  let lastActivity = Date.now();
  httpServer.on('connection', () => {
    lastActivity = Date.now();
  });
  const isQuiet = (forMs: number) => inFlight === 0 && Date.now() - lastActivity >= forMs;
  const closed = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  httpServer.on('request', (req: IdentifiedRequest, res: http.ServerResponse) => {
    inFlight++;
    lastActivity = Date.now();
    res.once('close', closed);
    // During shutdown every response closes its connection, so keep-alive clients move to another replica.
    if (!accepting) res.setHeader('connection', 'close');
    req.id = requestId(req);
    handle(req, res);
  });
  app.use(requestLog.middleware);
  app.use(security);
  app.use(corsHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    if (!accepting) return void res.status(503).json({ status: 'shutting down' });
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/metrics', metrics.handler);
  app.use(jsonldRouter(dataSource));
  app.use(ingestionRouter(dataSource, ingestions));
  app.use('/graphql', allowGraphQLMethods);
  app.get(
    '/graphql',
    playgroundHandler({ endpoint: '/graphql', examples: loadExamples(path.join(PROJECT_ROOT, 'examples')) }),
  );
  app.use(
    '/graphql',
    requireJsonUtf8,
    body.middleware,
    guardOperationText,
    limitBodyByOperation,
    authenticate(dataSource),
    ...(cache ? [cache.middleware] : []),
    admissionGate(
      consistentReads(
        expressMiddleware(apollo, {
          context: async ({ req, res }) => {
            const { viewer, clientKey } = requestAuth(res);
            const operation: OperationFacts = {};
            const context: Context = {
              dataSource,
              loaders: createLoaders(dataSource, operation),
              ingestions,
              requestId: String(req.id),
              viewer,
              clientKey,
              operation,
            };
            cache?.track(res, context);
            return context;
          },
        }),
        sqliteLock(dataSource),
      ),
      { concurrency: LIMITS.concurrentOperations, maxQueue: LIMITS.queuedOperations },
    ),
  );
  app.use(webAppRouter(options.webRoot ?? path.join(PROJECT_ROOT, 'web', 'dist')));
  app.use(bodyErrors);
  app.use((_req, res) => sendError(res, 404, 'NOT_FOUND', 'Not found. The API is at /graphql.'));

  return {
    app,
    httpServer,
    apollo,
    async stop(delayMs = DEFAULT_SHUTDOWN_DELAY_MS) {
      accepting = false;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await drain(httpServer, isQuiet);
      await apollo.stop();
      await ingestions.stop();
    },
  };
}
