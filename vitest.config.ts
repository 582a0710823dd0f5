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
    include: ['test/**/*.test.ts'],
    // One throwaway Neo4j serves the run; files run one at a time and each isolates its data by
    // resetting the database it needs (Community edition has a single user database).
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
