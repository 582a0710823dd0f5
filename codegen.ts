/**
 * graphql-codegen (client preset): typed documents for the example operations in examples/operations,
 * generated into examples/client/gql and committed. `npm run codegen` regenerates; the tests fail when
 * the committed output differs from what the current schema generates (test/integration/contract.test.ts).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/client/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
    },
  },
  hooks: {},
};

export default config;
