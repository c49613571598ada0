import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTNode,
  DocumentNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { Context } from '../schema/context';
import { documentMemo } from './document-memo';

export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

/** The `@cacheControl(maxAge, scope, inheritMaxAge)` hint on a type or field definition, if any. */
function hintOf(node: { astNode?: ASTNode | null } | undefined): Hint {
  const astNode = node?.astNode as {
    directives?: readonly { name: { value: string }; arguments?: readonly unknown[] }[];
  };
  const directive = astNode?.directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return {};
  const hint: Record<string, unknown> = {};
  for (const argument of (directive.arguments ?? []) as { name: { value: string }; value: never }[]) {
    hint[argument.name.value] = valueFromASTUntyped(argument.value);
  }
  return hint as Hint;
}

/**
 * The cache policy of an operation, computed from the operation and the schema's `@cacheControl` hints before it runs,
 * with the rules of Apollo's cache-control plugin: a field returning an object type, and every root field, gets the
 * hint of its type, else of its field, else `defaultMaxAge`; scalar fields inherit; the operation gets the lowest
 * maxAge of its fields, and PRIVATE if any field is. Apollo's plugin computes the same while each field resolves, which
 * costs an instrumented resolver and a policy object per field: a quarter of the CPU of a large answer (bench/RESULTS.md).
 * Computed from the operation, a field's hint counts even when no row reached it (a policy at most as long, never longer).
 * Dynamic hints (`info.cacheControl.setCacheHint`) are not supported: no resolver sets one.
 */
export function operationCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  defaultMaxAge: number,
): CachePolicy {
  let maxAge = Infinity;
  let scope: CachePolicy['scope'] = 'PUBLIC';
  const typeInfo = new TypeInfo(schema);
  let depth = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        // Only the operation that runs (the named one, or the only one); fragments are all visited (conservative).
        if (operationName && node.name?.value !== operationName) return false;
        if (node.operation !== 'query') maxAge = 0;
        return undefined;
      },
      Field: {
        enter(node) {
          depth++;
          const field = typeInfo.getFieldDef() as GraphQLField<unknown, unknown> | null;
          if (!field || node.name.value.startsWith('__')) return;
          const target = getNamedType(field.type);
          const typeHint = isCompositeType(target) ? hintOf(target as GraphQLCompositeType) : {};
          const fieldHint = hintOf(field);
          const hint: Hint = { ...typeHint, ...fieldHint };
          if (hint.scope === 'PRIVATE') scope = 'PRIVATE';
          const inherits = fieldHint.inheritMaxAge ?? typeHint.inheritMaxAge ?? false;
          // At the top of a fragment the depth is 1 too: treated as a root field (a default at most, never longer).
          const age =
            hint.maxAge ?? (depth === 1 || (isCompositeType(target) && !inherits) ? defaultMaxAge : undefined);
          if (age !== undefined) maxAge = Math.min(maxAge, age);
        },
        leave() {
          depth--;
        },
      },
    }),
  );
  return { maxAge: maxAge === Infinity ? defaultMaxAge : maxAge, scope };
}

/**
 * Apollo plugin: sets `Cache-Control` from the operation's policy (see operationCachePolicy) on answers without errors,
 * `no-store` on the others. Use it with Apollo's own cache-control plugin disabled.
 */
export function cachePolicyPlugin(schema: GraphQLSchema, defaultMaxAge: number): ApolloServerPlugin<Context> {
  // The policy depends on the document and the operation that runs only.
  const policyOf = documentMemo((document, operationName) =>
    operationCachePolicy(schema, document, operationName || null, defaultMaxAge),
  );
  return {
    async requestDidStart() {
      let policy: CachePolicy | null = null;
      return {
        // Only an operation that runs gets a policy: a dry run or a refused one is answered `no-store`.
        async executionDidStart({ document, operationName }) {
          policy = policyOf(document, operationName ?? '');
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind !== 'single' || Boolean(response.body.singleResult.errors?.length);
          response.http.headers.set(
            'cache-control',
            policy && policy.maxAge > 0 && !failed
              ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}`
              : 'no-store',
          );
        },
      };
    },
  };
}
