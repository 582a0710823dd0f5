import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (index.js) and ESM (index.mjs) without an exports map: Node loads the CJS one
    // for Apollo and type-graphql, but Vite would give our own files the ESM one, and two graphql
    // instances break `instanceof` (schema realm checks, GraphQLError). Resolve it as Node does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    // Two tiers that run apart: `npm run test:unit` (no Neo4j, files in parallel) and the tests that need
    // the real Neo4j (`npm run test:integration`). `npm test` runs both, unit tests first.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // One throwaway Neo4j serves the run; files run one at a time and each isolates its data by
          // resetting the database it needs (Community edition has a single user database).
          globalSetup: ['test/setup/global-neo4j.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
