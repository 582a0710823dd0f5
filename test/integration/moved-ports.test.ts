/**
 * Moved ports apply everywhere. The tests' Neo4j runs on moved ports (TEST_NEO4J_BOLT_PORT, not 7687),
 * as a user's does with LOCAL_NEO4J_BOLT_PORT in .env: Neo4j's discovery document (what Browser
 * pre-fills) and its routing table advertise the moved port, so a routing `neo4j://` client — the
 * server itself, or the Python example — reaches this database and not whatever listens on 7687.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { freePort, spawnEntry, type Spawned } from '../helpers/spawn-server.js';
import { pythonEnv, venvPython } from '../helpers/python.js';
import { TEST_NEO4J } from '../setup/test-neo4j.js';

const { boltPort, httpPort, password } = TEST_NEO4J;
const routingUri = `neo4j://127.0.0.1:${boltPort}`;
const example = path.join(PROJECT_ROOT, 'examples/python/designations_table.py');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-ports-'));
let server: Spawned | undefined;

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('moved ports', () => {
  it('the tests run Neo4j on moved ports (the premise)', () => {
    expect(boltPort).not.toBe(7687);
    expect(httpPort).not.toBe(7474);
  });

  it("Neo4j's discovery document (Browser's pre-filled URL) advertises the moved Bolt port", async () => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/`, { headers: { accept: 'application/json' } });
    const doc = (await res.json()) as Record<string, string>;
    expect(doc.bolt_direct).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(doc.bolt_routing).toBe(`neo4j://127.0.0.1:${boltPort}`);
    expect(doc.transaction).toBe(`http://127.0.0.1:${httpPort}/db/{databaseName}/tx`);
  });

  it('the routing table sends readers, writers and routers to the moved port', async () => {
    const driver = neo4j.driver(routingUri, neo4j.auth.basic('neo4j', password));
    try {
      const res = await driver.executeQuery("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers");
      const servers = res.records[0]!.get('servers') as Array<{ role: string; addresses: string[] }>;
      expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
      for (const s of servers) expect(s.addresses).toEqual([`127.0.0.1:${boltPort}`]);
      // And a routing driver really gets there, for reads and writes.
      const r = await driver.executeQuery('RETURN 1 AS one', {}, { routing: neo4j.routing.READ });
      expect(r.records[0]!.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it('the server runs with NEO4J_URI=neo4j://127.0.0.1:<moved port> (routing, as on a cluster or Aura)', async () => {
    const port = await freePort();
    server = spawnEntry('src/main.ts', { NEO4J_URI: routingUri, NEO4J_PASSWORD: password, PORT: String(port) });
    await server.waitFor(/GraphQL ready/, 240_000);
    expect(server.output()).toContain(`"uri":"${routingUri}"`);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } search(text: "黄石", first: 1) { node { __typename ... on City { name } } } }' }),
    });
    const body = (await res.json()) as { data?: { search: Array<{ node: { name?: string } }> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.search[0]!.node.name).toBe('黄石市');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 300_000);

  it('the Python example finds the moved port in .env, and connects through the routing URI too', () => {
    const envFile = path.join(tmp, '.env');
    fs.writeFileSync(envFile, `# a user's .env\nLOCAL_NEO4J_BOLT_PORT=${boltPort}\nNEO4J_PASSWORD="${password}"\n`);
    const viaDotenv = spawnSync(venvPython(), [example], { encoding: 'utf8', env: pythonEnv({ DOTENV_CONFIG_PATH: envFile }) });
    expect(viaDotenv.status, viaDotenv.stderr).toBe(0);
    expect(JSON.parse(viaDotenv.stdout)).toHaveLength(17); // the strong-city pilots (seeds/reference)
    const viaRouting = spawnSync(venvPython(), [example, '--csv'], { encoding: 'utf8', env: pythonEnv({ NEO4J_URI: routingUri, NEO4J_PASSWORD: password }) });
    expect(viaRouting.status, viaRouting.stderr).toBe(0);
    expect(viaRouting.stdout.split(/\r?\n/)[0]).toBe('city,cityEn,adcode,province,year,batch,term,confidence,sourceCount,sourceIds');
  });

  it('the Python example says within seconds, without a traceback, when nothing listens on the port', async () => {
    const nothing = await freePort();
    const t0 = Date.now();
    const r = spawnSync(venvPython(), [example], { encoding: 'utf8', env: pythonEnv({ LOCAL_NEO4J_BOLT_PORT: String(nothing) }) });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${nothing}`);
    expect(r.stderr).toMatch(/LOCAL_NEO4J_BOLT_PORT/);
    expect(r.stderr).not.toMatch(/Traceback/);
  });
});
