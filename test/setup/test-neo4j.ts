/** Where the tests' throwaway Neo4j lives: its own home and ports, never the user's `.neo4j/dbms`. */
import path from 'node:path';
import { PROJECT_ROOT, DEFAULT_LOCAL_PASSWORD, type LocalNeo4jConfig } from '../../src/config/config.js';

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
