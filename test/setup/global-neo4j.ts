/**
 * Starts (or reuses) the tests' Neo4j once per run and stops it afterwards if this run started it.
 * Its data is a throwaway: each test file resets what it needs.
 */
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/db/local/local-neo4j.js';
import { TEST_NEO4J } from './test-neo4j.js';

let handle: LocalNeo4jHandle | undefined;

export async function setup(): Promise<void> {
  handle = await startLocalNeo4j({ ...TEST_NEO4J, log: (l) => process.stderr.write(`[test-neo4j] ${l}\n`) }, { owner: 'test', detached: false });
}

export async function teardown(): Promise<void> {
  if (handle?.started) await handle.stop();
}
