/** The local Neo4j is the real engine: Bolt from the JS driver, Cypher, persistence across stop/start. */
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { findNeo4jProcesses, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
import { TEST_BOLT_URI, TEST_NEO4J } from '../setup/test-neo4j.js';

const driver = neo4j.driver(TEST_BOLT_URI, neo4j.auth.basic(TEST_NEO4J.username, TEST_NEO4J.password));
afterAll(() => driver.close());

describe('local Neo4j', () => {
  it('is Neo4j 5.26 Community, reachable over Bolt by the official JavaScript driver', async () => {
    const res = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition');
    const row = res.records[0]!;
    expect(row.get('name')).toBe('Neo4j Kernel');
    expect(row.get('v')).toMatch(/^5\.26\.\d+$/);
    expect(row.get('edition')).toBe('community');
  });

  it('runs real Cypher: writes, pattern matching, aggregation', async () => {
    await driver.executeQuery('MATCH (n:LocalNeo4jProbe) DETACH DELETE n');
    await driver.executeQuery("CREATE (:LocalNeo4jProbe {name:'a'})-[:LINKS {w: 2}]->(:LocalNeo4jProbe {name:'b'})-[:LINKS {w: 3}]->(:LocalNeo4jProbe {name:'c'})");
    const res = await driver.executeQuery("MATCH p = (:LocalNeo4jProbe {name:'a'})-[:LINKS*]->(:LocalNeo4jProbe {name:'c'}) RETURN length(p) AS hops, reduce(s = 0, r IN relationships(p) | s + r.w) AS weight");
    expect(res.records[0]!.get('hops').toNumber()).toBe(2);
    expect(res.records[0]!.get('weight').toNumber()).toBe(5);
    await driver.executeQuery('MATCH (n:LocalNeo4jProbe) DETACH DELETE n');
  });

  it('keeps its data across stop and start, and reuses a running instance', async () => {
    const marker = `persist-${Date.now()}`;
    await driver.executeQuery('CREATE (:PersistProbe {marker: $marker})', { marker });
    await stopLocalNeo4j(TEST_NEO4J.home, () => undefined);
    expect(findNeo4jProcesses(TEST_NEO4J.home)).toEqual([]);
    expect(localStatus(TEST_NEO4J.home)).toBeUndefined();

    const started = await startLocalNeo4j({ ...TEST_NEO4J, log: () => undefined }, { owner: 'test', detached: false });
    expect(started.started).toBe(true);
    const again = await startLocalNeo4j({ ...TEST_NEO4J, log: () => undefined }, { owner: 'test', detached: false });
    expect(again.started).toBe(false); // reused, not started twice
    expect(again.pid).toBe(started.pid);
    expect(localStatus(TEST_NEO4J.home)).toMatchObject({ pid: started.pid, owner: 'test', ownerPid: process.pid }); // still this process's to stop

    const res = await driver.executeQuery('MATCH (p:PersistProbe {marker: $marker}) RETURN count(p) AS c', { marker });
    expect(res.records[0]!.get('c').toNumber()).toBe(1);
    await driver.executeQuery('MATCH (p:PersistProbe) DELETE p');
  });
});
