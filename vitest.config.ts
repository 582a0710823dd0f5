import { defineConfig } from 'vitest/config';

export default defineConfig({
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
