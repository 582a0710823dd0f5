/**
 * The local Neo4j is shared: `npm run cypher`, `export` and `seed` run while `npm start` serves (as a user
 * does in a second terminal) and leave the server's Neo4j running; a Neo4j started by `npm run db:start`
 * is left running too. When the database goes away under a running server, the server says so loudly
 * in its log and /ready answers 503.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_PASSWORD, PROJECT_ROOT } from '../../src/config/config.js';
import { findNeo4jProcesses, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/local-neo4j.js';
import { buildGraph } from '../../src/ingest/build.js';
import { freePort, spawnEntry, type Spawned } from '../helpers/spawn-server.js';

const home = path.join(PROJECT_ROOT, '.neo4j', 'shared');
const [bolt, http, port] = [await freePort(), await freePort(), await freePort()];
const env = { LOCAL_NEO4J_HOME: home, LOCAL_NEO4J_BOLT_PORT: String(bolt), LOCAL_NEO4J_HTTP_PORT: String(http), PORT: String(port), LOCAL_NEO4J_HEAP: '384m' };
const base = `http://127.0.0.1:${port}`;
const spawned: Spawned[] = [];
let outDir: string;

beforeAll(async () => {
  await stopLocalNeo4j(home, () => undefined); // a leftover from an interrupted earlier run
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-city-graph-shared-'));
});
// Whatever a test left running (after a failure: a server, its Neo4j) is stopped, so each test starts
// from nothing and one failure does not fail the next for the same cause.
afterEach(async () => {
  for (const s of spawned) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await stopLocalNeo4j(home, () => undefined);
});
afterAll(async () => {
  for (const s of spawned) if (s.child.exitCode === null) s.child.kill('SIGKILL'); // only after a failure
  await stopLocalNeo4j(home, () => undefined);
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function askServerInfo(): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } }' }) });
  return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

/** /ready's status once it is 200, or its last status after `withinMs` (it answers within 1.5 s each time). */
async function readyWithin(withinMs: number): Promise<number> {
  const until = performance.now() + withinMs;
  for (;;) {
    const status = await fetch(`${base}/ready`).then((r) => r.status, () => 0);
    if (status === 200 || performance.now() > until) return status;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The server's answer to `serverInfo` once it says it is ready. On a loaded machine a Neo4j that just
 * took work from a tool (or was just handed on) may not answer the server's 1 s liveness ping, and the
 * server then says SERVICE_UNAVAILABLE ("try again shortly"), as designed: such an answer is asked
 * again, as a client would, until `withinMs`. Any other answer (data, or another error) is returned at
 * once, and a database that is really gone never answers, so the test still fails then.
 */
async function serverAnswers(withinMs = 60_000): Promise<unknown> {
  const until = performance.now() + withinMs;
  for (;;) {
    if ((await readyWithin(0)) === 200) {
      const answer = await askServerInfo();
      const unavailable = answer.errors?.length && answer.errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
      if (!unavailable || performance.now() > until) return answer;
    } else if (performance.now() > until) {
      return askServerInfo();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Runs a CLI entry point to completion and returns its exit code and output. */
async function run(entry: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const p = spawnEntry(entry, env, args);
  spawned.push(p);
  const code = await p.exited;
  return { code, out: p.output() };
}

describe('tools share the local Neo4j', () => {
  it('cypher, export and seed leave the Neo4j under a running server alone; the server notices when it goes away', async () => {
    const server = spawnEntry('src/main.ts', env);
    spawned.push(server);
    await server.waitFor(/GraphQL ready/);
    const [jvm] = findNeo4jProcesses(home);
    expect(jvm).toBeDefined();
    expect(localStatus(home)).toMatchObject({ pid: jvm, owner: 'server', ownerPid: expect.any(Number) });

    const cypher = await run('src/cli/cypher.ts', ['--query', 'MATCH (c:City) RETURN count(c) AS cities', '--format', 'json']);
    expect(cypher.code, cypher.out).toBe(0);
    const seededCities = (await buildGraph()).nodes.filter((n) => n.label === 'City').length;
    expect(cypher.out).toMatch(new RegExp(`"cities": ${seededCities}\\b`));
    expect(cypher.out).toMatch(/Reusing the local Neo4j already running \(pid \d+, started by npm start/);
    expect(cypher.out).toMatch(/Leaving the local Neo4j \(pid \d+\) running/);
    expect(cypher.out).not.toMatch(/Stopping the local Neo4j/);
    expect(findNeo4jProcesses(home)).toEqual([jvm]);
    expect(await serverAnswers()).toEqual({ data: { serverInfo: { neo4jVersion: expect.stringMatching(/^5\.26\./) } } });

    const exported = await run('src/cli/export.ts', ['--format', 'csv', '--out', outDir, '--labels', 'Province']);
    expect(exported.code, exported.out).toBe(0);
    expect(exported.out).not.toMatch(/Stopping the local Neo4j/);
    expect(await serverAnswers()).toMatchObject({ data: { serverInfo: {} } });

    const seeded = await run('src/cli/seed.ts', []);
    expect(seeded.code, seeded.out).toBe(0);
    expect(seeded.out).toMatch(/Seeded bolt:/);
    expect(seeded.out).not.toMatch(/Stopping the local Neo4j/);
    expect(findNeo4jProcesses(home)).toEqual([jvm]);
    expect(await serverAnswers()).toMatchObject({ data: { serverInfo: {} } });
    expect(await readyWithin(60_000)).toBe(200);

    // Someone stops the database under the server (`npm run db:stop`): the server says so, loudly.
    await stopLocalNeo4j(home, () => undefined);
    await server.waitFor(/THE GRAPH DATABASE HAS GONE AWAY/, 20_000);
    expect(server.output()).toMatch(/"level":50[^\n]*THE GRAPH DATABASE HAS GONE AWAY[^\n]*local Neo4j (process )?\(pid \d+\)/);
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    expect(server.child.exitCode).toBeNull(); // still up, answering with clear errors

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 400_000);

  it('a Neo4j started by `npm run db:start` outlives the tools that use it', async () => {
    const cli = await startLocalNeo4j(
      { home, boltPort: bolt, httpPort: http, heap: '384m', pageCache: '64m', username: 'neo4j', password: DEFAULT_LOCAL_PASSWORD, log: () => undefined },
      { owner: 'cli', detached: true },
    );
    const cypher = await run('src/cli/cypher.ts', ['--query', 'RETURN 1 AS one']);
    expect(cypher.code, cypher.out).toBe(0);
    expect(cypher.out).toMatch(/started by npm run db:start/);
    expect(findNeo4jProcesses(home)).toEqual([cli.pid]);
  }, 300_000);

  it('the process that started it hands it on while a server still uses it; the server then stops it on exit', async () => {
    await stopLocalNeo4j(home, () => undefined);
    const lines: string[] = [];
    const mine = await startLocalNeo4j(
      { home, boltPort: bolt, httpPort: http, heap: '384m', pageCache: '64m', username: 'neo4j', password: DEFAULT_LOCAL_PASSWORD, log: (l) => lines.push(l) },
      { owner: 'test', detached: false },
    );
    expect(mine.started).toBe(true);
    const server = spawnEntry('src/main.ts', env);
    spawned.push(server);
    await server.waitFor(/GraphQL ready/);
    expect(server.output()).toMatch(/Reusing the local Neo4j already running \(pid \d+, started by a test run/);

    // This process is done with it, but the server is not: it stays up, and the server now owns it.
    expect(await mine.release()).toBe('handed-over');
    expect(lines.at(-1)).toMatch(/still in use by npm start, pid \d+\. npm start, pid \d+ now stops it when done/);
    expect(findNeo4jProcesses(home)).toEqual([mine.pid]);
    expect(localStatus(home)).toMatchObject({ owner: 'server', ownerPid: expect.any(Number) });
    expect(await serverAnswers()).toMatchObject({ data: { serverInfo: {} } });

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/The local Neo4j has stopped/);
    expect(findNeo4jProcesses(home)).toEqual([]);
  }, 400_000);
});
