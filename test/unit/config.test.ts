import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('defaults to the local Neo4j on 7687/7474 and GraphQL on 4000', () => {
    const c = loadConfig({});
    expect(c.neo4jUri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.local.boltPort).toBe(7687);
    expect(c.local.httpPort).toBe(7474);
    expect(c.neo4jDatabase).toBe('neo4j');
    expect(c.local.home.endsWith('.neo4j/dbms')).toBe(true);
  });

  it('gives the local Neo4j a 1g heap unless LOCAL_NEO4J_HEAP says otherwise', () => {
    expect(loadConfig({}).local.heap).toBe('1g');
    expect(loadConfig({ LOCAL_NEO4J_HEAP: '768m' }).local.heap).toBe('768m');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'a TCP port number between 1 and 65535', '"abc"'],
    [{ PORT: '70000' }, 'PORT', 'a TCP port number', '"70000"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', 'bolt://', '"http://localhost:7474"'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI', 'neo4j+s://', '"not a uri"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'one of fatal, error, warn, info, debug, trace, silent', '"loud"'],
    [{ NEO4J_TX_TIMEOUT_MS: '5s' }, 'NEO4J_TX_TIMEOUT_MS', 'transaction timeout in milliseconds', '"5s"'],
    [{ LOCAL_NEO4J_HEAP: 'lots' }, 'LOCAL_NEO4J_HEAP', 'memory size such as 512m', '"lots"'],
    [{ NEO4J_DATABASE: 'my db!' }, 'NEO4J_DATABASE', 'a Neo4j database name', '"my db!"'],
    [{ LOCAL_NEO4J_BOLT_PORT: '7000', LOCAL_NEO4J_HTTP_PORT: '7000' }, 'LOCAL_NEO4J_HTTP_PORT', 'different from LOCAL_NEO4J_BOLT_PORT', '7000'],
  ])('rejects %o naming the variable, what was expected and what was found', (env, variable, expected, found) => {
    const err = errorOf(env);
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).toContain(expected);
    expect(err.message).toContain(`found ${found}`);
  });

  it('requires a password for a remote Neo4j and never echoes one', () => {
    expect(errorOf({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).variable).toBe('NEO4J_PASSWORD');
    const short = errorOf({ NEO4J_PASSWORD: 'tiny' });
    expect(short.message).not.toContain('tiny');
    const withCreds = errorOf({ NEO4J_URI: 'bolt://neo4j:hunter22@db:7687', NEO4J_PASSWORD: 'x' });
    expect(withCreds.message).not.toContain('hunter22');
  });

  it('accepts Aura and cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687', NEO4J_PASSWORD: 'p' }).neo4jUri).toBe('neo4j://core1:7687');
  });
});
