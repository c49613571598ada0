import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from '../resolvers';
import { Node } from './node';

/**
 * Builds the executable schema from the resolver classes. Arguments are validated with class-validator
 * (`validate: true`); a violation becomes a BAD_USER_INPUT error. Throws if the resolvers do not form a valid schema.
 */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    orphanedTypes: [Node],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
