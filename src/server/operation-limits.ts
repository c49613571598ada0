import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isListType,
  isObjectType,
  OperationDefinitionNode,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DEFAULT_PAGE_SIZE } from '../resolvers/pagination.args';
import { Context } from '../schema/context';
import { documentMemo } from './document-memo';
import { LIMITS } from './limits';

/**
 * The number of items a paginated field returns at most: its `first` or `last`, or the default page size of a
 * connection asked for with neither; null for a field that takes no page size.
 */
function pageSizeOf(field: { args: readonly { name: string }[] }, args: Record<string, unknown>): number | null {
  if (typeof args.first === 'number') return args.first;
  if (typeof args.last === 'number') return args.last;
  return field.args.some((arg) => arg.name === 'first') ? DEFAULT_PAGE_SIZE : null;
}

/**
 * The cost of a field: a connection costs its page size (`first` or `last`) times its children; a list without `first` costs
 * an assumed size times its children; anything else costs one plus its children. The cost of a query thus bounds the
 * rows it can read.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema in memory, not the database: one point per selected field.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  const fieldType = getNullableType(field.type);
  const pageSize = pageSizeOf(field, args);
  if (pageSize !== null) return Math.max(1, pageSize) * (1 + childComplexity);
  // Inside a connection the page size was already counted on the connection field itself.
  if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges'))
    return 1 + childComplexity;
  if (isListType(fieldType) && isObjectType(getNamedType(fieldType)))
    return LIMITS.assumedListSize * (1 + childComplexity);
  return 1 + childComplexity;
};

/** The cost of an operation as the limits plugin computes it (variables applied). */
export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
}

/**
 * Validation rules from graphql-armor: depth, aliases and directives limits, and no field suggestions in production
 * (they let a client map a hidden schema). Token limits are left to Apollo's parser (`parseOptions.maxTokens`), which
 * answers a syntax error with 400 where armor's token plugin answers 500.
 */
export function armorProtection(production: boolean): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins: plugins as ApolloServerPlugin<Context>[] };
}

/** The `X-RateLimit-*` headers of a charged request: the budget, what remains of it, seconds until it resets. */
export function rateLimitHeaders(limiter: RateLimiterAbstract, charged: RateLimiterRes): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limiter.points),
    'x-ratelimit-remaining': String(charged.remainingPoints),
    'x-ratelimit-reset': String(Math.ceil(charged.msBeforeNext / 1000)),
  };
}

function refuse(
  message: string,
  code: string,
  status: number,
  extensions: Record<string, unknown> = {},
  headers?: Map<string, string>,
): GraphQLError {
  // Apollo sends `extensions.http` as the response status and headers, and strips it from the body.
  // Apollo only honours `http` when `headers`, if present, is a Map: leave the key out when there are none.
  const http: Record<string, unknown> = headers ? { status, headers: new HeaderMap([...headers]) } : { status };
  return new GraphQLError(message, { extensions: { code, ...extensions, http } });
}

/**
 * Refuses an operation of a kind the schema has no root type for (a subscription, or a mutation on a read-only schema):
 * graphql-js finds out only while executing, and its error carries no code.
 */
function refuseUnsupportedOperation(schema: GraphQLSchema, operation: OperationDefinitionNode): void {
  if (schema.getRootType(operation.operation)) return;
  throw refuse(
    `This API has no ${operation.operation} operations; send a query${schema.getMutationType() ? ' or a mutation' : ''}.`,
    'OPERATION_NOT_SUPPORTED',
    400,
  );
}

/** Whether the request's variables coerce to the operation's variable definitions. */
function variablesCoerce(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): boolean {
  return !('errors' in getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}));
}

/**
 * The operation's cost. Computing it coerces every argument (variables applied), so it is where an argument that cannot
 * take its value fails first (an explicit null passed through a variable with a default into a non-null argument,
 * which validation allows): such an error is the client's, BAD_USER_INPUT with the message graphql-js gives.
 */
function costOrRefuse(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  try {
    return operationCost(schema, document, variables, operationName);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/**
 * Apollo plugin: computes each operation's cost (variables applied) before execution, refuses it when over the limit
 * (QUERY_TOO_COMPLEX, 400), charges it to the client's rate-limit budget (RATE_LIMITED, 429 with Retry-After),
 * reports the budget in `X-RateLimit-*` headers and the cost in `extensions.cost`. A request with the header
 * `x-dry-run: true` (or `extensions.dryRun`) gets its cost without being executed or charged.
 */
export function operationLimitsPlugin(
  schema: GraphQLSchema,
  limiter: RateLimiterAbstract,
): ApolloServerPlugin<Context> {
  // The cost depends on the document, the operation that runs and the variables only.
  const costOf = documentMemo((document, key) => {
    const { operationName, variables } = JSON.parse(key) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    return costOrRefuse(schema, document, variables, operationName);
  });
  return {
    async requestDidStart({ request }) {
      const dryRun = request.http?.headers.get('x-dry-run') === 'true' || request.extensions?.dryRun === true;
      let cost: number | undefined;
      return {
        async didResolveOperation({ document, operation, operationName, contextValue, response }) {
          if (operation) refuseUnsupportedOperation(schema, operation);
          // Variables that do not coerce are left to execution, which answers them as graphql-js does (every error,
          // BAD_USER_INPUT, 400) before any resolver runs: nothing to cost or charge.
          if (operation && !variablesCoerce(schema, operation, request.variables)) return;
          cost = costOf(
            document,
            JSON.stringify({ operationName: operationName ?? undefined, variables: request.variables }),
          );
          contextValue.operation.cost = cost;
          contextValue.operation.name = operationName;
          if (cost > LIMITS.maxCost) {
            throw refuse(
              `Query cost ${cost} exceeds the limit of ${LIMITS.maxCost}: ask for smaller pages (first) or fewer nested lists.`,
              'QUERY_TOO_COMPLEX',
              400,
              { cost, maxCost: LIMITS.maxCost },
            );
          }
          if (dryRun) return;
          try {
            const result = await limiter.consume(contextValue.clientKey, Math.max(1, cost));
            for (const [name, value] of Object.entries(rateLimitHeaders(limiter, result)))
              response.http.headers.set(name, value);
          } catch (error) {
            if (!(error instanceof RateLimiterRes)) throw error;
            const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
            throw refuse(
              `Rate limit exceeded: this query costs ${cost} points and ${error.remainingPoints} of ${limiter.points} remain in this ${LIMITS.windowSeconds}-second window. Retry after ${retryAfter} s.`,
              'RATE_LIMITED',
              429,
              { cost, retryAfter },
              new Map([
                ['retry-after', String(retryAfter)],
                ['x-ratelimit-limit', String(limiter.points)],
                ['x-ratelimit-remaining', String(error.remainingPoints)],
                ['x-ratelimit-reset', String(retryAfter)],
              ]),
            );
          }
        },
        async responseForOperation() {
          // Without a cost the variables did not coerce: execution reports them, even for a dry run.
          if (!dryRun || cost === undefined) return null;
          return {
            http: { status: 200, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: null, extensions: { cost, dryRun: true } } },
          } as never;
        },
        async willSendResponse({ response }) {
          if (cost !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
