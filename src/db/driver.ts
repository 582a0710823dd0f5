/**
 * One Neo4j driver per process. Connection problems at boot become a DatabaseConnectError whose message
 * names the URI and the cause (never the password).
 */
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

export class DatabaseConnectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConnectError';
  }
  get userMessage(): string {
    return this.message;
  }
}

/**
 * Creates the driver. Retries are short on purpose: when the database is away, requests should get
 * SERVICE_UNAVAILABLE in seconds, not after the driver's default 30 s of retries.
 */
export function createDriver(s: DriverSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // No retry window beyond the driver's own single retry after ~1 s: a database that is down answers
    // SERVICE_UNAVAILABLE in about a second instead of ~3 s with 1-2 s of retries (measured in
    // test/integration/db-away.test.ts; see docs/operations.md).
    maxTransactionRetryTime: 0,
    userAgent: 'ip-city-graph',
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Verifies the driver can reach and log in to the server; throws a DatabaseConnectError otherwise. */
export async function verifyConnection(driver: Driver, s: Pick<DriverSettings, 'uri' | 'username'>, database: string): Promise<{ version: string; edition: string }> {
  try {
    await driver.verifyAuthentication();
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition'));
      const r = res.records[0];
      return { version: String(r?.get('version') ?? 'unknown'), edition: String(r?.get('edition') ?? 'unknown') };
    } finally {
      await session.close();
    }
  } catch (err) {
    throw explainConnectError(err, s.uri, s.username, database);
  }
}

function explainConnectError(err: unknown, uri: string, username: string, database: string): DatabaseConnectError {
  const code = err instanceof Neo4jError ? err.code : '';
  const msg = err instanceof Error ? err.message : String(err);
  if (code === 'Neo.ClientError.Security.Unauthorized' || /unauthori[sz]ed|authentication failure/i.test(msg)) {
    return new DatabaseConnectError(`Neo4j at ${uri} refused the credentials of user "${username}". Check NEO4J_USERNAME and NEO4J_PASSWORD (for the local Neo4j, the password it was first created with; delete .neo4j/dbms/data to start afresh).`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound' || /database does not exist/i.test(msg)) {
    return new DatabaseConnectError(`Neo4j at ${uri} has no database named "${database}". Check NEO4J_DATABASE (Community edition has only "neo4j").`);
  }
  if (code === 'ServiceUnavailable' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|connect|timed? ?out/i.test(msg)) {
    return new DatabaseConnectError(`Cannot reach Neo4j at ${uri}: ${msg.split('\n')[0]}. Check NEO4J_URI, that the server is running and that its Bolt port is reachable; or unset NEO4J_URI to use the local Neo4j.`);
  }
  return new DatabaseConnectError(`Connecting to Neo4j at ${uri} failed: ${msg.split('\n')[0]}`);
}
