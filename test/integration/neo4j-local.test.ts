/** The local Neo4j is the real engine: Bolt from the JS driver, Cypher, persistence across stop/start. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ensureInstalled, NEO4J_VERSION, findNeo4jProcesses, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
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
  }, 180_000); // a JVM stop and start: seconds alone, a minute or more on a loaded machine

  it('a new clone with the jars already in ~/.m2 resolves them offline and says nothing is downloaded', async () => {
    // The test setup has just started Neo4j from these jars, so ~/.m2 holds them; a new clone has no
    // .neo4j/dist yet (a fresh folder stands in for it).
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-dist-'));
    try {
      const lines: string[] = [];
      const got = await ensureInstalled((l) => lines.push(l), dist);
      expect(lines.join('\n')).not.toMatch(/Downloading|140 MB/);
      expect(lines[0]).toMatch(/already in ~\/\.m2: resolving them offline, nothing to download/);
      expect(lines.at(-1)).toMatch(/^Resolved Neo4j's \d+ jars from ~\/\.m2 in [\d.]+ s \(nothing downloaded\)\.$/);
      expect(got.downloaded).toBe(0);
      expect(got.classpath.some((j) => j.endsWith(`/neo4j-${NEO4J_VERSION}.jar`))).toBe(true);
      expect(fs.readdirSync(dist)).toEqual([`classpath-${NEO4J_VERSION}.txt`]);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  }, 180_000);
});
