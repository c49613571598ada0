import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../config';
import { createLoaders } from '../dataloaders';
import { Context } from '../schema/context';
import { createFormatError } from './format-error';
import { loadExamples, playgroundHandler } from './playground';

export interface ServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  production: boolean;
}

export interface PolicyGraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
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
 * offline GraphiQL playground), `/healthz` (process up) and `/readyz` (database answers). Starts Apollo but does not
 * listen; call `httpServer.listen`. Each request gets its own loaders and request id.
 */
export async function createServer({
  schema,
  dataSource,
  logger,
  production,
}: ServerOptions): Promise<PolicyGraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestIdPlugin(logger),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get(
    '/graphql',
    playgroundHandler({ endpoint: '/graphql', examples: loadExamples(path.join(PROJECT_ROOT, 'examples')) }),
  );
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
        return { dataSource, loaders: createLoaders(dataSource), requestId };
      },
    }),
  );
  return { app, httpServer, apollo };
}
