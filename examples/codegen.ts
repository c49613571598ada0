import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator for Policy Graph: `npx graphql-codegen --config examples/codegen.ts` writes the TypeScript
 * types of every operation in examples/*.graphql to examples/generated/operations.ts, from the committed
 * schema.graphql. `strictScalars` makes a scalar without a mapping an error; these are the API's custom scalars.
 */
export const SCALARS = {
  /** `YYYY-MM-DD`, sent as a string. */
  Date: 'string',
  /** An ISO 8601 date and time with a zone (`2026-12-01T08:21:44.123Z`), sent as a string. */
  DateTime: 'string',
  /** A JSON object, sent as the object itself (the DPV JSON-LD document of `Controller.dpv`). */
  JSONObject: 'Record<string, unknown>',
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/*.graphql'],
  generates: {
    'examples/generated/operations.ts': {
      plugins: ['typescript-operations'],
      config: { strictScalars: true, scalars: SCALARS, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
