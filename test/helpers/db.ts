/** Test access to the throwaway Neo4j through the same executor the server uses. */
import { loadConfig, type Config } from '../../src/config/config.js';
import { Executor } from '../../src/db/executor.js';
import { createDriver } from '../../src/db/driver.js';
import { loadQueries } from '../../src/db/queries.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NEO4J_URI: TEST_BOLT_URI, NEO4J_PASSWORD: TEST_NEO4J.password, LOG_LEVEL: 'silent', ...overrides });
}

export function openTestExecutor(extraQueries: readonly string[] = []): Executor & { close(): Promise<void> } {
  const config = testConfig();
  const driver = createDriver({ uri: TEST_BOLT_URI, username: config.neo4jUsername, password: config.neo4jPassword });
  const executor = new Executor(driver, loadQueries(extraQueries), { database: config.neo4jDatabase, txTimeoutMs: config.txTimeoutMs });
  return Object.assign(executor, { close: () => driver.close() });
}
