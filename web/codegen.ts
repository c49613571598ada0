import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Operation types from the committed schema (the public API) and the operations in src/operations.
 * `npm run codegen:check` (part of `npm run check`) fails when src/generated differs from what this would write.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
