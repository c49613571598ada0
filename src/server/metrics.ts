import { ApolloServerPlugin } from '@apollo/server';
import { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { StatementCounter } from '../db/data-source';
import { Context } from '../schema/context';

const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<Context>;
  handler: RequestHandler;
  /** Counts a request answered outside Apollo (a response-cache hit): operation name, outcome, seconds taken. */
  observe(operationName: string | null | undefined, outcome: string, seconds: number): void;
}

/**
 * Prometheus metrics for `GET /metrics`: GraphQL requests and their latency by operation name and outcome, SQL
 * statements executed (`policygraph_db_queries_total`, read from the DataSource's statement counter), and Node's
 * process metrics. Operation names are client-chosen, so at most 200 distinct ones become labels; the rest are `other`.
 */
export function createMetrics(dataSource: DataSource): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'policygraph_' });
  const statements = dataSource.logger instanceof StatementCounter ? dataSource.logger : null;
  new Counter({
    name: 'policygraph_db_queries_total',
    help: 'SQL statements executed by this process.',
    registers: [registry],
    collect() {
      this.reset();
      if (statements) this.inc(statements.count + statements.background);
    },
  });
  const requests = new Counter({
    name: 'policygraph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'policygraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const seen = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!seen.has(name) && seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };
  const observe = (operationName: string | null | undefined, outcome: string, seconds: number) => {
    const operation = label(operationName);
    requests.inc({ operation, outcome });
    duration.observe({ operation }, seconds);
  };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          observe(operationName, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
  const handler: RequestHandler = async (_req, res) => {
    res.set('content-type', registry.contentType).send(await registry.metrics());
  };
  return { registry, plugin, handler, observe };
}
