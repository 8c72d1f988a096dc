import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the schema the API build emits; GRAPHQL_SCHEMA overrides it (e.g. a contract draft).
const config: CodegenConfig = {
  schema: process.env.GRAPHQL_SCHEMA ?? '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          NumberColumns: '(number | null)[]',
          JudgementColumns: "Array<'MET' | 'MISSED' | 'NO_DATA' | 'NO_TARGET'>",
        },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
