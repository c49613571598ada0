import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { assertKnownRoles, authChecker } from '../auth/auth-checker';
import { resolvers as apiResolvers } from '../resolvers';
import { Node } from './node';

/**
 * Builds the executable schema from the resolver classes (`resolvers`, default the API's; tests add their own).
 * Arguments are validated with class-validator (`validate: true`); a violation becomes a BAD_USER_INPUT error. Fields
 * guarded with `@Authorized(roles)` are checked by authChecker against the request's viewer. Throws if the resolvers
 * do not form a valid schema or a guard names an unknown role.
 */
export async function createSchema(
  options: { resolvers?: NonEmptyArray<Function> } = {}, // eslint-disable-line @typescript-eslint/no-unsafe-function-type
): Promise<GraphQLSchema> {
  assertKnownRoles();
  useSimpleResolvers();
  const schema = await buildSchema({
    resolvers: options.resolvers ?? [...apiResolvers],
    orphanedTypes: [Node],
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
  return describeRootTypes(schema);
}

/**
 * Lets graphql's default resolver read the plain fields (a property of the object, no field resolver of its own) that
 * no `@Authorized` guard or middleware watches, as type-graphql's `simple` option does for one field. Without it,
 * type-graphql wraps every such field in a resolver of its own that builds a record and a closure per value to read
 * one property; at 50 controllers with their facts that was tens of thousands of calls per request, and graphql-jit
 * inlines a field without a resolver. A guarded field keeps type-graphql's resolver, so its guard still runs; so does
 * a field whose GraphQL name differs from its property.
 */
function useSimpleResolvers(): void {
  const storage = getMetadataStorage();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const watched = new Map<Function, Set<string>>();
  for (const { target, fieldName } of [...storage.authorizedFields, ...storage.middlewares]) {
    if (!watched.has(target)) watched.set(target, new Set());
    watched.get(target)!.add(fieldName);
  }
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.schemaName !== field.name) continue;
    field.simple = !watched.get(field.target)?.has(field.name);
  }
}

/** type-graphql has no option for the descriptions of the root types: they are set on the built schema. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined;
  const query = describe(config.query, ROOT_DESCRIPTIONS.query)!;
  const mutation = describe(config.mutation, ROOT_DESCRIPTIONS.mutation);
  const replaced = new Map<string, GraphQLObjectType>([[query.name, query]]);
  if (mutation) replaced.set(mutation.name, mutation);
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.map((type) => replaced.get(type.name) ?? type),
  });
}

const ROOT_DESCRIPTIONS = {
  query:
    'The entry points for reading: controllers and their facts (each with its evidence), vendors, reference terms, ' +
    'full-text search, comparisons, and any object by its global id (`node`).',
  mutation: 'The entry points for writing.',
};
