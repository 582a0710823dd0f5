/** Where the tests' throwaway Neo4j lives: its own home and ports, never the user's `.neo4j/dbms`. */
import path from 'node:path';
import { PROJECT_ROOT, DEFAULT_LOCAL_PASSWORD, type LocalNeo4jConfig } from '../../src/config/config.js';
import type { LocalNeo4jOptions } from '../../src/db/local/local-neo4j.js';

export const TEST_NEO4J: LocalNeo4jConfig & { username: string; password: string } = {
  // TEST_NEO4J_HOME and the ports let two test runs on one machine keep out of each other's way.
  home: process.env.TEST_NEO4J_HOME ? path.resolve(PROJECT_ROOT, process.env.TEST_NEO4J_HOME) : path.join(PROJECT_ROOT, '.neo4j', 'test'),
  boltPort: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 17687),
  httpPort: Number(process.env.TEST_NEO4J_HTTP_PORT ?? 17474),
  heap: '512m',
  pageCache: '128m',
  username: 'neo4j',
  password: DEFAULT_LOCAL_PASSWORD,
};

export const TEST_BOLT_URI = `bolt://127.0.0.1:${TEST_NEO4J.boltPort}`;

/**
 * The options of a test file's own Neo4j (for tests that stop, freeze or cap it): its own home under
 * `.neo4j/<name>` and ports, `TEST_<envPrefix>_BOLT_PORT` / `_HTTP_PORT` overriding the defaults so that
 * two runs on one machine keep out of each other's way; a small heap; quiet.
 */
export function dedicatedNeo4j(name: string, envPrefix: string, ports: { bolt: number; http: number }, extra: Partial<LocalNeo4jOptions> = {}): LocalNeo4jOptions {
  return {
    home: path.join(PROJECT_ROOT, '.neo4j', name),
    boltPort: Number(process.env[`TEST_${envPrefix}_BOLT_PORT`] ?? ports.bolt),
    httpPort: Number(process.env[`TEST_${envPrefix}_HTTP_PORT`] ?? ports.http),
    heap: '384m',
    pageCache: '64m',
    username: 'neo4j',
    password: DEFAULT_LOCAL_PASSWORD,
    log: () => undefined,
    ...extra,
  };
}
