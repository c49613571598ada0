import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  valueFromASTUntyped,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];

/** How many documents are kept (least recently used dropped first): far more than the API's clients send. */
const COMPILED_OPERATIONS = 500;

/**
 * How many times graphql-js executes an operation before graphql-jit compiles it. Compiling costs more than one
 * execution (10-25 ms for the `Controller` operation), so an operation sent once (a fuzzer's, an explorer's one-off)
 * is not compiled; one sent again is, as Mercurius does with its `jit` option.
 */
const COMPILE_AFTER = 1;

/** What is known of one operation of a document: how often it ran, and its compiled form once compiled. */
interface Entry {
  runs: number;
  compiled?: CompiledQuery | ExecutionResult;
}

/**
 * Compiles operations with graphql-jit (into JavaScript functions of the schema's resolvers) once they have run
 * `compileAfter` times with graphql-js, and keeps them by document, least recently used dropped first. An operation
 * graphql-jit cannot compile (it returns errors: an unknown operation name, ...) is answered with those errors.
 */
export class CompiledOperations {
  private readonly documents: LRUCache<DocumentNode, Map<string, Entry>>;

  constructor(
    private readonly schema: GraphQLSchema,
    options: { max?: number; compileAfter?: number } = {},
  ) {
    this.documents = new LRUCache({ max: options.max ?? COMPILED_OPERATIONS });
    this.compileAfter = options.compileAfter ?? COMPILE_AFTER;
  }

  private readonly compileAfter: number;

  private entry(document: DocumentNode, operationName: string | null | undefined): Entry {
    let byName = this.documents.get(document);
    if (!byName) this.documents.set(document, (byName = new Map()));
    const name = operationName ?? '';
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = { runs: 0 }));
    return entry;
  }

  /** The compiled operation `operationName` of `document` (compiling it now if need be), or the errors of compiling it. */
  get(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult {
    const entry = this.entry(document, operationName);
    return (entry.compiled ??= compileQuery(this.schema, document, operationName ?? undefined));
  }

  /** Whether an operation has been compiled (for tests). */
  isCompiled(document: DocumentNode, operationName: string | null | undefined): boolean {
    return this.documents.get(document)?.get(operationName ?? '')?.compiled !== undefined;
  }

  /** How many documents are kept (for tests). */
  get size(): number {
    return this.documents.size;
  }

  /**
   * Runs an operation with the request's context and variables: with graphql-js's `execute` its first
   * `compileAfter` times, then compiled. For a compiled operation, the variables are first coerced
   * by graphql-js, so that a mistake in them gets graphql-js's message, as it would without graphql-jit. Errors come
   * back as graphql-js's GraphQLError (graphql-jit has a class of its own, which Apollo and the error formatting would
   * take for internal errors), with the resolver's error as `originalError`, as graphql-js's `locatedError` does.
   */
  async execute(
    document: DocumentNode,
    operationName: string | null | undefined,
    context: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult> {
    const entry = this.entry(document, operationName);
    if (!entry.compiled && entry.runs++ < this.compileAfter) {
      return execute({
        schema: this.schema,
        document,
        operationName,
        contextValue: context,
        variableValues: variables,
      });
    }
    const compiled = this.get(document, operationName);
    if (!isCompiledQuery(compiled)) return { errors: compiled.errors?.map(toGraphQLError) };
    const inputs = { ...variables };
    const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
    if (definitions.length) {
      const coerced = getVariableValues(this.schema, definitions, inputs);
      if (coerced.errors) return { errors: coerced.errors };
      // graphql-jit takes a non-null variable with a default value for required: give it the default as input.
      for (const { variable, defaultValue } of definitions) {
        if (defaultValue && !(variable.name.value in inputs))
          inputs[variable.name.value] = valueFromASTUntyped(defaultValue);
      }
    }
    const result = await compiled.query(undefined, context, inputs);
    return result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
  }
}

/** A graphql-jit error as graphql-js's GraphQLError: message, locations, path, extensions and original error kept. */
function toGraphQLError(error: GraphQLError | GraphQLFormattedError): GraphQLError {
  // graphql-jit's errors pass `instanceof GraphQLError` (its class inherits the prototype) but lack what Apollo reads.
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error as GraphQLError;
  const { originalError } = error as { originalError?: Error };
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js computes `locations` from AST nodes, which graphql-jit's errors no longer hold.
  (converted as { locations?: unknown }).locations = error.locations;
  return converted;
}

/**
 * Apollo Server's way to run operations with an executor of one's own (its migration guide names the `gateway`
 * option as the replacement of Apollo Server 3's `executor`): a "gateway" whose schema never changes and whose
 * executor is graphql-jit's. Apollo still parses, validates (with the server's validation rules) and runs every
 * plugin hook around execution; only `execute` is graphql-jit's. Apollo keeps parsed documents by query text, so a
 * repeated operation is the same document and its compiled form is found again.
 */
export function jitGateway(schema: GraphQLSchema, operations = new CompiledOperations(schema)): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, operationName, request, context }) =>
          operations.execute(document, operationName ?? request.operationName, context, request.variables),
      };
    },
    async stop() {},
  };
}
