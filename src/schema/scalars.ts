import { GraphQLDate, GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/**
 * The custom scalars of the API, from graphql-scalars, with descriptions that say how a typed client maps them (GraphQL
 * Code Generator's `scalars` option: see examples/codegen.ts).
 */
export const JSONObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description:
    'A JSON object (ECMA-404), sent as the object itself, not as a string. In TypeScript: `Record<string, unknown>`.',
});

export const DateScalar = new GraphQLScalarType({
  ...GraphQLDate.toConfig(),
  description: 'A calendar date, `YYYY-MM-DD` (RFC 3339 full-date), sent as a string. In TypeScript: `string`.',
});

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  description:
    'A moment in time, RFC 3339 / ISO 8601 with a time zone (`2026-12-01T08:21:44.123Z`). In TypeScript: `string`.',
});
