import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
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
  const schema = await buildSchema({
    resolvers: options.resolvers ?? [...apiResolvers],
    orphanedTypes: [Node],
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
  return describeRootTypes(schema);
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
